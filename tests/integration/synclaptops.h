#pragma once

#include "clirunner.h"

#include <QTemporaryDir>

// Laptops for the sync tests: each a Cli with its own database, joined to one dataset, and a
// folder standing in for the USB stick that carries packages between them.
namespace capacita::test {

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class Stick
{
public:
    Stick();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A passphrase file holding `text` exactly as given.
    QString passphraseFile(const QByteArray &text, const QString &name = s("passphrase.txt")) const;
    QByteArray read(const QString &name) const;
    QString write(const QString &name, const QByteArray &bytes) const; // returns the path

private:
    QTemporaryDir m_dir;
};

// Runs dataset create on `cli`, writing the join file to `joinFile`; returns the dataset id.
QString createDataset(const Cli &cli, const QString &joinFile, const QStringList &extra = {});
void joinByFile(const Cli &cli, const QString &joinFile);
void joinByPassphrase(const Cli &cli, const QString &passphraseFile, const QString &datasetId);

// Mode 0600: read and write for the owner, nothing for anyone else.
bool isPrivateFile(const QString &path);

// sync export / sync import that must succeed; each returns the printed summary.
QJsonObject exportPackage(const Cli &cli, const QString &file, const QStringList &extra = {});
QJsonObject importPackage(const Cli &cli, const QString &file, const QStringList &extra = {});

// Every laptop exports one package and every other laptop imports it.
void exchangeAll(const QList<const Cli *> &laptops, const Stick &stick, const QString &round);

// The dump with some top-level tables left out, re-serialized canonically.
QByteArray dumpWithout(const Cli &cli, const QStringList &tables);
QString siteOf(const Cli &cli);

// sync import that must be refused: exit 3, a message, the refusal JSON, the dump unchanged.
void requireImportRefused(const Cli &cli, const QString &file, const QString &mentions = {});

} // namespace capacita::test
