#pragma once

#include "support/testsupport.h"
#include "sync/sync.h"

#include <QJsonDocument>

namespace capacita::test {

// A laptop in a test: its own database, clock and sync service.
struct Laptop
{
    explicit Laptop(std::int64_t clockMs = 1'750'000'000'000) { store.clock().set(clockMs); }
    TempStore store;
    SyncService sync{store.store()};

    Store &operator*() { return store.store(); }
    Store *operator->() { return &store.store(); }
    QByteArray dump() { return QJsonDocument(store->dump()).toJson(); }
    // The programme's records without the device list, which differs between laptops until
    // every one of them has sent something.
    QByteArray dataDump()
    {
        QJsonObject d = store->dump();
        d.remove(QStringLiteral("device"));
        return QJsonDocument(d).toJson();
    }
    QString file(const QString &name) const { return store.dir() + QLatin1Char('/') + name; }
};

// Creates a dataset on `first` and joins every other laptop with the join file.
inline void joinAll(Laptop &first, std::initializer_list<Laptop *> others)
{
    const auto join = first.sync.createDataset(QStringLiteral("Programa C-TIP"));
    REQUIRE(join);
    for (Laptop *l : others)
        REQUIRE(l->sync.joinWithFile(*join));
}

// Exports from `from` and imports into `to`; returns the import summary.
inline QJsonObject send(Laptop &from, Laptop &to, bool full = false)
{
    static int counter = 0;
    const QString path = from.file(QStringLiteral("p%1.capacita").arg(++counter));
    const auto exported = from.sync.exportPackage(path, {full, {}});
    if (!exported)
        FAIL(exported.error().text().toStdString());
    const auto imported = to.sync.importPackage(path);
    if (!imported)
        FAIL(imported.error().text().toStdString());
    return *imported;
}

} // namespace capacita::test
