#include "commands/storecommand.h"

#include "common/errorreporter.h"

#include <QUndoStack>

namespace capacita {

StoreCommand::StoreCommand(Store &store, const QString &text) : QUndoCommand(text), m_store(store)
{
}

Status StoreCommand::run(QUndoStack &stack, std::unique_ptr<StoreCommand> command)
{
    const Status done = command->apply();
    if (!done)
        return done;
    command->m_applied = true;
    stack.push(command.release());
    return {};
}

void StoreCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    if (const Status done = apply(); !done) {
        setObsolete(true);
        ErrorReporter::report(done.error());
    }
}

void StoreCommand::undo()
{
    if (const Status done = revert(); !done) {
        setObsolete(true);
        ErrorReporter::report(done.error());
    }
}

} // namespace capacita
