#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <optional>

class QProgressDialog;
class QWidget;

namespace capacita {

class Store;
class SyncJob;

// Writing and reading packages for the Sincronizar page. Every SyncService call that touches
// a package runs in a SyncJob (its own thread and Store) behind a busy dialog; the answer
// comes back as a value and is shown in a box that does not block the event loop.
//
// Reading is two steps: readPackage() verifies and merges inside a transaction that is rolled
// back (a dry run) and shows what would change; confirmImport() does it for real. After an
// import the GUI Store's models reload (ChangeNotifier::bulkChanged), because the worker's
// writes went through another connection.
class PackageExchange : public QObject
{
    Q_OBJECT
public:
    PackageExchange(Store &store, QWidget *window);
    ~PackageExchange() override;

    // With file dialogs.
    void chooseAndWrite(const QString &deviceName);
    void chooseAndRead();

    // Without dialogs: what the dialogs lead to, and what tests call.
    void writePackage(const QString &path, bool full);
    void readPackage(const QString &path); // dry run, then a preview with "Import"
    void confirmImport(); // imports the package last previewed

    bool isBusy() const;
    QString pendingImport() const { return m_pending; }
    QJsonObject lastSummary() const { return m_lastSummary; }
    std::optional<Error> lastError() const { return m_lastError; }
    QMessageBox *shownBox() const { return m_box; } // the preview, result or error box on screen

signals:
    void busyChanged(bool busy);
    void written(const QJsonObject &summary);
    void previewReady(const QJsonObject &summary);
    void imported(const QJsonObject &summary);
    void failed(const capacita::Error &error);
    void finished(); // after any job, whatever its outcome

private:
    enum class Step { Write, Preview, Import };
    void start(Step step, const QString &path, bool full);
    void onJobFinished();
    void showBox(QMessageBox *box);
    void showPreview(const QJsonObject &summary);
    void showFailure(const QString &what, const Error &error);
    void catchUpWithWorker();

    Store &m_store;
    QWidget *m_window;
    SyncJob *m_job = nullptr;
    Step m_step = Step::Write;
    QString m_path;
    QString m_pending;
    QJsonObject m_lastSummary;
    std::optional<Error> m_lastError;
    QProgressDialog *m_progress = nullptr;
    QPointer<QMessageBox> m_box;
};

} // namespace capacita
