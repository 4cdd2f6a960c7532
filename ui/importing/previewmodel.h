#pragma once

#include "importing/rosterfile.h"

#include <QAbstractTableModel>

namespace capacita {

// The first rows of a roster as read, one column per column of the file. The horizontal
// header shows the file's header and what it was recognised as ("ignored" when nothing).
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const rosterfile::Preview &preview);
    void clear();
    const rosterfile::Preview &preview() const { return m_preview; }

    // A person's name for a roster column key ("given_names" -> "Given names").
    static QString fieldLabel(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    rosterfile::Preview m_preview;
};

} // namespace capacita
