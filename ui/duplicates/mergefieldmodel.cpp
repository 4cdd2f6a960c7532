#include "duplicates/mergefieldmodel.h"

#include "common/codelabels.h"
#include "storage/store.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace capacita {

MergeFieldModel::MergeFieldModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void MergeFieldModel::setPair(const DuplicatePair &pair)
{
    beginResetModel();
    m_pair = pair;
    m_rows = buildRows(pair.a, pair.b);
    endResetModel();
}

void MergeFieldModel::clear()
{
    beginResetModel();
    m_pair = {};
    m_rows.clear();
    endResetModel();
}

QString MergeFieldModel::trainingsOf(const QString &participantId)
{
    QStringList names;
    for (const Training &t : m_store.enrollments().trainingsOf(participantId))
        names << QString(t.code + u' ' + t.title);
    return names.join(u'\n');
}

QList<MergeFieldModel::Row> MergeFieldModel::buildRows(const Participant &a, const Participant &b)
{
    ReferenceData &reference = m_store.reference();
    const QList<CodeLabel> types = reference.participantTypes();
    auto dni = [](const Participant &p) {
        return p.docNumber.isEmpty() ? QString() : QString(labels::docType(p.docType) + u' ' + p.docNumber);
    };
    auto sex = [](const Participant &p) { return p.sex == u"unknown" ? QString() : labels::sex(p.sex); };
    auto year = [](const Participant &p) { return p.birthYear ? QString::number(*p.birthYear) : QString(); };
    auto type = [&types](const Participant &p) { return p.type.isEmpty() ? QString() : labels::localized(types, p.type); };
    auto district = [&reference](const Participant &p) {
        if (p.ubigeo.isEmpty())
            return QString();
        const auto d = reference.district(p.ubigeo);
        return d ? QStringList{d->district, d->province, d->department}.join(u", "_s) : p.ubigeo;
    };
    QList<Row> rows = {
        {u"given_names"_s, tr("Given names"), a.givenNames, b.givenNames, false},
        {u"family_names"_s, tr("Family names"), a.familyNames, b.familyNames, false},
        {u"dni"_s, tr("Document"), dni(a), dni(b), false},
        {u"sex"_s, tr("Sex"), sex(a), sex(b), false},
        {u"birth_year"_s, tr("Birth year"), year(a), year(b), false},
        {u"type"_s, tr("Participant type"), type(a), type(b), false},
        {u"institution"_s, tr("Institution"), a.institution, b.institution, false},
        {u"ubigeo"_s, tr("District"), district(a), district(b), false},
        {u"phone"_s, tr("Phone"), a.phone, b.phone, false},
        {u"email"_s, tr("Email"), a.email, b.email, false},
        {{}, tr("Trainings (all are kept)"), trainingsOf(a.id), trainingsOf(b.id), false},
    };
    return rows;
}

QStringList MergeFieldModel::takeFromOther() const
{
    QStringList keys;
    for (const Row &row : m_rows) {
        if (row.choice() && row.fromB)
            keys << row.key;
    }
    return keys;
}

int MergeFieldModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

bool MergeFieldModel::choose(const QString &key, bool fromB)
{
    const int row = rowOf(key);
    return row >= 0 && setData(index(row, fromB ? ValueB : ValueA), Qt::Checked, Qt::CheckStateRole);
}

int MergeFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MergeFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isB = index.column() == ValueB;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Field)
            return row.label;
        return isB ? row.b : row.a;
    case Qt::CheckStateRole:
        if (index.column() == Field || !row.choice())
            return {};
        return (isB == row.fromB) ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (index.column() != Field && !row.key.isEmpty() && (isB ? !row.b.isEmpty() : !row.a.isEmpty())
            && isB == row.bSurvives()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() != Field && !row.key.isEmpty() && !row.choice())
            return tr("Only one value, or the same value: it is kept.");
        return {};
    }
    return {};
}

bool MergeFieldModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() == Field)
        return false;
    Row &row = m_rows[index.row()];
    if (!row.choice())
        return false;
    // Two radio buttons: checking one value unchecks the other; unchecking does nothing.
    if (value.toInt() != Qt::Checked)
        return false;
    const bool fromB = index.column() == ValueB;
    if (row.fromB != fromB) {
        row.fromB = fromB;
        emit dataChanged(this->index(index.row(), ValueA), this->index(index.row(), ValueB));
    }
    return true;
}

Qt::ItemFlags MergeFieldModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Field && m_rows.at(index.row()).choice())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant MergeFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case ValueA:
        return tr("Record A (kept)");
    case ValueB:
        return tr("Record B (merged into A)");
    }
    return {};
}

} // namespace capacita
