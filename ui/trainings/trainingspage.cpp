#include "trainings/trainingspage.h"

#include "commands/trainingcommands.h"
#include "common/errorreporter.h"
#include "common/modelroles.h"
#include "common/narrowforms.h"
#include "common/searchproxymodel.h"
#include "reports/sheetprinter.h"
#include "storage/store.h"
#include "trainings/sessionmodel.h"
#include "trainings/sessionspanel.h"
#include "trainings/trainingeditor.h"
#include "trainings/trainingmodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace capacita {

TrainingsPage::TrainingsPage(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_model(new TrainingModel(store, this, TrainingModel::Fill::Later)),
      m_proxy(new SearchProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("trainingSearch"));
    m_search->setAccessibleName(tr("Search trainings"));
    m_search->setPlaceholderText(tr("Search by code, title, department, venue…"));
    m_search->setClearButtonEnabled(true);
    m_new = new QPushButton(tr("&New training"), this);
    m_new->setObjectName(QStringLiteral("newTrainingButton"));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteTrainingButton"));
    m_attendance = new QPushButton(tr("A&ttendance"), this);
    m_attendance->setObjectName(QStringLiteral("attendanceButton"));
    m_scores = new QPushButton(tr("Sc&ores"), this);
    m_scores->setObjectName(QStringLiteral("scoresButton"));
    m_printer = new SheetPrinter(store, this);
    m_print = new QToolButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setText(tr("&Print"));
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_print->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_print->setPopupMode(QToolButton::InstantPopup);
    auto *printMenu = new QMenu(m_print);
    printMenu->addAction(tr("Print sign-in sheet (PDF)…"), this, [this] {
        m_printer->print(currentTrainingId(), SheetPrinter::SignIn);
    })->setObjectName(QStringLiteral("printSignInAction"));
    printMenu->addAction(tr("Print score sheet (PDF)…"), this, [this] {
        m_printer->print(currentTrainingId(), SheetPrinter::Scores);
    })->setObjectName(QStringLiteral("printScoreSheetAction"));
    m_print->setMenu(printMenu);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("trainingsView"));
    m_view->setAccessibleName(tr("Trainings"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TrainingModel::Start, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TrainingModel::Title, QHeaderView::Stretch);

    m_editor = new TrainingEditor(store, undo, this);
    m_sessions = new SessionsPanel(store, undo, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    top->addWidget(m_delete);
    top->addSpacing(12);
    top->addWidget(m_attendance);
    top->addWidget(m_scores);
    top->addWidget(m_print);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *editorBox = new QGroupBox(tr("Training"));
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->addWidget(m_editor);
    editorLayout->addStretch();
    scroll->setWidget(editorBox);
    stackFormsWhenNarrow(scroll);

    auto *sessionsBox = new QGroupBox(tr("Sessions"), this);
    auto *sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->addWidget(m_sessions);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(scroll);
    bottom->addWidget(sessionsBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchProxyModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingsPage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TrainingsPage::onCurrentChanged);
    connect(m_new, &QPushButton::clicked, this, &TrainingsPage::newTraining);
    connect(m_delete, &QPushButton::clicked, this, &TrainingsPage::deleteCurrent);
    connect(m_attendance, &QPushButton::clicked, this,
            [this] { emit attendanceRequested(currentTrainingId()); });
    connect(m_scores, &QPushButton::clicked, this,
            [this] { emit scoresRequested(currentTrainingId()); });

    onCurrentChanged(); // nothing selected until the list is read
}

void TrainingsPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void TrainingsPage::ensureLoaded()
{
    if (m_model->isLoaded())
        return;
    m_model->ensureLoaded();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    onCurrentChanged();
}

bool TrainingsPage::isLoaded() const
{
    return m_model->isLoaded();
}

TrainingModel *TrainingsPage::model()
{
    ensureLoaded();
    return m_model;
}

QTableView *TrainingsPage::view()
{
    ensureLoaded();
    return m_view;
}

TrainingEditor *TrainingsPage::editor()
{
    ensureLoaded();
    return m_editor;
}

SessionsPanel *TrainingsPage::sessions()
{
    ensureLoaded();
    return m_sessions;
}

QString TrainingsPage::currentTrainingId()
{
    ensureLoaded();
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toString() : QString();
}

void TrainingsPage::selectTraining(const QString &trainingId)
{
    ensureLoaded();
    const int row = m_model->rowOf(trainingId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TrainingModel::Code));
    if (!index.isValid()) { // hidden by the search: show it
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, TrainingModel::Code));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TrainingsPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? current.data(IdRole).toString() : QString();
    if (id != m_editor->trainingId())
        m_editor->setTraining(id);
    if (id != m_sessions->model()->trainingId())
        m_sessions->setTraining(id);
    const bool any = !id.isEmpty();
    m_delete->setEnabled(any);
    m_attendance->setEnabled(any);
    m_scores->setEnabled(any);
    m_print->setEnabled(any);
}

QString TrainingsPage::nextCode() const
{
    const QString prefix =
        QStringLiteral("CAP-%1-").arg(m_store.db().clock().today().year());
    int highest = 0;
    const QList<Training> trainings = m_store.trainings().list();
    for (const Training &t : trainings) {
        if (t.code.startsWith(prefix))
            highest = std::max(highest, t.code.mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1).rightJustified(3, QLatin1Char('0'));
}

void TrainingsPage::newTraining()
{
    Training t;
    t.code = nextCode();
    t.title = tr("New training");
    t.startDate = m_store.db().clock().today();
    t.endDate = t.startDate;
    auto command = std::make_unique<AddTrainingCommand>(m_store, t);
    AddTrainingCommand *added = command.get();
    if (const Status stored = StoreCommand::run(m_undo, std::move(command)); !stored) {
        showError(this, tr("The training could not be created."), stored.error());
        return;
    }
    selectTraining(added->recordId());
    if (auto *title = m_editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))) {
        title->setFocus();
        title->selectAll();
    }
}

void TrainingsPage::deleteCurrent()
{
    Result<Training> training = m_store.trainings().get(currentTrainingId());
    if (!training)
        return;
    const int sessions = int(m_store.sessions().listForTraining(training->id).size());
    const int people = int(m_store.enrollments().participantsOf(training->id).size());
    const auto answer = QMessageBox::question(
        this, tr("Delete training"),
        tr("Delete the training %1 “%2” with its %n session(s), its enrollments, attendance and "
           "scores?", nullptr, sessions)
                .arg(training->code, training->title)
            + QLatin1Char('\n')
            + tr("%n person(s) are enrolled. You can undo this with Ctrl+Z.", nullptr, people));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status stored =
            StoreCommand::run(m_undo, std::make_unique<DeleteTrainingCommand>(m_store, *training));
        !stored)
        showError(this, tr("The training could not be deleted."), stored.error());
}

} // namespace capacita
