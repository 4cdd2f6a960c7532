#include "trainings/sessionmodel.h"

#include "commands/recordcompare.h"
#include "commands/trainingcommands.h"
#include "common/modelroles.h"
#include "storage/store.h"

#include <QLocale>
#include <QTime>
#include <QUndoStack>

namespace capacita {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");

// Hours between two "HH:mm" times, or nullopt when they do not make a span.
std::optional<double> spanHours(const QString &start, const QString &end)
{
    const QTime from = QTime::fromString(start, kTimeFormat);
    const QTime to = QTime::fromString(end, kTimeFormat);
    if (!from.isValid() || !to.isValid() || to <= from)
        return std::nullopt;
    return from.secsTo(to) / 3600.0;
}
} // namespace

SessionModel::SessionModel(Store &store, QUndoStack &undo, QObject *parent)
    : RecordTableModel(parent), m_store(store), m_undo(undo)
{
    ChangeNotifier &notifier = store.db().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, &SessionModel::onChanged);
    connect(&notifier, &ChangeNotifier::bulkChanged, this, &SessionModel::reload);
}

void SessionModel::setTraining(const QString &trainingId)
{
    m_trainingId = trainingId;
    reload();
}

void SessionModel::reload()
{
    resetRows(m_trainingId.isEmpty() ? QList<TrainingSession>()
                                     : m_store.sessions().listForTraining(m_trainingId));
}

int SessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingSession &s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date: return QLocale().toString(s.date, QStringLiteral("ddd dd/MM/yyyy"));
        case StartTime: return s.startTime;
        case EndTime: return s.endTime;
        case Hours: return QLocale().toString(s.hours, 'g', 4);
        default: return {};
        }
    case Qt::EditRole:
        switch (column) {
        case Date: return s.date;
        case StartTime: return QTime::fromString(s.startTime, kTimeFormat);
        case EndTime: return QTime::fromString(s.endTime, kTimeFormat);
        case Hours: return s.hours;
        default: return {};
        }
    case SortRole:
        switch (column) {
        case Date: return QString(s.date.toString(Qt::ISODate) + QLatin1Char(' ') + s.startTime);
        case StartTime: return s.startTime;
        case EndTime: return s.endTime;
        case Hours: return s.hours;
        default: return {};
        }
    case IdRole:
        return s.id;
    case Qt::TextAlignmentRole:
        return column == Hours ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case StartTime: return tr("From");
    case EndTime: return tr("To");
    case Hours: return tr("Hours");
    default: return {};
    }
}

Qt::ItemFlags SessionModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool SessionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TrainingSession before = m_rows.at(index.row());
    TrainingSession after = before;
    switch (index.column()) {
    case Date:
        after.date = value.toDate();
        break;
    case StartTime:
    case EndTime: {
        const QTime time = value.toTime();
        QString &field = index.column() == StartTime ? after.startTime : after.endTime;
        field = time.isValid() ? time.toString(kTimeFormat) : QString();
        // Hours follow the times when both are known; they stay editable on their own.
        if (const auto hours = spanHours(after.startTime, after.endTime))
            after.hours = *hours;
        break;
    }
    case Hours:
        after.hours = value.toDouble();
        break;
    default:
        return false;
    }
    if (sameRecord(before, after))
        return true;
    const Status stored =
        StoreCommand::run(m_undo, std::make_unique<EditSessionCommand>(m_store, before, after));
    if (!stored) {
        emit editFailed(stored.error());
        return false;
    }
    return true; // the row itself follows from the store's change notification
}

void SessionModel::onChanged(const ChangeEvent &event)
{
    if (m_trainingId.isEmpty())
        return;
    if (event.table != QLatin1String("training_session"))
        return;
    if (event.kind == ChangeEvent::Deleted) {
        syncRow(event.id, std::nullopt);
        return;
    }
    Result<TrainingSession> live = m_store.sessions().get(event.id);
    const bool ours = live && live.value().trainingId == m_trainingId;
    syncRow(event.id, ours ? std::optional<TrainingSession>(live.value()) : std::nullopt);
}

} // namespace capacita
