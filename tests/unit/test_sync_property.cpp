#include "synctestsupport.h"

#include "importing/merger.h"
#include "storage/rowwriter.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <deque>
#include <memory>

using namespace capacita;
using namespace capacita::test;

// Random replicas add, edit, delete, merge and erase records and swap packages through an unreliable
// post (lost, duplicated, reordered). After a final full exchange every replica must hold
// byte-identical data, and no acknowledged write may have been lost: every field a replica
// wrote ends with that write or a later one, unless the person was erased.

namespace {

struct Write
{
    QString table;
    QString id;
    int field;
    FieldStamp stamp;
};

class World
{
public:
    World(quint32 seed) : m_rng(seed)
    {
        const int n = 3 + int(m_rng.bounded(3));
        std::int64_t clock = 1'750'000'000'000;
        for (int i = 0; i < n; ++i) {
            // Clocks disagree by up to a few hours, one may be far in the past.
            const std::int64_t offset = i == 2 ? -700'000'000'000LL : std::int64_t(m_rng.bounded(4 * 3600)) * 1000;
            m_laptops.push_back(std::make_unique<Laptop>(clock + offset));
            m_mail.emplace_back();
        }
        std::vector<Laptop *> others;
        for (int i = 1; i < n; ++i)
            others.push_back(m_laptops[i].get());
        const auto join = m_laptops[0]->sync.createDataset(QStringLiteral("prop"));
        REQUIRE(join);
        for (Laptop *l : others)
            REQUIRE(l->sync.joinWithFile(*join));
    }

    void step()
    {
        Laptop &l = *m_laptops[m_rng.bounded(int(m_laptops.size()))];
        l.store.clock().advance(1 + m_rng.bounded(60'000));
        const int dice = int(m_rng.bounded(100));
        if (dice < 20)
            addPerson(l);
        else if (dice < 40)
            editPerson(l);
        else if (dice < 45)
            deletePerson(l);
        else if (dice < 47)
            purgePerson(l);
        else if (dice < 50)
            mergePeople(l);
        else if (dice < 56)
            addTraining(l);
        else if (dice < 65)
            attend(l);
        else if (dice < 82)
            post(l);
        else
            deliver();
    }

    void finalExchange()
    {
        for (int round = 0; round < 2; ++round) {
            for (size_t i = 0; i < m_laptops.size(); ++i) {
                const QString path = m_laptops[i]->file(QStringLiteral("final-%1.capacita").arg(round));
                REQUIRE(m_laptops[i]->sync.exportPackage(path, {true, {}}));
                for (size_t j = 0; j < m_laptops.size(); ++j) {
                    if (i == j)
                        continue;
                    const auto r = m_laptops[j]->sync.importPackage(path);
                    if (!r)
                        FAIL("final import refused: " << r.error().text().toStdString());
                }
            }
        }
    }

    void checkConverged()
    {
        const QByteArray first = m_laptops[0]->dump();
        for (size_t i = 1; i < m_laptops.size(); ++i) {
            INFO("replica " << i);
            REQUIRE(m_laptops[i]->dump() == first);
        }
        SyncStore store(m_laptops[0]->store->db());
        for (const Write &w : m_writes) {
            const auto row = store.readRow(schema::participant(), w.id);
            REQUIRE(row);
            if (row->deleted == kPurgedCounter)
                continue;
            INFO("field " << schema::participant().fields.at(w.field).toStdString() << " of " << w.id.toStdString());
            CHECK_FALSE(row->stamps.at(w.field) < w.stamp);
        }
    }

    int writes() const { return int(m_writes.size()); }

private:
    QString pick(const QStringList &ids) { return ids.isEmpty() ? QString() : ids.at(m_rng.bounded(int(ids.size()))); }

    QStringList people(Laptop &l)
    {
        QStringList ids;
        for (const Participant &p : l->participants().list())
            ids << p.id;
        return ids;
    }

    void remember(Laptop &l, const QString &id, const QString &field)
    {
        const auto row = SyncStore(l->db()).readRow(schema::participant(), id);
        const int index = int(schema::participant().fields.indexOf(field));
        m_writes.push_back({schema::participant().name, id, index, row->stamps.at(index)});
    }

    void addPerson(Laptop &l)
    {
        const auto id = l->participants().add(sampleParticipant(QStringLiteral("N%1").arg(m_rng.bounded(1000))));
        REQUIRE(id);
        remember(l, *id, QStringLiteral("given_names"));
    }

    void editPerson(Laptop &l)
    {
        const QString id = pick(people(l));
        if (id.isEmpty())
            return;
        Participant p = *l->participants().get(id);
        static const char *fields[] = {"institution", "phone", "given_names"};
        const QString field = QString::fromLatin1(fields[m_rng.bounded(3)]);
        const QString value = QStringLiteral("v%1").arg(m_rng.bounded(1'000'000));
        if (field == QLatin1String("institution"))
            p.institution = value;
        else if (field == QLatin1String("phone"))
            p.phone = value;
        else
            p.givenNames = value;
        REQUIRE(l->participants().update(p));
        remember(l, id, field);
    }

    void deletePerson(Laptop &l)
    {
        const QString id = pick(people(l));
        if (!id.isEmpty())
            REQUIRE(l->participants().remove(id));
    }

    void purgePerson(Laptop &l)
    {
        const QString id = pick(people(l));
        if (!id.isEmpty())
            REQUIRE(l.sync.purgeParticipant(id));
    }

    // Two records found to be one person: the second folds into the first, with its rows.
    void mergePeople(Laptop &l)
    {
        const QStringList ids = people(l);
        if (ids.size() < 2)
            return;
        const QString keep = pick(ids);
        QString other = pick(ids);
        if (other == keep)
            return;
        const auto merged = Merger(l.store.store()).merge(keep, other);
        if (!merged)
            FAIL("merge refused: " << merged.error().text().toStdString());
    }

    void addTraining(Laptop &l)
    {
        Training t = sampleTraining(QStringLiteral("T-%1").arg(newUuid()));
        const auto id = l->trainings().add(t);
        REQUIRE(id);
        TrainingSession s;
        s.trainingId = *id;
        s.date = t.startDate;
        REQUIRE(l->sessions().add(s));
    }

    void attend(Laptop &l)
    {
        const auto trainings = l->trainings().list();
        const QString person = pick(people(l));
        if (trainings.isEmpty() || person.isEmpty())
            return;
        const Training &t = trainings.at(m_rng.bounded(int(trainings.size())));
        REQUIRE(l->enrollments().enroll(t.id, person));
        const auto sessions = l->sessions().listForTraining(t.id);
        static const char *marks[] = {"present", "late", "excused", "absent"};
        if (!sessions.isEmpty())
            REQUIRE(l->attendance().set(sessions.first().id, person, QString::fromLatin1(marks[m_rng.bounded(4)])));
    }

    void post(Laptop &from)
    {
        const int to = int(m_rng.bounded(int(m_laptops.size())));
        if (m_laptops[to].get() == &from)
            return;
        const QString path = from.file(QStringLiteral("pkg-%1.capacita").arg(++m_packages));
        const int kind = int(m_rng.bounded(10));
        ExportOptions options;
        options.full = kind == 0;
        const QString target = m_laptops[to]->store->db().siteId();
        const auto devices = from.sync.devices();
        if (kind < 4 && std::any_of(devices.cbegin(), devices.cend(), [&](const DeviceInfo &d) { return d.siteId == target; }))
            options.to = target;
        REQUIRE(from.sync.exportPackage(path, options));
        const int fate = int(m_rng.bounded(10));
        if (fate < 2)
            return; // lost in the post
        m_mail[to].push_back(path);
        if (fate == 2)
            m_mail[to].push_back(path); // delivered twice
    }

    void deliver()
    {
        const int to = int(m_rng.bounded(int(m_laptops.size())));
        auto &box = m_mail[to];
        if (box.empty())
            return;
        const size_t k = m_rng.bounded(int(box.size())); // any order
        const QString path = box[k];
        box.erase(box.begin() + qsizetype(k));
        Laptop &l = *m_laptops[to];
        const QByteArray before = l.dump();
        const auto r = l.sync.importPackage(path);
        if (!r) {
            // Only a package whose earlier package was lost may be refused, and then whole.
            INFO(r.error().text().toStdString());
            REQUIRE(r.error().code == ErrorCode::Refused);
            REQUIRE(r.error().message.contains(QStringLiteral("missing")));
            REQUIRE(l.dump() == before);
        }
    }

    QRandomGenerator m_rng;
    std::vector<std::unique_ptr<Laptop>> m_laptops;
    std::vector<std::deque<QString>> m_mail;
    std::vector<Write> m_writes;
    int m_packages = 0;
};

} // namespace

TEST_CASE("Replicas converge whatever the post does, and no acknowledged write is lost")
{
    // CAPACITA_SYNC_SEEDS=200 runs a longer search; a failure prints its seed.
    const int seeds = qEnvironmentVariableIntValue("CAPACITA_SYNC_SEEDS") > 0 ? qEnvironmentVariableIntValue("CAPACITA_SYNC_SEEDS") : 30;
    const quint32 base = quint32(qEnvironmentVariableIntValue("CAPACITA_SYNC_SEED_BASE"));
    int totalWrites = 0;
    for (int s = 0; s < seeds; ++s) {
        const quint32 seed = base + quint32(s) * 7919u + 1u;
        CAPTURE(seed);
        World world(seed);
        for (int i = 0; i < 120; ++i)
            world.step();
        world.finalExchange();
        world.checkConverged();
        totalWrites += world.writes();
    }
    CHECK(totalWrites > seeds * 10); // the runs really wrote something
}
