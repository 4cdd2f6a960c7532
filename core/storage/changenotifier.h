#pragma once

#include <QObject>
#include <QString>

namespace capacita {

struct ChangeEvent
{
    enum Kind { Inserted, Updated, Deleted, Restored };
    QString table;
    QString id;
    Kind kind = Updated;
};

// The one change signal per database. The write path emits it after a change is stored
// (after commit when inside a transaction); item models subscribe to keep themselves exact.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void post(ChangeEvent event); // queued until the outermost transaction commits
    void flush();                 // emits what was queued
    void discard();               // drops what was queued (rollback)
    void setHeld(bool held) { m_held = held; }

signals:
    void changed(const capacita::ChangeEvent &event);
    void bulkChanged(); // many rows changed at once: reload

private:
    QList<ChangeEvent> m_pending;
    bool m_held = false;
    bool m_overflow = false; // too many to list: flush() emits bulkChanged instead
};

} // namespace capacita
