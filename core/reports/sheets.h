#pragma once

#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

// Printed sheets for a training, for sessions where the laptop cannot be used: a sign-in
// sheet (the enrolled people with one signature column per session, and blank rows for
// walk-ins) and a pre/post score sheet. What goes on them is read once from the Store into a
// TrainingSheet, so the drawing can be tested with values made by hand. Both are A4 PDFs
// written like every report output (QSaveFile, 0600); they need a QGuiApplication.

namespace capacita {
class Store;
}

namespace capacita::reports {

struct SheetSession
{
    QDate date;
    QString startTime; // HH:mm or empty
    QString endTime;
};

struct SheetPerson
{
    QString name; // "Family names, Given names"
    QString dni;
    QString institution;
};

struct TrainingSheet
{
    QString code;
    QString title;
    QString venue;
    QString place; // "District, Province, Department", may be empty
    QString department;
    QDate startDate;
    QDate endDate;
    QString facilitators;
    QList<SheetSession> sessions; // by date, then start time
    QList<SheetPerson> people;    // the enrolled, by family then given names
    double maxScore = 20;
    int blankRows = 8; // at least this many rows for walk-ins (the last page is filled up)
};

// idOrCode: a training's id or its code. maxScore defaults to the max of the scores already
// recorded for the training, else 20.
Result<TrainingSheet> loadTrainingSheet(Store &store, const QString &idOrCode);

// Portrait with up to two sessions, landscape with more; beyond what fits across one page,
// the sessions are split over several sets of pages, each listing everybody again.
Status writeSignInSheet(const TrainingSheet &sheet, const QString &path);
Status writeScoreSheet(const TrainingSheet &sheet, const QString &path);

} // namespace capacita::reports
