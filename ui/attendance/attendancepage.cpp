#include "attendance/attendancepage.h"

#include "common/tonecolors.h"
#include "attendance/attendancegrid.h"
#include "attendance/attendancemodel.h"
#include "attendance/attendancestyle.h"
#include "attendance/trainingselector.h"
#include "storage/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

AttendancePage::AttendancePage(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setAccessibleName(tr("Attendance"));
    m_selector = new TrainingSelector(store, this);
    auto *selectorLabel = new QLabel(tr("&Training:"), this);
    selectorLabel->setBuddy(m_selector);

    m_markAll = new QPushButton(tr("Everyone present"), this);
    m_markAll->setToolTip(tr("Marks everyone without a mark in the current session present (Ctrl+Shift+P)."));
    m_markAll->setFocusPolicy(Qt::TabFocus);

    m_model = new AttendanceModel(store, undo, this);
    m_grid = new AttendanceGrid(this);
    m_grid->setAttendanceModel(m_model);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_empty);

    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(toneStyleSheet(Tone::Error));

    auto *top = new QHBoxLayout;
    top->addWidget(selectorLabel);
    top->addWidget(m_selector, 1);
    top->addSpacing(12);
    top->addWidget(m_markAll);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(makeLegend());
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    setTabOrder(m_selector, m_grid);
    setTabOrder(m_grid, m_markAll);
    setFocusProxy(m_grid);

    connect(m_selector, &TrainingSelector::trainingChanged, this, &AttendancePage::onTrainingChanged);
    connect(m_markAll, &QPushButton::clicked, this, [this] {
        m_grid->markCurrentSessionPresent();
        m_grid->setFocus();
    });
    connect(m_model, &AttendanceModel::refused, this, &AttendancePage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttendancePage::updateState);
    // A successful edit, undo or redo makes an old complaint stale.
    connect(&undo, &QUndoStack::indexChanged, m_status, &QLabel::clear);

}

void AttendancePage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void AttendancePage::ensureLoaded()
{
    if (m_selector->isLoaded())
        return;
    {
        const QSignalBlocker quiet(m_selector); // shown below, once
        m_selector->ensureLoaded();
    }
    onTrainingChanged(m_selector->currentTrainingId());
}

TrainingSelector *AttendancePage::selector()
{
    ensureLoaded();
    return m_selector;
}

AttendanceGrid *AttendancePage::grid()
{
    ensureLoaded();
    return m_grid;
}

AttendanceModel *AttendancePage::model()
{
    ensureLoaded();
    return m_model;
}

void AttendancePage::setTraining(const QString &trainingId)
{
    ensureLoaded();
    if (trainingId.isEmpty() || trainingId == m_selector->currentTrainingId())
        return;
    if (!m_selector->selectTraining(trainingId))
        showError(tr("That training no longer exists."));
}

QString AttendancePage::statusMessage() const
{
    return m_status->text();
}

void AttendancePage::onTrainingChanged(const QString &trainingId)
{
    m_status->clear();
    m_model->setTraining(trainingId);
    updateState();
    emit trainingChanged(trainingId);
}

void AttendancePage::updateState()
{
    const bool hasTraining = !m_model->trainingId().isEmpty();
    const int people = m_model->rowCount();
    const int sessions = m_model->sessionCount();
    if (!hasTraining)
        m_empty->setText(tr("There are no trainings yet. Create a training with its sessions and "
                            "enrol its participants on the Participants page; then mark attendance here."));
    else if (sessions == 0)
        m_empty->setText(tr("This training has no sessions yet. Add its sessions on the Trainings page."));
    else if (people == 0)
        m_empty->setText(tr("Nobody is enrolled in this training yet. Enrol participants on the Participants page."));
    const bool showGrid = hasTraining && people > 0 && sessions > 0;
    m_stack->setCurrentWidget(showGrid ? static_cast<QWidget *>(m_grid) : m_empty);
    m_markAll->setEnabled(showGrid);
    m_summary->setText(hasTraining
            ? tr("%n participant(s)", nullptr, people) % u" · "_s % tr("%n session(s)", nullptr, sessions)
            : QString());
    if (showGrid) {
        m_grid->resizeColumnToContents(m_model->shareColumn());
        m_grid->horizontalHeader()->resizeSection(
            m_model->shareColumn(), qMax(96, m_grid->columnWidth(m_model->shareColumn())));
    }
}

void AttendancePage::showError(const QString &message)
{
    m_status->setText(message);
}

QWidget *AttendancePage::makeLegend()
{
    // Chips drawn with the grid's own colours and letters, so the legend cannot disagree.
    QString html;
    for (const QString &status : attendancestyle::statuses()) {
        html += u"<span style=\"background-color:%1; color:%2; font-weight:bold;\">&nbsp;%3&nbsp;</span>"
                u"&nbsp;%4&nbsp;&nbsp;&nbsp;"_s.arg(attendancestyle::background(status).name(),
                    attendancestyle::foreground(status).name(), attendancestyle::letter(status),
                    attendancestyle::name(status).toHtmlEscaped());
    }
    html += u"&nbsp;&nbsp;"_s
        + tr("Space cycles · Delete clears · Ctrl+Shift+P everyone present · the cursor moves down "
             "after each mark")
              .toHtmlEscaped();
    auto *legend = new QLabel(html, this);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    legend->setAccessibleName(tr("Legend"));
    return legend;
}

} // namespace capacita
