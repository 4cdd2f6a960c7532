#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

struct zip;

namespace capacita {

// A read-only zip archive held in memory (libzip underneath). Every entry is read with a
// cap on its uncompressed size, so a zip bomb ends in an error instead of eating memory.
class ZipArchive
{
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    static Result<std::unique_ptr<ZipArchive>> open(QByteArray bytes);

    bool contains(const QString &name) const;
    // The entry's bytes; an error when missing, damaged or larger than maxBytes.
    Result<QByteArray> read(const QString &name, qint64 maxBytes) const;

private:
    ZipArchive() = default;
    qint64 locate(const QString &name) const;

    QByteArray m_bytes; // libzip reads from this buffer; it must outlive m_zip
    struct zip *m_zip = nullptr;
};

// Writes a new archive with the given entries (name, bytes), deflated, into memory.
Result<QByteArray> writeZip(const QList<QPair<QString, QByteArray>> &entries);

} // namespace capacita
