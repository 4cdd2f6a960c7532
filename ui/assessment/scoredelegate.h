#pragma once

#include <QStyledItemDelegate>

namespace capacita {

// Edits a score in place with a line edit that takes digits and one decimal, with a decimal
// point or comma. It does not clamp to the maximum: a score above it goes to core, whose
// refusal the page shows, so the person learns why instead of seeing the value change.
// An empty editor clears the score.
class ScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace capacita
