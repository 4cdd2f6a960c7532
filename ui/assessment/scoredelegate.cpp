#include "assessment/scoredelegate.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace capacita {

QWidget *ScoreDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setFrame(false);
    // Up to four digits and one decimal, with point or comma; empty is allowed (clears).
    editor->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"^\\s*(\\d{1,4}([.,]\\d?)?)?\\s*$"_s), editor));
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

void ScoreDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(index.data(Qt::EditRole).toString());
}

void ScoreDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // Unchanged text must not become an edit (and an undo step) just because the editor closed.
        if (line->text().trimmed() != index.data(Qt::EditRole).toString())
            model->setData(index, line->text(), Qt::EditRole);
    }
}

} // namespace capacita
