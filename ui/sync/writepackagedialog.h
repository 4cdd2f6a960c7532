#pragma once

#include <QDialog>
#include <QStorageInfo>

class QCheckBox;
class QDialogButtonBox;
class QHBoxLayout;
class QLineEdit;

namespace capacita {

// Where to write a package: a folder (USB drives are offered first), a file name, and
// whether to write everything or only what other laptops may lack.
class WritePackageDialog : public QDialog
{
    Q_OBJECT
public:
    WritePackageDialog(const QString &deviceName, const QDateTime &now, QWidget *parent = nullptr);

    QString filePath() const;
    bool full() const;

    // Mounted, writable volumes other than the system's own (USB sticks, SD cards).
    static QList<QStorageInfo> removableVolumes();
    static QString lastFolder(); // remembered between runs
    static void rememberFolder(const QString &folder);

private:
    void browse();
    void validate();

    QLineEdit *m_folder = nullptr;
    QLineEdit *m_fileName = nullptr;
    QCheckBox *m_full = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace capacita
