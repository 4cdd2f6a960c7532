#include "importing/xlsxparts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace capacita::xlsxparts {

namespace {

struct XlsxpartsText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::xlsxparts)
};

QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = QStringLiteral("xl/").append(target).split(u'/');
    QStringList out;
    for (const QString &p : std::as_const(parts)) {
        if (p == u"..") {
            if (!out.isEmpty())
                out.removeLast();
        } else if (!p.isEmpty() && p != u".") {
            out << p;
        }
    }
    return out.join(u'/');
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

} // namespace

Error damaged(const QString &part, const QXmlStreamReader &xml)
{
    return Error::badInput(QString(),
        XlsxpartsText::tr("The workbook is damaged: %1 is not valid XML (%2, line %3).")
            .arg(part, xml.errorString())
            .arg(xml.lineNumber()));
}

QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"t")
                text += xml.readElementText(); // leaves the reader on </t>
            else if (xml.name() == u"rPh")
                xml.skipCurrentElement();
            else
                ++depth; // a run <r> and its properties
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

Result<Workbook> readWorkbook(const QByteArray &bytes)
{
    Workbook wb;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            wb.date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            QString relId;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == u"id")
                    relId = a.value().toString();
            }
            wb.sheets.append({ xml.attributes().value(QLatin1String("name")).toString(), relId });
        }
    }
    if (xml.hasError())
        return damaged(QStringLiteral("xl/workbook.xml"), xml);
    if (wb.sheets.isEmpty())
        return Error::badInput(QString(), XlsxpartsText::tr("The workbook has no sheets."));
    return wb;
}

Result<Relations> readRelations(const QByteArray &bytes)
{
    Relations rels;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const auto attrs = xml.attributes();
        const QString target = resolveTarget(attrs.value(QLatin1String("Target")).toString());
        rels.byId.insert(attrs.value(QLatin1String("Id")).toString(), target);
        const QString type = attrs.value(QLatin1String("Type")).toString().section(u'/', -1);
        if (!rels.byType.contains(type))
            rels.byType.insert(type, target);
    }
    if (xml.hasError())
        return damaged(QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
    return rels;
}

Result<QStringList> readSharedStrings(const QByteArray &bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return damaged(QStringLiteral("xl/sharedStrings.xml"), xml);
    return strings;
}

bool isDateFormatCode(QString code)
{
    // Quoted literals, [colours]/[locales] and escaped characters say nothing about dates.
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*."));
    code.remove(noise);
    code = code.toLower();
    return code.contains(u'd') || code.contains(u'y');
}

Result<QList<bool>> readDateStyles(const QByteArray &bytes)
{
    QSet<int> customDates;
    QList<bool> styles;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == u"numFmt") {
            if (isDateFormatCode(attrs.value(QLatin1String("formatCode")).toString()))
                customDates.insert(attrs.value(QLatin1String("numFmtId")).toInt());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attrs.value(QLatin1String("numFmtId")).toInt();
            styles.append(isBuiltInDateFormat(id) || customDates.contains(id));
        }
    }
    if (xml.hasError())
        return damaged(QStringLiteral("xl/styles.xml"), xml);
    return styles;
}

} // namespace capacita::xlsxparts
