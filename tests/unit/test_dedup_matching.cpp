#include "importing/importing.h"
#include "importing/nameblocks.h"
#include "importing/peopleindex.h"
#include "support/testsupport.h"

#include <QRandomGenerator>

using namespace capacita;
using namespace Qt::StringLiterals;

namespace {

// One roster row: code, dni, given, family, sex, birth year, institution, type.
struct Row
{
    QString code;
    QString dni;
    QString given;
    QString family;
    QString sex;
    QString birthYear;
    QString institution;
    QString type;
};

RosterTable table(const QList<Row> &rows)
{
    RosterTable t;
    t.header = { u"codigo_capacitacion"_s, u"titulo"_s, u"fecha_inicio"_s, u"fecha_fin"_s, u"sesiones"_s, u"dni"_s,
        u"nombres"_s, u"apellidos"_s, u"sexo"_s, u"anio_nacimiento"_s, u"institucion"_s, u"tipo_participante"_s };
    int line = 2;
    for (const Row &r : rows) {
        RosterRecord rec;
        rec.line = line++;
        for (const QString &v : QStringList { r.code, u"Taller "_s + r.code, u"01/06/2023"_s, u"02/06/2023"_s, u"2"_s,
                 r.dni, r.given, r.family, r.sex, r.birthYear, r.institution, r.type })
            rec.append(RosterCell { v });
        t.records.append(rec);
    }
    return t;
}

ImportSummary run(Store &store, const QList<Row> &rows)
{
    auto s = RosterImporter(store).importTable(table(rows), {});
    if (!s)
        FAIL(s.error().text().toStdString());
    if (!s->rejectedRows.isEmpty())
        FAIL(s->rejectedRows.first().reason.toStdString());
    return *s;
}

QString add(Store &store, const QString &given, const QString &family, const QString &sex, std::optional<int> year,
    const QString &dni = {})
{
    Participant p;
    p.givenNames = given;
    p.familyNames = family;
    p.sex = sex;
    p.birthYear = year;
    if (!dni.isEmpty()) {
        p.docType = u"dni"_s;
        p.docNumber = dni;
    }
    auto id = store.participants().add(p);
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("matching (0): someone already in the same training, even without DNI or birth year", "[dedup][matching]")
{
    test::TempStore store;
    run(store.store(), { { u"T1"_s, {}, u"José"_s, u"Huamán Ccori"_s, {}, {}, {}, {} } });
    REQUIRE(store->participants().list().size() == 1);
    // Same training, names spelt differently, surnames swapped: the same enrollment.
    const ImportSummary s = run(store.store(), { { u"T1"_s, {}, u"JOSE"_s, u"ccori  huaman"_s, u"M"_s, {}, {}, {} } });
    CHECK(s.participantsCreated == 0);
    CHECK(s.participantsMatched == 1);
    CHECK(store->participants().list().first().sex == u"M"_s); // an empty field filled
    // In another training the same weak evidence is not enough: a new record and a pair.
    const ImportSummary other
        = run(store.store(), { { u"T2"_s, {}, u"José"_s, u"Huamán Ccori"_s, u"M"_s, {}, {}, {} } });
    CHECK(other.participantsCreated == 1);
    REQUIRE(other.probableDuplicates.size() == 1);
    CHECK(other.probableDuplicates.first().reasons.contains(u"same_names"_s));
    CHECK(other.probableDuplicates.first().reasons.contains(u"birth_year_missing"_s));
}

TEST_CASE("matching (0): a conflicting birth year in the same training is another person", "[dedup][matching]")
{
    test::TempStore store;
    run(store.store(), { { u"T1"_s, {}, u"Ana"_s, u"Paz"_s, u"F"_s, u"1980"_s, {}, {} } });
    const ImportSummary s = run(store.store(), { { u"T1"_s, {}, u"Ana"_s, u"Paz"_s, u"F"_s, u"1991"_s, {}, {} } });
    CHECK(s.participantsCreated == 1);
    CHECK(s.probableDuplicates.isEmpty()); // conflicting birth years: not even a pair
    CHECK(store->participants().list().size() == 2);
}

TEST_CASE("matching (1): the same DNI is the same person whatever the spelling", "[dedup][matching]")
{
    test::TempStore store;
    const QString id = add(store.store(), u"Rosa"_s, u"Quispe"_s, u"unknown"_s, std::nullopt, u"04567890"_s);
    const ImportSummary s = run(store.store(),
        { { u"T1"_s, u"04567890"_s, u"Rosa Elena"_s, u"Qispe Mamani"_s, u"F"_s, u"1985"_s, u"Fiscalía"_s,
            u"Fiscal"_s } });
    CHECK(s.participantsCreated == 0);
    CHECK(s.participantsMatched == 1);
    const auto p = store->participants().get(id);
    CHECK(p->givenNames == u"Rosa"_s); // names on record are kept
    CHECK(p->familyNames == u"Quispe"_s);
    CHECK(p->sex == u"F"_s); // empty fields are filled
    CHECK(p->birthYear == 1985);
    CHECK(p->institution == u"Fiscalía"_s);
    CHECK(p->type == u"prosecutor"_s);
}

TEST_CASE("matching (2): same names, known sex and birth year fill in the DNI", "[dedup][matching]")
{
    test::TempStore store;
    const QString id = add(store.store(), u"Juan Carlos"_s, u"Pérez Soto"_s, u"M"_s, 1990);
    const ImportSummary s = run(store.store(),
        { { u"T1"_s, u"11112222"_s, u"JUAN CARLOS"_s, u"soto perez"_s, u"Hombre"_s, u"1990"_s, {}, {} } });
    CHECK(s.participantsCreated == 0);
    CHECK(store->participants().get(id)->dni() == u"11112222"_s);
}

TEST_CASE("matching (2): a record with a different DNI is never matched by name", "[dedup][matching]")
{
    test::TempStore store;
    add(store.store(), u"Juan"_s, u"Pérez"_s, u"M"_s, 1990, u"33334444"_s);
    const ImportSummary s
        = run(store.store(), { { u"T1"_s, u"11112222"_s, u"Juan"_s, u"Pérez"_s, u"M"_s, u"1990"_s, {}, {} } });
    CHECK(s.participantsCreated == 1);
    CHECK(s.probableDuplicates.isEmpty());
}

TEST_CASE("matching (2): without a known sex or a birth year, only a probable pair", "[dedup][matching]")
{
    test::TempStore store;
    const QString id = add(store.store(), u"Elsa"_s, u"Condori"_s, u"F"_s, 1975);
    const ImportSummary noSex = run(store.store(), { { u"T1"_s, {}, u"Elsa"_s, u"Condori"_s, {}, u"1975"_s, {}, {} } });
    CHECK(noSex.participantsCreated == 1);
    REQUIRE(noSex.probableDuplicates.size() == 1);
    CHECK(noSex.probableDuplicates.first().candidateId == id);
    CHECK(noSex.probableDuplicates.first().reasons.contains(u"sex_unknown"_s));
    CHECK(noSex.probableDuplicates.first().line == 2);

    const ImportSummary noYear = run(store.store(), { { u"T2"_s, {}, u"Elsa"_s, u"Condori"_s, u"F"_s, {}, {}, {} } });
    CHECK(noYear.participantsCreated == 1);
    CHECK(noYear.probableDuplicates.size() == 2); // both earlier Elsas
    CHECK(store->participants().list().size() == 3);
}

TEST_CASE("matching: names one or two edits apart become pairs, never merges", "[dedup][matching]")
{
    test::TempStore store;
    const QString rosa = add(store.store(), u"Rosa"_s, u"Quispe Mamani"_s, u"F"_s, 1985);
    struct Case
    {
        QString given, family, sex;
        int pairs;
        const char *reason;
    };
    const QList<Case> cases {
        { u"Roza"_s, u"Quispe Mamani"_s, u"F"_s, 1, "names_1_edit" },
        { u"Rosa"_s, u"Qiuspe Mamani"_s, u"F"_s, 1, "names_1_edit" }, // a swapped pair of letters
        { u"Rosa"_s, u"Kispe Mamani"_s, u"F"_s, 1, "names_2_edits" }, // a Quechua spelling
        { u"Rosa"_s, u"Quispe Mamani"_s, u"M"_s, 0, "" }, // another sex: another person
        { u"Ruth"_s, u"Quispe Mamani"_s, u"F"_s, 0, "" }, // three edits
    };
    int code = 0;
    for (const Case &c : cases) {
        INFO(c.given.toStdString() << " " << c.family.toStdString());
        const ImportSummary s
            = run(store.store(), { { u"K%1"_s.arg(++code), {}, c.given, c.family, c.sex, u"1985"_s, {}, {} } });
        CHECK(s.participantsCreated == 1);
        QList<ImportedDuplicate> withRosa;
        for (const ImportedDuplicate &d : s.probableDuplicates) {
            if (d.candidateId == rosa)
                withRosa << d;
        }
        REQUIRE(withRosa.size() == c.pairs);
        if (c.pairs)
            CHECK(withRosa.first().reasons.contains(QString::fromLatin1(c.reason)));
    }
}

TEST_CASE("matching: a merged record's DNI finds the record it was merged into", "[dedup][matching]")
{
    test::TempStore store;
    const QString keep = add(store.store(), u"Luis"_s, u"Torres"_s, u"M"_s, 1980);
    const QString other = add(store.store(), u"Luis Alberto"_s, u"Torres Vega"_s, u"M"_s, std::nullopt, u"12345678"_s);
    MergeOptions keepOwnDni; // KEEP has no DNI, so it takes OTHER's anyway
    REQUIRE(Merger(store.store()).merge(keep, other, keepOwnDni));
    CHECK(store->participants().get(keep)->dni() == u"12345678"_s);
    const ImportSummary s
        = run(store.store(), { { u"T1"_s, u"12345678"_s, u"Luis Alberto"_s, u"Torres Vega"_s, u"M"_s, {}, {}, {} } });
    CHECK(s.participantsCreated == 0);
    CHECK(store->participants().list().size() == 1);
}

TEST_CASE("people index: near names are found without comparing everyone", "[dedup][matching]")
{
    // 3,000 people with random names: a person's candidates are a handful, not the crowd.
    QRandomGenerator rng(42);
    auto word = [&rng] {
        QString w;
        for (int i = 0; i < 6; ++i)
            w += QChar(char16_t(u'a' + rng.bounded(26)));
        return w;
    };
    PeopleIndex index;
    for (int i = 0; i < 3000; ++i) {
        Participant p;
        p.id = QString::number(i);
        p.givenNames = word();
        p.familyNames = word() + u' ' + word();
        index.add(p);
    }
    Participant typo = index.at(17).p;
    typo.id = u"typo"_s;
    typo.givenNames[2] = typo.givenNames[2] == u'x' ? u'y' : u'x';
    std::swap(typo.familyNames[0], typo.familyNames[1]);
    const int t = index.add(typo);
    const QList<int> near = index.nearCandidates(t);
    CHECK(near.contains(17));
    CHECK(near.size() < 10);
    Participant swapped = index.at(17).p;
    swapped.id = u"swapped"_s;
    swapped.familyNames = swapped.familyNames.section(u' ', 1) + u' ' + swapped.familyNames.section(u' ', 0, 0);
    CHECK(index.byKey(index.at(index.add(swapped)).key).contains(17));
}

TEST_CASE("name block table: the people index's candidates, each once", "[dedup][matching]")
{
    // Shared surnames and typos make people meet in several blocks: each must come out once,
    // a call must not remember the people listed by the call before it, and the sorted table
    // must find exactly whom the people index finds.
    PeopleIndex index;
    NameBlockTable table;
    const QStringList given { u"Rosa"_s, u"Roza"_s, u"Rosa Maria"_s, u"Juan"_s, u"Juana"_s, u"Ñusta"_s };
    const QStringList family { u"Quispe Mamani"_s, u"Mamani Quispe"_s, u"Quispe Condori"_s, u"Kispe"_s };
    for (const QString &g : given) {
        for (const QString &f : family) {
            Participant p;
            p.id = g + u'/' + f;
            p.givenNames = g;
            p.familyNames = f;
            table.file(index.at(index.add(p)).names);
        }
    }
    table.seal();
    QList<int> listed;
    qsizetype met = 0;
    for (int i = 0; i < index.size(); ++i) {
        for (const auto which : { NameBlockTable::Which::All, NameBlockTable::Which::After }) {
            table.candidates(i, which, listed);
            QList<int> sorted = listed;
            std::sort(sorted.begin(), sorted.end());
            CHECK(std::adjacent_find(sorted.cbegin(), sorted.cend()) == sorted.cend());
            CHECK(sorted == index.nearCandidates(i, which == NameBlockTable::Which::After ? i : -1));
            met += listed.size();
        }
    }
    CHECK(met > index.size()); // people do have candidates here (more than one each on average)
}

TEST_CASE("names: folded without the Unicode tables for ASCII, as with them", "[dedup][matching]")
{
    // Every ASCII character between letters: the shortcut for plain characters must give
    // what Qt's Unicode tables say (a letter or digit kept in lower case, ' . ` dropped,
    // anything else a word break).
    for (char16_t u = 1; u < 0x80; ++u) {
        const QChar c(u);
        const QString expected = c == u'\'' || c == u'.' || c == u'`' ? u"abcd"_s
                                 : c.isLetterOrNumber()              ? u"ab"_s + c.toLower() + u"cd"_s
                                                                     : u"ab cd"_s;
        INFO(int(u));
        CHECK(namematch::fold(u"Ab"_s + c + u"Cd"_s) == expected);
    }
    CHECK(namematch::fold(u"  O'NEIL-Ñahui  d.Rosa "_s) == u"oneil nahui drosa"_s);
    const namematch::Names n = namematch::names(u" María  José "_s, u"QUISPE  mamani"_s);
    CHECK(n.given == u"mariajose"_s);
    CHECK(n.family == QStringList { u"quispe"_s, u"mamani"_s });
    CHECK(n.key == namematch::nameKey(u"María José"_s, u"Quispe Mamani"_s));
}
