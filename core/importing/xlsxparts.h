#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

// The small parts of an .xlsx workbook that say where and how to read a sheet: the sheet
// list, the relationships that name each part, the shared strings and which cell styles are
// dates. Internal to xlsxreader.
namespace capacita::xlsxparts {

struct Workbook
{
    struct Sheet
    {
        QString name;
        QString relId;
    };
    QList<Sheet> sheets;
    bool date1904 = false;
};

// Relationship id -> part name inside the zip, and the first target of each type suffix.
struct Relations
{
    QHash<QString, QString> byId;
    QHash<QString, QString> byType; // "sharedStrings", "styles", "worksheet"
};

Error damaged(const QString &part, const QXmlStreamReader &xml);
// Text of an <si> or <is> element (the reader on its start tag): its <t>, or the <t> of each
// rich-text run; phonetic guides (<rPh>) are not part of the text.
QString readRichText(QXmlStreamReader &xml);

Result<Workbook> readWorkbook(const QByteArray &bytes);
Result<Relations> readRelations(const QByteArray &bytes);
Result<QStringList> readSharedStrings(const QByteArray &bytes);
// For each cell style index (the s attribute), whether its number format shows a date.
Result<QList<bool>> readDateStyles(const QByteArray &bytes);
bool isDateFormatCode(QString code);

} // namespace capacita::xlsxparts
