// Privacy in the desktop program: the consent fields of the participant editor, the Historial
// of a person and of a training, and hostile text shown as it was typed in the participants list.

#include "support/testsupport.h"

#include "audit/audithistorydialog.h"
#include "audit/audithistorymodel.h"
#include "participants/participanteditor.h"
#include "participants/participantmodel.h"
#include "trainings/trainingeditor.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

QStringList column(const QAbstractItemModel *model, int col)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, col).data().toString();
    return out;
}
} // namespace

TEST_CASE("The participant editor stores consent and shows the history of the person", "[ui][privacy]")
{
    TempStore db;
    QUndoStack undo;
    REQUIRE(db->db().audit().setOperatorName(QStringLiteral("Ana Torres")));
    const QString id = db->participants().add(sampleParticipant()).value();
    ParticipantEditor editor(db.store(), undo);
    editor.setParticipant(id);

    auto *date = child<QDateEdit>(&editor, "consentDateEdit");
    date->setDate(QDate(2023, 11, 2));
    emit date->editingFinished();
    auto *notice = child<QLineEdit>(&editor, "consentNoticeEdit");
    notice->setText(QStringLiteral("v2 2025"));
    emit notice->editingFinished();
    const Participant stored = db->participants().get(id).value();
    CHECK(stored.consentDate == QDate(2023, 11, 2));
    CHECK(stored.consentNotice == QStringLiteral("v2 2025"));
    undo.undo();
    CHECK(db->participants().get(id).value().consentNotice.isEmpty());

    QTest::mouseClick(child<QPushButton>(&editor, "historyButton"), Qt::LeftButton);
    auto *dialog = child<AuditHistoryDialog>(&editor, "auditHistoryDialog");
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModel *model = dialog->model();
    REQUIRE(model->rowCount() == 4); // created, date, notice, notice undone
    CHECK(column(model, AuditHistoryModel::Who).count(QStringLiteral("Ana Torres")) == 4);
    CHECK(column(model, AuditHistoryModel::Changes).first().contains(QStringLiteral("v2 2025"))); // newest first
    CHECK(column(model, AuditHistoryModel::Changes).last().contains(QStringLiteral("Quispe Mamani")));
    dialog->close();
}

TEST_CASE("The training editor shows the history of the training and its rows", "[ui][privacy]")
{
    TempStore db;
    QUndoStack undo;
    const QString person = db->participants().add(sampleParticipant()).value();
    const QString training = db->trainings().add(sampleTraining()).value();
    REQUIRE(db->enrollments().enroll(training, person));
    TrainingEditor editor(db.store(), undo);
    editor.setTraining(training);
    QTest::mouseClick(child<QPushButton>(&editor, "historyButton"), Qt::LeftButton);
    auto *dialog = child<AuditHistoryDialog>(&editor, "auditHistoryDialog");
    const QStringList records = column(dialog->model(), AuditHistoryModel::Record);
    REQUIRE(records.size() == 2);
    CHECK(records.first().contains(QStringLiteral("Rosa Quispe Mamani"))); // the enrollment, newest first
    dialog->close();
}

TEST_CASE("Hostile text is shown exactly in the participants list", "[ui][privacy][hostile]")
{
    TempStore db;
    const QStringList texts{QStringLiteral("Ana \"la Jefa\" O'Brien; y otros"), QStringLiteral("línea uno\nlínea dos"),
                            QStringLiteral("مريم حداد"), QStringLiteral("שרה כהן"),
                            QStringLiteral("👩🏽‍⚖️ Jueza 👨‍👩‍👧‍👦"), QStringLiteral("'); DROP TABLE participant;--"),
                            QString(10'000, QChar(u'ñ'))};
    for (const QString &text : texts) {
        Participant p = sampleParticipant(text, text);
        p.institution = text;
        REQUIRE(db->participants().add(p));
    }
    ParticipantModel model(db.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == texts.size());
    for (const QString &text : texts) {
        CHECK(column(&model, ParticipantModel::FamilyNames).contains(text));
        CHECK(column(&model, ParticipantModel::GivenNames).contains(text));
        CHECK(column(&model, ParticipantModel::Institution).contains(text));
    }
}
