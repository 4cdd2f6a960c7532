#pragma once

#include "importing/duplicates.h"

#include <QAbstractTableModel>

namespace capacita {

class Store;

// Two records side by side, field by field, with which value survives the merge. Record A is
// kept; a field is taken from B when B's value is checked. Where only one record has a value,
// that value survives whatever is chosen (Merger fills empty fields), so there is no choice.
class MergeFieldModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, ValueA, ValueB, ColumnCount };

    explicit MergeFieldModel(Store &store, QObject *parent = nullptr);

    void setPair(const DuplicatePair &pair);
    void clear();
    bool hasPair() const { return !m_rows.isEmpty(); }
    const DuplicatePair &pair() const { return m_pair; }

    // The MergeOptions::takeFromOther keys of the rows where B was chosen.
    QStringList takeFromOther() const;
    // Chooses B's (or A's) value for a field key; false when that field offers no choice.
    bool choose(const QString &key, bool fromB);
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key; // empty for rows that offer no choice (trainings)
        QString label;
        QString a;
        QString b;
        bool fromB = false;
        bool choice() const { return !key.isEmpty() && !a.isEmpty() && !b.isEmpty() && a != b; }
        bool bSurvives() const { return a.isEmpty() ? !b.isEmpty() : (choice() && fromB); }
    };
    QList<Row> buildRows(const Participant &a, const Participant &b);
    QString trainingsOf(const QString &participantId);

    Store &m_store;
    DuplicatePair m_pair;
    QList<Row> m_rows;
};

} // namespace capacita
