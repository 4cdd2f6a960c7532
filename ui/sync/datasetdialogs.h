#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace capacita {

inline constexpr int kMinPassphraseChars = 12; // as capacita-cli asks

// Name and optional passphrase of a new dataset. Where the join file goes is asked next.
class CreateDatasetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateDatasetDialog(QWidget *parent = nullptr);

    QString name() const;
    QByteArray passphrase() const;

private:
    void validate();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Joining with a join file, or with the dataset id and its passphrase.
class JoinDatasetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinDatasetDialog(QWidget *parent = nullptr);

    bool byFile() const;
    QString joinFilePath() const;
    QString datasetId() const;
    QByteArray passphrase() const;

private:
    void browse();
    void validate();

    QRadioButton *m_byFile = nullptr;
    QRadioButton *m_byPassphrase = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_datasetId = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QWidget *m_filePart = nullptr;
    QWidget *m_passphrasePart = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace capacita
