#pragma once

#include <QDialog>

namespace capacita {

class Store;

// Help ▸ About Capacita: the version, the dataset and this laptop, where the database and its
// backups are (what a coordinator asks for on the phone), the Qt version and the licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(Store &store, QWidget *parent = nullptr);

    // <folder of the database>/backups, where the automatic backups are written.
    static QString backupFolder(const QString &databasePath);
};

} // namespace capacita
