#pragma once

#include "common/storejob.h"
#include "domain/entities.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>
#include <utility>

namespace capacita {

class Store;

// A participant with the folded search and sort texts worked out once, when the row arrives:
// typing in the filter then compares strings instead of folding 50,000 names per keystroke.
struct ParticipantRow : Participant
{
    QString searchKey;
    std::array<QString, 5> sortKeys; // one per column of ParticipantModel
};

// Makes ParticipantRows. It holds plain values only, so a worker thread can make them with a
// copy of its own while the model stays on the GUI thread.
class ParticipantRowMaker
{
public:
    // typeLabels: participant type code -> the label shown (the Type column sorts by it).
    explicit ParticipantRowMaker(const QHash<QString, QString> &typeLabels);

    ParticipantRow make(const Participant &p) const;
    QList<ParticipantRow> readAll(Store &store) const; // every live person

private:
    QHash<QString, QString> m_foldedTypeLabels;
};

// Reads every live person as ParticipantRows on a worker thread with a Store of its own (see
// StoreJob): at 50,000 people reading and folding take most of a second.
class ParticipantRowsJob : public ResultJob<QList<ParticipantRow>>
{
    Q_OBJECT
public:
    ParticipantRowsJob(QString databasePath, const Clock *clock, ParticipantRowMaker maker, QObject *parent = nullptr);

    void start();

private:
    ParticipantRowMaker m_maker;
};

} // namespace capacita
