#include "importing/previewmodel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace capacita {

void PreviewModel::setPreview(const rosterfile::Preview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void PreviewModel::clear()
{
    setPreview({});
}

QString PreviewModel::fieldLabel(const QString &key)
{
    static const QList<std::pair<QString, const char *>> labels = {
        {u"training_code"_s, QT_TR_NOOP("Training code")},
        {u"training_title"_s, QT_TR_NOOP("Training title")},
        {u"topics"_s, QT_TR_NOOP("Topics")},
        {u"department"_s, QT_TR_NOOP("Department")},
        {u"ubigeo"_s, QT_TR_NOOP("District (UBIGEO)")},
        {u"start_date"_s, QT_TR_NOOP("Start date")},
        {u"end_date"_s, QT_TR_NOOP("End date")},
        {u"sessions"_s, QT_TR_NOOP("Sessions")},
        {u"dni"_s, QT_TR_NOOP("DNI")},
        {u"given_names"_s, QT_TR_NOOP("Given names")},
        {u"family_names"_s, QT_TR_NOOP("Family names")},
        {u"sex"_s, QT_TR_NOOP("Sex")},
        {u"birth_year"_s, QT_TR_NOOP("Birth year")},
        {u"participant_type"_s, QT_TR_NOOP("Participant type")},
        {u"institution"_s, QT_TR_NOOP("Institution")},
        {u"attended"_s, QT_TR_NOOP("Sessions attended")},
        {u"pre_score"_s, QT_TR_NOOP("Pre-test score")},
        {u"post_score"_s, QT_TR_NOOP("Post-test score")},
        {u"max_score"_s, QT_TR_NOOP("Maximum score")},
    };
    for (const auto &[k, label] : labels) {
        if (k == key)
            return tr(label);
    }
    return key;
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.header.size());
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterRecord &record = m_preview.rows.at(index.row());
    if (role == Qt::DisplayRole)
        return record.cell(index.column()).text;
    if (role == Qt::ForegroundRole && m_preview.columns.value(index.column()).isEmpty())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_preview.rows.size())
            return tr("Line %1").arg(m_preview.rows.at(section).line);
        return {};
    }
    if (section < 0 || section >= m_preview.header.size())
        return {};
    const QString key = m_preview.columns.value(section);
    if (role == Qt::DisplayRole) {
        const QString target = key.isEmpty() ? tr("(ignored)") : fieldLabel(key);
        return QString(m_preview.header.at(section) + u"\n→ "_s + target);
    }
    if (role == Qt::ToolTipRole)
        return key.isEmpty() ? tr("This column is not a roster column and will be ignored.")
                             : tr("Read as: %1").arg(fieldLabel(key));
    return {};
}

} // namespace capacita
