#pragma once

#include <QStringList>

namespace capacita::cli {

class Context;

// One entry point per command word; `words` are the words after it. Each returns the exit code.
int participantCommand(Context &ctx, const QStringList &words);
int trainingCommand(Context &ctx, const QStringList &words);
int sessionCommand(Context &ctx, const QStringList &words);
int enrollCommand(Context &ctx, const QStringList &words);
int unenrollCommand(Context &ctx, const QStringList &words);
int attendCommand(Context &ctx, const QStringList &words);
int attendanceCommand(Context &ctx, const QStringList &words);
int scoreCommand(Context &ctx, const QStringList &words);
int initCommand(Context &ctx, const QStringList &words);
int dumpCommand(Context &ctx, const QStringList &words);
int typesCommand(Context &ctx, const QStringList &words);
int topicsCommand(Context &ctx, const QStringList &words);
int districtsCommand(Context &ctx, const QStringList &words);
int datasetCommand(Context &ctx, const QStringList &words);
int deviceCommand(Context &ctx, const QStringList &words);
int syncCommand(Context &ctx, const QStringList &words);
int conflictsCommand(Context &ctx, const QStringList &words);
int importCommand(Context &ctx, const QStringList &words);
int templateCommand(Context &ctx, const QStringList &words);
int duplicatesCommand(Context &ctx, const QStringList &words);
int backupCommand(Context &ctx, const QStringList &words);
int reportCommand(Context &ctx, const QStringList &words);
int targetCommand(Context &ctx, const QStringList &words);
int auditCommand(Context &ctx, const QStringList &words);
int sheetCommand(Context &ctx, const QStringList &words);
// "participant merge|unmerge ...": the words after the action.
int participantMergeCommand(Context &ctx, const QStringList &words);
int participantUnmergeCommand(Context &ctx, const QStringList &words);

} // namespace capacita::cli
