#include "importing/namematch.h"
#include "importing/rostercolumns.h"
#include "importing/rostervalues.h"
#include "support/testsupport.h"

#include <random>
#include <vector>

using namespace capacita;
using namespace Qt::StringLiterals;

namespace {

RosterCell text(const QString &t)
{
    return RosterCell { t };
}

RosterCell number(double v)
{
    return RosterCell { QString::number(v, 'g', 15), true, v };
}

template<typename T> QString reasonOf(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

} // namespace

TEST_CASE("headers: Spanish or English, any order, case, accents and spacing ignored", "[import][values]")
{
    const QStringList header { u"NOMBRES"_s, u"Apellidos"_s, u"Código Capacitación"_s, u"Título"_s, u"fecha inicio"_s,
        u"End_Date"_s, u"Sesiones"_s, u"Año de nacimiento"_s, u"comentarios"_s, u"pre-test"_s };
    auto map = rostercolumns::map(header);
    REQUIRE(map);
    CHECK(map->index[size_t(RosterColumn::GivenNames)] == 0);
    CHECK(map->index[size_t(RosterColumn::TrainingCode)] == 2);
    CHECK(map->index[size_t(RosterColumn::EndDate)] == 5);
    CHECK(map->index[size_t(RosterColumn::BirthYear)] == 7);
    CHECK(map->index[size_t(RosterColumn::PreScore)] == 9);
    CHECK_FALSE(map->has(RosterColumn::Dni));
    CHECK(map->ignored == QStringList { u"comentarios"_s });
    CHECK(map->fileOrder.at(8) == -1);
}

TEST_CASE("headers: a missing required column is named; a repeated one is refused", "[import][values]")
{
    auto missing = rostercolumns::map(
        { u"codigo_capacitacion"_s, u"titulo"_s, u"fecha_inicio"_s, u"fecha_fin"_s, u"sesiones"_s, u"nombres"_s });
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(u"apellidos (family_names)"_s));
    CHECK_FALSE(missing.error().message.contains(u"nombres"_s));
    auto twice = rostercolumns::map({ u"nombres"_s, u"given_names"_s });
    REQUIRE_FALSE(twice);
    CHECK(twice.error().field == u"given_names"_s);
}

TEST_CASE("values: dates dd/mm/yyyy, ISO and Excel numbers; impossible days refused", "[import][values]")
{
    CHECK(*rostervalues::date(text(u"04/03/2024"_s)) == QDate(2024, 3, 4));
    CHECK(*rostervalues::date(text(u"4/3/2024"_s)) == QDate(2024, 3, 4));
    CHECK(*rostervalues::date(text(u"2024-03-04"_s)) == QDate(2024, 3, 4));
    CHECK(*rostervalues::date(text(u" 29-02-2024 00:00:00"_s)) == QDate(2024, 2, 29));
    CHECK(*rostervalues::date(number(45355)) == QDate(2024, 3, 4));
    CHECK(reasonOf(rostervalues::date(text(u"31/02/2024"_s))).contains(u"does not exist"_s));
    CHECK(reasonOf(rostervalues::date(text(u"29/02/2023"_s))).contains(u"does not exist"_s));
    CHECK(reasonOf(rostervalues::date(text(u"2024-13-01"_s))).contains(u"does not exist"_s));
    CHECK_FALSE(rostervalues::date(text(u"04/03/24"_s)).ok()); // two-digit years are ambiguous
    CHECK_FALSE(rostervalues::date(text(u"45355"_s)).ok()); // a day number only from a number cell
    CHECK_FALSE(rostervalues::date(text(u"marzo 2024"_s)).ok());
}

TEST_CASE("values: decimal comma or point, whole numbers", "[import][values]")
{
    CHECK(*rostervalues::number(text(u"12,5"_s)) == 12.5);
    CHECK(*rostervalues::number(text(u"12.5"_s)) == 12.5);
    CHECK(*rostervalues::number(text(u"1.234,5"_s)) == 1234.5);
    CHECK(*rostervalues::number(text(u"1,234.5"_s)) == 1234.5);
    CHECK(*rostervalues::number(number(17.5)) == 17.5);
    CHECK_FALSE(rostervalues::number(text(u"doce"_s)).ok());
    CHECK(*rostervalues::wholeNumber(text(u"5"_s)) == 5);
    CHECK(*rostervalues::wholeNumber(text(u"5,0"_s)) == 5);
    CHECK_FALSE(rostervalues::wholeNumber(text(u"4,5"_s)).ok());
}

TEST_CASE("values: DNI keeps 8 digits and gets a lost leading zero back from number cells", "[import][values]")
{
    CHECK(*rostervalues::dni(text(u"04567890"_s)) == u"04567890"_s);
    CHECK(*rostervalues::dni(text(u" 4567 8901 "_s)) == u"45678901"_s);
    CHECK(*rostervalues::dni(text(u"45678901-3"_s)) == u"45678901"_s); // the card's check digit
    CHECK(*rostervalues::dni(number(4567890)) == u"04567890"_s);
    CHECK(*rostervalues::dni(number(45678901)) == u"45678901"_s);
    CHECK(reasonOf(rostervalues::dni(text(u"4567890"_s))).contains(u"7 digits"_s));
    CHECK_FALSE(rostervalues::dni(text(u"456789012"_s)).ok());
    CHECK_FALSE(rostervalues::dni(text(u"4567A890"_s)).ok());
    CHECK_FALSE(rostervalues::dni(number(4567.5)).ok());
    CHECK(*rostervalues::ubigeo(number(80101)) == u"080101"_s);
    CHECK_FALSE(rostervalues::ubigeo(text(u"80101"_s)).ok());
}

TEST_CASE("values: sex synonyms and birth years", "[import][values]")
{
    for (const auto &[in, out] : { std::pair { u"F"_s, u"F"_s }, { u"mujer"_s, u"F"_s }, { u"Femenino"_s, u"F"_s },
             { u"M"_s, u"M"_s }, { u"HOMBRE"_s, u"M"_s }, { u"Varón"_s, u"M"_s }, { u"masculino"_s, u"M"_s },
             { u"x"_s, u"X"_s }, { u""_s, u"unknown"_s } }) {
        INFO(in.toStdString());
        CHECK(*rostervalues::sex(text(in)) == out);
    }
    CHECK_FALSE(rostervalues::sex(text(u"Q"_s)).ok());
    CHECK(*rostervalues::birthYear(text(u"1985"_s), 2024) == 1985);
    CHECK(*rostervalues::birthYear(number(1985), 2024) == 1985);
    CHECK(*rostervalues::birthYear(text(u"15/08/1985"_s), 2024) == 1985);
    CHECK(reasonOf(rostervalues::birthYear(text(u"2030"_s), 2024)).contains(u"plausible"_s));
    CHECK_FALSE(rostervalues::birthYear(text(u"1850"_s), 2024).ok());
    CHECK_FALSE(rostervalues::birthYear(text(u"ochenta"_s), 2024).ok());
}

TEST_CASE("values: participant types, topics and departments from the lookup tables", "[import][values]")
{
    test::TempStore store;
    const RosterVocabulary v(store->reference());
    for (const auto &[in, code] :
        { std::pair { u"Juez"_s, u"judge"_s }, { u"Jueza"_s, u"judge"_s }, { u"JUEZ(A)"_s, u"judge"_s },
            { u"judge"_s, u"judge"_s }, { u"Fiscal"_s, u"prosecutor"_s }, { u"Prosecutor"_s, u"prosecutor"_s },
            { u"Líder comunitario"_s, u"community_leader"_s }, { u"lider comunitaria"_s, u"community_leader"_s },
            { u"Lideresa comunitaria"_s, u"community_leader"_s }, { u"Policía"_s, u"police"_s },
            { u"procuradora pública"_s, u"public_attorney"_s }, { u"Defensor público"_s, u"public_defender"_s },
            { u"public_defender"_s, u"public_defender"_s }, { u"funcionaria local"_s, u"local_official"_s } }) {
        INFO(in.toStdString());
        CHECK(*v.participantType(in) == code);
    }
    CHECK_FALSE(v.participantType(u"Astronauta"_s).ok());

    CHECK(*v.topics(u"TIP, GBV"_s) == QStringList { u"TIP"_s, u"GBV"_s });
    CHECK(*v.topics(u"matrimonio infantil / trata; Violencia de Género"_s)
        == QStringList { u"TIP"_s, u"GBV"_s, u"CEFM"_s });
    CHECK(*v.topics(u"cefm;CEFM"_s) == QStringList { u"CEFM"_s });
    CHECK(*v.topics(u"otro"_s) == QStringList { u"other"_s });
    CHECK(reasonOf(v.topics(u"TIP, pesca"_s)).contains(u"pesca"_s));

    CHECK(*v.department(u"Cusco"_s) == u"CUSCO"_s);
    CHECK(*v.department(u"cuzco"_s) == u"CUSCO"_s);
    CHECK(*v.department(u"  madre de  DIOS "_s) == u"MADRE DE DIOS"_s);
    CHECK(*v.department(u"Apurímac"_s) == u"APURIMAC"_s);
    CHECK(*v.department(u"San Martín"_s) == u"SAN MARTIN"_s);
    CHECK_FALSE(v.department(u"Atlantis"_s).ok());
    CHECK(v.capitalOf(u"CUSCO"_s) == u"080101"_s);
    CHECK(v.capitalOf(u"LORETO"_s) == u"160101"_s);
    CHECK(v.district(u"210101"_s)->department == u"PUNO"_s);
}

TEST_CASE("names: normalised keys and edit distance", "[import][dedup]")
{
    using namespace namematch;
    CHECK(fold(u"  Ñahui-Peña  O'Neil "_s) == u"nahui pena oneil"_s);
    CHECK(nameKey(u"María José"_s, u"Quispe Mamani"_s) == nameKey(u"MARIA  JOSE"_s, u"mamani quispe"_s));
    CHECK(nameKey(u"María José"_s, u"Quispe Mamani"_s) == nameKey(u"Mariajose"_s, u"Quispe-Mamani"_s));
    CHECK(nameKey(u"Rosa"_s, u"De La Cruz"_s) == nameKey(u"Rosa"_s, u"Dela Cruz"_s));
    CHECK(nameKey(u"Rosa"_s, u"Quispe"_s) != nameKey(u"Rosa"_s, u"Quispe Mamani"_s));
    CHECK(editDistance(u"quispe", u"quispe", 2) == 0);
    CHECK(editDistance(u"quispe", u"qiuspe", 2) == 1); // a swapped pair is one edit
    CHECK(editDistance(u"quispe", u"kispe", 2) == 2);
    CHECK(editDistance(u"quispe", u"mamani", 2) == 3); // stops at limit + 1
    CHECK(editDistance(u"ab", u"abcdef", 2) == 3);
}

namespace {
// The whole optimal-string-alignment table, capped at limit + 1: what the banded version must equal.
int fullTableDistance(const QString &a, const QString &b, int limit)
{
    const auto n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({ d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                d[size_t(i - 1)][size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = v;
        }
    }
    return std::min(d[size_t(n)][size_t(m)], limit + 1);
}
} // namespace

TEST_CASE("names: the banded edit distance equals the full table", "[import][dedup]")
{
    // Short words over a three-letter alphabet make every kind of edit, swap and near miss.
    std::mt19937 random(20261129);
    auto word = [&random] {
        QString w;
        for (int k = int(random() % 9); k > 0; --k)
            w += QChar(u'a' + char16_t(random() % 3));
        return w;
    };
    for (int round = 0; round < 5000; ++round) {
        const QString a = word(), b = word();
        const int limit = int(random() % 4);
        INFO(a.toStdString() << " / " << b.toStdString() << " limit " << limit);
        CHECK(namematch::editDistance(a, b, limit) == fullTableDistance(a, b, limit));
    }
    // Long names stay cheap and exact.
    const QString longName(10'000, u'a');
    CHECK(namematch::editDistance(longName, longName, 2) == 0);
    const QString longer = longName + u"bb"_s;
    CHECK(namematch::editDistance(longName, longer, 2) == 2);
}
