// The purge (Ley 29733 erasure) leaves no copy of the person's DNI or names in any file this
// laptop writes afterwards: the database, its write-ahead log, a backup, a sync package's rows,
// the dump, the audit log and a person export.

#include "importing/merger.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/personexport.h"
#include "storage/syncstore.h"
#include "synctestsupport.h"

#include <QFile>
#include <QJsonDocument>

using namespace capacita;
using namespace capacita::test;

namespace {

const QByteArray kDni = "73914826";
const QByteArray kGiven = "Zenobia Ximena";
const QByteArray kFamily = "Quillahuaman Tupayachi";
const QByteArray kOldFamily = "Quillawaman Tupayachy"; // before a correction

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Which of the person's values occur in `bytes` (empty when none).
QList<QByteArray> traces(const QByteArray &bytes)
{
    QList<QByteArray> found;
    for (const QByteArray &needle : {kDni, kGiven, kFamily, kOldFamily, QByteArray("Zenobia"), QByteArray("Quillahuaman")}) {
        if (bytes.contains(needle))
            found << needle;
    }
    return found;
}

struct Person
{
    QString id;
    QString training;
};

Person recordPerson(Store &s)
{
    Participant p = sampleParticipant(QString::fromLatin1(kGiven), QString::fromLatin1(kOldFamily));
    p.docType = QStringLiteral("dni");
    p.docNumber = QString::fromLatin1(kDni);
    p.institution = QStringLiteral("Fiscalía de Zenobia");
    const QString id = s.participants().add(p).value();
    // A correction: the old spelling goes to the audit log and to free space in the file.
    Participant corrected = s.participants().get(id).value();
    corrected.familyNames = QString::fromLatin1(kFamily);
    REQUIRE(s.participants().update(corrected));

    const QString training = s.trainings().add(sampleTraining()).value();
    TrainingSession session;
    session.trainingId = training;
    session.date = QDate(2025, 3, 11);
    const QString sessionId = s.sessions().add(session).value();
    REQUIRE(s.enrollments().enroll(training, id));
    REQUIRE(s.attendance().set(sessionId, id, QStringLiteral("present")));
    AssessmentScore score;
    score.trainingId = training;
    score.participantId = id;
    score.kind = QStringLiteral("pre");
    score.score = 12;
    REQUIRE(s.scores().set(score));
    // A duplicate record of the same person, merged into this one: the merge record holds
    // copies of both records' values.
    Participant twin = sampleParticipant(QStringLiteral("Zenobia"), QString::fromLatin1(kFamily));
    twin.phone = QStringLiteral("987 Zenobia");
    const QString twinId = s.participants().add(twin).value();
    REQUIRE(s.enrollments().enroll(training, twinId));
    REQUIRE(Merger(s).merge(id, twinId));
    return {id, training};
}

// Every value of every row a full sync package would carry (the package itself is encrypted).
QByteArray packageRows(Store &s)
{
    QByteArray all;
    SyncStore sync(s.db());
    REQUIRE(sync.forEachChangedRow(0, [&](const TableSpec &, const RowState &row) {
        for (const QVariant &v : row.values)
            all += v.toString().toUtf8() + '\n';
        return true;
    }));
    return all;
}

QByteArray auditText(Store &s)
{
    QByteArray all;
    for (const AuditEntry &e : s.db().audit().entries())
        all += QJsonDocument(e.changes).toJson() + e.detail.toUtf8() + e.about.toUtf8();
    return all;
}

void requireNoTraces(Laptop &laptop, const QString &label)
{
    Store &s = *laptop;
    INFO(label.toStdString());
    const QString db = laptop.store.path();
    CHECK(traces(fileBytes(db)).isEmpty());
    CHECK(traces(fileBytes(db + QStringLiteral("-wal"))).isEmpty());
    // A backup made after the purge.
    const auto backup = Backups::create(s.db(), BackupReason::Manual);
    REQUIRE(backup);
    CHECK(traces(fileBytes(backup->path)).isEmpty());
    CHECK(traces(packageRows(s)).isEmpty());
    CHECK(traces(QJsonDocument(s.dump()).toJson()).isEmpty());
    CHECK(traces(auditText(s)).isEmpty());
}

} // namespace

TEST_CASE("Purge leaves the person's DNI and names in no file of this laptop", "[privacy][purge]")
{
    Laptop a;
    joinAll(a, {});
    const Person person = recordPerson(*a);
    // Before the purge the values are there, so the checks below can find them.
    REQUIRE_FALSE(traces(fileBytes(a.store.path()) + fileBytes(a.store.path() + QStringLiteral("-wal"))).isEmpty());
    REQUIRE(a.sync.purgeParticipant(person.id));

    requireNoTraces(a, QStringLiteral("the laptop that purged"));
    const auto exported = exportPerson(*a, person.id);
    REQUIRE_FALSE(exported);
    CHECK(exported.error().message.contains(QStringLiteral("erased")));
    // The log keeps that the rows were purged, and by whom, without their values.
    const auto lines = a->db().audit().entries(QStringLiteral("participant"), person.id);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.last().action == QStringLiteral("purged"));
    for (const AuditEntry &e : lines)
        CHECK(e.changes.isEmpty());
}

TEST_CASE("A purge that arrives by sync leaves no trace on the receiving laptop", "[privacy][purge][sync]")
{
    Laptop a, b;
    joinAll(a, {&b});
    const Person person = recordPerson(*a);
    send(a, b);
    REQUIRE((*b).participants().get(person.id));
    REQUIRE_FALSE(traces(fileBytes(b.store.path()) + fileBytes(b.store.path() + QStringLiteral("-wal"))).isEmpty());

    REQUIRE(a.sync.purgeParticipant(person.id));
    send(a, b);
    CHECK_FALSE((*b).participants().get(person.id));
    requireNoTraces(b, QStringLiteral("the laptop that received the purge"));
    requireNoTraces(a, QStringLiteral("the laptop that purged"));
}

TEST_CASE("The audit log refuses changes except a purge's erasure", "[privacy][audit]")
{
    TempStore store;
    Store &s = store.store();
    const QString id = s.participants().add(sampleParticipant()).value();
    REQUIRE_FALSE(s.db().execSql(QStringLiteral("DELETE FROM audit_log")));
    REQUIRE_FALSE(s.db().execSql(QStringLiteral("UPDATE audit_log SET operator = 'x'")));
    REQUIRE_FALSE(s.db().execSql(QStringLiteral("UPDATE audit_log SET changes = NULL")));
    REQUIRE_FALSE(s.db().execSql(QStringLiteral("UPDATE audit_log SET changes = '{}'")));
    const auto lines = s.db().audit().entries(QStringLiteral("participant"), id);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().changes.value(QStringLiteral("given_names")).toArray().at(1).toString() == QStringLiteral("Rosa"));
}
