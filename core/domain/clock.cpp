#include "domain/clock.h"

namespace capacita {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString uuidFromKey(const QString &key)
{
    // Fixed namespace for Capacita's natural keys; changing it would split every shared fact.
    static const QUuid ns(QStringLiteral("{6f1c2a52-8c1e-4b7e-9f0d-3a9c1d2e4b60}"));
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
}

} // namespace capacita
