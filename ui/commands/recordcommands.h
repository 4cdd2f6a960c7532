#pragma once

#include "commands/recordcompare.h"
#include "commands/storecommand.h"
#include "storage/store.h"

namespace capacita {

// The three edits every record type has, written once over the repository that Accessor
// names (&Store::trainings, &Store::participants, &Store::sessions). Each repository has
// add/update/remove/restore with the same shapes.

// Adds a record; undo deletes it, and redo brings back that same row rather than a new one,
// so later commands that refer to its id stay valid.
template<auto Accessor, typename Record>
class AddRecordCommand : public StoreCommand
{
public:
    AddRecordCommand(Store &store, Record record, const QString &text)
        : StoreCommand(store, text), m_record(std::move(record))
    {
    }
    QString recordId() const { return m_record.id; }

protected:
    Status apply() override
    {
        auto &repository = (m_store.*Accessor)();
        if (!m_removed.isEmpty()) {
            CAPACITA_TRY(repository.restore(m_removed));
            m_removed.clear();
            return {};
        }
        Result<QString> added = repository.add(m_record);
        if (!added)
            return added.error();
        m_record.id = added.value();
        return {};
    }
    Status revert() override
    {
        Result<RowRefs> removed = (m_store.*Accessor)().remove(m_record.id);
        if (!removed)
            return removed.error();
        m_removed = removed.value();
        return {};
    }

private:
    Record m_record;
    RowRefs m_removed;
};

// Changes the fields that differ between `before` and `after`, on the record as it is now.
template<auto Accessor, typename Record>
class EditRecordCommand : public StoreCommand
{
public:
    EditRecordCommand(Store &store, Record before, Record after, const QString &text)
        : StoreCommand(store, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Status apply() override { return replay(m_before, m_after); }
    Status revert() override { return replay(m_after, m_before); }

private:
    Status replay(const Record &from, const Record &to)
    {
        auto &repository = (m_store.*Accessor)();
        auto current = repository.get(to.id);
        if (!current)
            return current.error();
        return repository.update(rebase(current.value(), from, to));
    }

    Record m_before;
    Record m_after;
};

// Deletes a record with whatever the repository cascades to; undo restores exactly those rows.
template<auto Accessor>
class DeleteRecordCommand : public StoreCommand
{
public:
    DeleteRecordCommand(Store &store, QString id, const QString &text)
        : StoreCommand(store, text), m_id(std::move(id))
    {
    }

protected:
    Status apply() override
    {
        Result<RowRefs> removed = (m_store.*Accessor)().remove(m_id);
        if (!removed)
            return removed.error();
        m_removed = removed.value();
        return {};
    }
    Status revert() override { return (m_store.*Accessor)().restore(m_removed); }

private:
    QString m_id;
    RowRefs m_removed;
};

} // namespace capacita
