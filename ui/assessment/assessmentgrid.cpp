#include "assessment/assessmentgrid.h"

#include "assessment/assessmentmodel.h"
#include "assessment/scoredelegate.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace capacita {

AssessmentGrid::AssessmentGrid(QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(tr("Pre and post test scores"));
    setAccessibleDescription(tr("Type a score to edit it, Enter stores it and moves down, Delete clears it."));
    setItemDelegate(new ScoreDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void AssessmentGrid::setAssessmentModel(AssessmentModel *model)
{
    m_model = model;
    setModel(model);
    horizontalHeader()->setSectionResizeMode(AssessmentModel::NameColumn, QHeaderView::Stretch);
    for (int column = AssessmentModel::PreColumn; column < AssessmentModel::ColumnCount; ++column)
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    setColumnWidth(AssessmentModel::PreColumn, 80);
    setColumnWidth(AssessmentModel::PostColumn, 80);
    setColumnWidth(AssessmentModel::MaxColumn, 70);
    setColumnWidth(AssessmentModel::GainColumn, 120);
    setColumnWidth(AssessmentModel::AttendedColumn, 90);
    connect(model, &AssessmentModel::refused, this, [this] { m_refused = true; });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_lastParticipant = currentIndex().data(AssessmentModel::ParticipantIdRole).toString();
        m_lastColumn = currentIndex().isValid() ? currentIndex().column() : int(AssessmentModel::PreColumn);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &AssessmentGrid::ensureCurrent);
    ensureCurrent();
}

// After a reload the cursor stays with the same person when they are still listed.
void AssessmentGrid::ensureCurrent()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(AssessmentModel::ParticipantIdRole).toString() == m_lastParticipant)
            row = r;
    }
    setCurrentIndex(m_model->index(row, m_lastColumn));
}

void AssessmentGrid::moveDown()
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() + 1 < model()->rowCount())
        setCurrentIndex(current.sibling(current.row() + 1, current.column()));
}

void AssessmentGrid::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool refused = std::exchange(m_refused, false);
    QTableView::closeEditor(editor, hint);
    // The delegate closes with SubmitModelCache on Enter: the next person's score comes next.
    if (hint == QAbstractItemDelegate::SubmitModelCache && !refused)
        moveDown();
}

void AssessmentGrid::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && state() != EditingState && current.isValid()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            moveDown();
            event->accept();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (current.flags() & Qt::ItemIsEditable && current.column() != AssessmentModel::MaxColumn)
                model()->setData(current, QString(), Qt::EditRole);
            event->accept();
            return;
        default:
            break;
        }
    }
    m_refused = false;
    QTableView::keyPressEvent(event);
}

} // namespace capacita
