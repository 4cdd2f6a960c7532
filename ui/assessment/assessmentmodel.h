#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class QUndoStack;

namespace capacita {

class SetScoreCommand;
class Store;
struct ChangeEvent;

// Pre/post test scores of the people enrolled in one training, one row each, with the gain
// and the attended share next to them. Pre, Post and Max are edited in place; each edit is a
// SetScoreCommand through core. Like AttendanceModel, the model follows the database's
// notifier with exact dataChanged signals and resets only when the rows themselves change.
class AssessmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { NameColumn, PreColumn, PostColumn, MaxColumn, GainColumn, AttendedColumn, ColumnCount };
    enum Roles {
        ScoreRole = Qt::UserRole + 1, // the number as a double; invalid when there is none
        ParticipantIdRole,
    };

    // Over the people with both a pre and a post score.
    struct Summary
    {
        int paired = 0;
        double meanPre = 0;
        double meanPost = 0;
        double meanGain = 0; // points
        double meanGainPercent = 0; // percentage points of the maximum
    };

    AssessmentModel(Store &store, QUndoStack &undo, QObject *parent = nullptr);

    void setTraining(const QString &trainingId);
    QString trainingId() const { return m_trainingId; }
    Summary summary() const;
    // The maximum a new score gets when its row has none: the one most used in this training,
    // else 20 (Peru's 0-20 scale).
    double defaultMax() const { return m_defaultMax; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Pre, Post or Max: a number (or text such as "14,5"); an empty value clears the score.
    // Returns false, and emits refused() with core's message, when the value is not accepted.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void refused(const QString &message);
    void summaryChanged();

private:
    struct Row
    {
        Participant person;
        std::optional<AssessmentScore> pre;
        std::optional<AssessmentScore> post;
        std::optional<double> pendingMax; // chosen before any score was typed; not stored yet
        QList<bool> attended; // per session: present or late
    };

    void reload();
    void onChanged(const ChangeEvent &event);
    void onScoreChanged(const QString &scoreId);
    void onAttendanceChanged(const QString &attendanceId);
    void onStructureMaybeChanged();
    bool touchesRows(const ChangeEvent &event);
    void emitRowChanged(int row, int first, int last);
    double rowMax(const Row &row) const;
    double computeDefaultMax() const;
    bool setScore(int row, const QString &kind, const QVariant &value);
    bool setMax(int row, const QVariant &value);
    bool push(std::unique_ptr<SetScoreCommand> command);
    std::optional<AssessmentScore> &score(Row &row, const QString &kind);

    Store &m_store;
    QUndoStack &m_undo;
    QString m_trainingId;
    double m_defaultMax = 20;
    QStringList m_sessionIds;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfScore; // score id -> row
    QHash<QString, std::pair<int, int>> m_cellOfMark; // attendance id -> (row, session)
};

} // namespace capacita
