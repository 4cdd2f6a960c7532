#include "attendance/attendancemodel.h"

#include "common/tonecolors.h"
#include "attendance/attendancecommands.h"
#include "attendance/attendancestyle.h"
#include "storage/store.h"

#include <QFont>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + u" %"_s;
}

QString displayName(const Participant &p)
{
    return p.familyNames.isEmpty() ? p.givenNames : QString(p.familyNames % u", "_s % p.givenNames);
}

QList<QString> idsOf(const auto &records)
{
    QList<QString> ids;
    ids.reserve(records.size());
    for (const auto &r : records)
        ids.append(r.id);
    return ids;
}

} // namespace

AttendanceModel::AttendanceModel(Store &store, QUndoStack &undo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undo(undo)
{
    connect(&store.db().notifier(), &ChangeNotifier::changed, this, &AttendanceModel::onChanged);
    connect(&store.db().notifier(), &ChangeNotifier::bulkChanged, this, &AttendanceModel::reload);
}

void AttendanceModel::setTraining(const QString &trainingId)
{
    if (trainingId == m_training.id)
        return;
    m_training = Training {};
    m_training.id = trainingId;
    reload();
}

void AttendanceModel::reload()
{
    beginResetModel();
    m_participants.clear();
    m_sessions.clear();
    m_status.clear();
    m_cellOf.clear();
    if (!m_training.id.isEmpty()) {
        if (auto training = m_store.trainings().get(m_training.id)) {
            m_training = training.value();
            m_participants = m_store.enrollments().participantsOf(m_training.id);
            m_sessions = m_store.sessions().listForTraining(m_training.id);
        }
    }
    m_status.resize(m_participants.size() * m_sessions.size());
    for (int row = 0; row < m_participants.size(); ++row) {
        for (int column = 0; column < m_sessions.size(); ++column)
            m_cellOf.insert(
                AttendanceRepository::idFor(m_sessions[column].id, m_participants[row].id), cell(row, column));
    }
    if (!m_sessions.isEmpty()) {
        const QList<Attendance> marks = m_store.attendance().listForTraining(m_training.id);
        for (const Attendance &mark : marks) {
            if (const auto it = m_cellOf.constFind(mark.id); it != m_cellOf.cend())
                m_status[*it] = mark.status;
        }
    }
    endResetModel();
}

void AttendanceModel::onChanged(const ChangeEvent &event)
{
    if (m_training.id.isEmpty())
        return;
    if (event.table == schema::attendance().name) {
        onMarkChanged(event.id);
    } else if (event.table == schema::enrollment().name || touchesRows(event)) {
        onStructureMaybeChanged();
    } else if (event.table == schema::training().name && event.id == m_training.id) {
        auto training = m_store.trainings().get(m_training.id);
        if (!training) {
            reload(); // deleted: the grid empties until another training is chosen
            return;
        }
        m_training = training.value();
        if (rowCount() > 0) // the completion rule colours the share column
            emit dataChanged(index(0, shareColumn()), index(rowCount() - 1, shareColumn()));
    }
}

void AttendanceModel::onMarkChanged(const QString &attendanceId)
{
    const auto it = m_cellOf.constFind(attendanceId);
    if (it == m_cellOf.cend())
        return; // another training's mark
    const int row = *it / sessionCount();
    const int column = *it % sessionCount();
    const QString now = m_store.attendance().status(m_sessions[column].id, m_participants[row].id).value_or(QString());
    if (now == m_status[*it])
        return;
    m_status[*it] = now;
    emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(row, shareColumn()), index(row, shareColumn()));
    emit headerDataChanged(Qt::Horizontal, column, column);
}

// Whether a person or session event is about this grid (an enrolment id says nothing about
// its training, so those are always checked).
bool AttendanceModel::touchesRows(const ChangeEvent &event)
{
    if (event.table == schema::participant().name)
        return std::any_of(
            m_participants.cbegin(), m_participants.cend(), [&](const Participant &p) { return p.id == event.id; });
    if (event.table != schema::session().name)
        return false;
    if (std::any_of(m_sessions.cbegin(), m_sessions.cend(), [&](const TrainingSession &s) { return s.id == event.id; }))
        return true;
    const auto session = m_store.sessions().get(event.id);
    return session && session->trainingId == m_training.id;
}

// Enrolments, sessions and people change rarely; when they touch this training, the rows or
// columns themselves change, which is what a reset is for. Names or dates that change in
// place only refresh the headers.
void AttendanceModel::onStructureMaybeChanged()
{
    const QList<Participant> participants = m_store.enrollments().participantsOf(m_training.id);
    const QList<TrainingSession> sessions = m_store.sessions().listForTraining(m_training.id);
    if (idsOf(participants) != idsOf(m_participants) || idsOf(sessions) != idsOf(m_sessions)) {
        reload();
        return;
    }
    m_participants = participants;
    m_sessions = sessions;
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (sessionCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, sessionCount() - 1);
}

bool AttendanceModel::isMarkCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.column() < sessionCount() && index.row() < rowCount();
}

QString AttendanceModel::status(const QModelIndex &index) const
{
    return isMarkCell(index) ? m_status[cell(index.row(), index.column())] : QString();
}

int AttendanceModel::attendedCount(int column) const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QString &s = m_status[cell(row, column)];
        count += (s == u"present"_s || s == u"late"_s) ? 1 : 0;
    }
    return count;
}

int AttendanceModel::attendedSessions(int row) const
{
    int count = 0;
    for (int column = 0; column < sessionCount(); ++column) {
        const QString &s = m_status[cell(row, column)];
        count += (s == u"present"_s || s == u"late"_s) ? 1 : 0;
    }
    return count;
}

double AttendanceModel::attendedShare(int row) const
{
    return sessionCount() == 0 ? 0.0 : double(attendedSessions(row)) / sessionCount();
}

bool AttendanceModel::setMark(const QModelIndex &index, const std::optional<QString> &status)
{
    if (!isMarkCell(index))
        return false;
    const QString current = this->status(index);
    const std::optional<QString> before = current.isEmpty() ? std::nullopt : std::optional(current);
    if (before == status)
        return true; // nothing to change, nothing to undo
    const Participant &person = m_participants[index.row()];
    const QString text = status
        ? tr("Mark %1 %2 in session %3")
              .arg(person.fullName(), attendancestyle::name(*status).toLower())
              .arg(index.column() + 1)
        : tr("Clear the mark of %1 in session %2").arg(person.fullName()).arg(index.column() + 1);
    return push(std::make_unique<SetAttendanceCommand>(
        m_store, QList<AttendanceChange> { { m_sessions[index.column()].id, person.id, before, status } }, text));
}

bool AttendanceModel::markAllPresent(int column)
{
    if (column < 0 || column >= sessionCount())
        return false;
    QList<AttendanceChange> changes;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_status[cell(row, column)].isEmpty())
            changes.append({ m_sessions[column].id, m_participants[row].id, std::nullopt, u"present"_s });
    }
    if (changes.isEmpty()) {
        emit refused(tr("Everyone already has a mark in session %1.").arg(column + 1));
        return false;
    }
    return push(std::make_unique<SetAttendanceCommand>(
        m_store, changes, tr("Mark everyone present in session %1").arg(column + 1)));
}

bool AttendanceModel::push(std::unique_ptr<SetAttendanceCommand> command)
{
    if (const Status done = StoreCommand::run(m_undo, std::move(command)); !done) {
        emit refused(done.error().text());
        return false;
    }
    return true;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    // The share column only makes sense next to sessions.
    return parent.isValid() || m_sessions.isEmpty() ? 0 : sessionCount() + 1;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Participant &person = m_participants[index.row()];

    if (index.column() == shareColumn()) {
        const double share = attendedShare(index.row());
        const bool complete = share + 1e-9 >= m_training.completionShare;
        switch (role) {
        case Qt::DisplayRole:
            return percent(share);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("%1 attended %2 of %3 sessions (%4); completing the training requires %5.")
                .arg(person.fullName())
                .arg(attendedSessions(index.row()))
                .arg(sessionCount())
                .arg(percent(share), percent(m_training.completionShare));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            return complete ? QVariant(toneColor(Tone::Good)) : QVariant();
        case Qt::FontRole: {
            if (!complete)
                return {};
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }

    const QString &s = m_status[cell(index.row(), index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return attendancestyle::letter(s);
    case StatusRole:
    case Qt::EditRole:
        return s;
    case SessionIdRole:
        return m_sessions[index.column()].id;
    case ParticipantIdRole:
        return person.id;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString what = s.isEmpty() ? tr("no mark") : attendancestyle::name(s);
        return tr("%1, session %2 (%3): %4")
            .arg(person.fullName())
            .arg(index.column() + 1)
            .arg(QLocale().toString(m_sessions[index.column()].date, u"dd/MM/yyyy"_s), what);
    }
    case Qt::BackgroundRole:
        return s.isEmpty() ? QVariant() : QVariant(attendancestyle::background(s));
    case Qt::ForegroundRole:
        return s.isEmpty() ? QVariant() : QVariant(attendancestyle::foreground(s));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const Participant &p = m_participants[section];
        if (role == Qt::DisplayRole)
            return displayName(p);
        if (role == Qt::ToolTipRole)
            return p.institution.isEmpty() ? p.fullName() : QString(p.fullName() % u" — "_s % p.institution);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == shareColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Attended");
        if (role == Qt::ToolTipRole)
            return tr("Share of sessions attended (present or late). Bold green: meets the completion rule of %1.")
                .arg(percent(m_training.completionShare));
        return {};
    }
    const TrainingSession &session = m_sessions[section];
    const QString date = QLocale().toString(session.date, u"dd/MM/yyyy"_s);
    switch (role) {
    case Qt::DisplayRole:
        return QString(tr("Sess. %1", "short for session number").arg(section + 1) % u'\n' % date % u'\n'
            % tr("%n present", "how many attended a session (present or late)", attendedCount(section)));
    case Qt::ToolTipRole: {
        QString tip = tr("Session %1, %2").arg(section + 1).arg(QLocale().toString(session.date, QLocale::LongFormat));
        if (!session.topic.isEmpty())
            tip += u"\n"_s % session.topic;
        return QString(tip % u'\n' % tr("%n attended (present or late)", nullptr, attendedCount(section)) % u'\n'
            % tr("Ctrl+Shift+P marks everyone without a mark present."));
    }
    default:
        return {};
    }
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isMarkCell(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isMarkCell(index))
        return false;
    const QString s = value.toString().trimmed();
    return setMark(index, s.isEmpty() ? std::nullopt : std::optional(s));
}

} // namespace capacita
