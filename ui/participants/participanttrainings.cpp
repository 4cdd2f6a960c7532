#include "participants/participanttrainings.h"

#include "common/tonecolors.h"
#include "commands/participantcommands.h"
#include "participants/enrollchoicemodel.h"
#include "storage/store.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace capacita {

ParticipantTrainings::ParticipantTrainings(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_list(new QListWidget(this)),
      m_choices(new EnrollChoiceModel(store, this)), m_choice(new QComboBox(this))
{
    m_choice->setModel(m_choices);
    m_list->setObjectName(QStringLiteral("enrolledList"));
    m_list->setAccessibleName(tr("Trainings of this person"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_choice->setObjectName(QStringLiteral("enrollChoice"));
    // Named for screen readers: with no person chosen (the list still loading) it is empty.
    m_choice->setAccessibleName(tr("Training to enrol in"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(20);
    m_enroll = new QPushButton(tr("&Enrol in training"), this);
    m_enroll->setObjectName(QStringLiteral("enrollButton"));
    m_unenroll = new QPushButton(tr("&Remove from training"), this);
    m_unenroll->setObjectName(QStringLiteral("unenrollButton"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(toneStyleSheet(Tone::Error));
    m_error->setWordWrap(true);
    m_error->hide();

    // One control per line, so the panel stays narrow enough for a small screen at 150 %.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_unenroll, 0, Qt::AlignLeft);
    layout->addWidget(m_choice);
    layout->addWidget(m_enroll, 0, Qt::AlignLeft);
    layout->addWidget(m_error);

    connect(m_enroll, &QPushButton::clicked, this, &ParticipantTrainings::enrollChosen);
    connect(m_unenroll, &QPushButton::clicked, this, &ParticipantTrainings::unenrollSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this] { m_unenroll->setEnabled(m_list->currentItem() != nullptr); });
    // The choices follow training changes themselves; a reset (a bulk change) loses the
    // combo's current row, so it is remembered across it.
    connect(m_choices, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_chosenBeforeReset = m_choice->currentData().toString(); });
    connect(m_choices, &QAbstractItemModel::modelReset, this,
            [this] { choose(std::exchange(m_chosenBeforeReset, {})); });
    connect(m_choices, &QAbstractItemModel::rowsInserted, this,
            [this] { m_enroll->setEnabled(m_choice->count() > 0); });
    connect(m_choices, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_enroll->setEnabled(m_choice->count() > 0); });
    connect(&store.db().notifier(), &ChangeNotifier::changed, this, &ParticipantTrainings::onChanged);
    connect(&store.db().notifier(), &ChangeNotifier::bulkChanged, this, &ParticipantTrainings::refresh);
    refresh();
}

void ParticipantTrainings::setParticipant(const QString &participantId)
{
    m_participantId = participantId;
    m_error->hide();
    refresh();
}

void ParticipantTrainings::onChanged(const ChangeEvent &event)
{
    if (event.table == QLatin1String("enrollment") || event.table == QLatin1String("training"))
        refresh();
}

// The person's trainings are few and listed again whole; the trainings to choose from (4,000
// at programme scale) are only filtered again (EnrollChoiceModel).
void ParticipantTrainings::refresh()
{
    const QString chosen = m_choice->currentData().toString();
    m_list->clear();
    const bool any = !m_participantId.isEmpty();
    setEnabled(any);
    std::optional<QSet<QString>> enrolled;
    if (any) {
        enrolled.emplace();
        const QList<Training> mine = m_store.enrollments().trainingsOf(m_participantId);
        for (const Training &t : mine) {
            auto *item = new QListWidgetItem(describeTraining(t), m_list);
            item->setToolTip(item->text());
            item->setData(Qt::UserRole, t.id);
            enrolled->insert(t.id);
        }
    }
    m_choices->setExcluded(std::move(enrolled));
    choose(chosen);
    m_unenroll->setEnabled(m_list->currentItem() != nullptr);
}

void ParticipantTrainings::choose(const QString &trainingId)
{
    const int again = trainingId.isEmpty() ? -1 : m_choice->findData(trainingId);
    m_choice->setCurrentIndex(again >= 0 ? again : (m_choice->count() > 0 ? 0 : -1));
    m_enroll->setEnabled(m_choice->count() > 0);
}

void ParticipantTrainings::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ParticipantTrainings::enrollChosen()
{
    const QString trainingId = m_choice->currentData().toString();
    if (trainingId.isEmpty() || m_participantId.isEmpty())
        return;
    const Status stored = StoreCommand::run(
        m_undo, std::make_unique<EnrollCommand>(m_store, trainingId, m_participantId));
    showError(stored ? QString() : stored.error().message);
}

void ParticipantTrainings::unenrollSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || m_participantId.isEmpty())
        return;
    const QString trainingId = item->data(Qt::UserRole).toString();
    const Status stored = StoreCommand::run(
        m_undo, std::make_unique<UnenrollCommand>(m_store, trainingId, m_participantId));
    showError(stored ? QString() : stored.error().message);
}

} // namespace capacita
