#pragma once

#include "domain/result.h"
#include "sync/sync.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace capacita {

class Store;

// The dataset this laptop belongs to. Not joined yet: create one or join one. Joined: its
// name and id, this laptop's name (editable) and site id, and the join file for one more
// laptop. The *Interactive() slots ask with dialogs, then call the plain entry points.
class DatasetPanel : public QGroupBox
{
    Q_OBJECT
public:
    DatasetPanel(Store &store, SyncService &service, QWidget *parent = nullptr);

    void setDataset(const DatasetInfo &dataset);

    // The dataset is kept only if its join file was written: a key that no one can carry to
    // another laptop would be a dead end.
    Status createDataset(const QString &name, const QByteArray &passphrase, const QString &joinFilePath);
    Status joinWithFile(const QString &joinFilePath);
    Status joinWithPassphrase(const QString &datasetId, const QByteArray &passphrase);
    Status renameDevice(const QString &name);
    Status saveJoinFile(const QString &path);

    void createInteractive();
    void joinInteractive();
    void saveJoinFileInteractive();

signals:
    void datasetChanged();

private:
    QWidget *buildNotJoined();
    QWidget *buildJoined();
    void renameFromEdit();
    QString askJoinFilePath(const QString &suggestedName);

    Store &m_store;
    SyncService &m_service;
    QWidget *m_notJoined = nullptr;
    QWidget *m_joined = nullptr;
    QLabel *m_datasetName = nullptr;
    QLabel *m_datasetId = nullptr;
    QLineEdit *m_deviceName = nullptr;
    QPushButton *m_rename = nullptr;
    QLabel *m_siteId = nullptr;
    QString m_savedDeviceName;
};

} // namespace capacita
