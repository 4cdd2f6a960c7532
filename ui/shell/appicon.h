#pragma once

#include <QIcon>

namespace capacita {

// The Capacita icon (resources/icons, embedded in capacita_ui), for windows and About.
QIcon appIcon();

} // namespace capacita
