#pragma once

// Shared by the Sincronizar page tests: laptops with a dataset, a conflict between them, and
// waiting for the page's background work without fixed sleeps.

#include "unit/synctestsupport.h"

#include "support/tempsettings.h"
#include "sync/packageexchange.h"

#include <QSignalSpy>

namespace capacita::test {

// Runs the event loop until the exchange's job has delivered its result.
inline void waitForJob(PackageExchange &exchange, QSignalSpy &finished)
{
    REQUIRE(exchange.isBusy());
    REQUIRE(finished.wait(20'000));
    CHECK_FALSE(exchange.isBusy());
}

// Two laptops of one dataset, each with its own name.
struct TwoLaptops
{
    Laptop a;
    Laptop b;
    TwoLaptops()
    {
        joinAll(a, { &b });
        REQUIRE(a.sync.setDeviceName(QStringLiteral("Coordinación Cusco")));
        REQUIRE(b.sync.setDeviceName(QStringLiteral("Capacitador Iquitos")));
    }

    // Rosa is on both laptops; each then renames her, B a minute later. When B's package
    // reaches A, A logs a conflict: B's later name is kept, A's own is set aside.
    QString conflictOnA()
    {
        const QString id = a->participants().add(sampleParticipant()).value();
        send(a, b);
        Participant onA = *a->participants().get(id);
        onA.givenNames = QStringLiteral("Rosa María");
        REQUIRE(a->participants().update(onA));
        b.store.clock().advance(60'000);
        Participant onB = *b->participants().get(id);
        onB.givenNames = QStringLiteral("Rosa Elena");
        REQUIRE(b->participants().update(onB));
        const QJsonObject summary = send(b, a);
        REQUIRE(summary.value(QStringLiteral("conflicts")).toInt() == 1);
        return id;
    }
};

} // namespace capacita::test
