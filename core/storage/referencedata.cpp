#include "storage/referencedata.h"

#include "storage/database.h"

#include <QStringBuilder>

namespace capacita {

QList<CodeLabel> ReferenceData::codeLabels(const QString &table)
{
    QSqlQuery &q = m_db.prepare(u"SELECT code, label_es, label_en FROM " % table % u" ORDER BY rowid");
    QList<CodeLabel> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    q.finish();
    return out;
}

// The lookups below run for every person and session an import writes: through the C API.
bool ReferenceData::hasCode(const QString &table, const QString &code)
{
    auto statement = m_db.statement(u"SELECT 1 FROM " % table % u" WHERE code = ?");
    if (!statement)
        return false;
    SqliteStatement &q = **statement;
    q.bind(1, code);
    const bool found = q.next();
    q.finish();
    return found;
}

QList<CodeLabel> ReferenceData::participantTypes()
{
    return codeLabels(QStringLiteral("participant_type"));
}

QList<CodeLabel> ReferenceData::topics()
{
    return codeLabels(QStringLiteral("topic"));
}

bool ReferenceData::hasParticipantType(const QString &code)
{
    return hasCode(QStringLiteral("participant_type"), code);
}

bool ReferenceData::hasTopic(const QString &code)
{
    return hasCode(QStringLiteral("topic"), code);
}

std::optional<District> ReferenceData::district(const QString &ubigeo)
{
    auto statement = m_db.statement(QStringLiteral("SELECT ubigeo, department, province, district FROM district WHERE ubigeo = ?"));
    if (!statement)
        return std::nullopt;
    SqliteStatement &q = **statement;
    q.bind(1, ubigeo);
    std::optional<District> found;
    if (q.next())
        found = District{q.text(0), q.text(1), q.text(2), q.text(3)};
    q.finish();
    return found;
}

QList<District> ReferenceData::districts()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT ubigeo, department, province, district FROM district ORDER BY department, province, district"));
    QList<District> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    q.finish();
    return out;
}

QStringList ReferenceData::departments()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT DISTINCT department FROM district ORDER BY department"));
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    q.finish();
    return out;
}

} // namespace capacita
