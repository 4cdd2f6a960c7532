#include "storage/sqlitestatement.h"

#include "storage/database.h"

#include <QByteArray>
#include <QStringEncoder>

#include <sqlite3.h>

namespace capacita {

namespace {

// QSqlResultPrivate::isVariantNull for the types that reach these statements: an invalid
// or null variant, and a null QString or QByteArray, bind NULL.
bool boundAsNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    default: return false;
    }
}

} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    // The same SQL types as QSQLiteResult::exec gives each QVariant type.
    if (boundAsNull(value)) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        forget(index);
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        sqlite3_bind_blob(m_stmt, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
        m_boundBytes.push_back(index);
        return;
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        forget(index);
        sqlite3_bind_int(m_stmt, index, value.toInt());
        return;
    case QMetaType::Double:
        forget(index);
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        bind(index, value.toLongLong());
        return;
    case QMetaType::QString:
        bindText(index, *static_cast<const QString *>(value.constData()));
        return;
    default: // anything else as its text
        bindText(index, value.toString());
    }
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull())
        bindNull(index);
    else
        bindText(index, text);
}

void SqliteStatement::forget(int index)
{
    if (m_boundFrom.size() >= size_t(index))
        m_boundFrom[size_t(index - 1)] = QString();
}

void SqliteStatement::bindText(int index, const QString &text)
{
    // As UTF-8, the file's encoding, converted here by Qt. Bound as UTF-16 (as QSQLITE does),
    // SQLite converts it itself at bind time, allocating each time: that was an eighth of a
    // roster import. The conversion goes into the parameter's buffer of the last use (a new
    // QByteArray per value was a malloc and a free each; finish() drops only long ones). A
    // non-null empty string binds '' (its UTF-8 is given a non-null pointer), not NULL.
    if (m_text.size() < size_t(index)) {
        m_text.resize(size_t(index));
        m_boundFrom.resize(size_t(index));
    }
    // The same characters as this parameter holds already: held by m_boundFrom, they cannot
    // have changed (a shared string is copied before it is written to) nor be other text.
    QString &from = m_boundFrom[size_t(index - 1)];
    if (!from.isNull() && from.constData() == text.constData() && from.size() == text.size())
        return;
    from = text;
    QByteArray &utf8 = m_text[size_t(index - 1)];
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    utf8.resize(toUtf8.requiredSpace(text.size()));
    utf8.truncate(toUtf8.appendToBuffer(utf8.data(), text) - utf8.constData());
    static const char empty[1] = {0};
    sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? empty : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value)
{
    forget(index);
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    forget(index);
    sqlite3_bind_null(m_stmt, index);
}

Error SqliteStatement::lastError() const
{
    // The engine's message, as QSqlError::databaseText() carries it for a QSqlQuery.
    return sqlError(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Status SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    std::optional<Error> failure;
    if (!ok)
        failure = lastError();
    finish();
    if (failure)
        return *failure;
    return {};
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = lastError();
    return false;
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_stmt);
    // Bound bytes point into the caller's arrays, which may be gone by the next use.
    for (const int index : m_boundBytes)
        sqlite3_bind_null(m_stmt, index);
    m_boundBytes.clear();
    for (size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i].capacity() > 64 * 1024) { // an unusually long value is not kept
            bindNull(int(i + 1));
            m_text[i] = QByteArray();
        }
    }
    m_error.reset();
}

QString SqliteStatement::storedText(int column) const
{
    // The file's UTF-8 converted once by Qt. (QSQLITE asks SQLite for UTF-16, which converts
    // it into a buffer of its own that is then copied: the same text, converted twice.)
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant SqliteStatement::value(int column) const
{
    // As QSQLiteResultPrivate::fetchNext reads a column (double precision, the default).
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return storedText(column);
    }
}

QString SqliteStatement::text(int column) const
{
    // Text as stored; other types as QVariant::toString() writes them (a REAL as Qt prints
    // it, not as SQLite would), so the result is what value(column).toString() gives.
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_TEXT: return storedText(column);
    case SQLITE_NULL: return {};
    default: return value(column).toString();
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace capacita
