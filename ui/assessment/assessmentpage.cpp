#include "assessment/assessmentpage.h"

#include "common/tonecolors.h"
#include "assessment/assessmentgrid.h"
#include "assessment/assessmentmodel.h"
#include "assessment/scoreformat.h"
#include "attendance/trainingselector.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

AssessmentPage::AssessmentPage(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Assessments"));
    m_selector = new TrainingSelector(store, this);
    auto *selectorLabel = new QLabel(tr("&Training:"), this);
    selectorLabel->setBuddy(m_selector);

    auto *hint = new QLabel(tr("Type a score and press Enter to go to the next person · "
                               "decimal point or comma · empty or Delete clears · Max is the test's "
                               "maximum (20 unless changed)"),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_model = new AssessmentModel(store, undo, this);
    m_grid = new AssessmentGrid(this);
    m_grid->setAssessmentModel(m_model);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_empty);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Group summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(toneStyleSheet(Tone::Error));

    auto *top = new QHBoxLayout;
    top->addWidget(selectorLabel);
    top->addWidget(m_selector, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);

    setTabOrder(m_selector, m_grid);
    setFocusProxy(m_grid);

    connect(m_selector, &TrainingSelector::trainingChanged, this, &AssessmentPage::onTrainingChanged);
    connect(m_model, &AssessmentModel::refused, m_status, &QLabel::setText);
    connect(m_model, &AssessmentModel::summaryChanged, this, &AssessmentPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssessmentPage::updateState);
    connect(&undo, &QUndoStack::indexChanged, m_status, &QLabel::clear);

}

void AssessmentPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void AssessmentPage::ensureLoaded()
{
    if (m_selector->isLoaded())
        return;
    {
        const QSignalBlocker quiet(m_selector); // shown below, once
        m_selector->ensureLoaded();
    }
    onTrainingChanged(m_selector->currentTrainingId());
}

TrainingSelector *AssessmentPage::selector()
{
    ensureLoaded();
    return m_selector;
}

AssessmentGrid *AssessmentPage::grid()
{
    ensureLoaded();
    return m_grid;
}

AssessmentModel *AssessmentPage::model()
{
    ensureLoaded();
    return m_model;
}

void AssessmentPage::setTraining(const QString &trainingId)
{
    ensureLoaded();
    if (trainingId.isEmpty() || trainingId == m_selector->currentTrainingId())
        return;
    if (!m_selector->selectTraining(trainingId))
        m_status->setText(tr("That training no longer exists."));
}

QString AssessmentPage::statusMessage() const
{
    return m_status->text();
}

QString AssessmentPage::summaryText() const
{
    return m_summary->text();
}

void AssessmentPage::onTrainingChanged(const QString &trainingId)
{
    m_status->clear();
    m_model->setTraining(trainingId);
    updateState();
    emit trainingChanged(trainingId);
}

void AssessmentPage::updateState()
{
    const bool hasTraining = !m_model->trainingId().isEmpty();
    if (!hasTraining)
        m_empty->setText(tr("There are no trainings yet. Create a training and enrol its participants "
                            "on the Participants page; then type their test scores here."));
    else
        m_empty->setText(tr("Nobody is enrolled in this training yet. Enrol participants on the Participants page."));
    const bool showGrid = hasTraining && m_model->rowCount() > 0;
    m_stack->setCurrentWidget(showGrid ? static_cast<QWidget *>(m_grid) : m_empty);
    updateSummary();
}

void AssessmentPage::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summary->clear();
        return;
    }
    const AssessmentModel::Summary s = m_model->summary();
    if (s.paired == 0) {
        m_summary->setText(tr("Means appear once someone has both a pre-test and a post-test score."));
        return;
    }
    m_summary->setText(tr("%1 of %2 participants with both scores · mean pre %3 · mean post %4 · mean gain %5")
                           .arg(s.paired)
                           .arg(m_model->rowCount())
                           .arg(scoreformat::number(s.meanPre), scoreformat::number(s.meanPost),
                               scoreformat::gain(s.meanGain, s.meanGainPercent)));
}

} // namespace capacita
