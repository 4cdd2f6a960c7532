#include "storage/participantrepository.h"

#include "domain/validation.h"
#include "storage/cascade.h"
#include "storage/database.h"
#include "storage/referencedata.h"
#include "storage/rowmapping.h"
#include "storage/transaction.h"

#include <QStringBuilder>

namespace capacita {

namespace {
// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita::ParticipantRepository", text);
}
} // namespace

Status ParticipantRepository::checkReferences(const Participant &p)
{
    CAPACITA_TRY(validation::check(p));
    ReferenceData ref(m_db);
    if (!p.type.isEmpty() && !ref.hasParticipantType(p.type))
        return Error::badInput(QStringLiteral("type"), tr("\"%1\" is not a participant type.").arg(p.type));
    if (!p.ubigeo.isEmpty() && !ref.district(p.ubigeo))
        return Error::badInput(QStringLiteral("ubigeo"), tr("%1 is not a district code of the UBIGEO table.").arg(p.ubigeo));
    if (!p.dni().isEmpty()) {
        if (const auto other = findByDni(p.dni(), p.id))
            return Error::badInput(QStringLiteral("dni"), tr("DNI %1 already belongs to %2 (%3).").arg(p.dni(), other->fullName(), other->id));
    }
    return {};
}

Result<QString> ParticipantRepository::add(Participant p)
{
    if (p.id.isEmpty())
        p.id = m_db.newId();
    CAPACITA_TRY(checkReferences(p));
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.insert(schema::participant(), p.id, rowmapping::toRow(p)));
    CAPACITA_TRY(tx.commit());
    return p.id;
}

Status ParticipantRepository::update(const Participant &p)
{
    if (!m_rows.isLive(schema::participant(), p.id))
        return Error::notFound(QStringLiteral("id"), tr("No participant with id %1.").arg(p.id));
    CAPACITA_TRY(checkReferences(p));
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.update(schema::participant(), p.id, rowmapping::toRow(p)));
    return tx.commit();
}

Result<RowRefs> ParticipantRepository::remove(const QString &id)
{
    if (!m_rows.isLive(schema::participant(), id))
        return Error::notFound(QStringLiteral("id"), tr("No participant with id %1.").arg(id));
    Cascade cascade(m_db);
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(cascade.deleteWhere(schema::attendance(), QStringLiteral("participant_id = ?"), id));
    CAPACITA_TRY(cascade.deleteWhere(schema::score(), QStringLiteral("participant_id = ?"), id));
    CAPACITA_TRY(cascade.deleteWhere(schema::enrollment(), QStringLiteral("participant_id = ?"), id));
    CAPACITA_TRY(cascade.deleteRow(schema::participant(), id));
    CAPACITA_TRY(tx.commit());
    return cascade.deleted();
}

Status ParticipantRepository::restore(const RowRefs &rows)
{
    return Cascade(m_db).restore(rows);
}

Result<Participant> ParticipantRepository::get(const QString &id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT " % rowmapping::columns(schema::participant().name)
                                % u" FROM participant WHERE id = ? AND deleted % 2 = 0");
    q.addBindValue(id);
    CAPACITA_TRY(m_db.exec(q));
    if (!q.next())
        return Error::notFound(QStringLiteral("id"), tr("No participant with id %1.").arg(id));
    Participant p = rowmapping::participant(q);
    q.finish();
    return p;
}

QList<Participant> ParticipantRepository::list()
{
    // Everybody, for the duplicate search and the participants list: through the C API.
    auto statement = m_db.statement(u"SELECT " % rowmapping::columns(schema::participant().name)
                                    % u" FROM participant WHERE deleted % 2 = 0"
                                      u" ORDER BY family_names COLLATE NOCASE, given_names COLLATE NOCASE, id");
    QList<Participant> out;
    if (!statement)
        return out;
    SqliteStatement &q = **statement;
    while (q.next())
        out.append(rowmapping::participant(q));
    q.finish();
    return out;
}

Status ParticipantRepository::forEachIdentity(const std::function<void(const Participant &)> &f)
{
    auto statement = m_db.statement(u"SELECT " % rowmapping::identityColumns()
                                    % u" FROM participant WHERE deleted % 2 = 0");
    CAPACITA_TRY(statement);
    SqliteStatement &q = **statement;
    while (q.next())
        f(rowmapping::participantIdentity(q));
    const std::optional<Error> failed = q.error();
    q.finish();
    if (failed)
        return *failed;
    return {};
}

qsizetype ParticipantRepository::count()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM participant WHERE deleted % 2 = 0"));
    const qsizetype n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

std::optional<Participant> ParticipantRepository::findByDni(const QString &dni, const QString &exceptId)
{
    // Asked for every person an import adds with a DNI: through the C API.
    auto statement = m_db.statement(u"SELECT " % rowmapping::columns(schema::participant().name)
                                    % u" FROM participant WHERE doc_type = 'dni' AND doc_number = ? AND id IS NOT ?"
                                      u" AND deleted % 2 = 0 LIMIT 1");
    if (!statement)
        return std::nullopt;
    SqliteStatement &q = **statement;
    q.bind(1, dni);
    q.bind(2, exceptId);
    std::optional<Participant> found;
    if (q.next())
        found = rowmapping::participant(q);
    q.finish();
    return found;
}

} // namespace capacita
