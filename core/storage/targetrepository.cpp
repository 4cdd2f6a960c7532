#include "storage/targetrepository.h"

#include "domain/clock.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QStringBuilder>

#include <cmath>

namespace capacita {

namespace {
Target fromQuery(const QSqlQuery &q)
{
    Target t;
    t.id = q.value(0).toString();
    t.indicator = q.value(1).toString();
    t.period = q.value(2).toString();
    t.disaggregation = q.value(3).toString();
    t.value = q.value(4).toDouble();
    return t;
}
} // namespace

QStringList TargetRepository::indicators()
{
    return { QStringLiteral("individuals_trained"), QStringLiteral("participations"),
        QStringLiteral("participations_completed"), QStringLiteral("trainings"), QStringLiteral("sessions"),
        QStringLiteral("hours"), QStringLiteral("attendance_rate"), QStringLiteral("assessment_paired"),
        QStringLiteral("mean_gain_points") };
}

QString TargetRepository::idFor(const QString &indicator, const QString &period, const QString &disaggregation)
{
    return uuidFromKey(u"target/" % indicator % u'/' % period % u'/' % disaggregation);
}

QString TargetRepository::disaggregationOf(const QString &type, const QString &department)
{
    QStringList parts;
    if (!department.isEmpty())
        parts << u"department=" % department;
    if (!type.isEmpty())
        parts << u"type=" % type;
    return parts.join(QLatin1Char(';'));
}

Result<QString> TargetRepository::set(Target t)
{
    if (!indicators().contains(t.indicator))
        return Error::badInput(QStringLiteral("indicator"),
            tr("\"%1\" is not an indicator that takes a target; use one of: %2.")
                .arg(t.indicator, indicators().join(u", ")));
    static const QRegularExpression period(QStringLiteral("^FY[0-9]{4}(-Q[1-4])?$"));
    if (!period.match(t.period).hasMatch())
        return Error::badInput(QStringLiteral("period"),
            tr("\"%1\" is not a period; write a fiscal year like FY2025 or a quarter like FY2025-Q1.").arg(t.period));
    if (!std::isfinite(t.value) || t.value < 0)
        return Error::badInput(QStringLiteral("value"), tr("a target must be a number of zero or more."));
    if (t.indicator == u"attendance_rate" && t.value > 1)
        return Error::badInput(QStringLiteral("value"), tr("an attendance rate target is a share from 0 to 1."));
    t.id = idFor(t.indicator, t.period, t.disaggregation);
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.upsert(schema::target(), t.id,
        { { QStringLiteral("indicator"), t.indicator }, { QStringLiteral("period"), t.period },
            { QStringLiteral("disaggregation"), t.disaggregation }, { QStringLiteral("value"), t.value } }));
    CAPACITA_TRY(tx.commit());
    return t.id;
}

Status TargetRepository::remove(const QString &id)
{
    if (!m_rows.isLive(schema::target(), id))
        return Error::notFound(QStringLiteral("id"), tr("no target has the id %1.").arg(id));
    Transaction tx(m_db);
    CAPACITA_TRY(tx.begun());
    CAPACITA_TRY(m_rows.setDeleted(schema::target(), id, true));
    return tx.commit();
}

std::optional<Target> TargetRepository::get(const QString &id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, indicator, period, disaggregation, value FROM target WHERE id = ? AND deleted % 2 = 0"));
    q.addBindValue(id);
    std::optional<Target> found;
    if (q.exec() && q.next())
        found = fromQuery(q);
    q.finish();
    return found;
}

QList<Target> TargetRepository::list()
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT id, indicator, period, disaggregation, value FROM target WHERE deleted % 2 = 0 "
                       "ORDER BY period, indicator, COALESCE(disaggregation, ''), id"));
    QList<Target> out;
    if (q.exec()) {
        while (q.next())
            out.append(fromQuery(q));
    }
    q.finish();
    return out;
}

} // namespace capacita
