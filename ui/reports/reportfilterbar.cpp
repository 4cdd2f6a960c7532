#include "reports/reportfilterbar.h"

#include "common/codelabels.h"
#include "common/searchtext.h"
#include "storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QSpinBox>


namespace capacita {

namespace {
QComboBox *makeCombo(QWidget *parent, const QString &objectName, const QString &accessibleName, int chars)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // Long labels (topics, participant types) show whole in the list, not in the bar.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(chars);
    return combo;
}
} // namespace

int ReportFilterBar::fiscalYearOf(const QDate &date)
{
    return date.month() >= 10 ? date.year() + 1 : date.year();
}

ReportFilterBar::ReportFilterBar(Store &store, QWidget *parent) : QWidget(parent)
{
    m_period = makeCombo(this, QStringLiteral("periodCombo"), tr("Period"), 15);
    m_period->addItem(tr("All time"), AllTime);
    m_period->addItem(tr("Fiscal year"), FiscalYear);
    m_period->addItem(tr("Quarter"), Quarter);
    m_period->addItem(tr("Dates…"), Custom);

    // The fiscal year of the newest training, so the first look shows data.
    const QDate newest = store.trainings().latestEndDate().value_or(store.db().clock().today());
    m_fiscalYear = new QSpinBox(this);
    m_fiscalYear->setObjectName(QStringLiteral("fiscalYearSpin"));
    m_fiscalYear->setAccessibleName(tr("Fiscal year"));
    m_fiscalYear->setToolTip(tr("Fiscal year: FY 2025 runs from 1 October 2024 to 30 September 2025."));
    m_fiscalYear->setRange(2000, 2100);
    m_fiscalYear->setPrefix(tr("FY "));
    m_fiscalYear->setValue(fiscalYearOf(newest.isValid() ? newest : QDate::currentDate()));

    m_quarter = makeCombo(this, QStringLiteral("quarterCombo"), tr("Quarter"), 12);
    m_quarter->addItem(tr("Q1 (Oct–Dec)"), 1);
    m_quarter->addItem(tr("Q2 (Jan–Mar)"), 2);
    m_quarter->addItem(tr("Q3 (Apr–Jun)"), 3);
    m_quarter->addItem(tr("Q4 (Jul–Sep)"), 4);

    const reports::ReportFilter year = reports::ReportFilter::fiscalYear(m_fiscalYear->value());
    auto makeDate = [this](const QString &name, const QString &accessible, const QDate &value) {
        auto *edit = new QDateEdit(value, this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setToolTip(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        return edit;
    };
    m_from = makeDate(QStringLiteral("fromDate"), tr("From"), year.from.value_or(QDate()));
    m_to = makeDate(QStringLiteral("toDate"), tr("To"), year.to.value_or(QDate()));
    m_to->setMinimumDate(m_from->date());
    connect(m_from, &QDateEdit::dateChanged, m_to, &QDateEdit::setMinimumDate); // never an empty range

    m_department = makeCombo(this, QStringLiteral("departmentCombo"), tr("Department"), 18);
    m_department->addItem(tr("All departments"), QString());
    const QStringList departments = store.reference().departments();
    for (const QString &department : departments)
        m_department->addItem(displayPlaceName(department), department);

    m_topic = makeCombo(this, QStringLiteral("topicCombo"), tr("Topic"), 16);
    m_topic->addItem(tr("All topics"), QString());
    const QList<CodeLabel> topics = store.reference().topics();
    for (const CodeLabel &topic : topics)
        m_topic->addItem(labels::localized(topic), topic.code);

    m_type = makeCombo(this, QStringLiteral("typeCombo"), tr("Participant type"), 20);
    m_type->addItem(tr("All participant types"), QString());
    const QList<CodeLabel> types = store.reference().participantTypes();
    for (const CodeLabel &type : types)
        m_type->addItem(labels::localized(type), type.code);

    // When on one row, where and who on the next: one row would not fit a 1366x768 screen
    // at 150 % scaling.
    auto *when = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_period, m_fiscalYear, m_quarter, m_from, m_to})
        when->addWidget(w);
    when->addStretch();
    auto *scope = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_department, m_topic, m_type})
        scope->addWidget(w);
    scope->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(when);
    layout->addLayout(scope);

    const auto changed = [this] {
        updateVisibility();
        announce();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, changed);
    connect(m_fiscalYear, &QSpinBox::valueChanged, this, changed);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_department, &QComboBox::currentIndexChanged, this, changed);
    connect(m_topic, &QComboBox::currentIndexChanged, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, changed);
    updateVisibility();
}

ReportFilterBar::Period ReportFilterBar::period() const
{
    return static_cast<Period>(m_period->currentData().toInt());
}

reports::ReportFilter ReportFilterBar::filter() const
{
    reports::ReportFilter filter;
    switch (period()) {
    case AllTime:
        break;
    case FiscalYear:
        filter = reports::ReportFilter::fiscalYear(m_fiscalYear->value());
        break;
    case Quarter:
        filter = reports::ReportFilter::fiscalQuarter(m_fiscalYear->value(), m_quarter->currentData().toInt());
        break;
    case Custom:
        filter.from = m_from->date();
        filter.to = m_to->date();
        break;
    }
    filter.department = m_department->currentData().toString();
    filter.topic = m_topic->currentData().toString();
    filter.type = m_type->currentData().toString();
    return filter;
}

void ReportFilterBar::updateVisibility()
{
    const Period p = period();
    m_fiscalYear->setVisible(p == FiscalYear || p == Quarter);
    m_quarter->setVisible(p == Quarter);
    m_from->setVisible(p == Custom);
    m_to->setVisible(p == Custom);
}

void ReportFilterBar::announce()
{
    if (!m_quiet)
        emit filterChanged();
}

namespace {
// Runs `change` with the bar's own signal held back, then emits it once.
template<typename F>
void asOneChange(bool &quiet, F change)
{
    quiet = true;
    change();
    quiet = false;
}
} // namespace

void ReportFilterBar::setAllTime()
{
    asOneChange(m_quiet, [this] { m_period->setCurrentIndex(m_period->findData(AllTime)); });
    updateVisibility();
    emit filterChanged();
}

void ReportFilterBar::setFiscalYear(int fy)
{
    asOneChange(m_quiet, [this, fy] {
        m_fiscalYear->setValue(fy);
        m_period->setCurrentIndex(m_period->findData(FiscalYear));
    });
    updateVisibility();
    emit filterChanged();
}

void ReportFilterBar::setQuarter(int fy, int quarter)
{
    asOneChange(m_quiet, [this, fy, quarter] {
        m_fiscalYear->setValue(fy);
        m_quarter->setCurrentIndex(m_quarter->findData(quarter));
        m_period->setCurrentIndex(m_period->findData(Quarter));
    });
    updateVisibility();
    emit filterChanged();
}

void ReportFilterBar::setCustom(const QDate &from, const QDate &to)
{
    asOneChange(m_quiet, [this, from, to] {
        m_from->setDate(from);
        m_to->setDate(to);
        m_period->setCurrentIndex(m_period->findData(Custom));
    });
    updateVisibility();
    emit filterChanged();
}

void ReportFilterBar::setDepartment(const QString &department)
{
    asOneChange(m_quiet, [this, &department] { labels::selectCode(m_department, department); });
    emit filterChanged();
}

void ReportFilterBar::setTopic(const QString &code)
{
    asOneChange(m_quiet, [this, &code] { labels::selectCode(m_topic, code); });
    emit filterChanged();
}

void ReportFilterBar::setType(const QString &code)
{
    asOneChange(m_quiet, [this, &code] { labels::selectCode(m_type, code); });
    emit filterChanged();
}

} // namespace capacita
