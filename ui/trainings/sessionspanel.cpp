#include "trainings/sessionspanel.h"

#include "common/tonecolors.h"
#include "commands/trainingcommands.h"
#include "common/modelroles.h"
#include "storage/store.h"
#include "trainings/sessionmodel.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeEdit>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace capacita {

namespace {

// Editors in the formats people in Peru write: dd/MM/yyyy and 24-hour times.
class SessionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        switch (index.column()) {
        case SessionModel::Date: {
            auto *edit = new QDateEdit(parent);
            edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
            return edit;
        }
        case SessionModel::StartTime:
        case SessionModel::EndTime: {
            auto *edit = new QTimeEdit(parent);
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            return edit;
        }
        case SessionModel::Hours: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0, 24);
            spin->setDecimals(2);
            spin->setSingleStep(0.5);
            return spin;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }
};

} // namespace

SessionsPanel::SessionsPanel(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_model(new SessionModel(store, undo, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(SessionModel::Date);

    m_view->setObjectName(QStringLiteral("sessionsView"));
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new SessionDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_add = new QPushButton(tr("&Add session"), this);
    m_add->setObjectName(QStringLiteral("addSessionButton"));
    m_delete = new QPushButton(tr("Delete s&ession"), this);
    m_delete->setObjectName(QStringLiteral("deleteSessionButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sessionError"));
    m_error->setStyleSheet(toneStyleSheet(Tone::Error));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SessionsPanel::addSession);
    connect(m_delete, &QPushButton::clicked, this, &SessionsPanel::deleteSelected);
    connect(m_model, &SessionModel::editFailed, this, &SessionsPanel::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SessionsPanel::updateButtons);
    updateButtons();
}

void SessionsPanel::setTraining(const QString &trainingId)
{
    m_error->hide();
    m_model->setTraining(trainingId);
    updateButtons();
}

void SessionsPanel::updateButtons()
{
    m_add->setEnabled(!m_model->trainingId().isEmpty());
    m_delete->setEnabled(m_view->selectionModel()->hasSelection());
}

void SessionsPanel::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
}

void SessionsPanel::addSession()
{
    Result<Training> training = m_store.trainings().get(m_model->trainingId());
    if (!training) {
        showError(training.error());
        return;
    }
    // The next day after the last session, kept within the training's dates.
    const QList<TrainingSession> existing = m_store.sessions().listForTraining(training->id);
    QDate date = training->startDate;
    if (!existing.isEmpty()) {
        const auto last = std::max_element(existing.begin(), existing.end(),
            [](const TrainingSession &a, const TrainingSession &b) { return a.date < b.date; });
        date = std::min(last->date.addDays(1), training->endDate);
    }
    TrainingSession session;
    session.trainingId = training->id;
    session.date = date;
    session.startTime = QStringLiteral("09:00");
    session.endTime = QStringLiteral("13:00");
    session.hours = 4;
    auto command = std::make_unique<AddSessionCommand>(m_store, session);
    AddSessionCommand *added = command.get();
    const Status stored = StoreCommand::run(m_undo, std::move(command));
    if (!stored) {
        showError(stored.error());
        return;
    }
    m_error->hide();
    const int row = m_model->rowOf(added->recordId());
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, SessionModel::Date)));
}

void SessionsPanel::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.first().data(IdRole).toString();
    const Status stored =
        StoreCommand::run(m_undo, std::make_unique<DeleteSessionCommand>(m_store, id));
    if (!stored)
        showError(stored.error());
    else
        m_error->hide();
}

} // namespace capacita
