#include "duplicates/mergecommand.h"

namespace capacita {

MergeCommand::MergeCommand(Store &store, QString keep, QString other, MergeOptions options, const QString &name)
    : StoreCommand(store, tr("Merge duplicate records of %1").arg(name))
    , m_keep(std::move(keep))
    , m_other(std::move(other))
    , m_options(std::move(options))
{
}

Status MergeCommand::apply()
{
    Result<MergeReport> merged = Merger(m_store).merge(m_keep, m_other, m_options);
    if (!merged)
        return merged.error();
    m_report = *merged;
    return {};
}

Status MergeCommand::revert()
{
    Result<QJsonObject> restored = Merger(m_store).unmerge(m_other);
    if (!restored)
        return restored.error();
    return {};
}

} // namespace capacita
