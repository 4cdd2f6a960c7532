#pragma once

#include "domain/result.h"

#include <QObject>

#include <functional>

class QWidget;

namespace capacita {

class ExportJob;
class Store;

// Prints the paper sheets of a training (core/reports/sheets.h) to PDF: asks where to save,
// reads the training on the GUI thread (a few rows), draws and writes the PDF on a worker,
// then offers to open it.
class SheetPrinter : public QObject
{
    Q_OBJECT
public:
    enum Kind { SignIn, Scores };

    SheetPrinter(Store &store, QWidget *parent);
    ~SheetPrinter() override;

    // Where to save; by default a file dialog. Tests give a function that returns a path.
    void setSavePathChooser(std::function<QString(Kind, const QString &suggested)> chooser)
    {
        m_chooser = std::move(chooser);
    }
    void print(const QString &trainingId, Kind kind);
    void printTo(const QString &trainingId, Kind kind, const QString &path);
    bool isBusy() const { return m_job != nullptr; }

signals:
    void finished(const capacita::Status &status, const QString &path);

private:
    void report(const Status &status, const QString &path, Kind kind);

    Store &m_store;
    QWidget *m_parent = nullptr;
    ExportJob *m_job = nullptr;
    std::function<QString(Kind, const QString &)> m_chooser;
};

} // namespace capacita
