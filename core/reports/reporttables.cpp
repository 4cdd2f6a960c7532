#include "reports/reporttables.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace capacita::reports {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(capacita::reports::ReportTables)
public:
    static QString sexLabel(const QString &key)
    {
        if (key == u"F")
            return tr("Female");
        if (key == u"M")
            return tr("Male");
        if (key == u"X")
            return tr("Non-binary (X)");
        return tr("Unknown");
    }
    static QString bandLabel(const QString &key)
    {
        if (key == u"<18")
            return tr("Under 18");
        if (key == u"60+")
            return tr("60 and over");
        if (key == u"unknown")
            return tr("Unknown");
        return key;
    }
    static QString unknown() { return tr("Unknown"); }
    static QString indicatorLabel(const QString &key)
    {
        static const QHash<QString, const char *> labels {
            { u"individuals_trained"_s, QT_TR_NOOP("Individuals trained") },
            { u"participations"_s, QT_TR_NOOP("Participations") },
            { u"participations_completed"_s, QT_TR_NOOP("Completed participations") },
            { u"trainings"_s, QT_TR_NOOP("Trainings") },
            { u"sessions"_s, QT_TR_NOOP("Sessions") },
            { u"hours"_s, QT_TR_NOOP("Training hours") },
            { u"attendance_rate"_s, QT_TR_NOOP("Attendance rate") },
            { u"assessment_paired"_s, QT_TR_NOOP("Participations with pre and post test") },
            { u"mean_pre_pct"_s, QT_TR_NOOP("Mean pre test (% of maximum)") },
            { u"mean_post_pct"_s, QT_TR_NOOP("Mean post test (% of maximum)") },
            { u"mean_gain_points"_s, QT_TR_NOOP("Mean gain (percentage points)") },
            { u"improved_share"_s, QT_TR_NOOP("Share who improved") },
            { u"mean_normalized_gain"_s, QT_TR_NOOP("Mean normalised gain") },
            { u"participants_without_dni"_s, QT_TR_NOOP("Participants without DNI") },
            { u"probable_duplicates"_s, QT_TR_NOOP("Probable duplicate pairs") },
            { u"open_conflicts"_s, QT_TR_NOOP("Open sync conflicts") },
        };
        const char *text = labels.value(key);
        return text ? tr(text) : key;
    }
};

bool spanish()
{
    return QLocale().language() == QLocale::Spanish;
}

QString lookupLabel(const QList<CodeLabel> &labels, const QString &code)
{
    if (code == u"unknown")
        return Text::unknown();
    for (const CodeLabel &l : labels) {
        if (l.code == code)
            return spanish() ? l.labelEs : l.labelEn;
    }
    return code;
}

ReportTable countTable(const QString &id, const QString &title, const QString &keyHeader, const QList<Count> &counts,
    const std::function<QString(const QString &)> &label, const QString &note = {})
{
    ReportTable t { id, title, { u"key"_s, u"label"_s, u"count"_s },
        { keyHeader, Text::tr("Name"), Text::tr("Individuals trained") }, {}, note };
    for (const Count &c : counts)
        t.rows.append({ c.key, label(c.key), c.count });
    return t;
}

QVariantList figureRow(const QString &key, const QVariant &value)
{
    return { key, Text::indicatorLabel(key), value };
}

} // namespace

QList<ReportTable> indicatorTables(const Indicators &r)
{
    QList<ReportTable> tables;
    const QStringList figureIds { u"key"_s, u"label"_s, u"value"_s };
    const QStringList figureHeaders { Text::tr("Code"), Text::tr("Indicator"), Text::tr("Value") };

    ReportTable summary { u"summary"_s, Text::tr("Summary"), figureIds, figureHeaders, {},
        Text::tr("Individuals are counted once however many trainings they completed.") };
    summary.rows
        = { figureRow(u"individuals_trained"_s, r.individualsTotal), figureRow(u"participations"_s, r.participations),
              figureRow(u"participations_completed"_s, r.completedParticipations),
              figureRow(u"trainings"_s, r.trainings), figureRow(u"sessions"_s, r.sessions),
              figureRow(u"hours"_s, r.hours), figureRow(u"attendance_rate"_s, r.attendanceRate) };
    tables.append(summary);

    const QString overlap = Text::tr("A person counts once in each group they fall in, so the rows can add up to "
                                     "more than the total of individuals trained.");
    tables.append(
        countTable(u"by_sex"_s, Text::tr("Individuals trained by sex"), Text::tr("Sex"), r.bySex, &Text::sexLabel));
    tables.append(countTable(u"by_age_band"_s, Text::tr("Individuals trained by age band"), Text::tr("Age band"),
        r.byAgeBand, &Text::bandLabel,
        Text::tr("Age at the end year of each training; a person trained in two years can "
                 "count in two bands.")));
    tables.append(countTable(u"by_participant_type"_s, Text::tr("Individuals trained by participant type"),
        Text::tr("Type"), r.byParticipantType, [&r](const QString &k) { return lookupLabel(r.typeLabels, k); }));
    tables.append(countTable(
        u"by_department"_s, Text::tr("Individuals trained by department"), Text::tr("Department"), r.byDepartment,
        [](const QString &k) { return k == u"unknown" ? Text::unknown() : k; },
        Text::tr("Department of the training. A person counts once in each department "
                 "they were trained in, so the rows can add up to more than the total.")));
    tables.append(countTable(
        u"by_topic"_s, Text::tr("Individuals trained by topic"), Text::tr("Topic"), r.byTopic,
        [&r](const QString &k) { return lookupLabel(r.topicLabels, k); }, overlap));

    ReportTable assessment { u"assessment"_s, Text::tr("Knowledge gain (pre and post test)"), figureIds, figureHeaders,
        {},
        Text::tr("Completed participations with both a pre and a post test; scores as % of the "
                 "maximum.") };
    const AssessmentSummary &a = r.assessment;
    assessment.rows = { figureRow(u"assessment_paired"_s, a.paired), figureRow(u"mean_pre_pct"_s, a.meanPrePct),
        figureRow(u"mean_post_pct"_s, a.meanPostPct), figureRow(u"mean_gain_points"_s, a.meanGainPoints),
        figureRow(u"improved_share"_s, a.improvedShare), figureRow(u"mean_normalized_gain"_s, a.meanNormalizedGain) };
    tables.append(assessment);

    ReportTable prePost { u"pre_post_by_type"_s, Text::tr("Pre and post test by participant type"),
        { u"key"_s, u"label"_s, u"paired"_s, u"mean_pre_pct"_s, u"mean_post_pct"_s },
        { Text::tr("Type"), Text::tr("Name"), Text::tr("Paired"), Text::tr("Mean pre test (%)"),
            Text::tr("Mean post test (%)") },
        {}, {} };
    for (const PrePostByType &p : r.prePostByType)
        prePost.rows.append({ p.type, lookupLabel(r.typeLabels, p.type), p.paired, p.meanPrePct, p.meanPostPct });
    tables.append(prePost);

    ReportTable months { u"per_month"_s, Text::tr("Trainings and individuals per month"),
        { u"month"_s, u"trainings"_s, u"participants"_s },
        { Text::tr("Month"), Text::tr("Trainings"), Text::tr("Individuals trained") }, {},
        Text::tr("By the month in which each training ended.") };
    for (const MonthActivity &m : r.perMonth)
        months.rows.append({ m.month, m.trainings, m.participants });
    tables.append(months);

    ReportTable targets { u"targets"_s, Text::tr("Targets and actuals"),
        { u"indicator"_s, u"label"_s, u"period"_s, u"disaggregation"_s, u"target"_s, u"actual"_s },
        { Text::tr("Code"), Text::tr("Indicator"), Text::tr("Period"), Text::tr("Disaggregation"), Text::tr("Target"),
            Text::tr("Actual") },
        {},
        Text::tr("The actual is shown for targets of the report's period; it counts the whole "
                 "programme in the target's disaggregation.") };
    for (const TargetActual &t : r.targets)
        targets.rows.append({ t.indicator, Text::indicatorLabel(t.indicator), t.period, t.disaggregation, t.target,
            t.actual ? QVariant(*t.actual) : QVariant(QString()) });
    tables.append(targets);

    ReportTable quality { u"data_quality"_s, Text::tr("Data quality"), figureIds, figureHeaders, {},
        Text::tr("Over all the records of the dataset, whatever the period and filters.") };
    quality.rows = { figureRow(u"participants_without_dni"_s, r.dataQuality.participantsWithoutDni),
        figureRow(u"probable_duplicates"_s, r.dataQuality.probableDuplicates),
        figureRow(u"open_conflicts"_s, r.dataQuality.openConflicts) };
    tables.append(quality);
    return tables;
}

ReportTable participantsTable(const QList<CountedPerson> &people)
{
    ReportTable t { u"participants"_s, Text::tr("People counted as trained"),
        { u"id"_s, u"family_names"_s, u"given_names"_s, u"doc_type"_s, u"doc_number"_s, u"sex"_s, u"age_bands"_s,
            u"type"_s, u"institution"_s, u"departments"_s, u"trainings"_s },
        { Text::tr("Id"), Text::tr("Family names"), Text::tr("Given names"), Text::tr("Document type"),
            Text::tr("Document number"), Text::tr("Sex"), Text::tr("Age band"), Text::tr("Type"),
            Text::tr("Institution"), Text::tr("Departments"), Text::tr("Trainings completed") },
        {},
        Text::tr("One row per person counted in individuals trained, with the trainings they completed "
                 "in the period.") };
    const QString sep = u"; "_s;
    for (const CountedPerson &p : people)
        t.rows.append({ p.id, p.familyNames, p.givenNames, p.docType, p.docNumber, p.sex, p.ageBands.join(sep), p.type,
            p.institution, p.departments.join(sep), p.trainings.join(sep) });
    return t;
}

bool isNumericCell(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

} // namespace capacita::reports
