#include "reports/indicators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace capacita::reports {

namespace {
struct ReportFilterText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::reports::ReportFilter)
};
} // namespace

ReportFilter ReportFilter::fiscalYear(int fy)
{
    ReportFilter f;
    f.from = QDate(fy - 1, 10, 1);
    f.to = QDate(fy, 9, 30);
    return f;
}

ReportFilter ReportFilter::fiscalQuarter(int fy, int quarter)
{
    // Q1 Oct–Dec of fy − 1, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep of fy.
    const QDate start = QDate(fy - 1, 10, 1).addMonths(3 * (quarter - 1));
    ReportFilter f;
    f.from = start;
    f.to = start.addMonths(3).addDays(-1);
    return f;
}

QString periodName(const ReportFilter &filter)
{
    if (!filter.from || !filter.to || !filter.from->isValid() || !filter.to->isValid())
        return {};
    const QDate from = *filter.from;
    const int fy = from.month() >= 10 ? from.year() + 1 : from.year();
    const ReportFilter year = ReportFilter::fiscalYear(fy);
    if (year.from == filter.from && year.to == filter.to)
        return QStringLiteral("FY%1").arg(fy);
    for (int q = 1; q <= 4; ++q) {
        const ReportFilter quarter = ReportFilter::fiscalQuarter(fy, q);
        if (quarter.from == filter.from && quarter.to == filter.to)
            return QStringLiteral("FY%1-Q%2").arg(fy).arg(q);
    }
    return {};
}

QString canonicalPeriodName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:FY)?([0-9]{4})(?:-Q([1-4]))?$"), QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(name.trimmed());
    if (!m.hasMatch())
        return {};
    QString canonical = QStringLiteral("FY") + m.captured(1);
    if (!m.captured(2).isEmpty())
        canonical += QStringLiteral("-Q") + m.captured(2);
    return canonical;
}

Result<ReportFilter> periodFromName(const QString &name)
{
    const QString canonical = canonicalPeriodName(name);
    if (canonical.isEmpty())
        return Error::badInput(QStringLiteral("period"),
            ReportFilterText::tr("\"%1\" is not a period; write a fiscal year like FY2025 or a quarter like FY2025-Q1.")
                .arg(name));
    const int fy = canonical.mid(2, 4).toInt();
    if (canonical.size() > 6)
        return ReportFilter::fiscalQuarter(fy, canonical.right(1).toInt());
    return ReportFilter::fiscalYear(fy);
}

} // namespace capacita::reports
