#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariant>

class QDateTime;

namespace capacita {

// What a person reads about sync: dates, table and field names, stored values, and the
// summaries that SyncService returns as JSON, turned into sentences.
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::SyncText)
public:
    static QString dateTime(qint64 ms); // dd/MM/yyyy HH:mm, local time
    static QString dateTimeOr(qint64 ms, const QString &none); // `none` for 0 (never)
    static qint64 hlcMs(const QString &hlcText); // the wall time inside a stamp
    static QString tableName(const QString &table); // "Participant", "Attendance", …
    static QString tablePlural(const QString &table, qint64 count); // "12 participants"
    static QString fieldName(const QString &field); // "Family names"
    static QString value(const QString &field, const QVariant &value);

    // capacita-<device>-<yyyyMMdd-HHmm>.capacita, the device name made safe for any disk.
    static QString packageFileName(const QString &deviceName, const QDateTime &when);

    // Rich text for the box shown after a package was written.
    static QString exportReport(const QJsonObject &summary);
    // Rich text for the preview of an import (a dry run's summary) or its result.
    static QString importReport(const QJsonObject &summary, bool done);
    // "12 new, 3 updated" for the history table.
    static QString receivedRows(const QJsonObject &summary);
};

} // namespace capacita
