#include "importing/ziparchive.h"

#include <zip.h>

namespace capacita {

namespace {

struct ZipArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::ZipArchive)
};

struct CapacitaText
{
    Q_DECLARE_TR_FUNCTIONS(capacita)
};

QString errorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(QByteArray bytes)
{
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_bytes = std::move(bytes);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(archive->m_bytes.constData(), zip_uint64_t(archive->m_bytes.size()), 0, &error);
    if (!source) {
        const QString text = errorText(&error);
        zip_error_fini(&error);
        return Error::badInput(
            QString(), ZipArchiveText::tr("The file cannot be read as a zip archive: %1.").arg(text));
    }
    archive->m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive->m_zip) {
        zip_source_free(source);
        const QString text = errorText(&error);
        zip_error_fini(&error);
        return Error::badInput(QString(),
            ZipArchiveText::tr("The file is not a valid .xlsx workbook (its zip container is damaged: %1).").arg(text));
    }
    zip_error_fini(&error);
    return archive;
}

qint64 ZipArchive::locate(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), 0);
    if (index < 0)
        index = zip_name_locate(m_zip, utf8.constData(), ZIP_FL_NOCASE);
    return index;
}

bool ZipArchive::contains(const QString &name) const
{
    return locate(name) >= 0;
}

Result<QByteArray> ZipArchive::read(const QString &name, qint64 maxBytes) const
{
    const qint64 index = locate(name);
    if (index < 0)
        return Error::badInput(QString(), ZipArchiveText::tr("The workbook has no part %1.").arg(name));
    auto tooLarge = [&] {
        return Error::badInput(QString(),
            ZipArchiveText::tr("The part %1 of the workbook unpacks to more than %2 MB; the file is refused.")
                .arg(name)
                .arg(maxBytes / (1024 * 1024)));
    };
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)
        && stat.size > zip_uint64_t(maxBytes)) {
        return tooLarge();
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return Error::badInput(QString(),
            ZipArchiveText::tr("The part %1 of the workbook cannot be opened: %2.")
                .arg(name, QString::fromUtf8(zip_strerror(m_zip))));
    // The size in the directory may lie: count what actually comes out.
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const QString text = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            return Error::badInput(
                QString(), ZipArchiveText::tr("The part %1 of the workbook is damaged: %2.").arg(name, text));
        }
        if (n == 0)
            break;
        if (out.size() + n > maxBytes) {
            zip_fclose(file);
            return tooLarge();
        }
        out.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    return out;
}

Result<QByteArray> writeZip(const QList<QPair<QString, QByteArray>> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    auto fail = [&](const QString &why) -> Error {
        zip_error_fini(&error);
        return Error::io(CapacitaText::tr("Cannot build the workbook: %1.").arg(why));
    };
    if (!archive) {
        if (buffer)
            zip_source_free(buffer);
        return fail(errorText(&error));
    }
    zip_source_keep(buffer); // read it back after zip_close
    for (const auto &[name, bytes] : entries) {
        // libzip copies nothing until zip_close, so the data must stay alive until then:
        // entries is the caller's and outlives this function's zip_close.
        zip_source_t *part = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!part || zip_file_add(archive, name.toUtf8().constData(), part, ZIP_FL_ENC_UTF_8) < 0) {
            if (part)
                zip_source_free(part);
            const QString why = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            zip_source_free(buffer);
            return fail(why);
        }
    }
    if (zip_close(archive) < 0) {
        const QString why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return fail(why);
    }
    QByteArray out;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        out.resize(qsizetype(stat.size));
        const zip_int64_t n = zip_source_read(buffer, out.data(), stat.size);
        zip_source_close(buffer);
        out.resize(n < 0 ? 0 : qsizetype(n));
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    if (out.isEmpty())
        return Error::io(CapacitaText::tr("Cannot build the workbook: the archive came out empty."));
    return out;
}

} // namespace capacita
