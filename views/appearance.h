#pragma once

#include "core/displaysettings.h"

#include <QString>

// The application-wide look and language the settings choose.
namespace Appearance {

// Light, dark, or the system's: a dark palette when the platform's own palette is dark or the
// desktop asks for dark (GTK_THEME=…:dark, QT_COLOR_SCHEME=dark). Uses the Fusion style for the
// fixed palettes, so every widget follows them.
void applyTheme(DisplaySettings::Theme theme);
[[nodiscard]] bool systemPrefersDark();

// Installs the translation of `language` (empty = the system's): cdrdesk_<lang>.qm from the
// resources (:/i18n) and Qt's own, and makes the language's locale the default for numbers and
// dates. Returns whether a CDR Desk translation was found (English needs none).
bool applyLanguage(const QString &language);

} // namespace Appearance
