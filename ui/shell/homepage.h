#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addCounter(const QString &name, const QString &caption);

    Store &m_store;
    Dashboard *m_dashboard = nullptr;
    QTimer *m_refreshLater = nullptr;
    QList<QLabel *> m_counters;
    QTreeWidget *m_upcoming = nullptr;
    QWidget *m_cards = nullptr;
    QLabel *m_noUpcoming = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace capacita
