#include "shell/aboutdialog.h"

#include "shell/appicon.h"

#include "storage/store.h"
#include "sync/sync.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace capacita {

namespace {
QLabel *fact(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    return label;
}
} // namespace

QString AboutDialog::backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

AboutDialog::AboutDialog(Store &store, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Capacita"));

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    auto *title = new QLabel(u"<h2>Capacita %1</h2>"_s.arg(QStringLiteral(CAPACITA_VERSION)), this);
    title->setObjectName(u"aboutTitle"_s);
    auto *summary = new QLabel(tr("Training records of a counter-trafficking programme. It works offline; "
                                  "laptops exchange their records by USB."),
                               this);
    summary->setWordWrap(true);

    const DatasetInfo dataset = SyncService(store).dataset();
    const QString path = store.db().path();
    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), fact(QStringLiteral(CAPACITA_VERSION), "versionValue", this));
    form->addRow(tr("Dataset:"),
                 fact(dataset.joined() ? tr("%1 (id %2)").arg(dataset.name, dataset.id)
                                       : tr("None yet: this laptop has not created or joined a dataset."),
                      "datasetValue", this));
    form->addRow(tr("This laptop:"),
                 fact(tr("%1 (site id %2)").arg(dataset.deviceName, dataset.siteId), "laptopValue", this));
    form->addRow(tr("Database:"), fact(QDir::toNativeSeparators(path), "databaseValue", this));
    form->addRow(tr("Backups:"), fact(QDir::toNativeSeparators(backupFolder(path)), "backupsValue", this));
    form->addRow(tr("Qt version:"), fact(QString::fromLatin1(qVersion()), "qtVersionValue", this));

    auto *licences = new QLabel(
        tr("Licences: the district list of Peru (INEI UBIGEO codes) comes from \"ubigeo-peru-aumentado\" "
           "by Jesus M. Castagnetto, MIT licence. Capacita uses Qt (LGPL 3), SQLite (public domain), "
           "libsodium (ISC), libzip (BSD) and libxlsxwriter (BSD)."),
        this);
    licences->setObjectName(u"licencesText"_s);
    licences->setWordWrap(true);
    licences->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *headText = new QVBoxLayout;
    headText->addWidget(title);
    headText->addWidget(summary);
    head->addLayout(headText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(form);
    layout->addWidget(licences);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace capacita
