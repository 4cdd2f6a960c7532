// The import wizard: preview with the detected columns, a dry run that stores nothing, the
// real import off the GUI thread, refusal and cancelling.

#include "support/testsupport.h"

#include "importing/importjob.h"
#include "importing/importwizard.h"
#include "importing/previewmodel.h"
#include "importing/rejectedrowsmodel.h"
#include "participants/participantmodel.h"
#include "sync/hlc.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;
using namespace Qt::StringLiterals;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString roster(const char *name)
{
    return testDataPath(u"rosters/"_s + QLatin1String(name));
}

QByteArray dumpOf(Store &store)
{
    return QJsonDocument(store.dump()).toJson(QJsonDocument::Compact);
}

// What the preview recognised a header as ("" = ignored).
QString columnFor(const ImportWizard &wizard, const QString &header)
{
    const rosterfile::Preview &p = wizard.previewModel()->preview();
    const qsizetype i = p.header.indexOf(header);
    REQUIRE(i >= 0);
    return p.columns.value(i);
}

void waitFor(ImportWizard &wizard, void (ImportWizard::*signal)())
{
    QSignalSpy spy(&wizard, signal);
    REQUIRE((spy.count() > 0 || spy.wait(20000)));
}

// Saves a picture of a widget when CAPACITA_UI_GRAB_DIR is set (to look at the layout).
void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAPACITA_UI_GRAB_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}
} // namespace

TEST_CASE("The import wizard previews a roster with the columns it recognised", "[import][wizard]")
{
    TempStore db;
    ImportWizard wizard(db.store());
    QAbstractItemModelTester previewTester(wizard.previewModel(), kFatal);
    QAbstractItemModelTester rejectedTester(wizard.rejectedModel(), kFatal);

    REQUIRE(wizard.setFile(roster("cusco_bom_semicolon.csv")));
    CHECK(wizard.hasPreview());
    CHECK(wizard.sheets().isEmpty());
    CHECK(wizard.previewModel()->rowCount() > 0);
    CHECK(wizard.previewModel()->columnCount() == 19);
    CHECK(columnFor(wizard, u"nombres"_s) == u"given_names"_s);
    CHECK(columnFor(wizard, u"region"_s) == u"department"_s);
    CHECK(columnFor(wizard, u"anio_nacimiento"_s) == u"birth_year"_s);
    CHECK(wizard.mappingLines().contains(u"nombres → Given names"_s));
    const QString header = wizard.previewModel()->headerData(9, Qt::Horizontal).toString();
    CHECK(header.startsWith(u"nombres"_s));
    CHECK(header.contains(u"Given names"_s));
    // The first record keeps its accents and its quoted line break.
    CHECK(wizard.previewModel()->index(0, 9).data().toString() == u"María José"_s);
    CHECK(wizard.page(ImportWizard::FilePageId)->isComplete());

    // A workbook offers its sheets and previews the first.
    REQUIRE(wizard.setFile(roster("puno_xlsxwriter.xlsx")));
    REQUIRE_FALSE(wizard.sheets().isEmpty());
    CHECK(wizard.sheet() == wizard.sheets().first());
    CHECK(wizard.previewModel()->rowCount() > 0);

    // A file that is not a roster says why and cannot go further.
    CHECK_FALSE(wizard.setFile(roster("unterminated_quote.csv")));
    CHECK_FALSE(wizard.hasPreview());
    CHECK(wizard.previewModel()->rowCount() == 0);
    CHECK_FALSE(wizard.page(ImportWizard::FilePageId)->isComplete());
    CHECK_FALSE(wizard.findChild<QLabel *>(u"importFileStatus"_s)->text().isEmpty());

    // A missing required column is shown on the preview page, which does not go on.
    REQUIRE(wizard.setFile(roster("missing_column.csv")));
    CHECK_FALSE(wizard.previewModel()->preview().headerError.isEmpty());
    CHECK_FALSE(wizard.page(ImportWizard::PreviewPageId)->isComplete());
}

TEST_CASE("The dry run stores nothing and lists the rejected rows by line", "[import][wizard]")
{
    TempStore db;
    ImportWizard wizard(db.store());
    QAbstractItemModelTester rejectedTester(wizard.rejectedModel(), kFatal);
    const QByteArray before = dumpOf(db.store());

    REQUIRE(wizard.setFile(roster("madre_de_dios_rejects.csv")));
    wizard.show();
    wizard.next();
    wizard.next(); // the check page starts the dry run
    REQUIRE(wizard.currentId() == ImportWizard::CheckPageId);
    CHECK(wizard.isBusy());
    waitFor(wizard, &ImportWizard::dryRunFinished);
    CHECK_FALSE(wizard.isBusy());
    CHECK(dumpOf(db.store()) == before);

    REQUIRE(wizard.checked().has_value());
    CHECK(wizard.checked()->rowsRead == 9);
    CHECK(wizard.checked()->rowsImported == 2); // what importing the valid rows would do
    CHECK(wizard.checked()->participantsCreated == 2);
    const RejectedRowsModel *rejected = wizard.rejectedModel();
    REQUIRE(rejected->rowCount() == 7);
    QList<int> lines;
    for (int row = 0; row < rejected->rowCount(); ++row)
        lines << rejected->index(row, RejectedRowsModel::Line).data().toInt();
    CHECK(lines == QList<int>{4, 5, 6, 7, 8, 9, 10});
    CHECK(rejected->index(0, RejectedRowsModel::ColumnName).data().toString() == u"dni"_s);
    CHECK(rejected->index(0, RejectedRowsModel::Reason).data().toString().contains(u"7 digits"_s));

    // Going on needs "skip invalid rows".
    QWizardPage *check = wizard.page(ImportWizard::CheckPageId);
    auto *skip = wizard.findChild<QCheckBox *>(u"importSkipInvalid"_s);
    REQUIRE(skip != nullptr);
    CHECK(skip->isVisible());
    CHECK_FALSE(check->isComplete());
    CHECK(wizard.findChild<QLabel *>(u"importCheckAdvice"_s)->text().contains(u"will not be imported"_s));
    grab(&wizard, u"import-3-rejected"_s);
    skip->setChecked(true);
    CHECK(wizard.skipInvalid());
    CHECK(check->isComplete());

    // Without skipping, the import is refused and changes nothing.
    wizard.setSkipInvalid(false);
    wizard.startImport();
    waitFor(wizard, &ImportWizard::importFinished);
    REQUIRE(wizard.imported().has_value());
    CHECK(wizard.imported()->refused);
    CHECK(dumpOf(db.store()) == before);

    wizard.setSkipInvalid(true);
    wizard.startImport();
    waitFor(wizard, &ImportWizard::importFinished);
    REQUIRE(wizard.imported().has_value());
    CHECK(wizard.imported()->committed);
    CHECK(db->participants().list().size() == 2);
}

TEST_CASE("Going through the wizard imports the roster and every list reloads", "[import][wizard]")
{
    TempStore db;
    ParticipantModel participants(db.store());
    QAbstractItemModelTester tester(&participants, kFatal);
    REQUIRE(participants.rowCount() == 0);

    ImportWizard wizard(db.store());
    REQUIRE(wizard.setFile(roster("cusco_bom_semicolon.csv")));
    wizard.show();
    grab(&wizard, u"import-1-file"_s);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    grab(&wizard, u"import-2-preview"_s);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPageId);
    waitFor(wizard, &ImportWizard::dryRunFinished);
    CHECK(participants.rowCount() == 0);
    REQUIRE(wizard.currentPage()->isComplete());
    const int toCreate = wizard.checked()->participantsCreated;
    CHECK(toCreate > 0);
    grab(&wizard, u"import-3-check"_s);

    QSignalSpy reloaded(&participants, &ParticipantModel::loaded);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ResultPageId);
    waitFor(wizard, &ImportWizard::importFinished);
    REQUIRE(wizard.imported().has_value());
    CHECK(wizard.imported()->committed);
    CHECK(wizard.imported()->participantsCreated == toCreate);
    // Reloaded by bulkChanged, on a worker (the list stays in use meanwhile).
    REQUIRE(QTest::qWaitFor([&] { return reloaded.count() == 1; }, 20'000));
    CHECK(participants.rowCount() == toCreate);
    CHECK(wizard.findChild<QLabel *>(u"importResultHeadline"_s)->text() == u"The roster was imported."_s);
    grab(&wizard, u"import-4-result"_s);

    // The GUI Store's clock caught up with the worker's: a new edit sorts after the import.
    const std::uint64_t importStamp = Hlc::fromText(db->db().setting(u"hlc"_s, u"0"_s));
    CHECK(importStamp > 0);
    CHECK(db->participants().add(sampleParticipant(u"Ana"_s, u"Flores"_s)));
    CHECK(Hlc::fromText(db->db().setting(u"hlc"_s, u"0"_s)) > importStamp);

    // A second import of the same file would change nothing.
    ImportWizard again(db.store());
    REQUIRE(again.setFile(roster("cusco_bom_semicolon.csv")));
    again.startDryRun();
    waitFor(again, &ImportWizard::dryRunFinished);
    CHECK(again.checked()->participantsCreated == 0);
    CHECK(again.checked()->trainingsCreated == 0);
}

TEST_CASE("Cancelling an import through its progress changes nothing", "[import][wizard]")
{
    TempStore db;
    const QByteArray before = dumpOf(db.store());

    ImportOptions options;
    ImportJob job(db->db().path(), &db->db().clock(), roster("cusco_bom_semicolon.csv"), options);
    QSignalSpy progressed(&job, &ImportJob::progressed);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.cancel(); // honoured at the first progress report
    job.start();
    REQUIRE(finished.wait(20000));
    REQUIRE(job.result().has_value());
    REQUIRE(job.result()->ok());
    CHECK(job.result()->value().cancelled);
    CHECK_FALSE(job.result()->value().committed);
    CHECK(progressed.count() == 1);
    CHECK(dumpOf(db.store()) == before);

    // The progress dialog's Cancel button does the same from the wizard.
    ImportWizard wizard(db.store());
    REQUIRE(wizard.setFile(roster("cusco_bom_semicolon.csv")));
    wizard.startImport();
    REQUIRE(wizard.progressDialog() != nullptr);
    auto *cancelButton = wizard.progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancelButton != nullptr);
    cancelButton->click();
    waitFor(wizard, &ImportWizard::importFinished);
    REQUIRE(wizard.imported().has_value());
    CHECK(wizard.imported()->cancelled);
    CHECK(dumpOf(db.store()) == before);
}
