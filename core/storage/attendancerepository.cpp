#include "storage/attendancerepository.h"

#include "domain/clock.h"
#include "domain/validation.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"

#include <QStringBuilder>

namespace capacita {

namespace {
// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::AttendanceRepository", text);
}
} // namespace

QString AttendanceRepository::idFor(const QString &sessionId, const QString &participantId)
{
    return uuidFromKey(u"attendance/" % sessionId % u'/' % participantId);
}

Result<QString> AttendanceRepository::set(const QString &sessionId, const QString &participantId, const QString &status)
{
    CAPACITA_TRY(validation::checkAttendanceStatus(status));
    const auto session = SessionRepository(m_db).get(sessionId);
    if (!session)
        return Error::badInput(QStringLiteral("session_id"), tr("No session with id %1.").arg(sessionId));
    if (!EnrollmentRepository(m_db).isEnrolled(session->trainingId, participantId))
        return Error::badInput(QStringLiteral("participant_id"), tr("%1 is not enrolled in this session's training; enrol them first.").arg(participantId));
    const QString id = idFor(sessionId, participantId);
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.upsert(schema::attendance(), id,
                               {{QStringLiteral("session_id"), sessionId},
                                {QStringLiteral("participant_id"), participantId},
                                {QStringLiteral("status"), status}}));
    CAPACITA_TRY(tx.commit());
    return id;
}

Status AttendanceRepository::clear(const QString &sessionId, const QString &participantId)
{
    const QString id = idFor(sessionId, participantId);
    if (!m_rows.isLive(schema::attendance(), id))
        return {};
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.setDeleted(schema::attendance(), id, true));
    return tx.commit();
}

std::optional<QString> AttendanceRepository::status(const QString &sessionId, const QString &participantId)
{
    const auto row = m_rows.read(schema::attendance(), idFor(sessionId, participantId));
    if (!row)
        return std::nullopt;
    return row->value(QStringLiteral("status")).toString();
}

QList<Attendance> AttendanceRepository::listForTraining(const QString &trainingId)
{
    // Through the C API: a roster import reads the marks of every training it meets (a
    // re-import of 1,000 rows spent a ninth of its time here through QSqlQuery).
    const auto statement = m_db.statement(QStringLiteral(
        "SELECT a.id, a.session_id, a.participant_id, a.status FROM attendance a "
        "JOIN training_session s ON s.id = a.session_id "
        "WHERE s.training_id = ? AND a.deleted % 2 = 0 AND s.deleted % 2 = 0 ORDER BY s.date, a.id"));
    QList<Attendance> out;
    if (!statement)
        return out;
    SqliteStatement &q = **statement;
    q.bind(1, trainingId);
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3)});
    q.finish();
    return out;
}

} // namespace capacita
