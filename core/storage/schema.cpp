#include "storage/schema.h"

#include <algorithm>

namespace capacita::schema {

namespace {
TableSpec spec(const char *name, const char *fields, bool personal = false)
{
    TableSpec t{QString::fromLatin1(name), QString::fromLatin1(fields).split(QLatin1Char(' ')), personal, {}, {}};
    for (int i = 0; i < t.fields.size(); ++i) {
        t.sortedFields.append(i);
        t.quotedFields.append(u'"' + t.fields.at(i) + u'"');
    }
    std::sort(t.sortedFields.begin(), t.sortedFields.end(), [&t](int a, int b) { return t.fields.at(a) < t.fields.at(b); });
    return t;
}
} // namespace

const TableSpec &participant()
{
    static const TableSpec s = spec("participant",
        "given_names family_names doc_type doc_number sex birth_year type institution ubigeo "
        "phone email languages consent_date consent_notice consent_by merged_into", true);
    return s;
}

const TableSpec &training()
{
    static const TableSpec s = spec("training",
        "code title topics modality ubigeo venue start_date end_date facilitators partner "
        "planned_participants completion_share completion_min_post status");
    return s;
}

const TableSpec &session()
{
    static const TableSpec s = spec("training_session", "training_id date start_time end_time hours topic");
    return s;
}

const TableSpec &enrollment()
{
    static const TableSpec s = spec("enrollment", "training_id participant_id");
    return s;
}

const TableSpec &attendance()
{
    static const TableSpec s = spec("attendance", "session_id participant_id status");
    return s;
}

const TableSpec &score()
{
    static const TableSpec s = spec("assessment_score", "training_id participant_id kind score max_score items");
    return s;
}

const TableSpec &target()
{
    static const TableSpec s = spec("target", "indicator period disaggregation value");
    return s;
}

const TableSpec &device()
{
    static const TableSpec s = spec("device", "name public_key revoked revoked_at");
    return s;
}

const QList<TableSpec> &syncedTables()
{
    // Parents before children, the order in which rows can be inserted.
    static const QList<TableSpec> all{device(), participant(), training(), session(), enrollment(),
                                      attendance(), score(), target()};
    return all;
}

} // namespace capacita::schema
