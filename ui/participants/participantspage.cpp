#include "participants/participantspage.h"

#include "commands/participantcommands.h"
#include "common/errorreporter.h"
#include "common/modelroles.h"
#include "common/narrowforms.h"
#include "common/searchproxymodel.h"
#include "common/tonecolors.h"
#include "participants/participanteditor.h"
#include "participants/participantmodel.h"
#include "participants/participanttrainings.h"
#include "storage/store.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace capacita {

ParticipantsPage::ParticipantsPage(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo),
      m_model(new ParticipantModel(store, this, ParticipantModel::Empty)),
      m_proxy(new SearchProxyModel(this))
{
    // Before the proxy is connected: it forgets its rows when told of the reset.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ParticipantsPage::rememberCurrent);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setPlaceholderText(tr("Search by name, DNI or institution…"));
    m_search->setClearButtonEnabled(true);
    m_new = new QPushButton(tr("&New participant"), this);
    m_new->setObjectName(QStringLiteral("newParticipantButton"));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteParticipantButton"));
    // Quiet, and its room kept while hidden: the list must not jump when it comes and goes.
    m_updating = new QLabel(tr("Updating…"), this);
    m_updating->setObjectName(QStringLiteral("participantsUpdating"));
    m_updating->setToolTip(tr("The list is read again after an import, a sync or a merge. "
                              "You can go on working meanwhile."));
    m_updating->setStyleSheet(toneStyleSheet(Tone::Muted));
    QSizePolicy keepRoom = m_updating->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_updating->setSizePolicy(keepRoom);
    m_updating->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("participantsView"));
    m_view->setAccessibleName(tr("Participants"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ParticipantModel::FamilyNames, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(ParticipantModel::FamilyNames, 160);
    header->resizeSection(ParticipantModel::GivenNames, 130);
    header->resizeSection(ParticipantModel::Document, 105);
    header->resizeSection(ParticipantModel::Type, 140);

    m_loading = new QLabel(tr("Loading participants…"), this);
    m_loading->setObjectName(QStringLiteral("participantsLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->hide();
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_loading);
    listLayout->addWidget(m_view, 1);

    m_editor = new ParticipantEditor(store, undo, this);
    m_trainings = new ParticipantTrainings(store, undo, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_updating);
    top->addWidget(m_new);
    top->addWidget(m_delete);

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    auto *editorBox = new QGroupBox(tr("Person"), details);
    (new QVBoxLayout(editorBox))->addWidget(m_editor);
    auto *trainingsBox = new QGroupBox(tr("Trainings"), details);
    (new QVBoxLayout(trainingsBox))->addWidget(m_trainings);
    detailsLayout->addWidget(editorBox);
    detailsLayout->addWidget(trainingsBox, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);
    stackFormsWhenNarrow(scroll);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(list);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 470});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchProxyModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ParticipantsPage::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ParticipantsPage::onCurrentChanged);
    // The search re-lays the list out in one go (SearchProxyModel::setSearchText).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ParticipantsPage::onCurrentChanged);
    // After the proxy's own handling: it has filtered and sorted the new rows by then.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipantsPage::restoreCurrent);
    connect(m_model, &ParticipantModel::reloading, this, &ParticipantsPage::showUpdating);
    connect(m_model, &ParticipantModel::loaded, this, &ParticipantsPage::showRows);
    connect(m_new, &QPushButton::clicked, this, &ParticipantsPage::newParticipant);
    connect(m_delete, &QPushButton::clicked, this, &ParticipantsPage::deleteCurrent);

    onCurrentChanged();
}

void ParticipantsPage::ensureLoaded() const
{
    if (m_model->isLoaded())
        return;
    m_model->load();
    const_cast<ParticipantsPage *>(this)->showRows();
}

void ParticipantsPage::showRows()
{
    m_loading->hide();
    m_view->setEnabled(true);
    // The first time, the first person; after a reload, restoreCurrent() chose already.
    if (!std::exchange(m_listed, true) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    onCurrentChanged();
    showUpdating();
}

void ParticipantsPage::showUpdating()
{
    m_updating->setVisible(m_model->isLoaded() && m_model->isLoading());
}

void ParticipantsPage::rememberCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_keptId = current.isValid() ? current.data(IdRole).toString() : QString();
    m_keptRow = current.isValid() ? current.row() : -1;
}

// The reset cleared the view's current row without a signal. Whoever was current stays so;
// if they are gone (merged, deleted) or no longer match the search, whoever is now at their
// row, as when a single person is removed from under the selection.
void ParticipantsPage::restoreCurrent()
{
    const QString id = std::exchange(m_keptId, {});
    const int keptRow = std::exchange(m_keptRow, -1);
    if (keptRow >= 0) {
        QModelIndex index;
        if (const int row = m_model->rowOf(id); row >= 0)
            index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid() && m_proxy->rowCount() > 0)
            index = m_proxy->index(std::min(keptRow, m_proxy->rowCount() - 1), 0);
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
    }
    onCurrentChanged();
    showUpdating();
}

void ParticipantsPage::showEvent(QShowEvent *event)
{
    if (!m_model->isLoaded() && !m_model->isLoading()) {
        m_loading->show();
        m_view->setEnabled(false);
        m_model->loadInBackground(); // showRows() when the rows are in
    }
    QWidget::showEvent(event);
}

QString ParticipantsPage::currentParticipantId() const
{
    ensureLoaded();
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toString() : QString();
}

void ParticipantsPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void ParticipantsPage::selectParticipant(const QString &participantId)
{
    ensureLoaded();
    const int row = m_model->rowOf(participantId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the search: show it
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ParticipantsPage::onCurrentChanged()
{
    // Not currentParticipantId(): before the people are loaded nobody is current.
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.isValid() ? current.data(IdRole).toString() : QString();
    if (id != m_editor->participantId()) {
        m_editor->setParticipant(id);
        m_trainings->setParticipant(id);
    }
    m_delete->setEnabled(!id.isEmpty());
}

void ParticipantsPage::newParticipant()
{
    Participant p;
    p.givenNames = tr("New");
    p.familyNames = tr("Participant");
    auto command = std::make_unique<AddParticipantCommand>(m_store, p);
    AddParticipantCommand *added = command.get();
    if (const Status stored = StoreCommand::run(m_undo, std::move(command)); !stored) {
        showError(this, tr("The participant could not be created."), stored.error());
        return;
    }
    selectParticipant(added->recordId());
    if (auto *given = m_editor->findChild<QLineEdit *>(QStringLiteral("givenNamesEdit"))) {
        given->setFocus();
        given->selectAll();
    }
}

void ParticipantsPage::deleteCurrent()
{
    Result<Participant> person = m_store.participants().get(currentParticipantId());
    if (!person)
        return;
    const int trainings = int(m_store.enrollments().trainingsOf(person->id).size());
    const auto answer = QMessageBox::question(
        this, tr("Delete participant"),
        tr("Delete %1 with their enrollment, attendance and scores in %n training(s)? "
           "You can undo this with Ctrl+Z.", nullptr, trainings)
            .arg(person->fullName()));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status stored = StoreCommand::run(
            m_undo, std::make_unique<DeleteParticipantCommand>(m_store, *person));
        !stored)
        showError(this, tr("The participant could not be deleted."), stored.error());
}

} // namespace capacita
