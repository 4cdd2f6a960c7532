#include "sync/datasetpanel.h"

#include "common/errorreporter.h"
#include "storage/privatefile.h"
#include "storage/store.h"
#include "storage/transaction.h"
#include "sync/datasetdialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {
constexpr qint64 kMaxJoinFileBytes = 64 * 1024;

QLabel *selectable(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DatasetPanel::DatasetPanel(Store &store, SyncService &service, QWidget *parent)
    : QGroupBox(tr("Dataset"), parent)
    , m_store(store)
    , m_service(service)
{
    // Two parts shown one at a time; a hidden part takes no room (a stack would keep the
    // height of the taller one).
    m_notJoined = buildNotJoined();
    m_notJoined->setObjectName(u"notJoinedPart"_s);
    m_joined = buildJoined();
    m_joined->setObjectName(u"joinedPart"_s);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notJoined);
    layout->addWidget(m_joined);
}

QWidget *DatasetPanel::buildNotJoined()
{
    auto *page = new QWidget(this);
    auto *text = new QLabel(tr("This laptop does not belong to a dataset yet. A dataset is the shared registry "
                               "of one programme: its laptops exchange packages to stay in step."),
        page);
    text->setWordWrap(true);
    auto *join = new QPushButton(tr("&Join dataset…"), page);
    join->setObjectName(u"joinDatasetButton"_s);
    auto *joinNote = new QLabel(tr("On a trainer's laptop: use the join file from your coordinator, or the "
                                   "dataset id and passphrase."),
        page);
    joinNote->setWordWrap(true);
    auto *create = new QPushButton(tr("&Create dataset…"), page);
    create->setObjectName(u"createDatasetButton"_s);
    auto *createNote = new QLabel(tr("Once per programme, on the coordinator's laptop. It writes the join file "
                                     "that the other laptops join with."),
        page);
    createNote->setWordWrap(true);

    auto *choices = new QGridLayout;
    choices->setColumnStretch(1, 1);
    choices->setHorizontalSpacing(12);
    choices->addWidget(join, 0, 0);
    choices->addWidget(joinNote, 0, 1);
    choices->addWidget(create, 1, 0);
    choices->addWidget(createNote, 1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text);
    layout->addSpacing(6);
    layout->addLayout(choices);
    connect(create, &QPushButton::clicked, this, &DatasetPanel::createInteractive);
    connect(join, &QPushButton::clicked, this, &DatasetPanel::joinInteractive);
    return page;
}

QWidget *DatasetPanel::buildJoined()
{
    auto *page = new QWidget(this);
    m_datasetName = selectable(page, "datasetName");
    QFont bold = m_datasetName->font();
    bold.setBold(true);
    m_datasetName->setFont(bold);
    m_datasetId = selectable(page, "datasetId");
    m_siteId = selectable(page, "siteId");
    m_deviceName = new QLineEdit(page);
    m_deviceName->setObjectName(u"deviceNameEdit"_s);
    m_deviceName->setMaxLength(60);
    m_deviceName->setToolTip(tr("How the other laptops see this one, e.g. \"Trainer Iquitos 2\"."));
    m_rename = new QPushButton(tr("&Rename"), page);
    m_rename->setObjectName(u"renameDeviceButton"_s);
    auto *saveJoin = new QPushButton(tr("Save &join file…"), page);
    saveJoin->setObjectName(u"saveJoinFileButton"_s);
    saveJoin->setToolTip(tr("Write the join file again, to admit one more laptop of the programme."));

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_deviceName);
    nameRow->addWidget(m_rename);
    nameRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Dataset:"), m_datasetName);
    form->addRow(tr("Dataset id:"), m_datasetId);
    auto *nameLabel = new QLabel(tr("This laptop's &name:"), page);
    nameLabel->setBuddy(m_deviceName);
    form->addRow(nameLabel, nameRow);
    form->addRow(tr("Site id:"), m_siteId);

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 1);
    layout->addWidget(saveJoin, 0, Qt::AlignTop);

    connect(m_rename, &QPushButton::clicked, this, &DatasetPanel::renameFromEdit);
    connect(m_deviceName, &QLineEdit::returnPressed, this, &DatasetPanel::renameFromEdit);
    connect(m_deviceName, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_rename->setEnabled(!text.trimmed().isEmpty() && text.trimmed() != m_savedDeviceName);
    });
    connect(saveJoin, &QPushButton::clicked, this, &DatasetPanel::saveJoinFileInteractive);
    return page;
}

void DatasetPanel::setDataset(const DatasetInfo &dataset)
{
    m_notJoined->setVisible(!dataset.joined());
    m_joined->setVisible(dataset.joined());
    m_datasetName->setText(dataset.name.isEmpty() ? tr("(name not known yet)") : dataset.name);
    m_datasetId->setText(dataset.id);
    m_siteId->setText(dataset.siteId);
    m_savedDeviceName = dataset.deviceName;
    if (!m_deviceName->hasFocus() || m_deviceName->text().isEmpty())
        m_deviceName->setText(dataset.deviceName);
    m_rename->setEnabled(m_deviceName->text().trimmed() != m_savedDeviceName);
}

Status DatasetPanel::createDataset(const QString &name, const QByteArray &passphrase, const QString &joinFilePath)
{
    Transaction tx(m_store.db());
    CAPACITA_TRY(tx.begun());
    auto joinFile = m_service.createDataset(name, passphrase);
    if (!joinFile)
        return joinFile.error();
    CAPACITA_TRY(writePrivateFile(joinFilePath, *joinFile));
    if (const Status committed = tx.commit(); !committed) {
        QFile::remove(joinFilePath);
        return committed;
    }
    emit datasetChanged();
    return {};
}

Status DatasetPanel::joinWithFile(const QString &joinFilePath)
{
    auto bytes = readWholeFile(joinFilePath, kMaxJoinFileBytes);
    if (!bytes)
        return bytes.error();
    CAPACITA_TRY(m_service.joinWithFile(*bytes));
    emit datasetChanged();
    return {};
}

Status DatasetPanel::joinWithPassphrase(const QString &datasetId, const QByteArray &passphrase)
{
    CAPACITA_TRY(m_service.joinWithPassphrase(datasetId, passphrase));
    emit datasetChanged();
    return {};
}

Status DatasetPanel::renameDevice(const QString &name)
{
    CAPACITA_TRY(m_service.setDeviceName(name));
    emit datasetChanged();
    return {};
}

Status DatasetPanel::saveJoinFile(const QString &path)
{
    auto bytes = m_service.joinFile();
    if (!bytes)
        return bytes.error();
    return writePrivateFile(path, *bytes);
}

void DatasetPanel::renameFromEdit()
{
    const QString name = m_deviceName->text().trimmed();
    if (name == m_savedDeviceName)
        return;
    if (const Status renamed = renameDevice(name); !renamed)
        showError(this, tr("This laptop could not be renamed."), renamed.error());
}

QString DatasetPanel::askJoinFilePath(const QString &suggestedName)
{
    QString base = suggestedName;
    base.replace(QRegularExpression(u"[^\\w-]+"_s), u"-"_s);
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(base + u".capacita-join"_s);
    return QFileDialog::getSaveFileName(
        this, tr("Save the join file"), start, tr("Join files (*.capacita-join);;All files (*)"));
}

void DatasetPanel::createInteractive()
{
    auto *dialog = new CreateDatasetDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        const QByteArray passphrase = dialog->passphrase();
        const QString path = askJoinFilePath(name);
        if (path.isEmpty())
            return; // nothing created: a dataset without its join file would be a dead end
        if (const Status created = createDataset(name, passphrase, path); !created) {
            showError(this, tr("The dataset could not be created."), created.error());
            return;
        }
        QString text = tr("The join file was saved to %1. On each laptop of the programme choose "
                          "\"Join dataset…\" and pick this file. Give it to no one else.")
                           .arg(QDir::toNativeSeparators(path));
        if (!passphrase.isEmpty())
            text += u"\n\n"_s
                + tr("Those laptops can also join with the dataset id %1 and the passphrase.")
                      .arg(m_service.dataset().id);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Dataset created"),
            tr("The dataset \"%1\" was created.").arg(name), QMessageBox::Ok, this);
        box->setObjectName(u"datasetCreatedBox"_s);
        box->setInformativeText(text);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void DatasetPanel::joinInteractive()
{
    auto *dialog = new JoinDatasetDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Status joined = dialog->byFile() ? joinWithFile(dialog->joinFilePath())
                                               : joinWithPassphrase(dialog->datasetId(), dialog->passphrase());
        if (!joined)
            showError(this, tr("This laptop could not join the dataset."), joined.error());
    });
    dialog->open();
}

void DatasetPanel::saveJoinFileInteractive()
{
    const QString path = askJoinFilePath(m_service.dataset().name);
    if (path.isEmpty())
        return;
    if (const Status saved = saveJoinFile(path); !saved)
        showError(this, tr("The join file could not be saved."), saved.error());
}

} // namespace capacita
