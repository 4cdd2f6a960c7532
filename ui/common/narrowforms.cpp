#include "common/narrowforms.h"

#include <QEvent>
#include <QFormLayout>
#include <QScrollArea>

#include <algorithm>

namespace capacita {

namespace {
constexpr int kMinFieldWidth = 180;

// Width a form needs to keep labels beside their fields with a field of kMinFieldWidth.
int sideBySideWidth(QFormLayout *form)
{
    int labels = 0;
    for (int row = 0; row < form->rowCount(); ++row) {
        if (QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole))
            labels = std::max(labels, label->sizeHint().width());
    }
    const QMargins m = form->contentsMargins();
    return labels + std::max(form->horizontalSpacing(), 0) + kMinFieldWidth + m.left() + m.right();
}

// Horizontal margins between a form and `top`: frames (a group box's) and the layouts that
// hold the form's widget and its parents.
int marginsAround(QFormLayout *form, const QWidget *top)
{
    int total = 0;
    for (QWidget *w = form->parentWidget(); w && w != top; w = w->parentWidget()) {
        const QMargins frame = w->contentsMargins();
        total += frame.left() + frame.right();
        if (w != form->parentWidget() && w->layout()) {
            const QMargins m = w->layout()->contentsMargins();
            total += m.left() + m.right();
        }
    }
    return total;
}

class FormStacker : public QObject
{
public:
    explicit FormStacker(QScrollArea *scroll) : QObject(scroll), m_scroll(scroll) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Queued: the forms change after the resize is handled, not inside it.
        if (event->type() == QEvent::Resize && watched == m_scroll->viewport())
            QMetaObject::invokeMethod(this, &FormStacker::update, Qt::QueuedConnection);
        return false;
    }

    void update()
    {
        QWidget *content = m_scroll->widget();
        if (!content)
            return;
        const int room = m_scroll->viewport()->width();
        for (QFormLayout *form : content->findChildren<QFormLayout *>()) {
            // The viewport, not the form, tells the room: a form is never narrower than it
            // needs. Group boxes and margins around the form take their share.
            const int chrome = marginsAround(form, m_scroll->viewport());
            const auto policy = room < sideBySideWidth(form) + chrome ? QFormLayout::WrapAllRows
                                                                       : QFormLayout::WrapLongRows;
            if (form->rowWrapPolicy() != policy)
                form->setRowWrapPolicy(policy);
        }
    }

private:
    QScrollArea *m_scroll;
};
} // namespace

void stackFormsWhenNarrow(QScrollArea *scroll)
{
    auto *stacker = new FormStacker(scroll);
    scroll->viewport()->installEventFilter(stacker);
}

} // namespace capacita
