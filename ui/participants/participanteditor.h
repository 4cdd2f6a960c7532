#pragma once

#include "common/fielderrors.h"
#include "domain/entities.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QUndoStack;

namespace capacita {

class DistrictPicker;
class Store;
struct ChangeEvent;

// The fields of one person, each stored as one undo step when edited. A refused value is
// explained under its field and the field returns to the stored value.
class ParticipantEditor : public QWidget
{
    Q_OBJECT
public:
    ParticipantEditor(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void setParticipant(const QString &participantId);
    QString participantId() const { return m_current.id; }

private:
    void buildForm();
    void connectFields();
    void load();
    void commit(QWidget *field, const std::function<void(Participant &)> &change);
    void commitDocument(QWidget *field);
    void onChanged(const ChangeEvent &event);
    void readAgain(); // the stored person, shown again if it changed
    void showHistory();

    Store &m_store;
    QUndoStack &m_undo;
    Participant m_current;
    FieldErrors m_errors;
    bool m_loading = false;

    QLineEdit *m_given = nullptr;
    QLineEdit *m_family = nullptr;
    QWidget *m_documentBox = nullptr;
    QComboBox *m_docType = nullptr;
    QLineEdit *m_docNumber = nullptr;
    QComboBox *m_sex = nullptr;
    QSpinBox *m_birthYear = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_institution = nullptr;
    DistrictPicker *m_district = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QDateEdit *m_consentDate = nullptr;
    QLineEdit *m_consentNotice = nullptr;
    QLineEdit *m_consentBy = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace capacita
