#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace capacita {

// Plain values for the records a trainer works with. Codes are kept as the text stored in
// the database ("F", "judge", "present"), so the value types need no conversion tables.

struct Participant
{
    QString id;
    QString givenNames;
    QString familyNames;
    QString docType = QStringLiteral("none"); // dni | ce | none
    QString docNumber;
    QString sex = QStringLiteral("unknown"); // F | M | X | unknown
    std::optional<int> birthYear;
    QString type; // participant_type code, may be empty
    QString institution;
    QString ubigeo; // district of work, may be empty
    QString phone;
    QString email;
    QString languages;
    // Consent under Ley 29733: the day it was given, the version of the privacy notice the
    // person was shown, and who collected it. No date means no recorded consent.
    QDate consentDate;
    QString consentNotice;
    QString consentBy;
    QString mergedInto;

    bool hasConsent() const { return consentDate.isValid(); }

    QString dni() const { return docType == QLatin1String("dni") ? docNumber : QString(); }
    QString fullName() const { return givenNames + QLatin1Char(' ') + familyNames; }
};

struct Training
{
    QString id;
    QString code;
    QString title;
    QStringList topics; // topic codes
    QString modality = QStringLiteral("in_person"); // in_person | virtual | hybrid
    QString ubigeo;
    QString venue;
    QDate startDate;
    QDate endDate;
    QString facilitators;
    QString partner;
    std::optional<int> plannedParticipants;
    double completionShare = 0.8; // minimum share of sessions attended
    std::optional<double> completionMinPost; // optional minimum post-test score
    QString status = QStringLiteral("planned"); // planned | ongoing | completed | cancelled
};

struct TrainingSession
{
    QString id;
    QString trainingId;
    QDate date;
    QString startTime; // HH:mm or empty
    QString endTime;
    double hours = 0;
    QString topic;
};

struct Enrollment
{
    QString id;
    QString trainingId;
    QString participantId;
};

struct Attendance
{
    QString id;
    QString sessionId;
    QString participantId;
    QString status; // present | late | excused | absent
};

struct AssessmentScore
{
    QString id;
    QString trainingId;
    QString participantId;
    QString kind; // pre | post
    double score = 0;
    double maxScore = 20;
};

// Reference data: lookups seeded by the schema, districts from the INEI UBIGEO table.
struct CodeLabel
{
    QString code;
    QString labelEs;
    QString labelEn;
};

struct District
{
    QString ubigeo;
    QString department;
    QString province;
    QString district;
};

} // namespace capacita
