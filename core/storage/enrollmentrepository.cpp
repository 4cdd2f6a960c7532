#include "storage/enrollmentrepository.h"

#include "domain/clock.h"
#include "storage/cascade.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/transaction.h"

#include <QStringBuilder>

namespace capacita {

namespace {
// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::EnrollmentRepository", text);
}
} // namespace

QString EnrollmentRepository::idFor(const QString &trainingId, const QString &participantId)
{
    return uuidFromKey(u"enrollment/" % trainingId % u'/' % participantId);
}

Result<QString> EnrollmentRepository::enroll(const QString &trainingId, const QString &participantId)
{
    if (!m_rows.isLive(schema::training(), trainingId))
        return Error::badInput(QStringLiteral("training_id"), tr("No training with id %1.").arg(trainingId));
    if (!m_rows.isLive(schema::participant(), participantId))
        return Error::badInput(QStringLiteral("participant_id"), tr("No participant with id %1.").arg(participantId));
    const QString id = idFor(trainingId, participantId);
    if (m_rows.isLive(schema::enrollment(), id))
        return id;
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.upsert(schema::enrollment(), id,
                               {{QStringLiteral("training_id"), trainingId}, {QStringLiteral("participant_id"), participantId}}));
    CAPACITA_TRY(tx.commit());
    return id;
}

Result<RowRefs> EnrollmentRepository::unenroll(const QString &trainingId, const QString &participantId)
{
    const QString id = idFor(trainingId, participantId);
    if (!m_rows.isLive(schema::enrollment(), id))
        return Error::notFound(QStringLiteral("participant_id"), tr("%1 is not enrolled in training %2.").arg(participantId, trainingId));
    Cascade cascade(m_db);
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    // Only this person's marks in this training's sessions: select by both keys.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT a.id FROM attendance a JOIN training_session s ON s.id = a.session_id "
        "WHERE s.training_id = ? AND a.participant_id = ? AND a.deleted % 2 = 0 "
        "UNION ALL SELECT id FROM assessment_score WHERE training_id = ? AND participant_id = ? AND deleted % 2 = 0"));
    q.addBindValue(trainingId);
    q.addBindValue(participantId);
    q.addBindValue(trainingId);
    q.addBindValue(participantId);
    CAPACITA_TRY(m_db.exec(q));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    for (const QString &rowId : std::as_const(ids)) {
        const bool isMark = m_rows.isLive(schema::attendance(), rowId);
        CAPACITA_TRY(cascade.deleteRow(isMark ? schema::attendance() : schema::score(), rowId));
    }
    CAPACITA_TRY(cascade.deleteRow(schema::enrollment(), id));
    CAPACITA_TRY(tx.commit());
    return cascade.deleted();
}

Status EnrollmentRepository::restore(const RowRefs &rows)
{
    return Cascade(m_db).restore(rows);
}

bool EnrollmentRepository::isEnrolled(const QString &trainingId, const QString &participantId)
{
    return m_rows.isLive(schema::enrollment(), idFor(trainingId, participantId));
}

QList<Participant> EnrollmentRepository::participantsOf(const QString &trainingId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % rowmapping::columns(schema::participant().name, QStringLiteral("p"))
                                % u" FROM enrollment e JOIN participant p ON p.id = e.participant_id"
                                  u" WHERE e.training_id = ? AND e.deleted % 2 = 0 AND p.deleted % 2 = 0"
                                  u" ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, p.id");
    q.addBindValue(trainingId);
    QList<Participant> out;
    if (q.exec()) {
        while (q.next())
            out.append(rowmapping::participant(q));
    }
    q.finish();
    return out;
}

QList<Training> EnrollmentRepository::trainingsOf(const QString &participantId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % rowmapping::columns(schema::training().name, QStringLiteral("t"))
                                % u" FROM enrollment e JOIN training t ON t.id = e.training_id"
                                  u" WHERE e.participant_id = ? AND e.deleted % 2 = 0 AND t.deleted % 2 = 0"
                                  u" ORDER BY t.start_date DESC, t.code");
    q.addBindValue(participantId);
    QList<Training> out;
    if (q.exec()) {
        while (q.next())
            out.append(rowmapping::training(q));
    }
    q.finish();
    return out;
}

} // namespace capacita
