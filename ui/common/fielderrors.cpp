#include "common/fielderrors.h"

#include "common/tonecolors.h"

#include <QFormLayout>
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
    label->setStyleSheet(toneStyleSheet(Tone::Error));
    label->setWordWrap(true);
    label->hide();
    layout->addWidget(label);
    m_labels.insert(field, label);
    return box;
}

void FieldErrors::linkLabels(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
        auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
        if (!label || !label->buddy())
            continue;
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
            if (label->buddy() == it.key()->parentWidget())
                label->setBuddy(it.key());
        }
        QWidget *field = label->buddy();
        if (field->accessibleName().isEmpty()) {
            QString name = label->text();
            name.remove(QLatin1Char('&'));
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            field->setAccessibleName(name);
        }
    }
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
