#include "attendance/trainingselector.h"

#include "storage/store.h"

#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace capacita {

TrainingSelector::TrainingSelector(Store &store, QWidget *parent)
    : QComboBox(parent)
    , m_store(store)
{
    setAccessibleName(tr("Training"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(40);
    setPlaceholderText(tr("No trainings yet: create one under Trainings"));
    connect(&store.db().notifier(), &ChangeNotifier::changed, this, &TrainingSelector::onChanged);
    connect(&store.db().notifier(), &ChangeNotifier::bulkChanged, this, [this] {
        if (m_loaded) // not listed yet: the first fill reads the data as it is then
            reload();
    });
    connect(this, &QComboBox::currentIndexChanged, this, &TrainingSelector::onIndexChanged);
}

void TrainingSelector::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

QString TrainingSelector::currentTrainingId() const
{
    return m_current;
}

bool TrainingSelector::selectTraining(const QString &trainingId)
{
    int index = findData(trainingId);
    if (index < 0) { // created a moment ago, before our notifier slot ran
        reload();
        index = findData(trainingId);
    }
    if (index < 0)
        return false;
    setCurrentIndex(index); // emits trainingChanged through onIndexChanged when it differs
    return true;
}

void TrainingSelector::reload()
{
    m_loaded = true;
    const QString previous = m_current;
    {
        const QSignalBlocker blocker(this);
        clear();
        const QList<Training> trainings = m_store.trainings().list();
        for (const Training &t : trainings)
            addItem(t.code % u" — "_s % t.title, t.id);
        int index = findData(previous);
        if (index < 0 && count() > 0)
            index = 0;
        setCurrentIndex(index);
        setEnabled(count() > 0);
    }
    m_current = currentData().toString();
    if (m_current != previous)
        emit trainingChanged(m_current);
}

void TrainingSelector::onChanged(const ChangeEvent &event)
{
    if (m_loaded && event.table == schema::training().name)
        reload();
}

void TrainingSelector::onIndexChanged()
{
    const QString id = currentData().toString();
    if (id == m_current)
        return;
    m_current = id;
    emit trainingChanged(m_current);
}

} // namespace capacita
