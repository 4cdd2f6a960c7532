#pragma once

#include "reports/indicators.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace capacita {

class Store;

// The filters of a report, shared by Inicio and Reportes: a period (all time, a fiscal year,
// one of its quarters, or dates of one's own), a department, a topic and a participant type.
// Emits filterChanged() after every change a person makes.
class ReportFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum Period { AllTime, FiscalYear, Quarter, Custom };

    explicit ReportFilterBar(Store &store, QWidget *parent = nullptr);

    reports::ReportFilter filter() const;
    Period period() const;

    // For scripts and tests; each emits filterChanged() once.
    void setAllTime();
    void setFiscalYear(int fy);
    void setQuarter(int fy, int quarter);
    void setCustom(const QDate &from, const QDate &to);
    void setDepartment(const QString &department); // as in the UBIGEO table; empty = all
    void setTopic(const QString &code);
    void setType(const QString &code);

    // The fiscal year a date falls in: 1 Oct 2024 is in FY 2025.
    static int fiscalYearOf(const QDate &date);

signals:
    void filterChanged();

private:
    void updateVisibility();
    void announce();

    QComboBox *m_period = nullptr;
    QSpinBox *m_fiscalYear = nullptr;
    QComboBox *m_quarter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_type = nullptr;
    bool m_quiet = false; // setters change several widgets: one signal
};

} // namespace capacita
