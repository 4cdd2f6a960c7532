#include "reports/indicators.h"
#include "reports/reportscope.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace capacita::reports {

namespace {

struct DrillText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::reports::Drill)
};

// The condition (on rp, rt) that picks the completed participations of one drill-down key.
Result<QString> drillCondition(const Drill &drill)
{
    if (drill.dimension.isEmpty())
        return u"1"_s;
    if (drill.dimension == u"sex")
        return QString(sexKeyExpr() % u" = ?1");
    if (drill.dimension == u"age_band")
        return u"rp.band = ?1"_s;
    if (drill.dimension == u"participant_type")
        return QString(typeKeyExpr() % u" = ?1");
    if (drill.dimension == u"department")
        return u"rt.department = ?1"_s;
    if (drill.dimension == u"topic")
        return u"EXISTS (SELECT 1 FROM temp.report_topic tp WHERE tp.training = rt.rid AND tp.topic = ?1)"_s;
    if (drill.dimension == u"month")
        return u"rt.month = ?1"_s;
    return Error::badInput(u"dimension"_s,
        DrillText::tr(
            "\"%1\" is not a report dimension; use sex, age_band, participant_type, department, topic or month.")
            .arg(drill.dimension));
}

} // namespace

Result<QList<CountedPerson>> countedParticipants(Store &store, const ReportFilter &filter, const Drill &drill)
{
    const auto condition = drillCondition(drill);
    if (!condition)
        return condition.error();
    ReportScope scope(store.db());
    CAPACITA_TRY(scope.build(filter));

    // Every completed participation in the period of each person the key selects; one row
    // each, people in name order, so a person's rows come together.
    QList<CountedPerson> people;
    const QString sql = u"WITH chosen AS (SELECT DISTINCT rp.person AS person FROM temp.report_participation rp "
                        "  JOIN temp.report_training rt ON rt.rid = rp.training WHERE rp.completed AND "
        % *condition
        % u") "
          "SELECT p.id, p.given_names, p.family_names, p.doc_type, p.doc_number, "
          "  CASE WHEN p.sex IN ('F', 'M', 'X') THEN p.sex ELSE 'unknown' END, COALESCE(p.type, 'unknown'), "
          "  p.institution, rp.band, rt.department, t.code "
          "FROM chosen c JOIN participant p ON p.rowid = c.person "
          "JOIN temp.report_participation rp ON rp.person = c.person AND rp.completed "
          "JOIN temp.report_training rt ON rt.rid = rp.training "
          "JOIN training t ON t.id = rt.id "
          "ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE, p.id, rt.end_date, t.code";
    QVariantList binds;
    if (!drill.dimension.isEmpty())
        binds << drill.key;
    CAPACITA_TRY(scope.forEach(sql, binds, [&people](const QSqlQuery &q) {
        const QString id = q.value(0).toString();
        if (people.isEmpty() || people.constLast().id != id) {
            CountedPerson person;
            person.id = id;
            person.givenNames = q.value(1).toString();
            person.familyNames = q.value(2).toString();
            person.docType = q.value(3).toString();
            person.docNumber = q.value(4).toString();
            person.sex = q.value(5).toString();
            person.type = q.value(6).toString();
            person.institution = q.value(7).toString();
            people.append(person);
        }
        CountedPerson &person = people.last();
        auto addOnce = [](QStringList &list, const QString &value) {
            if (!list.contains(value))
                list.append(value);
        };
        addOnce(person.ageBands, q.value(8).toString());
        addOnce(person.departments, q.value(9).toString());
        addOnce(person.trainings, q.value(10).toString());
    }));
    return people;
}

} // namespace capacita::reports
