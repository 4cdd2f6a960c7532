#include "importing/rosterrows.h"

#include "importing/namematch.h"
#include "importing/rostervalues.h"

#include <algorithm>

namespace capacita {

namespace {

using rostercolumns::HeaderMap;

struct RosterrowsText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::rosterrows)
};

QString display(const TrainingValues &v, RosterColumn c)
{
    auto date = [](const std::optional<QDate> &d) { return d ? d->toString(QStringLiteral("dd/MM/yyyy")) : QString(); };
    switch (c) {
    case RosterColumn::TrainingTitle:
        return v.title.value_or(QString());
    case RosterColumn::Topics:
        return v.topics ? v.topics->join(QStringLiteral(", ")) : QString();
    case RosterColumn::Department:
        return v.department.value_or(QString());
    case RosterColumn::Ubigeo:
        return v.ubigeo.value_or(QString());
    case RosterColumn::StartDate:
        return date(v.start);
    case RosterColumn::EndDate:
        return date(v.end);
    case RosterColumn::Sessions:
        return v.sessions ? QString::number(*v.sessions) : QString();
    default:
        return {};
    }
}

// Whether a row's value for column c agrees with the definition. Titles compare with case and
// accents ignored; a ubigeo is compared only when the definition names one itself.
bool agrees(const TrainingValues &row, const TrainingValues &def, RosterColumn c)
{
    switch (c) {
    case RosterColumn::TrainingTitle:
        return !row.title || (def.title && namematch::fold(*row.title) == namematch::fold(*def.title));
    case RosterColumn::Topics:
        return !row.topics || row.topics == def.topics.value_or(QStringList());
    case RosterColumn::Department:
        return !row.department || row.department == def.department;
    case RosterColumn::Ubigeo:
        return !row.ubigeo || !def.ubigeo || row.ubigeo == def.ubigeo;
    case RosterColumn::StartDate:
        return !row.start || row.start == def.start;
    case RosterColumn::EndDate:
        return !row.end || row.end == def.end;
    case RosterColumn::Sessions:
        return !row.sessions || row.sessions == def.sessions;
    default:
        return true;
    }
}

const QList<RosterColumn> &trainingColumns()
{
    static const QList<RosterColumn> c { RosterColumn::TrainingTitle, RosterColumn::Topics, RosterColumn::Department,
        RosterColumn::Ubigeo, RosterColumn::StartDate, RosterColumn::EndDate, RosterColumn::Sessions };
    return c;
}

bool definesTraining(const RosterRow &row)
{
    const TrainingValues &t = row.training;
    if (!t.title || !t.start || !t.end || !t.sessions)
        return false;
    return std::none_of(trainingColumns().cbegin(), trainingColumns().cend(),
        [&](RosterColumn c) { return !row.problems[size_t(c)].isEmpty(); });
}

} // namespace

bool RosterRow::valid() const
{
    return std::all_of(problems.cbegin(), problems.cend(), [](const QString &p) { return p.isEmpty(); });
}

namespace rosterrows {

RosterRow parse(const RosterRecord &record, const HeaderMap &map, const RosterVocabulary &vocabulary, int currentYear,
    Part part)
{
    RosterRow row;
    row.line = record.line;
    auto cellOf = [&](RosterColumn c) { return map.has(c) ? record.cell(map.index[size_t(c)]) : RosterCell {}; };
    // Parses a non-blank cell into `out`, or records the reason under column c.
    auto take = [&](RosterColumn c, auto parser, auto &out) {
        const RosterCell cell = cellOf(c);
        if (cell.isBlank())
            return;
        auto value = parser(cell);
        if (value)
            out = std::move(value).value();
        else
            row.problem(c) = value.error().message;
    };
    auto text = [](const RosterCell &cell) -> Result<QString> { return cell.text.simplified(); };

    row.code = cellOf(RosterColumn::TrainingCode).text.trimmed();
    if (row.code.isEmpty())
        row.problem(RosterColumn::TrainingCode)
            = RosterrowsText::tr("is required: the code groups the rows of one training.");

    TrainingValues &t = row.training;
    take(RosterColumn::TrainingTitle, text, t.title);
    take(
        RosterColumn::Topics, [&](const RosterCell &c) { return vocabulary.topics(c.text); }, t.topics);
    take(
        RosterColumn::Department, [&](const RosterCell &c) { return vocabulary.department(c.text); }, t.department);
    take(RosterColumn::Ubigeo, &rostervalues::ubigeo, t.ubigeo);
    take(RosterColumn::StartDate, &rostervalues::date, t.start);
    take(RosterColumn::EndDate, &rostervalues::date, t.end);
    take(RosterColumn::Sessions, &rostervalues::wholeNumber, t.sessions);
    if (t.ubigeo) {
        const auto district = vocabulary.district(*t.ubigeo);
        if (!district)
            row.problem(RosterColumn::Ubigeo)
                = RosterrowsText::tr("%1 is not a district code of the UBIGEO table.").arg(*t.ubigeo);
        else if (t.department && *t.department != district->department)
            row.problem(RosterColumn::Ubigeo) = RosterrowsText::tr("%1 (%2) is not in the department %3.")
                                                    .arg(*t.ubigeo, district->district, *t.department);
        else if (!t.department)
            t.department = district->department;
    }
    if (t.start && t.end && *t.end < *t.start)
        row.problem(RosterColumn::EndDate)
            = RosterrowsText::tr("%1 is before the start date %2.")
                  .arg(display(t, RosterColumn::EndDate), display(t, RosterColumn::StartDate));
    if (t.sessions && (*t.sessions < 1 || *t.sessions > 366))
        row.problem(RosterColumn::Sessions)
            = RosterrowsText::tr("%1 is not a number of sessions (1 to 366).").arg(*t.sessions);
    if (part == Part::Training)
        return row;

    Participant &p = row.person;
    QString dni;
    take(RosterColumn::Dni, &rostervalues::dni, dni);
    if (!dni.isEmpty()) {
        p.docType = QStringLiteral("dni");
        p.docNumber = dni;
    }
    take(RosterColumn::GivenNames, text, p.givenNames);
    take(RosterColumn::FamilyNames, text, p.familyNames);
    for (const RosterColumn c : { RosterColumn::GivenNames, RosterColumn::FamilyNames }) {
        const QString &value = c == RosterColumn::GivenNames ? p.givenNames : p.familyNames;
        if (namematch::fold(value).isEmpty())
            row.problem(c) = RosterrowsText::tr("is required.");
    }
    take(RosterColumn::Sex, &rostervalues::sex, p.sex);
    take(
        RosterColumn::BirthYear, [&](const RosterCell &c) { return rostervalues::birthYear(c, currentYear); },
        p.birthYear);
    take(
        RosterColumn::ParticipantType, [&](const RosterCell &c) { return vocabulary.participantType(c.text); }, p.type);
    take(RosterColumn::Institution, text, p.institution);

    take(RosterColumn::Attended, &rostervalues::wholeNumber, row.attended);
    if (row.attended && *row.attended < 0)
        row.problem(RosterColumn::Attended) = RosterrowsText::tr("%1 cannot be negative.").arg(*row.attended);
    take(RosterColumn::MaxScore, &rostervalues::number, row.maxScore);
    if (!(row.maxScore > 0))
        row.problem(RosterColumn::MaxScore) = RosterrowsText::tr("the maximum score must be greater than 0.");
    take(RosterColumn::PreScore, &rostervalues::number, row.preScore);
    take(RosterColumn::PostScore, &rostervalues::number, row.postScore);
    for (const RosterColumn c : { RosterColumn::PreScore, RosterColumn::PostScore }) {
        const auto &score = c == RosterColumn::PreScore ? row.preScore : row.postScore;
        if (score && (*score < 0 || *score > row.maxScore))
            row.problem(c)
                = RosterrowsText::tr("%1 is outside 0 to %2, the maximum score.").arg(*score).arg(row.maxScore);
    }
    return row;
}

void noteDefinition(Definitions &defs, const RosterRow &row)
{
    if (row.code.isEmpty())
        return;
    defs.codes.insert(row.code);
    if (!defs.byCode.contains(row.code) && definesTraining(row))
        defs.byCode.insert(row.code, { row.line, row.training });
}

void addStored(Definitions &defs, const StoredTraining &stored)
{
    for (const QString &code : std::as_const(defs.codes)) {
        if (defs.byCode.contains(code))
            continue;
        if (auto values = stored(code))
            defs.byCode.insert(code, { 0, *values });
    }
}

void check(RosterRow &row, const Definitions &defs)
{
    if (row.code.isEmpty())
        return;
    const auto def = defs.byCode.constFind(row.code);
    for (const RosterColumn c : trainingColumns()) {
        QString &problem = row.problem(c);
        if (!problem.isEmpty())
            continue;
        if (def == defs.byCode.cend()) {
            if (rostercolumns::isRequired(c) && display(row.training, c).isEmpty())
                problem = RosterrowsText::tr("is required: no row of training %1 gives its title, dates and "
                                             "sessions, and no training with that code is on record.")
                              .arg(row.code);
        } else if (!agrees(row.training, def->values, c)) {
            const QString theirs = display(def->values, c);
            problem = def->line > 0
                ? RosterrowsText::tr(
                    "\"%1\" disagrees with line %2, the first row of training %3, which has \"%4\".")
                      .arg(display(row.training, c))
                      .arg(def->line)
                      .arg(row.code, theirs)
                : RosterrowsText::tr("\"%1\" disagrees with training %2 on record, which has \"%3\".")
                      .arg(display(row.training, c), row.code, theirs);
        }
    }
    if (def != defs.byCode.cend() && row.attended && row.problem(RosterColumn::Attended).isEmpty()) {
        const int sessions = def->values.sessions.value_or(0);
        if (*row.attended > sessions)
            row.problem(RosterColumn::Attended)
                = RosterrowsText::tr("%1 sessions attended, but the training had %2.").arg(*row.attended).arg(sessions);
    }
}

RejectedRow firstProblem(const RosterRow &row, const HeaderMap &map)
{
    for (qsizetype i = 0; i < map.fileOrder.size(); ++i) {
        const int c = map.fileOrder.at(i);
        if (c >= 0 && !row.problems[size_t(c)].isEmpty())
            return { row.line, rostercolumns::key(RosterColumn(c)), map.header.value(i), row.problems[size_t(c)] };
    }
    // A problem in a column the file does not have (a training that no row defines).
    for (int c = 0; c < kRosterColumnCount; ++c) {
        if (!row.problems[size_t(c)].isEmpty())
            return { row.line, rostercolumns::key(RosterColumn(c)), QString(), row.problems[size_t(c)] };
    }
    return { row.line, {}, {}, {} };
}

} // namespace rosterrows
} // namespace capacita
