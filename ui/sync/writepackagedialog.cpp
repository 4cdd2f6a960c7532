#include "sync/writepackagedialog.h"

#include "sync/synctext.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {
const QString kLastFolderKey = u"sync/lastFolder"_s;

bool isRemovablePlace(const QString &root)
{
#ifdef Q_OS_WIN
    return root != QStorageInfo::root().rootPath();
#else
    return root.startsWith(u"/media/"_s) || root.startsWith(u"/run/media/"_s) || root.startsWith(u"/mnt/"_s)
        || root.startsWith(u"/Volumes/"_s);
#endif
}
} // namespace

QList<QStorageInfo> WritePackageDialog::removableVolumes()
{
    QList<QStorageInfo> out;
    const QString system = QStorageInfo::root().rootPath();
    const QList<QStorageInfo> volumes = QStorageInfo::mountedVolumes();
    for (const QStorageInfo &v : volumes) {
        if (v.isValid() && v.isReady() && !v.isReadOnly() && v.rootPath() != system && isRemovablePlace(v.rootPath()))
            out.append(v);
    }
    return out;
}

QString WritePackageDialog::lastFolder()
{
    const QString saved = QSettings().value(kLastFolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void WritePackageDialog::rememberFolder(const QString &folder)
{
    QSettings().setValue(kLastFolderKey, folder);
}

WritePackageDialog::WritePackageDialog(const QString &deviceName, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Write package"));
    const QList<QStorageInfo> drives = removableVolumes();

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"folderEdit"_s);
    m_folder->setText(QDir::toNativeSeparators(drives.isEmpty() ? lastFolder() : drives.first().rootPath()));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    // One button per USB drive: the common case is one click.
    auto *driveRow = new QHBoxLayout;
    if (drives.isEmpty()) {
        auto *none = new QLabel(tr("No USB drive found. Plug one in, or choose any folder (for example to "
                                   "attach the package to an e-mail)."),
            this);
        none->setWordWrap(true);
        driveRow->addWidget(none, 1);
    }
    const QLocale locale;
    for (const QStorageInfo &drive : drives) {
        const QString name = drive.displayName().isEmpty() ? drive.rootPath() : drive.displayName();
        auto *button = new QPushButton(QIcon::fromTheme(u"drive-removable-media"_s),
            tr("%1 (%2 free)").arg(name, locale.formattedDataSize(drive.bytesAvailable())), this);
        button->setToolTip(QDir::toNativeSeparators(drive.rootPath()));
        const QString root = drive.rootPath();
        connect(
            button, &QPushButton::clicked, this, [this, root] { m_folder->setText(QDir::toNativeSeparators(root)); });
        driveRow->addWidget(button);
    }
    if (!drives.isEmpty())
        driveRow->addStretch();

    m_fileName = new QLineEdit(SyncText::packageFileName(deviceName, now), this);
    m_fileName->setObjectName(u"fileNameEdit"_s);
    m_full = new QCheckBox(tr("Everything (full package)"), this);
    m_full->setObjectName(u"fullCheck"_s);
    auto *fullNote = new QLabel(tr("Without this option the package holds only the changes that not every laptop "
                                   "has confirmed. A full package suits a laptop that joined late or lost packages."),
        this);
    fullNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("USB drives:"), driveRow);
    form->addRow(tr("File &name:"), m_fileName);
    form->addRow(QString(), m_full);
    form->addRow(QString(), fullNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Write"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(browse, &QPushButton::clicked, this, &WritePackageDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &WritePackageDialog::validate);
    connect(m_fileName, &QLineEdit::textChanged, this, &WritePackageDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString WritePackageDialog::filePath() const
{
    QString name = m_fileName->text().trimmed();
    if (!name.endsWith(u".capacita"_s, Qt::CaseInsensitive))
        name += u".capacita"_s;
    return QDir(QDir::fromNativeSeparators(m_folder->text().trimmed())).filePath(name);
}

bool WritePackageDialog::full() const
{
    return m_full->isChecked();
}

void WritePackageDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Choose where to write the package"), QDir::fromNativeSeparators(m_folder->text()));
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void WritePackageDialog::validate()
{
    const bool folderOk = QFileInfo(QDir::fromNativeSeparators(m_folder->text().trimmed())).isDir();
    const QString name = m_fileName->text().trimmed();
    const bool nameOk = !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\');
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(folderOk && nameOk);
    m_folder->setToolTip(folderOk ? QString() : tr("This folder does not exist."));
}

} // namespace capacita
