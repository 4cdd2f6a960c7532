#include "commands/participantcommands.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace capacita;
using namespace capacita::test;

TEST_CASE("Undo replays only the fields the edit changed, keeping edits that arrived since")
{
    TempStore s;
    const QString id = s->participants().add(sampleParticipant()).value();
    const Participant before = *s->participants().get(id);
    Participant after = before;
    after.institution = QStringLiteral("Fiscalía de Puno");

    QUndoStack undo;
    undo.push(new EditParticipantCommand(s.store(), before, after));
    REQUIRE(s->participants().get(id)->institution == QStringLiteral("Fiscalía de Puno"));

    // Another field changes meanwhile (a sync import, another window).
    Participant other = *s->participants().get(id);
    other.phone = QStringLiteral("951 000 111");
    REQUIRE(s->participants().update(other));

    undo.undo();
    Participant now = *s->participants().get(id);
    CHECK(now.institution.isEmpty());
    CHECK(now.phone == QStringLiteral("951 000 111"));
    undo.redo();
    now = *s->participants().get(id);
    CHECK(now.institution == QStringLiteral("Fiscalía de Puno"));
    CHECK(now.phone == QStringLiteral("951 000 111"));
}
