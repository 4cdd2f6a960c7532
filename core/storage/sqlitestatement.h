#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace capacita {

// A statement run through the SQLite C API on a Database's own connection, for the few
// statements that run once per row of a bulk write (sync import, audit lines): binding
// QVariants through Qt SQL cost more than SQLite's own work there. Values are bound and
// read as Qt's QSQLITE driver does (same SQL types in, same QVariant types out), so rows
// written either way are identical. Owned and cached by Database (Database::statement);
// it lives in the same transactions as the QSqlQuery statements (one connection).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteStatement(); // finalized before the connection closes (Database's destructor)
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1. Text is copied (as UTF-8); bytes are not: they must outlive
    // exec()/next(). Every use binds every parameter: what one use bound may still be bound
    // at the next (see finish()).
    void bind(int index, const QVariant &value); // as QSQLITE binds it
    void bind(int index, const QString &text);   // a null QString binds NULL, as QSQLITE does
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs a statement that returns no rows; the statement is reset for the next use.
    Status exec();
    // Steps to the next row; false at the end or on an error (then error() tells).
    bool next();
    // Resets the statement for the next use (after next()). Bound bytes are forgotten; bound
    // text stays bound, so the same string bound again at the same place (an audit line's
    // operator, site and device, a table's name) is not converted and bound once more.
    void finish();
    std::optional<Error> error() const { return m_error; }

    // Columns of the current row count from 0, read as QSQLITE reads them.
    QVariant value(int column) const;
    QString text(int column) const; // value(column).toString(), without the QVariant
    qint64 integer(int column) const;
    // A column's text as SQLite holds it (UTF-8), without a copy: valid until the next step.
    // For reading many short keys, where making a QString of each cost more than the query.
    QByteArrayView utf8(int column) const;

private:
    Error lastError() const;
    QString storedText(int column) const; // a TEXT column
    void bindText(int index, const QString &text);
    void forget(int index); // the parameter no longer holds text from m_boundFrom

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    std::optional<Error> m_error;
    std::vector<QByteArray> m_text; // bound text, per parameter; kept to be reused
    // The string each parameter's text came from, held so its characters cannot change or
    // be reused by other text while it is bound; null when the parameter holds no text.
    std::vector<QString> m_boundFrom;
    std::vector<int> m_boundBytes; // parameters bound to a caller's bytes until finish()
};

} // namespace capacita
