#include "assessment/assessmentmodel.h"

#include "common/tonecolors.h"
#include "assessment/scorecommands.h"
#include "assessment/scoreformat.h"
#include "domain/validation.h"
#include "storage/store.h"

#include <QColor>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {

const QString kPre = u"pre"_s;
const QString kPost = u"post"_s;

QString displayName(const Participant &p)
{
    return p.familyNames.isEmpty() ? p.givenNames : QString(p.familyNames % u", "_s % p.givenNames);
}

// Gain in percentage points of the maximum, so a pre out of 20 and a post out of 25 still
// compare fairly.
double gainPercent(const AssessmentScore &pre, const AssessmentScore &post)
{
    return (post.score / post.maxScore - pre.score / pre.maxScore) * 100.0;
}

} // namespace

AssessmentModel::AssessmentModel(Store &store, QUndoStack &undo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undo(undo)
{
    connect(&store.db().notifier(), &ChangeNotifier::changed, this, &AssessmentModel::onChanged);
    connect(&store.db().notifier(), &ChangeNotifier::bulkChanged, this, &AssessmentModel::reload);
}

void AssessmentModel::setTraining(const QString &trainingId)
{
    if (trainingId == m_trainingId)
        return;
    m_trainingId = trainingId;
    reload();
}

void AssessmentModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_sessionIds.clear();
    m_rowOfScore.clear();
    m_cellOfMark.clear();
    if (!m_trainingId.isEmpty() && m_store.trainings().get(m_trainingId)) {
        const QList<TrainingSession> sessions = m_store.sessions().listForTraining(m_trainingId);
        for (const TrainingSession &s : sessions)
            m_sessionIds.append(s.id);
        const QList<Participant> people = m_store.enrollments().participantsOf(m_trainingId);
        for (const Participant &person : people) {
            const int row = int(m_rows.size());
            Row r { person, {}, {}, {}, QList<bool>(m_sessionIds.size(), false) };
            m_rowOfScore.insert(ScoreRepository::idFor(m_trainingId, person.id, kPre), row);
            m_rowOfScore.insert(ScoreRepository::idFor(m_trainingId, person.id, kPost), row);
            for (int s = 0; s < m_sessionIds.size(); ++s)
                m_cellOfMark.insert(AttendanceRepository::idFor(m_sessionIds[s], person.id), { row, s });
            m_rows.append(std::move(r));
        }
        const QList<AssessmentScore> scores = m_store.scores().listForTraining(m_trainingId);
        for (const AssessmentScore &s : scores) {
            if (const auto it = m_rowOfScore.constFind(s.id); it != m_rowOfScore.cend())
                score(m_rows[*it], s.kind) = s;
        }
        const QList<Attendance> marks = m_store.attendance().listForTraining(m_trainingId);
        for (const Attendance &a : marks) {
            if (const auto it = m_cellOfMark.constFind(a.id); it != m_cellOfMark.cend())
                m_rows[it->first].attended[it->second] = a.status == u"present"_s || a.status == u"late"_s;
        }
    }
    m_defaultMax = computeDefaultMax();
    endResetModel();
    emit summaryChanged();
}

std::optional<AssessmentScore> &AssessmentModel::score(Row &row, const QString &kind)
{
    return kind == kPre ? row.pre : row.post;
}

void AssessmentModel::onChanged(const ChangeEvent &event)
{
    if (m_trainingId.isEmpty())
        return;
    if (event.table == schema::score().name)
        onScoreChanged(event.id);
    else if (event.table == schema::attendance().name)
        onAttendanceChanged(event.id);
    else if (event.table == schema::enrollment().name || touchesRows(event)
        || (event.table == schema::training().name && event.id == m_trainingId))
        onStructureMaybeChanged();
}

void AssessmentModel::onScoreChanged(const QString &scoreId)
{
    const auto it = m_rowOfScore.constFind(scoreId);
    if (it == m_rowOfScore.cend())
        return;
    Row &row = m_rows[*it];
    const QString kind = ScoreRepository::idFor(m_trainingId, row.person.id, kPre) == scoreId ? kPre : kPost;
    score(row, kind) = m_store.scores().get(m_trainingId, row.person.id, kind);
    if (row.pre || row.post)
        row.pendingMax.reset(); // the stored maximum speaks for the row now
    emitRowChanged(*it, PreColumn, GainColumn);
    // Rows without scores show the training's usual maximum, which this may have changed.
    if (const double max = computeDefaultMax(); max != m_defaultMax) {
        m_defaultMax = max;
        for (int r = 0; r < rowCount(); ++r) {
            if (!m_rows[r].pre && !m_rows[r].post)
                emitRowChanged(r, MaxColumn, MaxColumn);
        }
    }
    emit summaryChanged();
}

void AssessmentModel::onAttendanceChanged(const QString &attendanceId)
{
    const auto it = m_cellOfMark.constFind(attendanceId);
    if (it == m_cellOfMark.cend())
        return;
    const auto [row, session] = *it;
    const auto status = m_store.attendance().status(m_sessionIds[session], m_rows[row].person.id);
    const bool attended = status == u"present"_s || status == u"late"_s;
    if (m_rows[row].attended[session] == attended)
        return;
    m_rows[row].attended[session] = attended;
    emitRowChanged(row, AttendedColumn, AttendedColumn);
}

// Whether a person or session event is about this grid (an enrolment id says nothing about
// its training, so those are always checked).
bool AssessmentModel::touchesRows(const ChangeEvent &event)
{
    if (event.table == schema::participant().name)
        return std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.person.id == event.id; });
    if (event.table != schema::session().name)
        return false;
    if (m_sessionIds.contains(event.id))
        return true;
    const auto session = m_store.sessions().get(event.id);
    return session && session->trainingId == m_trainingId;
}

// People, enrolments and sessions change rarely; a reset is right when rows or the session
// list change, and a rename only refreshes the name.
void AssessmentModel::onStructureMaybeChanged()
{
    if (!m_store.trainings().get(m_trainingId)) {
        reload();
        return;
    }
    QStringList sessionIds;
    for (const TrainingSession &s : m_store.sessions().listForTraining(m_trainingId))
        sessionIds.append(s.id);
    const QList<Participant> people = m_store.enrollments().participantsOf(m_trainingId);
    bool same = sessionIds == m_sessionIds && people.size() == m_rows.size();
    for (qsizetype i = 0; same && i < people.size(); ++i)
        same = people[i].id == m_rows[i].person.id;
    if (!same) {
        reload();
        return;
    }
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (people[i].fullName() != m_rows[i].person.fullName()) {
            m_rows[i].person = people[i];
            emitRowChanged(int(i), NameColumn, NameColumn);
        }
    }
}

void AssessmentModel::emitRowChanged(int row, int first, int last)
{
    emit dataChanged(index(row, first), index(row, last));
}

double AssessmentModel::computeDefaultMax() const
{
    std::map<double, int> uses;
    for (const Row &row : m_rows) {
        for (const auto *s : { &row.pre, &row.post }) {
            if (*s)
                ++uses[(*s)->maxScore];
        }
    }
    double best = validation::kDefaultMaxScore;
    int most = 0;
    for (const auto &[max, count] : uses) {
        if (count > most) {
            best = max;
            most = count;
        }
    }
    return best;
}

double AssessmentModel::rowMax(const Row &row) const
{
    if (row.post)
        return row.post->maxScore;
    if (row.pre)
        return row.pre->maxScore;
    return row.pendingMax.value_or(defaultMax());
}

AssessmentModel::Summary AssessmentModel::summary() const
{
    Summary s;
    for (const Row &row : m_rows) {
        if (!row.pre || !row.post)
            continue;
        ++s.paired;
        s.meanPre += row.pre->score;
        s.meanPost += row.post->score;
        s.meanGainPercent += gainPercent(*row.pre, *row.post);
    }
    if (s.paired > 0) {
        s.meanPre /= s.paired;
        s.meanPost /= s.paired;
        s.meanGainPercent /= s.paired;
        s.meanGain = s.meanPost - s.meanPre;
    }
    return s;
}

int AssessmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    const std::optional<AssessmentScore> &scored = column == PreColumn ? row.pre : row.post;

    if (role == ParticipantIdRole)
        return row.person.id;
    if (role == Qt::TextAlignmentRole)
        return column == NameColumn ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return displayName(row.person);
        if (role == Qt::ToolTipRole)
            return row.person.institution.isEmpty()
                ? row.person.fullName()
                : QString(row.person.fullName() % u" — "_s % row.person.institution);
        return {};
    case PreColumn:
    case PostColumn:
        if (role == ScoreRole)
            return scored ? QVariant(scored->score) : QVariant();
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return scored ? scoreformat::number(scored->score) : QString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            const QString what = column == PreColumn ? tr("Pre-test") : tr("Post-test");
            return scored ? tr("%1 of %2: %3 out of %4")
                                .arg(what, row.person.fullName(), scoreformat::number(scored->score),
                                    scoreformat::number(scored->maxScore))
                          : tr("%1 of %2: no score yet").arg(what, row.person.fullName());
        }
        return {};
    case MaxColumn: {
        const bool stored = row.pre || row.post;
        const bool differ = row.pre && row.post && row.pre->maxScore != row.post->maxScore;
        if (role == ScoreRole)
            return rowMax(row);
        if (role == Qt::DisplayRole)
            return differ
                ? QString(scoreformat::number(row.pre->maxScore) % u" / "_s % scoreformat::number(row.post->maxScore))
                : scoreformat::number(rowMax(row));
        if (role == Qt::EditRole)
            return scoreformat::number(rowMax(row));
        if (role == Qt::ForegroundRole && !stored && !row.pendingMax)
            return toneColor(Tone::Muted); // a default, not something anybody typed
        if (role == Qt::ToolTipRole)
            return differ ? tr("The pre-test is out of %1 and the post-test out of %2.")
                                .arg(scoreformat::number(row.pre->maxScore), scoreformat::number(row.post->maxScore))
                          : tr("Maximum score of the test: %1").arg(scoreformat::number(rowMax(row)));
        return {};
    }
    case GainColumn: {
        if (!row.pre || !row.post)
            return {};
        const double points = row.post->score - row.pre->score;
        const double percent = gainPercent(*row.pre, *row.post);
        if (role == ScoreRole)
            return points;
        if (role == Qt::DisplayRole)
            return scoreformat::gain(points, percent);
        if (role == Qt::ForegroundRole && std::abs(percent) > 1e-9)
            return toneColor(percent > 0 ? Tone::Good : Tone::Bad);
        if (role == Qt::ToolTipRole)
            return tr("Post-test minus pre-test: %1 points, %2 of the maximum.")
                .arg(scoreformat::signedNumber(points), scoreformat::percent(percent));
        return {};
    }
    case AttendedColumn: {
        const qsizetype sessions = row.attended.size();
        const auto attended = std::count(row.attended.cbegin(), row.attended.cend(), true);
        if (role == ScoreRole)
            return sessions == 0 ? QVariant() : QVariant(double(attended) / sessions);
        if (role == Qt::DisplayRole)
            return sessions == 0 ? u"—"_s : scoreformat::percent(100.0 * attended / sessions);
        if (role == Qt::ToolTipRole)
            return tr("Attended %1 of %2 sessions (present or late).").arg(attended).arg(sessions);
        return {};
    }
    default:
        return {};
    }
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Participant");
        case PreColumn:
            return tr("Pre");
        case PostColumn:
            return tr("Post");
        case MaxColumn:
            return tr("Max");
        case GainColumn:
            return tr("Gain");
        case AttendedColumn:
            return tr("Attended");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PreColumn:
            return tr("Pre-test score, typed in place. Empty clears it.");
        case PostColumn:
            return tr("Post-test score, typed in place. Empty clears it.");
        case MaxColumn:
            return tr("Maximum score of the test (20 on Peru's 0-20 scale unless changed).");
        case GainColumn:
            return tr("Post minus pre, in points and in % of the maximum.");
        case AttendedColumn:
            return tr("Share of the training's sessions attended (present or late).");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags AssessmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PreColumn || index.column() == PostColumn || index.column() == MaxColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssessmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    switch (index.column()) {
    case PreColumn:
        return setScore(index.row(), kPre, value);
    case PostColumn:
        return setScore(index.row(), kPost, value);
    case MaxColumn:
        return setMax(index.row(), value);
    default:
        return false;
    }
}

bool AssessmentModel::setScore(int rowIndex, const QString &kind, const QVariant &value)
{
    Row &row = m_rows[rowIndex];
    const std::optional<AssessmentScore> before = score(row, kind);
    const scoreformat::Parsed parsed = scoreformat::parse(value);
    std::optional<AssessmentScore> after;
    if (!parsed.empty) {
        if (!parsed.number) {
            emit refused(tr("\"%1\" is not a number. Type a score such as 14 or 14,5.").arg(value.toString()));
            return false;
        }
        AssessmentScore s;
        s.trainingId = m_trainingId;
        s.participantId = row.person.id;
        s.kind = kind;
        s.score = *parsed.number;
        s.maxScore = rowMax(row);
        after = s;
    }
    if (!before && !after)
        return true;
    if (before && after && before->score == after->score && before->maxScore == after->maxScore)
        return true;
    const QString what = kind == kPre ? tr("pre-test") : tr("post-test");
    const QString text = after ? tr("Set %1 score of %2").arg(what, row.person.fullName())
                               : tr("Clear %1 score of %2").arg(what, row.person.fullName());
    return push(std::make_unique<SetScoreCommand>(
        m_store, QList<ScoreChange> { { m_trainingId, row.person.id, kind, before, after } }, text));
}

bool AssessmentModel::setMax(int rowIndex, const QVariant &value)
{
    Row &row = m_rows[rowIndex];
    const scoreformat::Parsed parsed = scoreformat::parse(value);
    if (parsed.empty || !parsed.number || *parsed.number <= 0) {
        emit refused(tr("The maximum score must be a number greater than 0."));
        return false;
    }
    const double max = *parsed.number;
    if (!row.pre && !row.post) {
        // Nothing is stored until a score is typed; the chosen maximum waits for it.
        row.pendingMax = max;
        emitRowChanged(rowIndex, MaxColumn, MaxColumn);
        return true;
    }
    QList<ScoreChange> changes;
    for (const QString &kind : { kPre, kPost }) {
        const std::optional<AssessmentScore> &before = score(row, kind);
        if (!before || before->maxScore == max)
            continue;
        AssessmentScore after = *before;
        after.maxScore = max;
        changes.append({ m_trainingId, row.person.id, kind, before, after });
    }
    if (changes.isEmpty())
        return true;
    return push(std::make_unique<SetScoreCommand>(
        m_store, changes, tr("Set maximum score of %1 to %2").arg(row.person.fullName(), scoreformat::number(max))));
}

bool AssessmentModel::push(std::unique_ptr<SetScoreCommand> command)
{
    if (const Status done = StoreCommand::run(m_undo, std::move(command)); !done) {
        emit refused(done.error().text());
        return false;
    }
    return true;
}

} // namespace capacita
