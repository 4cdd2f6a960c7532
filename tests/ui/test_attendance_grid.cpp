#include "test_attendance_fixture.h"

#include "attendance/attendancegrid.h"
#include "attendance/attendancemodel.h"
#include "attendance/attendancepage.h"
#include "attendance/trainingselector.h"

#include <QTest>

using namespace capacita;
using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {

// The page as a trainer sees it, on the offscreen platform, with the cursor on a cell.
struct Sheet
{
    GridFixture f;
    AttendancePage page { f.store(), f.undo };
    AttendanceGrid *grid = page.grid();
    AttendanceModel *model = page.model();

    Sheet()
    {
        page.setTraining(f.trainingId);
        page.resize(900, 500);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        grid->setFocus();
    }

    void go(int row, int column) { grid->setCurrentIndex(model->index(row, column)); }
    QPoint at() const { return { grid->currentIndex().row(), grid->currentIndex().column() }; }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(grid, k, m); }
};

} // namespace

TEST_CASE("Attendance grid: a letter stores the mark and moves down the sheet")
{
    Sheet s;
    s.go(0, 1);
    s.key(Qt::Key_P);
    CHECK(s.f.mark(1, 0) == u"present"_s);
    CHECK(s.at() == QPoint(1, 1));

    s.key(Qt::Key_T);
    CHECK(s.f.mark(1, 1) == u"late"_s);
    CHECK(s.at() == QPoint(2, 1));

    s.key(Qt::Key_J);
    CHECK(s.f.mark(1, 2) == u"excused"_s);
    CHECK(s.at() == QPoint(2, 1)); // the last person: the cursor stays

    s.go(0, 2);
    s.key(Qt::Key_A);
    CHECK(s.f.mark(2, 0) == u"absent"_s);
    s.key(Qt::Key_L); // English initials too
    CHECK(s.f.mark(2, 1) == u"late"_s);
    s.key(Qt::Key_E);
    CHECK(s.f.mark(2, 2) == u"excused"_s);

    // Other letters do nothing and go nowhere.
    s.go(0, 0);
    s.key(Qt::Key_X);
    CHECK_FALSE(s.f.mark(0, 0).has_value());
    CHECK(s.at() == QPoint(0, 0));
    CHECK(s.f.undo.count() == 6);
}

TEST_CASE("Attendance grid: Space cycles the mark in place")
{
    Sheet s;
    s.go(1, 0);
    const QStringList expected { u"present"_s, u"absent"_s, u"late"_s, u"excused"_s, u"present"_s };
    for (const QString &status : expected) {
        s.key(Qt::Key_Space);
        CHECK(s.f.mark(0, 1) == status);
        CHECK(s.at() == QPoint(1, 0));
    }
}

TEST_CASE("Attendance grid: arrows move, Delete and Backspace clear")
{
    Sheet s;
    s.go(0, 0);
    s.key(Qt::Key_Right);
    CHECK(s.at() == QPoint(0, 1));
    s.key(Qt::Key_Down);
    s.key(Qt::Key_Down);
    CHECK(s.at() == QPoint(2, 1));
    s.key(Qt::Key_Up);
    s.key(Qt::Key_Left);
    CHECK(s.at() == QPoint(1, 0));

    s.key(Qt::Key_A);
    REQUIRE(s.f.mark(0, 1) == u"absent"_s);
    s.key(Qt::Key_Up);
    s.key(Qt::Key_Delete);
    CHECK_FALSE(s.f.mark(0, 1).has_value());
    CHECK(s.at() == QPoint(1, 0));

    s.key(Qt::Key_P);
    s.key(Qt::Key_Up);
    s.key(Qt::Key_Backspace);
    CHECK_FALSE(s.f.mark(0, 1).has_value());
}

TEST_CASE("Attendance grid: undo restores the previous mark and the count follows")
{
    Sheet s;
    const auto count = [&] { return s.model->headerData(0, Qt::Horizontal).toString().section(u'\n', 2); };
    CHECK(count() == u"0 present"_s);
    s.go(0, 0);
    s.key(Qt::Key_P);
    s.key(Qt::Key_P);
    CHECK(count() == u"2 present"_s);
    CHECK(s.model->attendedCount(0) == 2);

    s.go(0, 0);
    s.key(Qt::Key_A);
    CHECK(s.f.mark(0, 0) == u"absent"_s);
    CHECK(count() == u"1 present"_s);

    s.f.undo.undo();
    CHECK(s.f.mark(0, 0) == u"present"_s);
    CHECK(count() == u"2 present"_s);
    s.f.undo.undo(); // the second P
    CHECK_FALSE(s.f.mark(0, 1).has_value());
    s.f.undo.undo(); // the first P: no mark at all again
    CHECK_FALSE(s.f.mark(0, 0).has_value());
    CHECK(count() == u"0 present"_s);
    CHECK(s.model->data(s.model->index(0, 0)).toString().isEmpty());
}

TEST_CASE("Attendance grid: Ctrl+Shift+P marks the current session present in one step")
{
    Sheet s;
    s.go(1, 2);
    s.key(Qt::Key_A);
    s.go(0, 2);
    s.key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(s.f.mark(2, 0) == u"present"_s);
    CHECK(s.f.mark(2, 1) == u"absent"_s); // a mark already there is kept
    CHECK(s.f.mark(2, 2) == u"present"_s);
    CHECK_FALSE(s.f.mark(1, 0).has_value()); // other sessions untouched
    CHECK(s.f.undo.count() == 2);
    CHECK(s.model->attendedCount(2) == 2);

    s.f.undo.undo();
    CHECK_FALSE(s.f.mark(2, 0).has_value());
    CHECK(s.f.mark(2, 1) == u"absent"_s);
    CHECK_FALSE(s.f.mark(2, 2).has_value());
}

TEST_CASE("Attendance grid: marks on the share column are ignored")
{
    Sheet s;
    s.go(0, s.model->shareColumn());
    s.key(Qt::Key_P);
    CHECK(s.f.undo.count() == 0);
    CHECK(s.at() == QPoint(0, s.model->shareColumn()));
}

TEST_CASE("Attendance page: the selector lists trainings and follows the database")
{
    GridFixture f;
    AttendancePage page(f.store(), f.undo);
    TrainingSelector *selector = page.selector();
    REQUIRE(selector->count() == 1);
    CHECK(selector->itemText(0) == u"CUS-2025-01 — Trata de personas: identificación y derivación"_s);
    CHECK(page.model()->trainingId() == f.trainingId); // the only training is shown at once
    CHECK(page.model()->rowCount() == 3);
    CHECK_FALSE(selector->accessibleName().isEmpty());
    CHECK_FALSE(page.grid()->accessibleName().isEmpty());
    CHECK(selector->nextInFocusChain() == page.grid());

    Training t = sampleTraining(u"PUN-2025-03"_s);
    t.title = u"Rutas de derivación"_s;
    const QString second = f.store().trainings().add(t).value();
    CHECK(selector->count() == 2);
    CHECK(page.model()->trainingId() == f.trainingId); // a new training does not steal the page

    page.setTraining(second);
    CHECK(selector->currentText() == u"PUN-2025-03 — Rutas de derivación"_s);
    CHECK(page.model()->trainingId() == second);
    CHECK(page.model()->rowCount() == 0);

    t.id = second;
    t.title = u"Rutas de atención"_s;
    REQUIRE(f.store().trainings().update(t));
    CHECK(selector->currentText() == u"PUN-2025-03 — Rutas de atención"_s);

    REQUIRE(f.store().trainings().remove(second));
    CHECK(selector->count() == 1);
    CHECK(page.model()->trainingId() == f.trainingId);
}

TEST_CASE("Attendance grid: the cursor stays on the same person when someone is enrolled")
{
    Sheet s;
    s.go(2, 1); // Quispe, session 2
    s.f.enrollNew(s.f.trainingId, u"Ana"_s, u"Bautista Flores"_s); // sorts in above her
    CHECK(s.model->rowCount() == 4);
    CHECK(s.at() == QPoint(3, 1));
    s.key(Qt::Key_P);
    CHECK(s.f.mark(1, 2) == u"present"_s);
}
