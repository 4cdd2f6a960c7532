#pragma once

#include "domain/result.h"

#include <QObject>

class QWidget;

namespace capacita {

// Failures that happen where no widget is at hand (an undo or redo that the database
// refuses) are posted here; the main window shows them. One instance per application.
class ErrorReporter : public QObject
{
    Q_OBJECT
public:
    static ErrorReporter &instance();
    static void report(const Error &error) { emit instance().failed(error); }

signals:
    void failed(const capacita::Error &error);

private:
    using QObject::QObject;
};

// A warning box that does not block: it opens window-modal and deletes itself when closed,
// so no nested event loop runs while the program keeps working.
void showError(QWidget *parent, const QString &what, const Error &error);

} // namespace capacita
