#include "support/testsupport.h"

#include <catch2/catch.hpp>

namespace capacita::test {

TempStore::TempStore() : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    REQUIRE(m_dir.isValid());
    auto opened = Store::open(m_path, Database::Options{&m_clock, {}});
    if (!opened)
        FAIL(opened.error().text().toStdString());
    m_store = std::move(opened).value();
}

Participant sampleParticipant(const QString &given, const QString &family)
{
    Participant p;
    p.givenNames = given;
    p.familyNames = family;
    p.sex = QStringLiteral("F");
    p.birthYear = 1985;
    p.type = QStringLiteral("community_leader");
    p.ubigeo = QStringLiteral("080101");
    return p;
}

Training sampleTraining(const QString &code)
{
    Training t;
    t.code = code;
    t.title = QStringLiteral("Trata de personas: identificación y derivación");
    t.topics = {QStringLiteral("TIP")};
    t.ubigeo = QStringLiteral("080101");
    t.startDate = QDate(2025, 3, 10);
    t.endDate = QDate(2025, 3, 14);
    return t;
}

QString testDataPath(const QString &name)
{
    return QStringLiteral(CAPACITA_TEST_DATA "/") + name;
}

} // namespace capacita::test
