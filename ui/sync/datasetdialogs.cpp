#include "sync/datasetdialogs.h"

#include "common/tonecolors.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

CreateDatasetDialog::CreateDatasetDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Create dataset"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"datasetNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. C-TIP programme, Cusco"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"repeatPassphraseEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(toneStyleSheet(Tone::Error));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Passphrase (optional):"), m_passphrase);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and save join file…"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note(tr("A dataset is the shared registry of one programme. This laptop becomes its first "
                              "member; other laptops join it with the join file."),
        this));
    layout->addLayout(form);
    layout->addWidget(note(tr("With a passphrase, a laptop can also join by typing the dataset id and the "
                              "passphrase. Use at least %1 characters; several words are best.")
                               .arg(kMinPassphraseChars),
        this));
    layout->addWidget(note(u"<b>"_s
            + tr("The join file is a secret key: give it only to the laptops of the "
                 "programme, never by public channels.")
            + u"</b>"_s,
        this));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_name, &QLineEdit::textChanged, this, &CreateDatasetDialog::validate);
    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateDatasetDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &CreateDatasetDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString CreateDatasetDialog::name() const
{
    return m_name->text().trimmed();
}

QByteArray CreateDatasetDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void CreateDatasetDialog::validate()
{
    QString problem;
    if (m_passphrase->text().size() > 0 && m_passphrase->text().size() < kMinPassphraseChars)
        problem = tr("The passphrase is too short: use at least %1 characters.").arg(kMinPassphraseChars);
    else if (m_passphrase->text() != m_repeat->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !name().isEmpty());
}

JoinDatasetDialog::JoinDatasetDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Join dataset"));
    m_byFile = new QRadioButton(tr("With a &join file"), this);
    m_byFile->setObjectName(u"byFileRadio"_s);
    m_byFile->setChecked(true);
    m_byPassphrase = new QRadioButton(tr("With the dataset &id and passphrase"), this);
    m_byPassphrase->setObjectName(u"byPassphraseRadio"_s);

    m_filePart = new QWidget(this);
    m_file = new QLineEdit(m_filePart);
    m_file->setObjectName(u"joinFileEdit"_s);
    auto *browse = new QPushButton(tr("&Browse…"), m_filePart);
    auto *fileRow = new QHBoxLayout(m_filePart);
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_passphrasePart = new QWidget(this);
    m_datasetId = new QLineEdit(m_passphrasePart);
    m_datasetId->setObjectName(u"datasetIdEdit"_s);
    m_datasetId->setPlaceholderText(u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s);
    m_passphrase = new QLineEdit(m_passphrasePart);
    m_passphrase->setObjectName(u"joinPassphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(m_passphrasePart);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("Dataset id:"), m_datasetId);
    form->addRow(tr("Passphrase:"), m_passphrase);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Join"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note(tr("Join the dataset of your programme to exchange packages with its other laptops. "
                              "Ask the coordinator for the join file, or for the dataset id and passphrase."),
        this));
    layout->addWidget(m_byFile);
    layout->addWidget(m_filePart);
    layout->addWidget(m_byPassphrase);
    layout->addWidget(m_passphrasePart);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(browse, &QPushButton::clicked, this, &JoinDatasetDialog::browse);
    for (QLineEdit *edit : { m_file, m_datasetId, m_passphrase })
        connect(edit, &QLineEdit::textChanged, this, &JoinDatasetDialog::validate);
    connect(m_byFile, &QRadioButton::toggled, this, &JoinDatasetDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

bool JoinDatasetDialog::byFile() const
{
    return m_byFile->isChecked();
}

QString JoinDatasetDialog::joinFilePath() const
{
    return m_file->text().trimmed();
}

QString JoinDatasetDialog::datasetId() const
{
    return m_datasetId->text().trimmed();
}

QByteArray JoinDatasetDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void JoinDatasetDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                   : m_file->text();
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose the join file"), start, tr("Join files (*.capacita-join);;All files (*)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void JoinDatasetDialog::validate()
{
    m_filePart->setEnabled(byFile());
    m_passphrasePart->setEnabled(!byFile());
    const bool ready = byFile() ? !joinFilePath().isEmpty()
                                : !QUuid::fromString(datasetId()).isNull() && !m_passphrase->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

} // namespace capacita
