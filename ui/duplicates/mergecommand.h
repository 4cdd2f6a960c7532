#pragma once

#include "commands/storecommand.h"
#include "importing/merger.h"

#include <QCoreApplication>

namespace capacita {

// Folds OTHER into KEEP (Merger::merge); undo puts every row back as it was (Merger::unmerge).
class MergeCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(capacita::MergeCommand)
public:
    MergeCommand(Store &store, QString keep, QString other, MergeOptions options, const QString &name);
    const MergeReport &report() const { return m_report; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_keep;
    QString m_other;
    MergeOptions m_options;
    MergeReport m_report;
};

} // namespace capacita
