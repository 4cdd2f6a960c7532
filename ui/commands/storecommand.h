#pragma once

#include "domain/result.h"

#include <QUndoCommand>

#include <memory>

class QUndoStack;

namespace capacita {

class Store;

// An undoable edit carried out by a repository. The first redo runs before the command is
// pushed (see run()), so a refused edit never reaches the stack; a later undo or redo that the
// database refuses (the data moved under it) is reported and the command is dropped from the
// stack instead of leaving it inconsistent.
class StoreCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

    // Does the edit once; pushes the command only when the edit was stored.
    static Status run(QUndoStack &stack, std::unique_ptr<StoreCommand> command);

protected:
    StoreCommand(Store &store, const QString &text);
    virtual Status apply() = 0;  // do (or do again)
    virtual Status revert() = 0; // take back

    Store &m_store;

private:
    bool m_applied = false; // set by run(): the stack's first redo() must not repeat the edit
};

} // namespace capacita
