#pragma once

#include "common/recordtablemodel.h"
#include "domain/entities.h"

#include <QHash>

namespace capacita {

class Store;
struct ChangeEvent;

// All live trainings, one per row, following the store's change notifications.
class TrainingModel : public RecordTableModel<Training>
{
    Q_OBJECT
public:
    enum Columns { Code, Title, Department, Start, End, Status, ColumnCount };
    // Later: empty until ensureLoaded(), for a page that lists its trainings when first shown.
    enum class Fill { Now, Later };

    explicit TrainingModel(Store &store, QObject *parent = nullptr, Fill fill = Fill::Now);

    // Reads every live training the first time; later calls do nothing.
    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString departmentOf(const QString &ubigeo) const;

private:
    void onChanged(const ChangeEvent &event);
    void reload();
    QVariant display(const Training &t, int column) const;

    Store &m_store;
    QHash<QString, QString> m_departments; // first two UBIGEO digits -> department
    bool m_loaded = false;
};

} // namespace capacita
