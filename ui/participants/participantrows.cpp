#include "participants/participantrows.h"

#include "common/searchtext.h"
#include "participants/participantmodel.h"
#include "storage/store.h"

namespace capacita {

ParticipantRowMaker::ParticipantRowMaker(const QHash<QString, QString> &typeLabels)
{
    for (auto it = typeLabels.cbegin(); it != typeLabels.cend(); ++it)
        m_foldedTypeLabels.insert(it.key(), foldForSearch(it.value()));
}

ParticipantRow ParticipantRowMaker::make(const Participant &p) const
{
    using Column = ParticipantModel::Columns;
    static_assert(std::tuple_size_v<decltype(ParticipantRow::sortKeys)> == ParticipantModel::ColumnCount);
    ParticipantRow row{p, {}, {}};
    // Each field folded once (folding is most of the cost of loading 50,000 people); the
    // keys are put together from the folded parts, as folding each whole text would give.
    const QString given = foldForSearch(p.givenNames);
    const QString family = foldForSearch(p.familyNames);
    const QString institution = foldForSearch(p.institution);
    QStringList words;
    for (const QString &part : {given, family, foldForSearch(p.docNumber), institution}) {
        if (!part.isEmpty())
            words << part;
    }
    row.searchKey = words.join(QLatin1Char(' '));
    // Family names first, given names to break ties, as in a paper register.
    const QString tieBreak = QLatin1Char('\x1f') + family + QLatin1Char('\x1f') + given;
    row.sortKeys[Column::FamilyNames] = family + tieBreak;
    row.sortKeys[Column::GivenNames] = given + tieBreak;
    row.sortKeys[Column::Document] = p.docNumber;
    const auto type = m_foldedTypeLabels.constFind(p.type);
    row.sortKeys[Column::Type] = (type != m_foldedTypeLabels.cend() ? *type : foldForSearch(p.type)) + tieBreak;
    row.sortKeys[Column::Institution] = institution + tieBreak;
    return row;
}

QList<ParticipantRow> ParticipantRowMaker::readAll(Store &store) const
{
    const QList<Participant> people = store.participants().list();
    QList<ParticipantRow> rows;
    rows.reserve(people.size());
    for (const Participant &p : people)
        rows.append(make(p));
    return rows;
}

ParticipantRowsJob::ParticipantRowsJob(QString databasePath, const Clock *clock, ParticipantRowMaker maker,
                                       QObject *parent)
    : ResultJob(std::move(databasePath), clock, parent)
    , m_maker(std::move(maker))
{
    // It only reads, for a window whose Store checked the file (or whose IntegrityCheck does).
    setOpenChecks(OpenChecks::Deferred);
}

void ParticipantRowsJob::start()
{
    startResult([maker = m_maker](Store &store) -> Result<QList<ParticipantRow>> { return maker.readAll(store); });
}

} // namespace capacita
