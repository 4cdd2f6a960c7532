#include "importing/merger.h"

#include "storage/auditlog.h"
#include "storage/duplicaterepository.h"
#include "storage/rowwriter.h"
#include "storage/store.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {

struct MergerText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::Merger)
};

const TableSpec *specOf(const QString &name)
{
    for (const TableSpec &t : schema::syncedTables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QJsonValue toJsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

QVariant fromJsonValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return v.toDouble();
    return v.toString();
}

// Remembers each touched row as it was before its first change in this merge.
class Journal
{
public:
    explicit Journal(RowWriter &rows)
        : m_rows(rows)
    {
    }

    void note(const TableSpec &table, const QString &id)
    {
        const QString key = table.name + u'/' + id;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        QJsonObject entry { { u"table"_s, table.name }, { u"id"_s, id } };
        if (const auto values = m_rows.read(table, id, true)) {
            QJsonObject fields;
            for (auto it = values->cbegin(); it != values->cend(); ++it)
                fields.insert(it.key(), toJsonValue(it.value()));
            entry.insert(u"existed"_s, true);
            entry.insert(u"live"_s, m_rows.isLive(table, id));
            entry.insert(u"values"_s, fields);
        } else {
            entry.insert(u"existed"_s, false);
        }
        m_entries.append(entry);
    }
    QString text() const { return QString::fromUtf8(QJsonDocument(m_entries).toJson(QJsonDocument::Compact)); }

private:
    RowWriter &m_rows;
    QSet<QString> m_seen;
    QJsonArray m_entries;
};

QVariant field(const QVariantMap &row, const char *name)
{
    return row.value(QString::fromLatin1(name));
}

} // namespace

QJsonObject MergeReport::toJson() const
{
    return {
        { u"keep"_s, keep },
        { u"other"_s, other },
        { u"merge_id"_s, mergeId },
        { u"moved"_s,
            QJsonObject { { u"enrollments"_s, enrollmentsMoved }, { u"attendance"_s, attendanceMoved },
                { u"scores"_s, scoresMoved } } },
        { u"fields_from_other"_s, QJsonArray::fromStringList(fieldsFromOther) },
        { u"kept_on_keep"_s, QJsonArray::fromStringList(keptOnKeep) },
    };
}

Result<MergeReport> Merger::merge(const QString &keepId, const QString &otherId, const MergeOptions &options)
{
    if (keepId == otherId)
        return Error::badInput(QStringLiteral("other"), MergerText::tr("a record cannot be merged into itself."));
    auto keep = m_store.participants().get(keepId);
    if (!keep)
        return keep.error();
    auto other = m_store.participants().get(otherId);
    if (!other)
        return other.error();

    Database &db = m_store.db();
    RowWriter rows(db);
    DuplicateRepository duplicates(db);
    Journal journal(rows);
    MergeReport report;
    report.keep = keepId;
    report.other = otherId;

    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    const AuditScope audited(db, AuditOrigin::Merge, otherId + QStringLiteral(" → ") + keepId);

    // Each fact of OTHER becomes KEEP's fact with the id KEEP's natural key gives it.
    struct Move
    {
        const TableSpec &table;
        std::function<QString(const QVariantMap &)> keepId;
        int *counter;
        QString what;
    };
    const QList<Move> moves {
        { schema::enrollment(),
            [&](const QVariantMap &r) {
                return EnrollmentRepository::idFor(field(r, "training_id").toString(), keepId);
            },
            &report.enrollmentsMoved, MergerText::tr("enrollment") },
        { schema::attendance(),
            [&](const QVariantMap &r) {
                return AttendanceRepository::idFor(field(r, "session_id").toString(), keepId);
            },
            &report.attendanceMoved, MergerText::tr("attendance mark") },
        { schema::score(),
            [&](const QVariantMap &r) {
                return ScoreRepository::idFor(field(r, "training_id").toString(), keepId, field(r, "kind").toString());
            },
            &report.scoresMoved, MergerText::tr("score") },
    };
    for (const Move &move : moves) {
        auto ids = duplicates.liveRowsOf(move.table, otherId);
        if (!ids)
            return ids.error();
        for (const QString &id : std::as_const(*ids)) {
            const auto values = rows.read(move.table, id);
            if (!values)
                continue;
            const QString target = move.keepId(*values);
            journal.note(move.table, id);
            journal.note(move.table, target);
            QVariantMap moved = *values;
            moved.insert(QStringLiteral("participant_id"), keepId);
            if (rows.isLive(move.table, target)) {
                if (const auto mine = rows.read(move.table, target); mine && *mine != moved)
                    report.keptOnKeep
                        << MergerText::tr("%1 %2: both records had it; KEEP's was kept.").arg(move.what, target);
            } else {
                CAPACITA_TRY(rows.upsert(move.table, target, moved));
                ++*move.counter;
            }
            CAPACITA_TRY(rows.setDeleted(move.table, id, true));
        }
    }

    // OTHER is folded away first, so that KEEP may take its DNI.
    journal.note(schema::participant(), otherId);
    CAPACITA_TRY(rows.update(schema::participant(), otherId, { { QStringLiteral("merged_into"), keepId } }));
    CAPACITA_TRY(rows.setDeleted(schema::participant(), otherId, true));

    Participant merged = *keep;
    const Participant &o = *other;
    auto choose = [&](const char *name, auto &mine, const auto &theirs, bool mineEmpty, bool theirsEmpty) {
        const QString f = QString::fromLatin1(name);
        if (theirsEmpty || mine == theirs)
            return;
        if (mineEmpty || options.takeFromOther.contains(f)) {
            mine = theirs;
            report.fieldsFromOther << f;
        }
    };
    choose("given_names", merged.givenNames, o.givenNames, merged.givenNames.isEmpty(), o.givenNames.isEmpty());
    choose("family_names", merged.familyNames, o.familyNames, merged.familyNames.isEmpty(), o.familyNames.isEmpty());
    if (o.docType != u"none" && (merged.docType == u"none" || options.takeFromOther.contains(u"dni"_s))
        && (o.docType != merged.docType || o.docNumber != merged.docNumber)) {
        merged.docType = o.docType;
        merged.docNumber = o.docNumber;
        report.fieldsFromOther << u"dni"_s;
    } else if (!o.dni().isEmpty() && !merged.dni().isEmpty() && o.dni() != merged.dni()) {
        report.keptOnKeep << MergerText::tr("DNI: KEEP's %1 was kept; OTHER had %2.").arg(merged.dni(), o.dni());
    }
    choose("sex", merged.sex, o.sex, merged.sex == u"unknown", o.sex == u"unknown");
    choose("birth_year", merged.birthYear, o.birthYear, !merged.birthYear, !o.birthYear);
    choose("type", merged.type, o.type, merged.type.isEmpty(), o.type.isEmpty());
    choose("institution", merged.institution, o.institution, merged.institution.isEmpty(), o.institution.isEmpty());
    choose("ubigeo", merged.ubigeo, o.ubigeo, merged.ubigeo.isEmpty(), o.ubigeo.isEmpty());
    choose("phone", merged.phone, o.phone, merged.phone.isEmpty(), o.phone.isEmpty());
    choose("email", merged.email, o.email, merged.email.isEmpty(), o.email.isEmpty());
    choose("languages", merged.languages, o.languages, merged.languages.isEmpty(), o.languages.isEmpty());
    // Consent is one fact (date, notice, collector): KEEP without one takes OTHER's whole.
    if (!merged.hasConsent() && o.hasConsent()) {
        merged.consentDate = o.consentDate;
        merged.consentNotice = o.consentNotice;
        merged.consentBy = o.consentBy;
        report.fieldsFromOther << u"consent"_s;
    }
    journal.note(schema::participant(), keepId);
    CAPACITA_TRY(m_store.participants().update(merged));

    auto logged = duplicates.logMerge(keepId, otherId, journal.text());
    if (!logged)
        return logged.error();
    report.mergeId = *logged;
    CAPACITA_TRY(tx.commit());
    return report;
}

Result<QJsonObject> Merger::unmerge(const QString &otherId)
{
    Database &db = m_store.db();
    DuplicateRepository duplicates(db);
    const auto log = duplicates.lastMergeOf(otherId);
    if (!log)
        return Error::notFound(QStringLiteral("other"),
            MergerText::tr("%1 is not a merged record (or its merge was already undone).").arg(otherId));
    // Merges are undone newest first: a later merge may have moved the same rows again.
    for (const QString &person : {log->keep, otherId}) {
        if (const auto later = duplicates.laterMergeInvolving(person, log->id))
            return Error::refused(MergerText::tr("A later merge (of %1 into %2) involves this person; undo that one first.")
                                      .arg(later->other, later->keep));
    }
    const QJsonArray entries = QJsonDocument::fromJson(log->rows.toUtf8()).array();
    RowWriter rows(db);
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    const AuditScope audited(db, AuditOrigin::Merge, otherId + QStringLiteral(" ↩ ") + log->keep);
    // Newest change first, each row back to its state before the merge.
    int restored = 0;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const QJsonObject entry = entries.at(i).toObject();
        const TableSpec *table = specOf(entry.value(u"table"_s).toString());
        const QString id = entry.value(u"id"_s).toString();
        if (!table)
            return Error::io(MergerText::tr("The record of merge %1 is damaged; nothing was changed.").arg(log->id));
        if (!entry.value(u"existed"_s).toBool()) {
            if (rows.isLive(*table, id))
                CAPACITA_TRY(rows.setDeleted(*table, id, true));
            ++restored;
            continue;
        }
        QVariantMap values;
        const QJsonObject fields = entry.value(u"values"_s).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            values.insert(it.key(), fromJsonValue(it.value()));
        CAPACITA_TRY(rows.update(*table, id, values));
        CAPACITA_TRY(rows.setDeleted(*table, id, !entry.value(u"live"_s).toBool()));
        ++restored;
    }
    CAPACITA_TRY(duplicates.markUndone(log->id));
    CAPACITA_TRY(tx.commit());
    return QJsonObject { { u"keep"_s, log->keep }, { u"other"_s, otherId }, { u"merge_id"_s, log->id },
        { u"rows_restored"_s, restored } };
}

} // namespace capacita
