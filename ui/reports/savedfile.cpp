#include "reports/savedfile.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace capacita {

namespace {
const QString kFolderKey = QStringLiteral("reports/lastFolder");
}

QString askSavePath(QWidget *parent, const QString &caption, const QString &suggestedName,
                    const QString &nameFilter)
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), nameFilter);
    if (!path.isEmpty())
        QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void showSaved(QWidget *parent, const QString &message, const QString &path)
{
    auto *box = new QMessageBox(QMessageBox::Information, QStringLiteral("Capacita"), message,
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("savedBox"));
    box->setInformativeText(QDir::toNativeSeparators(path));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *open = box->addButton(QCoreApplication::translate("capacita::SavedFile", "&Open"),
                                       QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openSavedButton"));
    QObject::connect(open, &QPushButton::clicked, box,
                     [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace capacita
