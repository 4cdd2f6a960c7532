#include "reports/reporttables.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

// Chart series, definitions and the filter sentence: the rest of what every output shares.

namespace capacita::reports {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(capacita::reports::ReportCharts)
};

QString label(const QList<CodeLabel> &labels, const QString &code)
{
    if (code == u"unknown")
        return Text::tr("Unknown");
    for (const CodeLabel &l : labels) {
        if (l.code == code)
            return QLocale().language() == QLocale::Spanish ? l.labelEs : l.labelEn;
    }
    return code;
}

// Bars for the keys that have people (a chart of 26 departments, most at zero, says little);
// every key when all are zero, so the chart still shows its categories.
ChartData countChart(const QString &id, const QString &title, const QString &dimension, const QList<Count> &counts,
    const std::function<QString(const QString &)> &labelOf, bool keepZeros)
{
    ChartData c { id, title, dimension, {}, {}, { { Text::tr("Individuals trained"), {} } }, {} };
    for (const Count &n : counts) {
        if (!keepZeros && n.count == 0)
            continue;
        c.categoryKeys << n.key;
        c.categories << labelOf(n.key);
        c.series[0].values << double(n.count);
    }
    return c;
}

QString sexLabel(const QString &key)
{
    if (key == u"F")
        return Text::tr("Female");
    if (key == u"M")
        return Text::tr("Male");
    if (key == u"X")
        return Text::tr("Non-binary (X)");
    return Text::tr("Unknown");
}

} // namespace

QList<ChartData> indicatorCharts(const Indicators &r)
{
    QList<ChartData> charts;
    charts << countChart(
        u"by_department"_s, Text::tr("Individuals trained by department"), u"department"_s, r.byDepartment,
        [](const QString &k) { return k == u"unknown" ? Text::tr("Unknown") : k; }, false);
    charts << countChart(
        u"by_type"_s, Text::tr("Individuals trained by participant type"), u"participant_type"_s, r.byParticipantType,
        [&r](const QString &k) { return label(r.typeLabels, k); }, false);
    charts << countChart(u"by_sex"_s, Text::tr("Individuals trained by sex"), u"sex"_s, r.bySex, &sexLabel, true);

    ChartData months { u"per_month"_s, Text::tr("Trainings and individuals trained per month"), u"month"_s, {}, {},
        { { Text::tr("Trainings"), {} }, { Text::tr("Individuals trained"), {} } }, {} };
    for (const MonthActivity &m : r.perMonth) {
        months.categoryKeys << m.month;
        const QDate first = QDate::fromString(m.month + u"-01"_s, Qt::ISODate);
        months.categories << (first.isValid() ? QLocale().toString(first, u"MMM yyyy"_s) : m.month);
        months.series[0].values << double(m.trainings);
        months.series[1].values << double(m.participants);
    }
    charts << months;

    ChartData prePost { u"pre_post_by_type"_s, Text::tr("Pre and post test by participant type"), u"participant_type"_s,
        {}, {}, { { Text::tr("Pre test"), {} }, { Text::tr("Post test"), {} } }, u"%"_s };
    for (const PrePostByType &p : r.prePostByType) {
        if (p.paired == 0)
            continue;
        prePost.categoryKeys << p.type;
        prePost.categories << label(r.typeLabels, p.type);
        prePost.series[0].values << p.meanPrePct;
        prePost.series[1].values << p.meanPostPct;
    }
    charts << prePost;

    ChartData targets { u"targets"_s, Text::tr("Targets and actuals"), {}, {}, {},
        { { Text::tr("Target"), {} }, { Text::tr("Actual"), {} } }, {} };
    for (const TargetActual &t : r.targets) {
        if (!t.actual)
            continue;
        targets.categoryKeys << t.indicator;
        targets.categories << (t.disaggregation.isEmpty() ? t.indicator
                                                          : t.indicator + u" (" + t.disaggregation + u')');
        targets.series[0].values << t.target;
        targets.series[1].values << *t.actual;
    }
    charts << targets;
    return charts;
}

QList<Definition> definitions()
{
    return {
        { Text::tr("Period"),
            Text::tr("A training belongs to the period in which it ended. The fiscal year runs from 1 October to "
                     "30 September: FY2025 is 1 October 2024 to 30 September 2025.") },
        { Text::tr("Participation"), Text::tr("One person enrolled in one training.") },
        { Text::tr("Completed participation"),
            Text::tr("A participation whose attended sessions (present or late) divided by the training's sessions "
                     "reach the training's completion share (80% unless set otherwise), and whose post test reaches "
                     "the training's minimum score when it has one. A training with no sessions has no completed "
                     "participations.") },
        { Text::tr("Individuals trained"),
            Text::tr("Distinct people, after merging duplicate records, with at least one completed participation in "
                     "a training that ended in the period. Each person counts once in the total.") },
        { Text::tr("Disaggregations"),
            Text::tr("Sex and participant type are the person's; the age band is the end year of each training minus "
                     "the birth year; department and topic are the training's. A person counts once in each group "
                     "they fall in, so groups can add up to more than the total. Missing values count as unknown.") },
        { Text::tr("Attendance rate"),
            Text::tr("Present and late marks divided by enrolled participants times sessions, over the trainings "
                     "of the period.") },
        { Text::tr("Pre and post test"),
            Text::tr("Over completed participations with both scores, each as a percentage of its maximum score. "
                     "Gain is post minus pre in percentage points; improved means post above pre; the normalised "
                     "gain is (post − pre) / (100 − pre), over those whose pre test was below 100%.") },
        { Text::tr("Targets"),
            Text::tr("A target is set for a fiscal year or quarter, for the whole programme or for one participant "
                     "type or department. Its actual is the same figure computed for that period and group.") },
        { Text::tr("Data quality"),
            Text::tr("Participants without DNI are live records without a DNI number; probable duplicates are pairs "
                     "of records that may be one person and still await review; open conflicts are concurrent edits "
                     "from synchronisation that nobody has reviewed yet. These cover the whole dataset.") },
    };
}

QString describeFilter(const ReportFilter &f)
{
    QStringList parts;
    const QString fmt = u"d/M/yyyy"_s;
    const QString period = periodName(f);
    if (f.from && f.to)
        parts << f.from->toString(fmt) + u" – " + f.to->toString(fmt);
    else if (f.from)
        parts << Text::tr("from %1").arg(f.from->toString(fmt));
    else if (f.to)
        parts << Text::tr("until %1").arg(f.to->toString(fmt));
    else
        parts << Text::tr("All time");
    if (!period.isEmpty())
        parts.first() += u" (" + period + u')';
    if (!f.department.isEmpty())
        parts << (f.department == u"unknown" ? Text::tr("department unknown") : f.department);
    if (!f.topic.isEmpty())
        parts << Text::tr("topic %1").arg(f.topic);
    if (!f.type.isEmpty())
        parts << Text::tr("type %1").arg(f.type);
    if (f.consentedOnly)
        parts << Text::tr("only people with recorded consent");
    return parts.join(u" · "_s);
}

} // namespace capacita::reports
