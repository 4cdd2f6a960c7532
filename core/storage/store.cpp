#include "storage/store.h"

#include <QJsonArray>
#include <QStringBuilder>

namespace capacita {

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_participants(*m_db)
    , m_trainings(*m_db)
    , m_sessions(*m_db)
    , m_enrollments(*m_db)
    , m_attendance(*m_db)
    , m_scores(*m_db)
    , m_targets(*m_db)
    , m_reference(*m_db)
{
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Database::Options options)
{
    auto db = Database::open(path, std::move(options));
    if (!db)
        return db.error();
    return std::unique_ptr<Store>(new Store(std::move(db).value()));
}

QJsonObject Store::dump()
{
    QJsonObject out;
    for (const TableSpec &table : schema::syncedTables()) {
        QSqlQuery &q = m_db->prepare(u"SELECT id, " % table.fields.join(u", ") % u" FROM " % table.name
                                     % u" WHERE deleted % 2 = 0 ORDER BY id");
        QJsonArray rows;
        if (q.exec()) {
            while (q.next()) {
                QJsonObject row{{QStringLiteral("id"), q.value(0).toString()}};
                for (int i = 0; i < table.fields.size(); ++i)
                    row.insert(table.fields.at(i), QJsonValue::fromVariant(q.value(i + 1)));
                rows.append(row);
            }
        }
        q.finish();
        out.insert(table.name, rows);
    }
    return out;
}

} // namespace capacita
