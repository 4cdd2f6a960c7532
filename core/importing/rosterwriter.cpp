#include "importing/rosterwriter.h"

#include "importing/namematch.h"
#include "importing/rostervalues.h"
#include "storage/duplicaterepository.h"
#include "storage/rowwriter.h"
#include "storage/store.h"
#include "storage/transaction.h"

#include <QStringBuilder>

namespace capacita {

namespace {

struct RosterWriterText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::RosterWriter)
};

const QString kPresent = QStringLiteral("present");
const QString kAbsent = QStringLiteral("absent");

// Repository field names that are not roster column keys.
QString columnFor(const QString &field)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("code"), QStringLiteral("training_code") },
        { QStringLiteral("title"), QStringLiteral("training_title") },
        { QStringLiteral("type"), QStringLiteral("participant_type") },
        { QStringLiteral("doc_number"), QStringLiteral("dni") },
    };
    if (names.contains(field))
        return names.value(field);
    for (const RosterColumn c : rostercolumns::all()) {
        if (rostercolumns::key(c) == field)
            return field;
    }
    return {};
}

RejectedRow rejection(int line, const Error &error)
{
    return { line, columnFor(error.field), {}, error.message };
}

} // namespace

struct RosterWriter::TrainingState
{
    Training training;
    bool failed = false;
    Error error;
    QStringList sessionIds; // in date order
    QSet<int> members; // enrolled people, as PeopleIndex indexes
    QHash<int, int> lineOf; // person -> the line of this import that wrote them
    QHash<quint64, quint8> marks; // markKey -> statusKey
    QHash<quint64, std::pair<double, double>> scores; // scoreKey -> score, max score
};

namespace {
quint64 scoreKey(int participantKey, const QString &kind)
{
    return quint64(participantKey) << 1 | (kind == u"post" ? 1 : 0);
}
} // namespace

RosterWriter::RosterWriter(Store &store, const RosterVocabulary &vocabulary, ImportSummary &summary)
    : m_store(store)
    , m_vocabulary(vocabulary)
    , m_summary(summary)
{
}

RosterWriter::~RosterWriter() = default;

Status RosterWriter::loadPeople()
{
    for (const Participant &p : m_store.participants().list())
        m_people.add(p);
    // A person folded into another record is found through that record.
    for (const auto &merged : DuplicateRepository(m_store.db()).mergedRecords()) {
        if (!merged.dni.isEmpty())
            m_people.addAlias(merged.dni, merged.mergedInto);
        m_people.addAlias(merged.id, merged.mergedInto);
    }
    return {};
}

QList<QDate> RosterWriter::sessionDates(const QDate &start, const QDate &end, int sessions)
{
    QList<QDate> dates;
    const qint64 days = start.daysTo(end) + 1;
    for (int i = 0; i < sessions; ++i) {
        const qint64 offset = std::min<qint64>(qRound64(double(i) * double(days) / sessions), days - 1);
        dates << start.addDays(offset);
    }
    return dates;
}

void RosterWriter::loadRecords(TrainingState &state)
{
    const QString id = state.training.id;
    state.sessionIds.clear();
    for (const TrainingSession &s : m_store.sessions().listForTraining(id))
        state.sessionIds << s.id;
    for (const Participant &p : m_store.enrollments().participantsOf(id)) {
        if (const int i = m_people.byId(p.id); i >= 0)
            state.members.insert(i);
    }
    for (const Attendance &a : m_store.attendance().listForTraining(id))
        state.marks.insert(markKey(a.sessionId, a.participantId), statusKey(a.status));
    for (const AssessmentScore &s : m_store.scores().listForTraining(id))
        state.scores.insert(scoreKey(idKey(s.participantId), s.kind), { s.score, s.maxScore });
}

int RosterWriter::idKey(const QString &id)
{
    if (const auto it = m_idKeys.constFind(id); it != m_idKeys.cend())
        return *it;
    const int key = int(m_idKeys.size());
    m_idKeys.insert(id, key);
    return key;
}

quint8 RosterWriter::statusKey(const QString &status)
{
    qsizetype i = m_statuses.indexOf(status);
    if (i < 0) {
        i = m_statuses.size();
        m_statuses.append(status);
    }
    return quint8(i); // a handful of statuses exist
}

quint64 RosterWriter::markKey(const QString &sessionId, const QString &participantId)
{
    return quint64(idKey(sessionId)) << 32 | quint32(idKey(participantId));
}

Status RosterWriter::createTraining(TrainingState &state, const QString &code, const TrainingValues &values)
{
    Training t;
    t.code = code;
    t.title = values.title.value_or(QString());
    t.topics = values.topics.value_or(QStringList());
    if (values.ubigeo)
        t.ubigeo = *values.ubigeo;
    else if (values.department)
        t.ubigeo = m_vocabulary.capitalOf(*values.department);
    t.startDate = *values.start;
    t.endDate = *values.end;
    const QDate today = m_store.db().clock().today();
    t.status = t.endDate < today ? QStringLiteral("completed")
        : t.startDate > today    ? QStringLiteral("planned")
                                 : QStringLiteral("ongoing");
    auto id = m_store.trainings().add(t);
    if (!id)
        return id.error();
    t.id = *id;
    for (const QDate &date : sessionDates(t.startDate, t.endDate, values.sessions.value_or(0))) {
        TrainingSession s;
        s.trainingId = t.id;
        s.date = date;
        CAPACITA_TRY(m_store.sessions().add(s));
    }
    state.training = t;
    ++m_summary.trainingsCreated;
    loadRecords(state);
    return {};
}

Status RosterWriter::updateTraining(TrainingState &state, const TrainingValues &values)
{
    const Training old = state.training;
    Training t = old;
    t.title = values.title.value_or(old.title);
    if (values.topics
        && QSet<QString>(values.topics->cbegin(), values.topics->cend())
            != QSet<QString>(old.topics.cbegin(), old.topics.cend()))
        t.topics = *values.topics;
    if (values.ubigeo) {
        t.ubigeo = *values.ubigeo;
    } else if (values.department) {
        // Keep a district chosen in the program when it lies in the roster's department.
        const auto current = m_vocabulary.district(old.ubigeo);
        if (!current || current->department != *values.department)
            t.ubigeo = m_vocabulary.capitalOf(*values.department);
    }
    t.startDate = values.start.value_or(old.startDate);
    t.endDate = values.end.value_or(old.endDate);
    if (t.title != old.title || t.topics != old.topics || t.ubigeo != old.ubigeo || t.startDate != old.startDate
        || t.endDate != old.endDate) {
        CAPACITA_TRY(m_store.trainings().update(t));
        m_updatedTrainings.insert(t.id);
    }
    state.training = t;
    loadRecords(state);

    const int wanted = values.sessions.value_or(0);
    const int have = int(state.sessionIds.size());
    if (have < wanted) {
        const QList<QDate> dates = sessionDates(t.startDate, t.endDate, wanted);
        for (int i = have; i < wanted; ++i) {
            TrainingSession s;
            s.trainingId = t.id;
            s.date = dates.at(i);
            CAPACITA_TRY(m_store.sessions().add(s));
        }
        m_updatedTrainings.insert(t.id);
        loadRecords(state);
    } else if (have > wanted) {
        m_summary.warnings << RosterWriterText::tr(
            "Training %1 has %2 sessions on record but the file says %3; the extra sessions were kept "
            "and marked absent for the people in the file.")
                                  .arg(t.code)
                                  .arg(have)
                                  .arg(wanted);
    }
    return {};
}

Result<RosterWriter::TrainingState *> RosterWriter::training(const QString &code, const TrainingDefinition &definition)
{
    if (const auto it = m_trainings.constFind(code); it != m_trainings.cend()) {
        if ((*it)->failed)
            return (*it)->error;
        return it->get();
    }
    auto state = std::make_shared<TrainingState>();
    m_trainings.insert(code, state);
    const qint64 changesBefore = m_store.db().totalChanges();
    Status status;
    {
        Transaction tx(m_store.db());
        status = tx.begun();
        if (status) {
            const auto existing = m_store.trainings().findByCode(code);
            if (existing) {
                state->training = *existing;
                if (definition.line > 0)
                    status = updateTraining(*state, definition.values);
                else
                    loadRecords(*state);
            } else {
                status = createTraining(*state, code, definition.values);
            }
        }
        if (status)
            status = tx.commit();
    }
    if (!status) {
        noteFailedWrite(changesBefore);
        state->failed = true;
        state->error = status.error();
        return status.error();
    }
    return state.get();
}

RosterWriter::Match RosterWriter::match(const RosterRow &row, const TrainingState &state) const
{
    const Participant &r = row.person;
    const QString key = namematch::nameKey(r.givenNames, r.familyNames);
    const int byDni = m_people.byDni(r.dni());
    const QList<int> sameNames = m_people.byKey(key);
    // (0) someone already in this training: same DNI, or same names without a conflict.
    if (byDni >= 0 && state.members.contains(byDni))
        return { byDni, 0 };
    for (const int i : sameNames) {
        if (state.members.contains(i) && !namematch::conflicting(r, m_people.at(i).p))
            return { i, 0 };
    }
    // (1) the same DNI anywhere.
    if (byDni >= 0)
        return { byDni, 1 };
    // (2) same names, same known sex and same birth year, and no different DNI.
    if (r.sex != u"unknown" && r.birthYear) {
        for (const int i : sameNames) {
            const Participant &c = m_people.at(i).p;
            if (c.sex == r.sex && c.birthYear == r.birthYear && (c.dni().isEmpty() || r.dni().isEmpty()))
                return { i, 2 };
        }
    }
    return {};
}

bool RosterWriter::fill(Participant &person, const Participant &from, QString *warning) const
{
    bool changed = false;
    if (person.docType == u"none" && !from.dni().isEmpty()) {
        const int holder = m_people.byDni(from.dni());
        if (holder >= 0 && m_people.at(holder).p.id != person.id) {
            *warning = RosterWriterText::tr(
                "DNI %1 was not added to %2 (%3): it already belongs to %4 (%5). Check whether they are one person.")
                           .arg(from.dni(), person.fullName(), person.id, m_people.at(holder).p.fullName(),
                               m_people.at(holder).p.id);
        } else {
            person.docType = from.docType;
            person.docNumber = from.docNumber;
            changed = true;
        }
    }
    auto take = [&changed](auto &mine, const auto &theirs, bool empty) {
        if (empty) {
            mine = theirs;
            changed = true;
        }
    };
    take(person.sex, from.sex, person.sex == u"unknown" && from.sex != u"unknown");
    take(person.birthYear, from.birthYear, !person.birthYear && from.birthYear);
    take(person.type, from.type, person.type.isEmpty() && !from.type.isEmpty());
    take(person.institution, from.institution, person.institution.isEmpty() && !from.institution.isEmpty());
    return changed;
}

Status RosterWriter::writeMarks(TrainingState &state, const QString &participantId, int attended,
                               RowWriter::Known known, QHash<quint64, quint8> &marks)
{
    const quint8 present = statusKey(kPresent), late = statusKey(QStringLiteral("late")), absent = statusKey(kAbsent);
    int marked = 0, presentCount = 0;
    for (const QString &sid : std::as_const(state.sessionIds)) {
        const auto it = state.marks.constFind(markKey(sid, participantId));
        if (it == state.marks.cend())
            continue;
        ++marked;
        presentCount += *it == present || *it == late;
    }
    // Marks edited in the program that still add up to the file's count are left alone.
    if (marked == state.sessionIds.size() && presentCount == attended)
        return {};
    for (qsizetype i = 0; i < state.sessionIds.size(); ++i) {
        const QString &sid = state.sessionIds.at(i);
        const quint64 key = markKey(sid, participantId);
        const quint8 wanted = i < attended ? present : absent;
        if (const auto it = state.marks.constFind(key); it != state.marks.cend() && *it == wanted)
            continue;
        // The session is this training's and the person is enrolled in it (write() saw to
        // that): the repository's checks, two reads and a savepoint per mark, would pass.
        CAPACITA_TRY(RowWriter(m_store.db()).upsert(schema::attendance(), AttendanceRepository::idFor(sid, participantId),
            { { QStringLiteral("session_id"), sid }, { QStringLiteral("participant_id"), participantId },
                { QStringLiteral("status"), m_statuses.at(wanted) } }, known));
        marks.insert(key, wanted);
    }
    return {};
}

std::optional<RejectedRow> RosterWriter::write(const RosterRow &row, const TrainingDefinition &definition)
{
    auto state = training(row.code, definition);
    if (!state) {
        RejectedRow r = rejection(row.line, state.error());
        if (r.column.isEmpty())
            r.column = QStringLiteral("training_code");
        return r;
    }
    TrainingState &ts = **state;

    const Match m = match(row, ts);
    if (m.rule == 0 && ts.lineOf.contains(m.index)) {
        const bool byDni = !row.person.dni().isEmpty() && m_people.at(m.index).p.dni() == row.person.dni();
        return RejectedRow { row.line, byDni ? QStringLiteral("dni") : QStringLiteral("given_names"), {},
            RosterWriterText::tr(
                "is the same person as line %1 of this training. If they are two people, add their DNI or birth year.")
                .arg(ts.lineOf.value(m.index)) };
    }

    const bool isNew = m.index < 0;
    Participant person = isNew ? row.person : m_people.at(m.index).p;
    QString warning;
    bool changed = false;
    if (isNew)
        person.id = m_store.db().newId();
    else
        changed = fill(person, row.person, &warning);

    // Rows keyed by a person created here cannot exist yet: they are written without a read.
    const RowWriter::Known known = isNew ? RowWriter::Known::New : RowWriter::Known::MayExist;
    QHash<quint64, quint8> marks;
    QHash<quint64, std::pair<double, double>> scores;
    const qint64 changesBefore = m_store.db().totalChanges();
    Status status;
    {
        Transaction tx(m_store.db());
        status = tx.begun();
        if (status && isNew) {
            if (auto id = m_store.participants().add(person); !id)
                status = id.error();
        } else if (status && changed) {
            status = m_store.participants().update(person);
        }
        if (status && (isNew || !ts.members.contains(m.index))) {
            // Both rows are live (just written or read): only the enrollment itself is written.
            status = RowWriter(m_store.db()).upsert(schema::enrollment(), EnrollmentRepository::idFor(ts.training.id, person.id),
                { { QStringLiteral("training_id"), ts.training.id }, { QStringLiteral("participant_id"), person.id } }, known);
        }
        if (status && row.attended)
            status = writeMarks(ts, person.id, *row.attended, known, marks);
        for (const auto &[kind, value] : { std::pair { QStringLiteral("pre"), row.preScore },
                 std::pair { QStringLiteral("post"), row.postScore } }) {
            if (!status || !value)
                continue;
            const quint64 key = scoreKey(idKey(person.id), kind);
            const auto it = ts.scores.constFind(key);
            if (it != ts.scores.cend() && it->first == *value && it->second == row.maxScore)
                continue;
            AssessmentScore s;
            s.trainingId = ts.training.id;
            s.participantId = person.id;
            s.kind = kind;
            s.score = *value;
            s.maxScore = row.maxScore;
            if (auto id = m_store.scores().setEnrolled(s, known); !id)
                status = id.error();
            else
                scores.insert(key, { s.score, s.maxScore });
        }
        if (status)
            status = tx.commit();
    }
    if (!status) {
        noteFailedWrite(changesBefore);
        return rejection(row.line, status.error());
    }

    int index = m.index;
    if (isNew) {
        index = m_people.add(person);
        m_created.insert(index);
        ++m_summary.participantsCreated;
        noteDuplicates(index, row.line);
    } else {
        if (changed)
            m_people.update(index, person);
        if (!m_created.contains(index))
            m_matched.insert(index);
    }
    if (!warning.isEmpty())
        m_summary.warnings << RosterWriterText::tr("Line %1: %2").arg(row.line).arg(warning);
    ts.members.insert(index);
    ts.lineOf.insert(index, row.line);
    ts.marks.insert(marks);
    ts.scores.insert(scores);
    return std::nullopt;
}

void RosterWriter::noteDuplicates(int index, int line)
{
    constexpr int kMaxPerPerson = 10;
    const PeopleIndex::Person &me = m_people.at(index);
    int found = 0;
    for (const int other : m_people.nearCandidates(index)) {
        const PeopleIndex::Person &them = m_people.at(other);
        if (const auto e = namematch::evidence(me.p, me.names, them.p, them.names)) {
            m_summary.probableDuplicates.append({ line, me.p.id, them.p.id, e->reasons });
            if (++found == kMaxPerPerson)
                break;
        }
    }
}

void RosterWriter::noteFailedWrite(qint64 changesBefore)
{
    if (m_store.db().savepointsElided() && m_store.db().totalChanges() != changesBefore)
        m_leftPartialRow = true;
}

void RosterWriter::finish()
{
    m_summary.participantsMatched = int(m_matched.size());
    m_summary.trainingsUpdated = int(m_updatedTrainings.size());
}

} // namespace capacita
