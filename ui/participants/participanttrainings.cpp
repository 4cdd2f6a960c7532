#include "participants/participanttrainings.h"

#include "common/tonecolors.h"
#include "commands/participantcommands.h"
#include "storage/store.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

namespace capacita {

namespace {
QString describe(const Training &t)
{
    return t.code + QStringLiteral(" — ") + t.title + QStringLiteral(" (")
        + t.startDate.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(")");
}
} // namespace

ParticipantTrainings::ParticipantTrainings(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_list(new QListWidget(this)),
      m_choice(new QComboBox(this))
{
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

// Both lists are short (one person's trainings, the live trainings) and rebuilt whole.
void ParticipantTrainings::refresh()
{
    const QString chosen = m_choice->currentData().toString();
    m_list->clear();
    m_choice->clear();
    const bool any = !m_participantId.isEmpty();
    setEnabled(any);
    if (any) {
        QSet<QString> enrolled;
        const QList<Training> mine = m_store.enrollments().trainingsOf(m_participantId);
        for (const Training &t : mine) {
            auto *item = new QListWidgetItem(describe(t), m_list);
            item->setToolTip(item->text());
            item->setData(Qt::UserRole, t.id);
            enrolled.insert(t.id);
        }
        const QList<Training> all = m_store.trainings().list();
        for (const Training &t : all) {
            if (!enrolled.contains(t.id))
                m_choice->addItem(describe(t), t.id);
        }
        const int again = m_choice->findData(chosen);
        if (again >= 0)
            m_choice->setCurrentIndex(again);
    }
    m_enroll->setEnabled(m_choice->count() > 0);
    m_unenroll->setEnabled(m_list->currentItem() != nullptr);
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
