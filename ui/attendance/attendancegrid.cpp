#include "attendance/attendancegrid.h"

#include "attendance/attendancemodel.h"
#include "attendance/attendancestyle.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace capacita {

namespace {
constexpr Qt::KeyboardModifiers kMarkAllModifiers = Qt::ControlModifier | Qt::ShiftModifier;

bool isMarkAll(const QKeyEvent *event)
{
    return event->key() == Qt::Key_P && (event->modifiers() & ~Qt::KeypadModifier) == kMarkAllModifiers;
}

// Shows the current cell as a frame instead of a fill, so its mark keeps its colour while the
// trainer moves over it.
class FramedCursorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem plain(option);
        const bool selected = plain.state.testFlag(QStyle::State_Selected);
        plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        if (selected) {
            // The style has already filled the cell with the highlight colour; an unmarked
            // cell gets a light tint instead, a marked one its own colour.
            QColor tint = option.palette.color(QPalette::Highlight);
            tint.setAlphaF(0.15f);
            painter->fillRect(option.rect, option.palette.base());
            painter->fillRect(option.rect, tint);
        }
        QStyledItemDelegate::paint(painter, plain, index);
        if (!selected)
            return;
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
        painter->restore();
    }
};

bool isPlain(const QKeyEvent *event)
{
    // Shift is allowed so that Caps Lock or a held Shift still marks.
    return (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == Qt::NoModifier;
}
} // namespace

AttendanceGrid::AttendanceGrid(QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(tr("Attendance sheet"));
    setAccessibleDescription(tr("Participants by session. P present, L late, E excused, A absent, "
                                "Space cycles, Delete clears, Ctrl+Shift+P marks everyone present."));
    setItemDelegate(new FramedCursorDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // marks are set by keys, not an editor
    setTabKeyNavigation(false); // Tab leaves the grid, arrows move inside it
    setWordWrap(false);
    setCornerButtonEnabled(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setDefaultSectionSize(88);
    horizontalHeader()->setMinimumSectionSize(64);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    verticalHeader()->setHighlightSections(true);
}

void AttendanceGrid::setAttendanceModel(AttendanceModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &AttendanceGrid::rememberCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &AttendanceGrid::ensureCurrent);
    ensureCurrent();
}

void AttendanceGrid::rememberCurrent()
{
    const QModelIndex current = currentIndex();
    m_lastParticipant = current.data(AttendanceModel::ParticipantIdRole).toString();
    m_lastSession = current.data(AttendanceModel::SessionIdRole).toString();
}

// After a reload (someone enrolled, a session added) the cursor stays on the same person and
// session when they are still there, and there is always a current cell, or the next key
// press would go nowhere.
void AttendanceGrid::ensureCurrent()
{
    if (!m_model || m_model->rowCount() == 0 || m_model->sessionCount() == 0)
        return;
    int row = 0;
    int column = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(AttendanceModel::ParticipantIdRole).toString() == m_lastParticipant)
            row = r;
    }
    for (int c = 0; c < m_model->sessionCount(); ++c) {
        if (m_model->index(0, c).data(AttendanceModel::SessionIdRole).toString() == m_lastSession)
            column = c;
    }
    setCurrentIndex(m_model->index(row, column));
}

int AttendanceGrid::currentSessionColumn() const
{
    const QModelIndex current = currentIndex();
    return m_model && m_model->isMarkCell(current) ? current.column() : -1;
}

void AttendanceGrid::markCurrentSessionPresent()
{
    if (m_model)
        m_model->markAllPresent(currentSessionColumn());
}

bool AttendanceGrid::handlesKey(const QKeyEvent *event) const
{
    if (isMarkAll(event))
        return true;
    if (!isPlain(event))
        return false;
    const int key = event->key();
    return attendancestyle::statusForKey(key) || key == Qt::Key_Space || key == Qt::Key_Delete
        || key == Qt::Key_Backspace;
}

// Our keys must reach keyPressEvent even when a window-wide shortcut uses the same keys.
bool AttendanceGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && handlesKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void AttendanceGrid::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || !handlesKey(event)) {
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
    if (isMarkAll(event)) {
        markCurrentSessionPresent();
        return;
    }
    const QModelIndex current = currentIndex();
    if (!m_model->isMarkCell(current))
        return;
    const int key = event->key();
    if (const auto status = attendancestyle::statusForKey(key)) {
        // Down the sheet after each mark, as a trainer reads the sign-in list.
        if (m_model->setMark(current, *status) && current.row() + 1 < m_model->rowCount())
            setCurrentIndex(current.sibling(current.row() + 1, current.column()));
    } else if (key == Qt::Key_Space) {
        m_model->setMark(current, attendancestyle::nextInCycle(m_model->status(current)));
    } else {
        m_model->setMark(current, std::nullopt);
    }
}

} // namespace capacita
