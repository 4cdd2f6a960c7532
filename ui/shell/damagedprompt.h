#pragma once

#include "domain/result.h"

#include <QMessageBox>

#include <memory>
#include <optional>

namespace capacita {

class Store;
struct BackupInfo;

// At start-up, when the database file is damaged: says so plainly and offers the newest good
// backup, another file, or quitting.
class DamagedPrompt : public QMessageBox
{
    Q_OBJECT
public:
    enum Choice { Restore, OpenOther, Quit };

    DamagedPrompt(const QString &databasePath, const Error &error, const std::optional<BackupInfo> &newest,
                  QWidget *parent = nullptr);
    Choice choice() const;

    // Runs the prompt until the person has a usable database or chooses to quit (nullptr).
    static std::unique_ptr<Store> recover(const QString &databasePath, const Error &error);

private:
    QAbstractButton *m_restore = nullptr;
    QAbstractButton *m_other = nullptr;
};

} // namespace capacita
