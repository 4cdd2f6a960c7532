#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class QUndoStack;

namespace capacita {

class SetAttendanceCommand;
class Store;
struct ChangeEvent;

// Participants enrolled in one training (rows) by its sessions (columns), plus a last column
// with each person's attended share. Cells hold the mark; the horizontal header carries the
// session number, date and how many attended (present or late).
//
// Edits become undo commands written through core; the model itself changes only when the
// database's notifier reports a change, so an edit, its undo, or a change made on another page
// all update the grid the same way, with exact dataChanged signals. It resets only when the
// training, its enrolments or its sessions change.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        StatusRole = Qt::UserRole + 1, // "present" | "late" | "excused" | "absent" | empty
        SessionIdRole,
        ParticipantIdRole,
    };

    AttendanceModel(Store &store, QUndoStack &undo, QObject *parent = nullptr);

    void setTraining(const QString &trainingId);
    QString trainingId() const { return m_training.id; }

    int sessionCount() const { return int(m_sessions.size()); }
    int shareColumn() const { return sessionCount(); }
    bool isMarkCell(const QModelIndex &index) const;
    QString status(const QModelIndex &index) const;
    int attendedCount(int column) const; // present + late in that session
    int attendedSessions(int row) const;
    double attendedShare(int row) const; // of all sessions; 0 when there are none

    // Pushes an undo command that sets (or, with nullopt, clears) the mark. Returns false and
    // emits refused() when core refuses; nothing is pushed then.
    bool setMark(const QModelIndex &index, const std::optional<QString> &status);
    // Marks everyone without a mark in the session present, as one undo step.
    bool markAllPresent(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Qt::EditRole with a status code, or an empty value to clear.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void refused(const QString &message);

private:
    void reload();
    void onChanged(const ChangeEvent &event);
    void onMarkChanged(const QString &attendanceId);
    void onStructureMaybeChanged();
    bool touchesRows(const ChangeEvent &event);
    bool push(std::unique_ptr<SetAttendanceCommand> command);
    int cell(int row, int column) const { return row * sessionCount() + column; }

    Store &m_store;
    QUndoStack &m_undo;
    Training m_training;
    QList<Participant> m_participants;
    QList<TrainingSession> m_sessions;
    QList<QString> m_status; // per cell, row-major; empty when unmarked
    QHash<QString, int> m_cellOf; // attendance id -> cell
};

} // namespace capacita
