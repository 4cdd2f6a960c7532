#include "shell/homepage.h"

#include "reports/dashboard.h"
#include "shell/homefigures.h"
#include "storage/store.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QHeaderView>
#include <QTreeWidget>
#include <QLocale>
#include <QEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace capacita {

namespace {
constexpr int kUpcomingShown = 8;
}

HomePage::HomePage(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_refreshLater(new QTimer(this))
{
    auto *content = new QWidget;
    auto *title = new QLabel(tr("Capacita — training records"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_dashboard = new Dashboard(store, content);

    QFont sectionFont = title->font();
    sectionFont.setPointSizeF(font().pointSizeF());
    auto *recordsTitle = new QLabel(tr("Recorded in this database"), content);
    recordsTitle->setFont(sectionFont);
    m_cards = new QWidget(content);
    auto *cards = new QHBoxLayout(m_cards);
    cards->setContentsMargins(0, 0, 0, 0);
    addCounter(QStringLiteral("trainings"), tr("Trainings"));
    addCounter(QStringLiteral("sessions"), tr("Sessions"));
    addCounter(QStringLiteral("participants"), tr("Participants"));
    addCounter(QStringLiteral("enrollments"), tr("Enrollments"));

    auto *upcomingTitle = new QLabel(tr("Upcoming trainings"), content);
    upcomingTitle->setFont(sectionFont);
    m_upcoming = new QTreeWidget(content);
    m_upcoming->setObjectName(QStringLiteral("upcomingList"));
    m_upcoming->setRootIsDecorated(false);
    m_upcoming->setAlternatingRowColors(true);
    m_upcoming->setMinimumHeight(180);
    m_upcoming->setHeaderLabels({tr("Starts"), tr("Code"), tr("Title"), tr("Department"),
                                 tr("Sessions"), tr("Enrolled")});
    m_upcoming->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_upcoming->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_upcoming->header()->setStretchLastSection(false);
    m_noUpcoming = new QLabel(tr("No trainings planned from today on. Create one on the Trainings page."), content);
    m_noUpcoming->setObjectName(QStringLiteral("noUpcoming"));
    m_noUpcoming->hide(); // until counted

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addWidget(m_dashboard);
    layout->addSpacing(12);
    layout->addWidget(recordsTitle);
    layout->addWidget(m_cards);
    layout->addSpacing(12);
    layout->addWidget(upcomingTitle);
    layout->addWidget(m_upcoming);
    layout->addWidget(m_noUpcoming);
    layout->addStretch();

    // The charts need room; on a small screen the page scrolls rather than squeezing them.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("homeScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    // The charts take as many columns as the visible width holds (the content itself is
    // never narrower than it needs, so it cannot tell).
    scroll->viewport()->installEventFilter(this);
    m_scroll = scroll;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Many changes in a row (an import, a cascade) make one refresh, after they are done.
    m_refreshLater->setSingleShot(true);
    m_refreshLater->setInterval(0);
    connect(m_refreshLater, &QTimer::timeout, this, &HomePage::refresh);
    ChangeNotifier &notifier = store.db().notifier();
    // Only these tables change what is counted: an attendance mark or a score does not.
    connect(&notifier, &ChangeNotifier::changed, this, [this](const ChangeEvent &event) {
        static const QStringList counted{QStringLiteral("training"), QStringLiteral("training_session"),
                                         QStringLiteral("participant"), QStringLiteral("enrollment")};
        if (counted.contains(event.table))
            m_refreshLater->start();
    });
    connect(&notifier, &ChangeNotifier::bulkChanged, m_refreshLater, qOverload<>(&QTimer::start));
    refresh();
}

bool HomePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_scroll->viewport()) {
        const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
        m_dashboard->fitWidth(m_scroll->viewport()->width() - margins.left() - margins.right());
    }
    return QWidget::eventFilter(watched, event);
}

QLabel *HomePage::addCounter(const QString &name, const QString &caption)
{
    auto *card = new QFrame(m_cards);
    card->setFrameShape(QFrame::StyledPanel);
    // A dash until the worker has counted: a zero would be a wrong figure for a moment.
    auto *number = new QLabel(QStringLiteral("–"), card);
    number->setObjectName(name + QStringLiteral("Count"));
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    number->setFont(big);
    number->setAlignment(Qt::AlignCenter);
    auto *label = new QLabel(caption, card);
    label->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(0);
    layout->addWidget(number);
    layout->addWidget(label);
    m_cards->layout()->addWidget(card);
    m_counters.append(number);
    return number;
}

int HomePage::count(const QString &what) const
{
    for (const QLabel *counter : m_counters) {
        if (counter->objectName() == what + QStringLiteral("Count"))
            return counter->property("count").toInt();
    }
    return -1;
}

void HomePage::refresh()
{
    if (m_job) { // counted once more when this one ends, so the last change is included
        m_countAgain = true;
        return;
    }
    m_countAgain = false;
    m_job = new HomeFiguresJob(m_store.db().path(), &m_store.db().clock(), kUpcomingShown, this);
    connect(m_job, &StoreJob::finished, this, &HomePage::onCounted);
    m_job->start();
}

void HomePage::onCounted()
{
    const Result<HomeFigures> result = *m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    if (result)
        showFigures(*result);
    else
        m_noUpcoming->setText(tr("The counts could not be read: %1").arg(result.error().text()));
    if (m_countAgain)
        refresh();
    else
        emit refreshed();
}

void HomePage::showFigures(const HomeFigures &figures)
{
    const QHash<QString, qsizetype> counts{
        {QStringLiteral("trainings"), figures.trainings},
        {QStringLiteral("sessions"), figures.sessions},
        {QStringLiteral("participants"), figures.participants},
        {QStringLiteral("enrollments"), figures.enrollments},
    };
    const QLocale locale;
    for (QLabel *counter : std::as_const(m_counters)) {
        const QString name = counter->objectName().chopped(int(qstrlen("Count")));
        const qsizetype n = counts.value(name);
        counter->setProperty("count", qlonglong(n));
        counter->setText(locale.toString(qlonglong(n)));
    }

    m_upcoming->clear();
    for (const HomeFigures::Upcoming &u : figures.upcoming) {
        const Training &t = u.training;
        const QString when = t.startDate <= figures.today ? tr("In progress")
                                                          : t.startDate.toString(QStringLiteral("dd/MM/yyyy"));
        auto *item = new QTreeWidgetItem(m_upcoming, {when, t.code, t.title, u.department,
                                                      locale.toString(qlonglong(u.sessions)),
                                                      locale.toString(qlonglong(u.enrolled))});
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_noUpcoming->setText(tr("No trainings planned from today on. Create one on the Trainings page."));
    m_upcoming->setVisible(figures.upcomingTotal > 0);
    m_noUpcoming->setVisible(figures.upcomingTotal == 0);
}

} // namespace capacita
