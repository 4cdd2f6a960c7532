#include "common/fielderrors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace capacita {

QWidget *FieldErrors::wrap(QWidget *field)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *label = new QLabel(box);
    label->setObjectName(field->objectName() + QStringLiteral("Error"));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    layout->addWidget(label);
    m_labels.insert(field, label);
    return box;
}

void FieldErrors::show(QWidget *field, const QString &message)
{
    clear();
    if (QLabel *label = m_labels.value(field)) {
        label->setText(message);
        label->show();
    }
}

void FieldErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
}

} // namespace capacita
