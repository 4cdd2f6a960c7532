#include "reports/sheets.h"

#include "reports/pdfpages.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace capacita::reports {

namespace {

class SheetText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::reports::SheetText)
public:
    static QString signInTitle() { return tr("Sign-in sheet"); }
    static QString scoreTitle() { return tr("Pre test and post test scores"); }
    static QString venue(const QString &venue) { return tr("Venue: %1").arg(venue); }
    static QString dates(const QString &from, const QString &to) { return tr("Dates: %1 to %2").arg(from, to); }
    static QString maxScore(const QString &max) { return tr("Maximum score: %1").arg(max); }
    static QString facilitator() { return tr("Facilitator: ______________________________   Signature: ____________________"); }
    static QString signInHelp()
    {
        return tr("Please sign in the column of each session you attend. If your name is not on the list, write "
                  "your names, DNI and institution in a blank row.");
    }
    static QString scoreHelp(const QString &max)
    {
        return tr("Write each score as a number from 0 to %1. Leave the cell empty when the person did not take "
                  "the test; do not write a zero for a missing test.")
            .arg(max);
    }
    static QString number() { return tr("No."); }
    static QString name() { return tr("Family names, given names"); }
    static QString dni() { return tr("DNI"); }
    static QString institution() { return tr("Institution"); }
    static QString session(int n) { return tr("Session %1").arg(n); }
    static QString signature() { return tr("Signature"); }
    static QString pre(const QString &max) { return tr("Pre test\n(of %1)").arg(max); }
    static QString post(const QString &max) { return tr("Post test\n(of %1)").arg(max); }
    static QString remarks() { return tr("Remarks"); }
    static QString sessions(int from, int to, int total) { return tr("Sessions %1 to %2 of %3").arg(from).arg(to).arg(total); }
    static QString privacy()
    {
        return tr("Contains personal data: keep it safe and destroy it once it has been entered in Capacita.");
    }
    static Error unknownTraining(const QString &idOrCode)
    {
        return Error::notFound(QStringLiteral("training"), tr("No training has the id or code %1.").arg(idOrCode));
    }
};

const QColor kInk(0x1f, 0x2a, 0x36);
const QColor kMuted(0x4a, 0x55, 0x60);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kHeaderFill(0xe4, 0xec, 0xf4);
const QColor kRule(0x6c, 0x76, 0x80);

struct Column
{
    QString title;
    qreal width = 0; // mm
    Qt::Alignment align = Qt::AlignLeft;
};

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString numberText(double value)
{
    return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
}

// One printed sheet: the same header on every page, then a grid of rows, then the footer.
class SheetPainter
{
public:
    SheetPainter(const TrainingSheet &sheet, PdfPages &pages, QString title)
        : m_sheet(sheet), m_pages(pages), m_title(std::move(title))
    {
    }

    // Paints the header; returns the y under it. `extra` lines follow the training's lines.
    qreal header(const QStringList &extra, const QString &help)
    {
        QPainter &p = m_pages.painter();
        const qreal mm = m_pages.mm();
        const QRectF content = m_pages.contentRect();
        qreal y = content.top();
        y = text(m_title, pdfFont(15, true), kAccent, y) + mm;
        y = text(m_sheet.code + QStringLiteral(" — ") + m_sheet.title, pdfFont(11, true), kInk, y) + mm;
        QString where = m_sheet.venue;
        if (!m_sheet.place.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(" — ")) + m_sheet.place;
        if (!where.isEmpty())
            y = text(SheetText::venue(where), pdfFont(9), kInk, y) + 0.5 * mm;
        const QStringList line = QStringList { SheetText::dates(dateText(m_sheet.startDate), dateText(m_sheet.endDate)) } + extra;
        y = text(line.join(QStringLiteral("     ")), pdfFont(9), kInk, y) + 1.5 * mm;
        y = text(SheetText::facilitator(), pdfFont(9), kInk, y) + 1.5 * mm;
        y = text(help, pdfFont(8, false, true), kMuted, y) + 2.5 * mm;
        p.setPen(kInk);
        return y;
    }

    // The grid's header row and `rows` body rows from `top`; cells[r][c] is the text of body
    // row r (empty for blank rows).
    void grid(qreal top, const QList<Column> &columns, qreal headerHeight, qreal rowHeight,
        const QList<QStringList> &cells)
    {
        QPainter &p = m_pages.painter();
        const qreal mm = m_pages.mm();
        const qreal left = m_pages.contentRect().left();
        qreal x = left;
        p.save();
        for (const Column &column : columns) {
            const QRectF cell(x, top, column.width * mm, headerHeight);
            p.fillRect(cell, kHeaderFill);
            p.setPen(QPen(kRule, 0.25 * mm));
            p.drawRect(cell);
            p.setPen(kInk);
            p.setFont(pdfFont(8, true));
            p.drawText(cell.adjusted(1.2 * mm, 0.8 * mm, -1.2 * mm, -0.8 * mm),
                Qt::AlignVCenter | Qt::AlignHCenter | Qt::TextWordWrap, column.title);
            x = cell.right();
        }
        qreal y = top + headerHeight;
        for (const QStringList &row : cells) {
            x = left;
            for (int c = 0; c < columns.size(); ++c) {
                const QRectF cell(x, y, columns.at(c).width * mm, rowHeight);
                p.setPen(QPen(kRule, 0.25 * mm));
                p.drawRect(cell);
                if (c < row.size() && !row.at(c).isEmpty()) {
                    p.setPen(kInk);
                    p.setFont(pdfFont(8.5));
                    const QRectF inner = cell.adjusted(1.2 * mm, 0.5 * mm, -1.2 * mm, -0.5 * mm);
                    p.drawText(inner, columns.at(c).align | Qt::AlignVCenter | Qt::TextWordWrap,
                        fitted(row.at(c), inner, p));
                }
                x = cell.right();
            }
            y += rowHeight;
        }
        p.restore();
    }

    // Long text wraps onto a second line in a smaller size; what still does not fit is cut
    // with an ellipsis, so a cell never spills into its neighbours.
    static QString fitted(const QString &text, const QRectF &box, QPainter &p)
    {
        QFontMetricsF metrics(p.font(), p.device());
        const auto fits = [&](const QString &candidate) {
            return metrics.boundingRect(box, Qt::TextWordWrap, candidate).height() <= box.height();
        };
        if (fits(text))
            return text;
        QFont smaller = p.font();
        smaller.setPointSizeF(7);
        p.setFont(smaller);
        metrics = QFontMetricsF(smaller, p.device());
        if (fits(text))
            return text;
        for (qreal share = 1.9; share > 0.3; share -= 0.1) {
            const QString cut = metrics.elidedText(text, Qt::ElideRight, box.width() * share);
            if (fits(cut))
                return cut;
        }
        return metrics.elidedText(text, Qt::ElideRight, box.width());
    }

    void footer(int page, int total)
    {
        m_pages.footer(m_sheet.code + QStringLiteral(" · ") + SheetText::privacy(), page, total);
    }

private:
    qreal text(const QString &value, const QFont &font, const QColor &colour, qreal y)
    {
        QPainter &p = m_pages.painter();
        const QRectF content = m_pages.contentRect();
        p.setFont(font);
        p.setPen(colour);
        QRectF used;
        p.drawText(QRectF(content.left(), y, content.width(), content.height()),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value, &used);
        return used.bottom();
    }

    const TrainingSheet &m_sheet;
    PdfPages &m_pages;
    QString m_title;
};

// Header rows, numbered people, then blank rows up to a full last page (at least blankRows).
struct Rows
{
    int perPage = 1;
    int pages = 1;
};

Rows planRows(qreal available, qreal rowHeight, const TrainingSheet &sheet)
{
    Rows rows;
    rows.perPage = std::max(1, int(std::floor(available / rowHeight)));
    const int needed = int(sheet.people.size()) + std::max(0, sheet.blankRows);
    rows.pages = std::max(1, (needed + rows.perPage - 1) / rows.perPage);
    return rows;
}

QStringList personCells(const TrainingSheet &sheet, int index, bool institution)
{
    if (index >= sheet.people.size())
        return { QString::number(index + 1) };
    const SheetPerson &person = sheet.people.at(index);
    QStringList cells { QString::number(index + 1), person.name, person.dni };
    if (institution)
        cells.append(person.institution);
    return cells;
}

QString sessionTitle(const TrainingSheet &sheet, int index)
{
    const SheetSession &session = sheet.sessions.at(index);
    QString title = SheetText::session(index + 1) + QLatin1Char('\n') + dateText(session.date);
    if (!session.startTime.isEmpty())
        title += QLatin1Char('\n') + session.startTime
            + (session.endTime.isEmpty() ? QString() : QStringLiteral("–") + session.endTime);
    return title;
}

// Sizes in millimetres.
constexpr qreal kNumberWidth = 9;
constexpr qreal kDniWidth = 21;
constexpr qreal kInstitutionWidth = 40;
constexpr qreal kMinNameWidth = 50;
constexpr qreal kMinSessionWidth = 24;
constexpr qreal kMaxSessionWidth = 40;
constexpr int kPortraitSessions = 2;

} // namespace

Result<TrainingSheet> loadTrainingSheet(Store &store, const QString &idOrCode)
{
    std::optional<Training> training;
    if (auto byId = store.trainings().get(idOrCode))
        training = *byId;
    else
        training = store.trainings().findByCode(idOrCode.trimmed());
    if (!training)
        return SheetText::unknownTraining(idOrCode);

    TrainingSheet sheet;
    sheet.code = training->code;
    sheet.title = training->title;
    sheet.venue = training->venue;
    sheet.startDate = training->startDate;
    sheet.endDate = training->endDate;
    sheet.facilitators = training->facilitators;
    if (!training->ubigeo.isEmpty()) {
        if (const auto district = store.reference().district(training->ubigeo)) {
            sheet.department = district->department;
            QStringList parts { district->district, district->province, district->department };
            parts.removeDuplicates(); // "CUSCO, CUSCO, CUSCO" says it once
            sheet.place = parts.join(QStringLiteral(", "));
        }
    }
    for (const TrainingSession &session : store.sessions().listForTraining(training->id))
        sheet.sessions.append({ session.date, session.startTime, session.endTime });
    for (const Participant &person : store.enrollments().participantsOf(training->id))
        sheet.people.append({ person.familyNames + QStringLiteral(", ") + person.givenNames, person.dni(), person.institution });
    for (const AssessmentScore &score : store.scores().listForTraining(training->id))
        sheet.maxScore = score.maxScore; // every score of a training normally shares one max
    return sheet;
}

Status writeSignInSheet(const TrainingSheet &sheet, const QString &path)
{
    const int sessionCount = int(sheet.sessions.size());
    const bool landscape = sessionCount > kPortraitSessions;
    PdfPages pages(landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        SheetText::signInTitle() + QStringLiteral(" ") + sheet.code);
    CAPACITA_TRY(pages.begin(path));
    const qreal mm = pages.mm();
    const qreal width = pages.contentRect().width() / mm;
    const qreal fixed = kNumberWidth + kDniWidth + kInstitutionWidth;
    const int perGroup = std::max(1, int((width - fixed - kMinNameWidth) / kMinSessionWidth));
    const int groups = std::max(1, (sessionCount + perGroup - 1) / perGroup);
    const int columnsPerGroup = sessionCount == 0 ? 1 : std::min(perGroup, sessionCount);
    const qreal sessionWidth = std::clamp((width - fixed - kMinNameWidth) / columnsPerGroup, kMinSessionWidth, kMaxSessionWidth);

    SheetPainter painter(sheet, pages, SheetText::signInTitle());
    const qreal headerHeight = 15 * mm;
    const qreal rowHeight = 9 * mm;
    Rows rows;
    int total = 0;
    int page = 0;
    for (int g = 0; g < groups; ++g) {
        const int first = g * perGroup;
        const int last = std::min(sessionCount, first + perGroup); // exclusive
        QList<Column> columns { { SheetText::number(), kNumberWidth, Qt::AlignRight },
            { SheetText::name(), 0, Qt::AlignLeft }, { SheetText::dni(), kDniWidth, Qt::AlignHCenter },
            { SheetText::institution(), kInstitutionWidth, Qt::AlignLeft } };
        if (sessionCount == 0)
            columns.append({ SheetText::signature(), sessionWidth, Qt::AlignLeft });
        for (int s = first; s < last; ++s)
            columns.append({ sessionTitle(sheet, s), sessionWidth, Qt::AlignLeft });
        qreal used = 0;
        for (const Column &column : columns)
            used += column.width;
        columns[1].width = width - used;

        QStringList extra;
        if (groups > 1)
            extra.append(SheetText::sessions(first + 1, last, sessionCount));
        for (int p = 0;; ++p) {
            if (page > 0)
                pages.newPage();
            const qreal top = painter.header(extra, SheetText::signInHelp());
            if (total == 0) { // the header is the same on every page: plan once it is measured
                rows = planRows(pages.contentRect().bottom() - top - headerHeight, rowHeight, sheet);
                total = rows.pages * groups;
            }
            QList<QStringList> cells;
            for (int r = p * rows.perPage; r < (p + 1) * rows.perPage; ++r)
                cells.append(personCells(sheet, r, true));
            painter.grid(top, columns, headerHeight, rowHeight, cells);
            painter.footer(++page, total);
            if (p + 1 >= rows.pages)
                break;
        }
    }
    return pages.save(path);
}

Status writeScoreSheet(const TrainingSheet &sheet, const QString &path)
{
    PdfPages pages(QPageLayout::Portrait, SheetText::scoreTitle() + QStringLiteral(" ") + sheet.code);
    CAPACITA_TRY(pages.begin(path));
    const qreal mm = pages.mm();
    const qreal width = pages.contentRect().width() / mm;
    const QString max = numberText(sheet.maxScore);
    QList<Column> columns { { SheetText::number(), kNumberWidth, Qt::AlignRight }, { SheetText::name(), 0, Qt::AlignLeft },
        { SheetText::dni(), kDniWidth, Qt::AlignHCenter }, { SheetText::pre(max), 24, Qt::AlignHCenter },
        { SheetText::post(max), 24, Qt::AlignHCenter }, { SheetText::remarks(), 36, Qt::AlignLeft } };
    qreal used = 0;
    for (const Column &column : columns)
        used += column.width;
    columns[1].width = width - used;

    SheetPainter painter(sheet, pages, SheetText::scoreTitle());
    const qreal headerHeight = 11 * mm;
    const qreal rowHeight = 8.5 * mm;
    Rows rows;
    for (int p = 0; p < rows.pages; ++p) {
        if (p > 0)
            pages.newPage();
        const qreal top = painter.header({ SheetText::maxScore(max) }, SheetText::scoreHelp(max));
        if (p == 0)
            rows = planRows(pages.contentRect().bottom() - top - headerHeight, rowHeight, sheet);
        QList<QStringList> cells;
        for (int r = p * rows.perPage; r < (p + 1) * rows.perPage; ++r)
            cells.append(personCells(sheet, r, false));
        painter.grid(top, columns, headerHeight, rowHeight, cells);
        painter.footer(p + 1, rows.pages);
    }
    return pages.save(path);
}

} // namespace capacita::reports
