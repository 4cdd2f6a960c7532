#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <functional>

namespace capacita {

// Wall time and new ids are injected so that sync and reports can be tested with fakes.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0; // milliseconds since the Unix epoch
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(nowMs()).date(); }
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

using IdGenerator = std::function<QString()>;

// Random UUID v4 without braces, the id of every record made on a laptop.
QString newUuid();

// UUID v5 from a natural key, so two laptops recording the same fact make the same id.
QString uuidFromKey(const QString &key);

} // namespace capacita
