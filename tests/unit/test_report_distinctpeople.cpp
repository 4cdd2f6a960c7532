#include "reports/distinctpeople.h"
#include "support/testsupport.h"

using namespace capacita::reports;
using namespace Qt::StringLiterals;

namespace {

QList<std::pair<QString, qint64>> plain(const QList<Count> &counts)
{
    QList<std::pair<QString, qint64>> out;
    for (const Count &c : counts)
        out.append({ c.key, c.count });
    return out;
}

} // namespace

TEST_CASE("report distinct people: a person counts once per key, in every key she has", "[reports]")
{
    DistinctPeople departments;
    // Rows as the report reads them: one per completed participation.
    departments.add("PUNO", 7);
    departments.add("CUSCO", 7);
    departments.add("CUSCO", 7); // a second training in Cusco
    departments.add("PUNO", 3);
    departments.add("CUSCO", 9);
    departments.add("PUNO", 7);
    departments.add("", 4); // a value SQLite gave as NULL or empty

    using Pairs = QList<std::pair<QString, qint64>>;
    CHECK(plain(departments.counts()) == Pairs { { u""_s, 1 }, { u"CUSCO"_s, 2 }, { u"PUNO"_s, 2 } });

    // Known keys keep their order and zeros; a key the list lacks is added at the end.
    QList<Count> known { { u"AREQUIPA"_s, 0 }, { u"PUNO"_s, 0 }, { u"CUSCO"_s, 0 } };
    departments.fill(known);
    CHECK(plain(known)
        == Pairs { { u"AREQUIPA"_s, 0 }, { u"PUNO"_s, 2 }, { u"CUSCO"_s, 2 }, { u""_s, 1 } });

    DistinctPeople nobody;
    CHECK(nobody.counts().isEmpty());
}

TEST_CASE("report distinct people: keys are UTF-8 as SQLite holds them", "[reports]")
{
    DistinctPeople topics;
    const QByteArray accented = u"Atención"_s.toUtf8();
    topics.add(accented, 1);
    topics.add(QByteArrayView(accented.constData(), accented.size()), 2);
    topics.add("Atencion", 1);
    const QList<Count> counts = topics.counts();
    REQUIRE(counts.size() == 2);
    CHECK(counts.at(0).key == u"Atencion"_s);
    CHECK(counts.at(1).key == u"Atención"_s);
    CHECK(counts.at(1).count == 2);
}
