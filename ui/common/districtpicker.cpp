#include "common/districtpicker.h"

#include "common/modelroles.h"
#include "common/searchtext.h"
#include "storage/referencedata.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace capacita {

namespace {

// Matches what was typed against the folded text of each entry, and writes back the
// readable text when an entry is picked.
class FoldingCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {foldForSearch(path)}; }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(Qt::DisplayRole).toString();
    }
};

} // namespace

DistrictPicker::DistrictPicker(ReferenceData &reference, QWidget *parent)
    : QLineEdit(parent), m_model(new QStandardItemModel(this))
{
    const QList<District> districts = reference.districts();
    for (const District &d : districts) {
        auto *item = new QStandardItem(describe(d));
        item->setData(foldForSearch(item->text()), SearchRole);
        item->setData(d.ubigeo, IdRole);
        m_model->appendRow(item);
    }
    auto *completer = new FoldingCompleter(m_model, this);
    completer->setCompletionRole(SearchRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type a district, province or department"));

    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &DistrictPicker::onActivated);
    connect(this, &QLineEdit::editingFinished, this, &DistrictPicker::onEditingFinished);
}

QString DistrictPicker::describe(const District &d)
{
    return displayPlaceName(d.district) + QStringLiteral(" — ") + displayPlaceName(d.province)
        + QStringLiteral(", ") + displayPlaceName(d.department);
}

void DistrictPicker::setUbigeo(const QString &ubigeo)
{
    m_ubigeo = ubigeo;
    setText(textFor(ubigeo));
}

QString DistrictPicker::textFor(const QString &ubigeo) const
{
    if (ubigeo.isEmpty())
        return {};
    const QModelIndexList hits =
        m_model->match(m_model->index(0, 0), IdRole, ubigeo, 1, Qt::MatchExactly);
    return hits.isEmpty() ? ubigeo : hits.first().data().toString();
}

void DistrictPicker::onActivated(const QModelIndex &index)
{
    // The completer reports an index of its own proxy or of our model depending on how the
    // entry was picked; the id role reads the same from both.
    choose(index.data(IdRole).toString());
}

void DistrictPicker::onEditingFinished()
{
    const QString typed = foldForSearch(text());
    if (typed.isEmpty()) {
        choose({});
        return;
    }
    if (typed == foldForSearch(textFor(m_ubigeo)))
        return;
    // Accept what was typed when it names exactly one district; otherwise keep the old one.
    QString found;
    int matches = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString candidate = index.data(SearchRole).toString();
        if (candidate == typed) {
            found = index.data(IdRole).toString();
            matches = 1;
            break;
        }
        if (candidate.contains(typed)) {
            found = index.data(IdRole).toString();
            ++matches;
        }
    }
    if (matches == 1)
        choose(found);
    else
        setText(textFor(m_ubigeo));
}

void DistrictPicker::choose(const QString &ubigeo)
{
    setText(textFor(ubigeo));
    if (ubigeo == m_ubigeo)
        return;
    m_ubigeo = ubigeo;
    emit ubigeoChosen(ubigeo);
}

} // namespace capacita
