#include "storage/sessionrepository.h"

#include "domain/validation.h"
#include "storage/cascade.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/trainingrepository.h"
#include "storage/transaction.h"

#include <QStringBuilder>

namespace capacita {

namespace {
// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::SessionRepository", text);
}
} // namespace

Status SessionRepository::checkOwner(const TrainingSession &s)
{
    auto owner = TrainingRepository(m_db).get(s.trainingId);
    if (!owner)
        return Error::badInput(QStringLiteral("training_id"), tr("No training with id %1.").arg(s.trainingId));
    return validation::check(s, *owner);
}

Result<QString> SessionRepository::add(TrainingSession s)
{
    if (s.id.isEmpty())
        s.id = m_db.newId();
    CAPACITA_TRY(checkOwner(s));
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.insert(schema::session(), s.id, rowmapping::toRow(s)));
    CAPACITA_TRY(tx.commit());
    return s.id;
}

Status SessionRepository::update(const TrainingSession &s)
{
    const auto current = get(s.id);
    if (!current)
        return current.error();
    if (current->trainingId != s.trainingId)
        return Error::badInput(QStringLiteral("training_id"), tr("a session cannot move to another training."));
    CAPACITA_TRY(checkOwner(s));
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.update(schema::session(), s.id, rowmapping::toRow(s)));
    return tx.commit();
}

Result<RowRefs> SessionRepository::remove(const QString &id)
{
    if (!m_rows.isLive(schema::session(), id))
        return Error::notFound(QStringLiteral("id"), tr("No session with id %1.").arg(id));
    Cascade cascade(m_db);
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(cascade.deleteWhere(schema::attendance(), QStringLiteral("session_id = ?"), id));
    CAPACITA_TRY(cascade.deleteRow(schema::session(), id));
    CAPACITA_TRY(tx.commit());
    return cascade.deleted();
}

Status SessionRepository::restore(const RowRefs &rows)
{
    return Cascade(m_db).restore(rows);
}

Result<TrainingSession> SessionRepository::get(const QString &id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % rowmapping::columns(schema::session().name)
                                % u" FROM training_session WHERE id = ? AND deleted % 2 = 0");
    q.addBindValue(id);
    CAPACITA_TRY(m_db.exec(q));
    if (!q.next())
        return Error::notFound(QStringLiteral("id"), tr("No session with id %1.").arg(id));
    TrainingSession s = rowmapping::session(q);
    q.finish();
    return s;
}

QList<TrainingSession> SessionRepository::listForTraining(const QString &trainingId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % rowmapping::columns(schema::session().name)
                                % u" FROM training_session WHERE training_id = ? AND deleted % 2 = 0"
                                  u" ORDER BY date, start_time, id");
    q.addBindValue(trainingId);
    QList<TrainingSession> out;
    if (q.exec()) {
        while (q.next())
            out.append(rowmapping::session(q));
    }
    q.finish();
    return out;
}

} // namespace capacita
