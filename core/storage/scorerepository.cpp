#include "storage/scorerepository.h"

#include "domain/clock.h"
#include "domain/validation.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/rowmapping.h"
#include "storage/transaction.h"

#include <QStringBuilder>

namespace capacita {

namespace {
// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::ScoreRepository", text);
}
} // namespace

QString ScoreRepository::idFor(const QString &trainingId, const QString &participantId, const QString &kind)
{
    return uuidFromKey(u"score/" % trainingId % u'/' % participantId % u'/' % kind);
}

Result<QString> ScoreRepository::set(AssessmentScore s)
{
    CAPACITA_TRY(validation::check(s));
    if (!EnrollmentRepository(m_db).isEnrolled(s.trainingId, s.participantId))
        return Error::badInput(QStringLiteral("participant_id"), tr("%1 is not enrolled in training %2; enrol them first.").arg(s.participantId, s.trainingId));
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    auto id = setEnrolled(std::move(s));
    if (id)
        CAPACITA_TRY(tx.commit());
    return id;
}

Result<QString> ScoreRepository::setEnrolled(AssessmentScore s, RowWriter::Known known)
{
    CAPACITA_TRY(validation::check(s));
    s.id = idFor(s.trainingId, s.participantId, s.kind);
    CAPACITA_TRY(m_rows.upsert(schema::score(), s.id,
                               {{QStringLiteral("training_id"), s.trainingId},
                                {QStringLiteral("participant_id"), s.participantId},
                                {QStringLiteral("kind"), s.kind},
                                {QStringLiteral("score"), s.score},
                                {QStringLiteral("max_score"), s.maxScore}}, known));
    return s.id;
}

Status ScoreRepository::clear(const QString &trainingId, const QString &participantId, const QString &kind)
{
    const QString id = idFor(trainingId, participantId, kind);
    if (!m_rows.isLive(schema::score(), id))
        return {};
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.setDeleted(schema::score(), id, true));
    return tx.commit();
}

std::optional<AssessmentScore> ScoreRepository::get(const QString &trainingId, const QString &participantId, const QString &kind)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % rowmapping::columns(schema::score().name)
                                % u" FROM assessment_score WHERE id = ? AND deleted % 2 = 0");
    q.addBindValue(idFor(trainingId, participantId, kind));
    std::optional<AssessmentScore> found;
    if (q.exec() && q.next())
        found = rowmapping::score(q);
    q.finish();
    return found;
}

QList<AssessmentScore> ScoreRepository::listForTraining(const QString &trainingId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % rowmapping::columns(schema::score().name)
                                % u" FROM assessment_score WHERE training_id = ? AND deleted % 2 = 0"
                                  u" ORDER BY participant_id, kind");
    q.addBindValue(trainingId);
    QList<AssessmentScore> out;
    if (q.exec()) {
        while (q.next())
            out.append(rowmapping::score(q));
    }
    q.finish();
    return out;
}

} // namespace capacita
