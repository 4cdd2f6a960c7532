#pragma once

#include "storage/store.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

#include <catch2/catch.hpp>

// Readable QString values in failed assertions.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch

namespace capacita::test {

// A clock the test moves by hand.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(std::int64_t ms = 1'700'000'000'000) : m_ms(ms) {}
    std::int64_t nowMs() const override { return m_ms; }
    void set(std::int64_t ms) { m_ms = ms; }
    void advance(std::int64_t ms) { m_ms += ms; }

private:
    std::int64_t m_ms;
};

// Each test gets its own folder and database, removed afterwards.
class TempStore
{
public:
    TempStore();
    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    FakeClock &clock() { return m_clock; }

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// Helpers that build valid records; tests change what they are about.
Participant sampleParticipant(const QString &given = QStringLiteral("Rosa"),
                              const QString &family = QStringLiteral("Quispe Mamani"));
Training sampleTraining(const QString &code = QStringLiteral("CUS-2025-01"));

QString testDataPath(const QString &name);

} // namespace capacita::test
