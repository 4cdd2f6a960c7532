#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

TEST_CASE("The hybrid logical clock is monotonic whatever the wall clock does")
{
    FakeClock clock(1'700'000'000'000);
    Hlc hlc(clock);
    const auto a = hlc.now();
    const auto b = hlc.now(); // same millisecond: the counter moves
    CHECK(b == a + 1);
    clock.set(978'307'200'000); // 2001
    const auto c = hlc.now();
    CHECK(c > b);
    CHECK(Hlc::wallMs(c) == 1'700'000'000'000);
    clock.set(1'700'000'005'000);
    const auto d = hlc.now();
    CHECK(Hlc::wallMs(d) == 1'700'000'005'000);
    CHECK((d & 0xffff) == 0);
}

TEST_CASE("Observing a remote stamp moves the clock past it")
{
    FakeClock clock(1'700'000'000'000);
    Hlc hlc(clock);
    const auto remote = Hlc::make(2'000'000'000'000, 7);
    CHECK(hlc.observe(remote) > remote);
    CHECK(hlc.now() > remote);
}

TEST_CASE("Stamps as text sort like the numbers")
{
    const auto small = Hlc::make(978'307'200'000, 1);
    const auto large = Hlc::make(2'082'758'400'000, 0); // 2036
    CHECK(Hlc::toText(small) < Hlc::toText(large));
    CHECK(Hlc::toText(large).size() == 16);
    bool ok = false;
    CHECK(Hlc::fromText(Hlc::toText(large), &ok) == large);
    CHECK(ok);
}
