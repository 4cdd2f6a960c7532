#pragma once

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace capacita {

// A red line under each editor field, where a refusal from the core is shown next to the
// value that caused it.
class FieldErrors
{
public:
    // Returns a container holding field with its (hidden) error label below it.
    QWidget *wrap(QWidget *field);
    void show(QWidget *field, const QString &message);
    void clear();
    QLabel *labelFor(QWidget *field) const { return m_labels.value(field); }
    // Call once the form is built: a row label's buddy is the wrapper, which takes no focus,
    // so its mnemonic would go nowhere and the field would have no accessible name. This
    // points each label at its field and names the field after the label.
    void linkLabels(QFormLayout *form);

private:
    QHash<QWidget *, QLabel *> m_labels;
};

} // namespace capacita
