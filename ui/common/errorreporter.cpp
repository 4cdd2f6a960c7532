#include "common/errorreporter.h"

#include <QMessageBox>

namespace capacita {

ErrorReporter &ErrorReporter::instance()
{
    static ErrorReporter reporter;
    return reporter;
}

void showError(QWidget *parent, const QString &what, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Capacita"), what,
                                QMessageBox::Ok, parent);
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
}

} // namespace capacita
