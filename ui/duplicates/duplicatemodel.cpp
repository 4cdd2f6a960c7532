#include "duplicates/duplicatemodel.h"

#include "storage/store.h"

using namespace Qt::StringLiterals;

namespace capacita {

DuplicateModel::DuplicateModel(Store &store, QObject *parent, Start start)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (start == Searched)
        reload();
}

void DuplicateModel::reload()
{
    setPairs(DuplicateFinder(m_store).find());
}

void DuplicateModel::setPairs(QList<DuplicatePair> pairs)
{
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

void DuplicateModel::removePair(int row)
{
    if (row < 0 || row >= m_pairs.size())
        return;
    beginRemoveRows({}, row, row);
    m_pairs.removeAt(row);
    endRemoveRows();
}

int DuplicateModel::rowOf(const QString &a, const QString &b) const
{
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair &p = m_pairs.at(row);
        if ((p.a.id == a && p.b.id == b) || (p.a.id == b && p.b.id == a))
            return row;
    }
    return -1;
}

QString DuplicateModel::personText(const Participant &p)
{
    QString text = p.familyNames + u", "_s + p.givenNames;
    if (!p.docNumber.isEmpty())
        text += u" · "_s + p.docNumber;
    if (p.birthYear)
        text += u" · "_s + QString::number(*p.birthYear);
    return text;
}

QString DuplicateModel::evidenceText(const QStringList &reasons)
{
    QStringList parts;
    for (const QString &reason : reasons) {
        if (reason == u"same_dni")
            parts << tr("same DNI");
        else if (reason == u"same_names")
            parts << tr("same names");
        else if (reason == u"names_1_edit")
            parts << tr("names one letter apart");
        else if (reason == u"names_2_edits")
            parts << tr("names two letters apart");
        else if (reason == u"same_sex")
            parts << tr("same sex");
        else if (reason == u"same_birth_year")
            parts << tr("same birth year");
        else if (reason == u"birth_year_missing")
            parts << tr("birth year missing");
        else if (reason == u"sex_unknown")
            parts << tr("sex unknown");
        else if (reason == u"dni_missing")
            parts << tr("no DNI to compare");
        else
            parts << reason;
    }
    return parts.join(u", "_s);
}

int DuplicateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int DuplicateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicatePair &pair = m_pairs.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PersonA:
            return personText(pair.a);
        case PersonB:
            return personText(pair.b);
        case Evidence:
            return evidenceText(pair.evidence.reasons);
        }
    }
    if (role == Qt::UserRole)
        return QString(pair.a.id + u'|' + pair.b.id);
    return {};
}

QVariant DuplicateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonA:
        return tr("Record A");
    case PersonB:
        return tr("Record B");
    case Evidence:
        return tr("Why");
    }
    return {};
}

} // namespace capacita
