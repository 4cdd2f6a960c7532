#include "reports/charttile.h"

#include "reports/chartadapter.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace capacita {

ChartTile::ChartTile(QString id, Options options, QWidget *parent)
    : QFrame(parent), m_id(std::move(id)), m_options(options)
{
    setObjectName(m_id + QStringLiteral("Chart"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumSize(minimumTileWidth(), 260);

    m_view = new QChartView(this); // with an empty chart of its own, which setData() replaces
    m_view->setRenderHint(QPainter::Antialiasing);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyChartLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    m_hint = new QLabel(tr("Click a bar to see the people counted in it."), this);
    m_hint->setObjectName(QStringLiteral("drillHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true); // whole in Spanish in a narrow tile
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    m_hint->setEnabled(false); // greyed: a hint, not a figure

    m_stack = new QStackedLayout;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_hint);
    m_hint->hide();
}

bool ChartTile::canDrill() const
{
    return !m_shown.dimension.isEmpty();
}

void ChartTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_data)
        setData(*m_data);
}

void ChartTile::setData(const reports::ChartData &data)
{
    m_data = data;
    m_shown = m_options.hideEmptyCategories ? charts::withoutEmptyCategories(data) : data;
    const bool empty = m_shown.categories.isEmpty() || charts::isEmpty(m_shown);

    QChart *chart = charts::makeBarChart(m_shown, {m_options.horizontal},
                                         canDrill() ? std::function<void(int)>([this](int i) { clickBar(i); })
                                                    : std::function<void(int)>());
    QChart *old = m_view->chart(); // setChart() gives up the old one without deleting it
    m_view->setChart(chart);
    delete old;
    m_view->setCursor(canDrill() ? Qt::PointingHandCursor : Qt::ArrowCursor);

    m_empty->setText(QStringLiteral("<b>%1</b><br><br>%2")
                         .arg(data.title.toHtmlEscaped(),
                              tr("No figures for this period and these filters.").toHtmlEscaped()));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    m_hint->setVisible(canDrill() && !empty);
}

void ChartTile::clickBar(int index)
{
    if (!canDrill() || index < 0 || index >= m_shown.categoryKeys.size())
        return;
    emit drillRequested(reports::Drill{m_shown.dimension, m_shown.categoryKeys.at(index)},
                        m_shown.categories.value(index));
}

} // namespace capacita
