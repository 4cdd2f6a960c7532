#include "storage/privatefile.h"

#include <QFile>
#include <QSaveFile>

namespace capacita {

namespace {
// The context lupdate gives the tr() calls in this file, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("capacita", text);
}
} // namespace

Status writePrivateFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    // Unbuffered: with Qt's write buffer, a disk that fills during the final flush inside
    // commit() went unnoticed for small files (commit succeeded; found by the full-disk test).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error::io(tr("Cannot make %1 private to this user: %2").arg(path, file.errorString()));
    }
    if (file.write(data) != data.size() || !file.commit())
        return Error::io(tr("Cannot write %1 (is the disk or USB stick full?): %2. Any earlier file there was left as it was.")
                             .arg(path, file.errorString()));
    return {};
}

Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("file"), tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return Error::refused(tr("%1 is too large (%2 bytes) to be what was expected.").arg(path).arg(file.size()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::io(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return data;
}

} // namespace capacita
