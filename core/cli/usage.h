#pragma once

#include <QString>
#include <QStringList>

namespace capacita::cli {

// The synopsis lines of one command ("participant", "score", ...), as printed after a usage
// error; empty for an unknown command.
QStringList synopsis(const QString &command);

// Every command name, in the order --help lists them.
QStringList commandNames();

} // namespace capacita::cli
