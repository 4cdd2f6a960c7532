// Capacitaciones ▸ Imprimir: the sign-in and score sheets of the selected training as PDFs.

#include "test_reports_fixture.h"

#include "reports/sheetprinter.h"
#include "trainings/trainingspage.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
Status printAndWait(SheetPrinter *printer, QAction *action)
{
    std::optional<Status> result;
    QObject::connect(printer, &SheetPrinter::finished, printer,
                     [&result](const Status &s, const QString &) { result = s; });
    QSignalSpy done(printer, &SheetPrinter::finished);
    action->trigger();
    if (!result)
        REQUIRE(done.wait(30000));
    REQUIRE(result.has_value());
    return *result;
}
} // namespace

TEST_CASE("The sign-in and score sheets of a training are printed to PDF", "[reports][sheets]")
{
    ReportsFixture f;
    QUndoStack undo;
    TrainingsPage page(f.db.store(), undo);
    page.selectTraining(f.cusco);
    auto *print = page.findChild<QToolButton *>(QStringLiteral("printButton"));
    REQUIRE(print != nullptr);
    CHECK(print->isEnabled());

    QStringList suggested;
    QString path;
    page.sheetPrinter()->setSavePathChooser([&](SheetPrinter::Kind, const QString &name) {
        suggested << name;
        return path;
    });
    for (const auto &[actionName, file] :
         {std::pair{QStringLiteral("printSignInAction"), QStringLiteral("signin.pdf")},
          std::pair{QStringLiteral("printScoreSheetAction"), QStringLiteral("scores.pdf")}}) {
        path = f.db.dir() + u'/' + file;
        auto *action = page.findChild<QAction *>(actionName);
        REQUIRE(action != nullptr);
        CHECK(printAndWait(page.sheetPrinter(), action).ok());
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(4) == QByteArray("%PDF"));
        CHECK_FALSE(pdf.permissions().testFlag(QFileDevice::ReadOther));
        auto *saved = page.findChild<QMessageBox *>(QStringLiteral("savedBox"));
        REQUIRE(saved != nullptr);
        saved->close();
        delete saved;
    }
    REQUIRE(suggested.size() == 2);
    CHECK(suggested.at(0).contains(QStringLiteral("CUS-2025-03")));
    CHECK(suggested.at(0).endsWith(QStringLiteral(".pdf")));

    // Cancelling the dialog writes nothing.
    path.clear();
    QSignalSpy finished(page.sheetPrinter(), &SheetPrinter::finished);
    page.findChild<QAction *>(QStringLiteral("printSignInAction"))->trigger();
    CHECK(finished.isEmpty());
    CHECK_FALSE(page.sheetPrinter()->isBusy());
}

TEST_CASE("Printing needs a training to be selected", "[reports][sheets]")
{
    TempStore db;
    QUndoStack undo;
    TrainingsPage page(db.store(), undo);
    CHECK_FALSE(page.findChild<QToolButton *>(QStringLiteral("printButton"))->isEnabled());
}
