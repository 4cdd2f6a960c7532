#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QTreeWidget;
class QTimer;

namespace capacita {

class Dashboard;
class HomeFiguresJob;
class Store;
struct ChangeEvent;
struct HomeFigures;

// Inicio: the dashboard of the indicators (charts, with filters), how much is recorded, and
// the trainings coming up.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(Store &store, QWidget *parent = nullptr);

    // "trainings", "participants", "sessions", "enrollments"; 0 until first counted.
    int count(const QString &what) const;
    QTreeWidget *upcoming() const { return m_upcoming; }
    Dashboard *dashboard() const { return m_dashboard; }
    // Counts again on a worker; refreshed() follows once the figures shown are current.
    void refresh();

signals:
    void refreshed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addCounter(const QString &name, const QString &caption);
    void onCounted();
    void showFigures(const HomeFigures &figures);

    Store &m_store;
    Dashboard *m_dashboard = nullptr;
    QTimer *m_refreshLater = nullptr;
    QList<QLabel *> m_counters;
    QTreeWidget *m_upcoming = nullptr;
    QWidget *m_cards = nullptr;
    QLabel *m_noUpcoming = nullptr;
    QScrollArea *m_scroll = nullptr;
    HomeFiguresJob *m_job = nullptr; // the count under way
    bool m_countAgain = false;       // something changed while it ran
};

} // namespace capacita
