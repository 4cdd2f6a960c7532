#pragma once

#include "common/fielderrors.h"
#include "domain/entities.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace capacita {

class DistrictPicker;
class Store;
struct ChangeEvent;

// The fields of one training. Each field is stored as soon as it is edited, as one undo
// step; a value the core refuses is explained under the field and the field shows the
// stored value again, so nothing is ever half-stored.
class TrainingEditor : public QWidget
{
    Q_OBJECT
public:
    TrainingEditor(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void setTraining(const QString &trainingId);
    QString trainingId() const { return m_current.id; }

private:
    void buildForm();
    void connectFields();
    void load(); // m_current -> widgets, without storing anything
    void commit(QWidget *field, const std::function<void(Training &)> &change);
    void onChanged(const ChangeEvent &event);
    void showHistory();

    Store &m_store;
    QUndoStack &m_undo;
    Training m_current;
    FieldErrors m_errors;
    bool m_loading = false;

    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QWidget *m_topicsBox = nullptr;
    QList<QCheckBox *> m_topics;
    QComboBox *m_modality = nullptr;
    DistrictPicker *m_district = nullptr;
    QLineEdit *m_venue = nullptr;
    QWidget *m_datesBox = nullptr;
    QWidget *m_numbersBox = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLineEdit *m_facilitators = nullptr;
    QLineEdit *m_partner = nullptr;
    QSpinBox *m_planned = nullptr;
    QSpinBox *m_completion = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace capacita
