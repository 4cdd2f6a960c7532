#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTimer;

namespace capacita {

class Dashboard;
class Store;

// Inicio: the dashboard of the indicators (charts, with filters), how much is recorded, and
// the trainings coming up.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(Store &store, QWidget *parent = nullptr);

    int count(const QString &what) const; // "trainings", "participants", "sessions", "enrollments"
    QTreeWidget *upcoming() const { return m_upcoming; }
    Dashboard *dashboard() const { return m_dashboard; }
    void refresh();

private:
    QLabel *addCounter(const QString &name, const QString &caption);

    Store &m_store;
    Dashboard *m_dashboard = nullptr;
    QTimer *m_refreshLater = nullptr;
    QList<QLabel *> m_counters;
    QTreeWidget *m_upcoming = nullptr;
    QWidget *m_cards = nullptr;
    QLabel *m_noUpcoming = nullptr;
};

} // namespace capacita
