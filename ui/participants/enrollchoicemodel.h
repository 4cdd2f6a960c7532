#pragma once

#include "domain/entities.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace capacita {

class Store;
class TrainingModel;

// "code — title (start date)", as a training is named in a person's list and choices.
QString describeTraining(const Training &t);

// The trainings one person can still be enrolled in, for the combo box of
// ParticipantTrainings: every live training (a TrainingModel of its own, read once and then
// kept up to date row by row) but those the person is in, newest first. Choosing another
// person only filters the rows again: refilling a combo box with 4,000 trainings took about
// 70 ms per change of person. A row's text is describeTraining(), Qt::UserRole its id, as
// QComboBox::addItem(text, id) gave.
class EnrollChoiceModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EnrollChoiceModel(Store &store, QObject *parent = nullptr);

    // nullopt: nobody chosen, no rows. Otherwise the trainings are read the first time.
    void setExcluded(std::optional<QSet<QString>> trainingIds);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TrainingModel *m_trainings = nullptr;
    std::optional<QSet<QString>> m_excluded;
};

} // namespace capacita
