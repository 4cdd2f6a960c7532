#include "importing/rostervalues.h"

#include "importing/namematch.h"
#include "importing/xlsxreader.h"
#include "storage/referencedata.h"

#include <QRegularExpression>

#include <cmath>

namespace capacita {

namespace {

struct RostervaluesText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::rostervalues)
};

struct RosterVocabularyText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::RosterVocabulary)
};

Error reason(const QString &text)
{
    return Error::badInput(QString(), text);
}

QString shown(const RosterCell &cell)
{
    return cell.text.trimmed();
}

// "Procurador(a) público(a)" -> "Procurador público" and "Procuradora pública".
QStringList genderedForms(const QString &label)
{
    static const QRegularExpression marker(
        QStringLiteral("(\\w*)\\(a\\)"), QRegularExpression::UseUnicodePropertiesOption);
    QString masculine = label;
    masculine.replace(marker, QStringLiteral("\\1"));
    QString feminine;
    qsizetype last = 0;
    auto it = marker.globalMatch(label);
    while (it.hasNext()) {
        const auto m = it.next();
        feminine += QStringView(label).mid(last, m.capturedStart() - last);
        QString word = m.captured(1);
        if (word.endsWith(u'o'))
            word.chop(1);
        feminine += word + u'a';
        last = m.capturedEnd();
    }
    feminine += QStringView(label).mid(last);
    return { label, masculine, feminine };
}

} // namespace

namespace rostervalues {

Result<QDate> date(const RosterCell &cell)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T].*)?$"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?:[ T].*)?$"));
    const QString text = shown(cell);
    int d = 0, m = 0, y = 0;
    if (const auto match = dmy.match(text); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = match.captured(2).toInt();
        y = match.captured(3).toInt();
    } else if (const auto iso = ymd.match(text); iso.hasMatch()) {
        y = iso.captured(1).toInt();
        m = iso.captured(2).toInt();
        d = iso.captured(3).toInt();
    } else if (cell.numeric) {
        const QDate fromSerial = xlsxreader::dateFromSerial(cell.number);
        if (fromSerial.isValid())
            return fromSerial;
        return reason(RostervaluesText::tr("%1 is not an Excel date.").arg(text));
    } else {
        return reason(RostervaluesText::tr("\"%1\" is not a date; write dd/mm/yyyy or yyyy-mm-dd.").arg(text));
    }
    const QDate result(y, m, d);
    if (!result.isValid())
        return reason(RostervaluesText::tr("%1 does not exist on the calendar.").arg(text));
    return result;
}

Result<double> number(const RosterCell &cell)
{
    if (cell.numeric)
        return cell.number;
    QString text = shown(cell);
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    const qsizetype comma = text.lastIndexOf(u','), point = text.lastIndexOf(u'.');
    if (comma >= 0 && point >= 0) {
        // Both marks: the last is the decimal mark, the other groups thousands.
        text.remove(comma > point ? u'.' : u',');
    }
    text.replace(u',', u'.');
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return reason(RostervaluesText::tr("\"%1\" is not a number.").arg(shown(cell)));
    return v;
}

Result<int> wholeNumber(const RosterCell &cell)
{
    auto v = number(cell);
    if (!v || std::floor(*v) != *v || std::fabs(*v) > 1e9)
        return reason(RostervaluesText::tr("\"%1\" is not a whole number.").arg(shown(cell)));
    return int(*v);
}

Result<QString> dni(const RosterCell &cell)
{
    static const QRegularExpression eight(QStringLiteral("^(\\d{8})(?:-\\d)?$"));
    if (cell.numeric && std::floor(cell.number) == cell.number && cell.number >= 100000 && cell.number < 100000000)
        return QStringLiteral("%1").arg(qint64(cell.number), 8, 10, QLatin1Char('0'));
    QString text = shown(cell);
    text.remove(u' ');
    if (const auto m = eight.match(text); m.hasMatch())
        return m.captured(1);
    if (text.size() == 7 && text.toLongLong() > 0)
        return reason(RostervaluesText::tr("\"%1\" is not a DNI: it has 7 digits, not 8. If a leading zero was lost, "
                                           "format the column as text and type it again.")
                          .arg(shown(cell)));
    return reason(RostervaluesText::tr("\"%1\" is not a DNI: it must be exactly 8 digits.").arg(shown(cell)));
}

Result<QString> sex(const RosterCell &cell)
{
    static const QHash<QString, QString> words {
        { QStringLiteral("f"), QStringLiteral("F") },
        { QStringLiteral("m"), QStringLiteral("M") },
        { QStringLiteral("x"), QStringLiteral("X") },
        { QStringLiteral("mujer"), QStringLiteral("F") },
        { QStringLiteral("hombre"), QStringLiteral("M") },
        { QStringLiteral("femenino"), QStringLiteral("F") },
        { QStringLiteral("masculino"), QStringLiteral("M") },
        { QStringLiteral("fem"), QStringLiteral("F") },
        { QStringLiteral("masc"), QStringLiteral("M") },
        { QStringLiteral("female"), QStringLiteral("F") },
        { QStringLiteral("male"), QStringLiteral("M") },
        { QStringLiteral("woman"), QStringLiteral("F") },
        { QStringLiteral("man"), QStringLiteral("M") },
        { QStringLiteral("varon"), QStringLiteral("M") },
        { QStringLiteral("otro"), QStringLiteral("X") },
        { QStringLiteral("other"), QStringLiteral("X") },
        { QStringLiteral("no binario"), QStringLiteral("X") },
        { QStringLiteral("unknown"), QStringLiteral("unknown") },
        { QStringLiteral("desconocido"), QStringLiteral("unknown") },
        { QStringLiteral("no especifica"), QStringLiteral("unknown") },
    };
    const QString folded = namematch::fold(cell.text);
    if (folded.isEmpty())
        return QStringLiteral("unknown");
    if (const auto it = words.constFind(folded); it != words.cend())
        return *it;
    return reason(RostervaluesText::tr("\"%1\" is not a sex; use F, M or X (or Mujer, Hombre), or leave it blank.")
                      .arg(shown(cell)));
}

Result<int> birthYear(const RosterCell &cell, int currentYear)
{
    // A spreadsheet date cell arrives as a number shown as an ISO date: keep its year.
    const bool dateCell = cell.numeric && shown(cell).contains(u'-');
    std::optional<int> year;
    if (!dateCell) {
        if (auto whole = wholeNumber(cell))
            year = *whole;
    }
    if (!year && (!cell.numeric || dateCell)) {
        if (auto d = date(cell))
            year = d->year(); // a full birth date: only its year is kept
    }
    if (!year)
        return reason(RostervaluesText::tr("\"%1\" is not a year.").arg(shown(cell)));
    if (*year < 1900 || *year > currentYear)
        return reason(
            RostervaluesText::tr("%1 is not a plausible birth year (1900 to %2).").arg(*year).arg(currentYear));
    return *year;
}

Result<QString> ubigeo(const RosterCell &cell)
{
    static const QRegularExpression six(QStringLiteral("^\\d{6}$"));
    if (cell.numeric && std::floor(cell.number) == cell.number && cell.number >= 10000 && cell.number < 1000000)
        return QStringLiteral("%1").arg(qint64(cell.number), 6, 10, QLatin1Char('0'));
    const QString text = shown(cell);
    if (six.match(text).hasMatch())
        return text;
    return reason(RostervaluesText::tr("\"%1\" is not a UBIGEO code (6 digits).").arg(text));
}

} // namespace rostervalues

RosterVocabulary::RosterVocabulary(ReferenceData &reference)
{
    for (const CodeLabel &t : reference.participantTypes()) {
        m_types.insert(namematch::fold(t.code), t.code);
        m_types.insert(namematch::fold(t.labelEn), t.code);
        for (const QString &form : genderedForms(t.labelEs))
            m_types.insert(namematch::fold(form), t.code);
    }
    // Spellings the labels do not produce, as rosters write them.
    static const char *const typeSynonyms[][2] = {
        { "lideresa comunitaria", "community_leader" },
        { "lideresa", "community_leader" },
        { "lider", "community_leader" },
        { "dirigente comunal", "community_leader" },
        { "pnp", "police" },
        { "policia nacional", "police" },
        { "profesor", "educator" },
        { "profesora", "educator" },
        { "juez de paz", "judge" },
        { "jueza de paz", "judge" },
    };
    for (const auto &pair : typeSynonyms) {
        const QString code = QString::fromLatin1(pair[1]);
        if (m_types.values().contains(code))
            m_types.insert(QString::fromLatin1(pair[0]), code);
    }

    for (const CodeLabel &t : reference.topics()) {
        m_topicOrder << t.code;
        for (const QString &word : { t.code, t.labelEs, t.labelEn })
            m_topics.insert(namematch::fold(word), t.code);
    }
    static const char *const topicSynonyms[][2] = {
        { "trata", "TIP" },
        { "tdp", "TIP" },
        { "trata de personas", "TIP" },
        { "violencia de genero", "GBV" },
        { "violencia basada en genero", "GBV" },
        { "vbg", "GBV" },
        { "matrimonio infantil", "CEFM" },
        { "matrimonio infantil temprano y forzado", "CEFM" },
        { "uniones tempranas", "CEFM" },
        { "mitf", "CEFM" },
        { "otro", "other" },
        { "otros", "other" },
    };
    for (const auto &pair : topicSynonyms) {
        const QString code = QString::fromLatin1(pair[1]);
        if (m_topicOrder.contains(code))
            m_topics.insert(QString::fromLatin1(pair[0]), code);
    }

    for (const District &d : reference.districts()) {
        m_districts.insert(d.ubigeo, d);
        m_departments.insert(namematch::fold(d.department), d.department);
        if (d.ubigeo.endsWith(QLatin1String("0101")))
            m_capitals.insert(d.department, d.ubigeo);
    }
    static const char *const departmentSynonyms[][2] = {
        { "cuzco", "cusco" },
        { "lima metropolitana", "lima" },
        { "lima provincias", "lima" },
        { "provincia constitucional del callao", "callao" },
    };
    for (const auto &pair : departmentSynonyms) {
        const QString name = m_departments.value(QString::fromLatin1(pair[1]));
        if (!name.isEmpty())
            m_departments.insert(QString::fromLatin1(pair[0]), name);
    }
}

Result<QString> RosterVocabulary::participantType(const QString &text) const
{
    const QString code = m_types.value(namematch::fold(text));
    if (code.isEmpty())
        return reason(RosterVocabularyText::tr("\"%1\" is not a participant type (e.g. Juez, Fiscal, Policía, Líder "
                                               "comunitario, or a code such as judge).")
                          .arg(text.trimmed()));
    return code;
}

Result<QStringList> RosterVocabulary::topics(const QString &text) const
{
    static const QRegularExpression separators(QStringLiteral("[,;/]"));
    QStringList codes;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QString code = m_topics.value(namematch::fold(part));
        if (code.isEmpty())
            return reason(RosterVocabularyText::tr("\"%1\" is not a topic; use TIP, GBV, CEFM or other (or trata, "
                                                   "violencia de género, matrimonio infantil).")
                              .arg(part.trimmed()));
        codes << code;
    }
    QStringList ordered;
    for (const QString &code : m_topicOrder) {
        if (codes.contains(code))
            ordered << code;
    }
    return ordered;
}

Result<QString> RosterVocabulary::department(const QString &text) const
{
    const QString name = m_departments.value(namematch::fold(text));
    if (name.isEmpty())
        return reason(RosterVocabularyText::tr("\"%1\" is not a department of Peru.").arg(text.trimmed()));
    return name;
}

std::optional<District> RosterVocabulary::district(const QString &ubigeo) const
{
    const auto it = m_districts.constFind(ubigeo);
    if (it == m_districts.cend())
        return std::nullopt;
    return *it;
}

QString RosterVocabulary::capitalOf(const QString &department) const
{
    return m_capitals.value(department);
}

} // namespace capacita
