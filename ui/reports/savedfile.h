#pragma once

#include <QString>

class QWidget;

namespace capacita {

// Where to save a report or a sheet: a save dialog that starts in the folder used last (or
// Documents) with a suggested name; empty when the person cancels.
QString askSavePath(QWidget *parent, const QString &caption, const QString &suggestedName,
                    const QString &nameFilter);

// "Saved to …" in a box that does not block, with a button that opens the file in the
// program the system uses for it.
void showSaved(QWidget *parent, const QString &message, const QString &path);

} // namespace capacita
