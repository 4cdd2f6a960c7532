#pragma once

#include "importing/duplicates.h"

#include <QAbstractTableModel>

namespace capacita {

class Store;

// The probable duplicate pairs (DuplicateFinder::find), strongest first, with the evidence.
class DuplicateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PersonA, PersonB, Evidence, ColumnCount };

    enum Start { Searched, Empty }; // Empty: nothing listed until reload()
    explicit DuplicateModel(Store &store, QObject *parent = nullptr, Start start = Searched);

    void reload(); // searches now, on this thread
    void setPairs(QList<DuplicatePair> pairs); // found elsewhere (a worker)
    void removePair(int row);
    const DuplicatePair &pairAt(int row) const { return m_pairs.at(row); }
    int rowOf(const QString &a, const QString &b) const; // -1 when the pair is not listed

    static QString personText(const Participant &p);
    static QString evidenceText(const QStringList &reasons);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store &m_store;
    QList<DuplicatePair> m_pairs;
};

} // namespace capacita
