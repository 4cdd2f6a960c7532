#include "synclaptops.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace capacita::test {

Stick::Stick()
{
    REQUIRE(m_dir.isValid());
}

QString Stick::passphraseFile(const QByteArray &text, const QString &name) const
{
    return write(name, text);
}

QByteArray Stick::read(const QString &name) const
{
    QFile file(path(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString Stick::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return file.fileName();
}

QString createDataset(const Cli &cli, const QString &joinFile, const QStringList &extra)
{
    const CliResult r = cli.run(
        QStringList { s("dataset"), s("create"), s("--name"), s("Cusco 2025"), s("--out"), joinFile } + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.object();
    REQUIRE(o.value(s("join_file")).toString() == QFileInfo(joinFile).absoluteFilePath());
    REQUIRE(o.value(s("site_id")).toString() == siteOf(cli));
    return o.value(s("dataset_id")).toString();
}

void joinByFile(const Cli &cli, const QString &joinFile)
{
    const CliResult r = cli.run({ s("dataset"), s("join"), joinFile });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(r.object().value(s("site_id")).toString() == siteOf(cli));
}

void joinByPassphrase(const Cli &cli, const QString &passphraseFile, const QString &datasetId)
{
    const CliResult r
        = cli.run({ s("dataset"), s("join"), s("--passphrase-file"), passphraseFile, s("--dataset-id"), datasetId });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(r.object().value(s("dataset_id")).toString() == datasetId);
}

bool isPrivateFile(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    return p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner) && (p & others) == 0;
}

QJsonObject exportPackage(const Cli &cli, const QString &file, const QStringList &extra)
{
    const CliResult r = cli.run(QStringList { s("sync"), s("export"), s("--out"), file } + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject summary = r.object();
    REQUIRE(summary.value(s("verified")).toBool());
    REQUIRE(isPrivateFile(file));
    return summary;
}

QJsonObject importPackage(const Cli &cli, const QString &file, const QStringList &extra)
{
    const CliResult r = cli.run(QStringList { s("sync"), s("import"), file } + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject summary = r.object();
    REQUIRE(summary.value(s("refused")) == QJsonValue(false));
    return summary;
}

void exchangeAll(const QList<const Cli *> &laptops, const Stick &stick, const QString &round)
{
    QStringList files;
    for (qsizetype i = 0; i < laptops.size(); ++i) {
        files.append(stick.path(round + QString::number(i) + s(".capacita")));
        exportPackage(*laptops.at(i), files.last());
    }
    for (qsizetype i = 0; i < laptops.size(); ++i) {
        for (qsizetype j = 0; j < laptops.size(); ++j) {
            if (i != j)
                importPackage(*laptops.at(j), files.at(i));
        }
    }
}

QByteArray dumpWithout(const Cli &cli, const QStringList &tables)
{
    QJsonObject dump = QJsonDocument::fromJson(cli.dump()).object();
    REQUIRE(!dump.isEmpty());
    for (const QString &table : tables)
        dump.remove(table);
    return QJsonDocument(dump).toJson(QJsonDocument::Compact);
}

QString siteOf(const Cli &cli)
{
    const CliResult r = cli.run({ s("dataset"), s("show") });
    REQUIRE(r.code == 0);
    return r.object().value(s("site_id")).toString();
}

void requireImportRefused(const Cli &cli, const QString &file, const QString &mentions)
{
    const QByteArray before = cli.dump();
    const CliResult r = cli.run({ s("sync"), s("import"), file });
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.code == 3);
    CHECK(!r.err.trimmed().isEmpty());
    CHECK(r.err.contains(mentions, Qt::CaseInsensitive));
    const QJsonObject o = r.object();
    CHECK(o.value(s("refused")) == QJsonValue(true));
    CHECK(o.value(s("file")).toString() == QFileInfo(file).absoluteFilePath());
    CHECK(!o.value(s("reason")).toString().isEmpty());
    CHECK(r.err.contains(o.value(s("reason")).toString()));
    CHECK(cli.dump() == before);
}

} // namespace capacita::test
