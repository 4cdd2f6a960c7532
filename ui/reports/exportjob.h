#pragma once

#include "domain/result.h"

#include <QObject>

#include <functional>
#include <optional>

class QThread;

namespace capacita {

// Writes one file on a worker thread: `write` gets every value it needs by copy (no Store,
// no widgets), so the GUI stays responsive while a large XLSX or PDF is made. finished() is
// delivered to the job's thread.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(std::function<Status()> write, QObject *parent = nullptr);
    ~ExportJob() override; // waits: a file is never left half written

    void start();
    bool isRunning() const { return m_thread != nullptr; }
    const std::optional<Status> &result() const { return m_result; }

signals:
    void finished();

private:
    void onThreadFinished();

    std::function<Status()> m_write;
    QThread *m_thread = nullptr;
    std::optional<Status> m_outcome; // written by the worker
    std::optional<Status> m_result;
};

} // namespace capacita
