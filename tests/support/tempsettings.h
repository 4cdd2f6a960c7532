#pragma once

#include <QSettings>
#include <QTemporaryDir>

namespace capacita::test {

// QSettings of the test in a temporary folder, empty at the start: the tests never read
// or change the settings of the person running them.
struct TempSettings
{
    QTemporaryDir dir;
    TempSettings()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
    }
};

} // namespace capacita::test
