#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace capacita {

// Writes a whole file atomically (QSaveFile: the old file stays intact until the new one is
// complete) and readable by its owner only, before any byte of content reaches the disk.
Status writePrivateFile(const QString &path, const QByteArray &data);

// Reads a whole file, refusing anything larger than `maxBytes`.
Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes);

} // namespace capacita
