#pragma once

#include "domain/result.h"

#include <QObject>
#include <QString>

#include <optional>

class QThread;
class QWidget;

namespace capacita {

class Clock;

// The full check of a large database file that Database::open left for later
// (Database::checksDeferred): PRAGMA quick_check and the daily backup, run by
// Database::deferredChecks on a worker thread once the window shows, so a 1 GB file does not
// keep the window from appearing. When it finds damage it says so and offers the newest good
// backup; the restore happens once the window and the database are closed
// (BackupPanel::finishPendingRestore), then Capacita starts again.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    IntegrityCheck(QString databasePath, const Clock &clock, QWidget *window);
    ~IntegrityCheck() override; // waits for the worker: the check only reads

    void start();
    bool isRunning() const { return m_thread != nullptr; }
    // The outcome once finished() was emitted: ok, or the "damaged" error.
    std::optional<Status> outcome() const { return m_outcome; }

signals:
    void finished();

private:
    void onThreadFinished();
    void offerRestore(const Error &error);

    QString m_path;
    const Clock &m_clock;
    QWidget *m_window = nullptr;
    QThread *m_thread = nullptr;
    Status m_result;
    std::optional<Status> m_outcome;
};

} // namespace capacita
