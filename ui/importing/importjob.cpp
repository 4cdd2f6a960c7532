#include "importing/importjob.h"

#include "storage/store.h"

#include <QThread>

namespace capacita {

ImportJob::ImportJob(QString databasePath, const Clock *clock, QString file, ImportOptions options,
                     QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_file(std::move(file))
    , m_options(std::move(options))
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    if (m_thread || m_result)
        return;
    m_thread = QThread::create([this] {
        Database::Options dbOptions;
        dbOptions.clock = m_clock;
        // The Store lives and dies inside this function, i.e. on this thread.
        auto opened = Store::open(m_path, dbOptions);
        if (!opened) {
            m_outcome = opened.error();
            return;
        }
        std::unique_ptr<Store> store = std::move(opened).value();
        ImportOptions options = m_options;
        options.progress = [this](int done, int total) {
            emit progressed(done, total);
            return !m_cancel.load();
        };
        m_outcome = RosterImporter(*store).importFile(m_file, options);
    });
    m_thread->setObjectName(QStringLiteral("import-job"));
    connect(m_thread, &QThread::finished, this, &ImportJob::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
}

void ImportJob::onThreadFinished()
{
    m_thread->wait(); // the worker's writes to m_outcome happen-before this point
    delete m_thread;
    m_thread = nullptr;
    m_result = std::move(m_outcome);
    if (!m_result)
        m_result = Error::io(tr("The background task ended without a result."));
    emit finished();
}

} // namespace capacita
