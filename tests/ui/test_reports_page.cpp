// The Reportes page: the indicator tables cell for cell, the evidence list, and exports.

#include "test_reports_fixture.h"

#include "reports/reportfilterbar.h"
#include "reports/reportspage.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttables.h"
#include "reports/reportwriters.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
reports::Indicators computed(Store &store, const reports::ReportFilter &filter)
{
    Result<reports::Indicators> indicators = reports::computeIndicators(store, filter);
    REQUIRE(indicators.ok());
    return indicators.value();
}

// Runs `start` and waits for the export it begins to end; returns how it ended.
template<typename Start>
Status exportAndWait(ReportsPage &page, Start start)
{
    std::optional<Status> result;
    const QMetaObject::Connection c = QObject::connect(
        &page, &ReportsPage::exportFinished, &page, [&result](const Status &s, const QString &) { result = s; });
    QSignalSpy done(&page, &ReportsPage::exportFinished);
    start();
    if (!result)
        REQUIRE(done.wait(30000));
    QObject::disconnect(c);
    REQUIRE(result.has_value());
    return *result;
}
} // namespace

TEST_CASE("Reportes shows the indicator tables cell for cell", "[reports][page]")
{
    ReportsFixture f;
    ReportsPage page(f.db.store());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show(); // the page computes when it is first shown
    waitFor(&page, &ReportsPage::updated);

    page.filterBar()->setFiscalYear(2025);
    waitFor(&page, &ReportsPage::updated);
    const QList<reports::ReportTable> expected =
        reports::indicatorTables(computed(f.db.store(), reports::ReportFilter::fiscalYear(2025)));
    REQUIRE(page.tables().size() == expected.size() + 1); // and the evidence list
    auto *list = page.findChild<QListWidget *>(QStringLiteral("reportList"));
    REQUIRE(list->count() == page.tables().size());

    for (const reports::ReportTable &table : expected) {
        page.showTable(table.id);
        CHECK(page.currentTableId() == table.id);
        const ReportTableModel *model = page.model();
        REQUIRE(model->rowCount() == table.rows.size());
        REQUIRE(model->columnCount() == table.columnIds.size());
        for (int c = 0; c < model->columnCount(); ++c)
            CHECK(model->headerData(c, Qt::Horizontal).toString() == table.headers.at(c));
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QVariant cell = table.rows.at(r).value(c);
                CHECK(model->index(r, c).data(Qt::EditRole) == cell);
                CHECK(model->index(r, c).data().toString() == ReportTableModel::displayText(cell));
            }
        }
    }

    // The evidence: the four people counted.
    page.showTable(QStringLiteral("participants"));
    CHECK(page.model()->rowCount() == 4);
    CHECK(list->currentRow() == list->count() - 1);

    // Choosing a table in the list shows it.
    list->setCurrentRow(0);
    CHECK(page.currentTableId() == expected.first().id);
}

TEST_CASE("Reportes refreshes after an edit without resetting the table", "[reports][page]")
{
    ReportsFixture f;
    ReportsPage page(f.db.store());
    page.show();
    waitFor(&page, &ReportsPage::updated);
    page.showTable(QStringLiteral("by_sex"));
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(page.model(), &QAbstractItemModel::dataChanged);

    REQUIRE(f.db->attendance().set(f.cuscoSessions.at(1), f.maria, QStringLiteral("present")).ok());
    REQUIRE(f.db->attendance().set(f.cuscoSessions.at(2), f.maria, QStringLiteral("present")).ok());
    waitFor(&page, &ReportsPage::updated);
    CHECK(resets.count() == 0);
    CHECK(changes.count() >= 1);
    const reports::ReportTable &table = page.model()->table();
    const int count = int(table.columnIds.indexOf(QStringLiteral("count")));
    REQUIRE(count >= 0);
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        if (table.rows.at(r).at(0) == QStringLiteral("F"))
            CHECK(page.model()->index(r, count).data(Qt::EditRole).toLongLong() == 3);
    }
}

TEST_CASE("Reportes exports CSV XLSX and PDF from the tables it shows", "[reports][page]")
{
    ReportsFixture f;
    ReportsPage page(f.db.store());
    page.show();
    waitFor(&page, &ReportsPage::updated);
    auto *csvButton = page.findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
    REQUIRE(csvButton->isEnabled());

    // CSV through the button, with the path chooser standing in for the dialog.
    const QString csv = f.db.dir() + QStringLiteral("/report.csv");
    page.setSavePathChooser([&csv](ReportsPage::Format format) {
        CHECK(format == ReportsPage::Csv);
        return csv;
    });
    const Status csvWritten = exportAndWait(page, [csvButton] {
        csvButton->click();
        CHECK_FALSE(csvButton->isEnabled()); // one export at a time
    });
    CHECK(csvWritten.ok());
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == reports::csvBytes(reports::indicatorTables(computed(f.db.store(), {}))));
    CHECK(written.permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(written.permissions().testFlag(QFileDevice::ReadOther));
    auto *saved = page.findChild<QMessageBox *>(QStringLiteral("savedBox"));
    REQUIRE(saved != nullptr);
    CHECK(saved->informativeText().endsWith(QStringLiteral("report.csv")));
    saved->close();

    for (const auto &[format, name, magic] :
         {std::tuple{ReportsPage::Xlsx, QStringLiteral("report.xlsx"), QByteArray("PK")},
          std::tuple{ReportsPage::Pdf, QStringLiteral("report.pdf"), QByteArray("%PDF")}}) {
        const QString path = f.db.dir() + u'/' + name;
        CHECK(exportAndWait(page, [&page, format = format, &path] { page.exportTo(format, path); }).ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(magic.size()) == magic);
    }
}

TEST_CASE("A failed export says so and leaves the page usable", "[reports][page]")
{
    ReportsFixture f;
    ReportsPage page(f.db.store());
    page.show();
    waitFor(&page, &ReportsPage::updated);
    const QString path = f.db.dir() + QStringLiteral("/no/such/folder/report.csv");
    const Status status = exportAndWait(page, [&page, &path] { page.exportTo(ReportsPage::Csv, path); });
    CHECK_FALSE(status.ok());
    CHECK_FALSE(QFile::exists(path));
    auto *error = page.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    REQUIRE(error != nullptr);
    CHECK(error->text().contains(QStringLiteral("report.csv")));
    CHECK_FALSE(error->informativeText().isEmpty());
    CHECK(page.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
}
