#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace capacita {

class Store;

// Ajustes ▸ Copias de seguridad: the backups of this database (storage/backup.h), a backup
// made on request, and a restore. A restore cannot replace a file that this program has open,
// so the panel only records the request and closes the window; start-up code calls
// finishPendingRestore() once the database is closed, which restores and starts Capacita again.
class BackupPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit BackupPanel(Store &store, QWidget *parent = nullptr);

    void reload();

    // The backup a person asked to restore (after they confirmed), handed over once.
    static QString takePendingRestore();
    // Records a restore the person confirmed elsewhere (the damaged-file prompt).
    static void requestRestore(const QString &backupFile);
    // After the main window and the Store are gone: restores the pending backup into
    // `databasePath`, tells the person when it failed, and starts the program again.
    // Returns the exit code for main(); `code` when nothing was pending.
    static int finishPendingRestore(const QString &databasePath, int code);

private:
    void createNow();
    void askRestore();
    void openFolder();

    Store &m_store;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace capacita
