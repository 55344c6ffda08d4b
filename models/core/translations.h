#pragma once

#include <QLocale>

// The program's translations: CDR Desk's own, compiled from translations/cdrdesk_<lang>.ts and
// embedded under :/i18n, and Qt's qtbase_<lang>.qm from the system's Qt translations folder
// when that is installed (the texts of standard dialogs and buttons). Used by the GUI for the
// language the settings choose and by the CLI for the system's language.
namespace Translations {

// Installs the translators for `locale` on the application, removing any this installed before.
// Returns whether CDR Desk has its own translation for the locale's language; English, the
// language of the sources, needs none and returns false.
bool install(const QLocale &locale);

} // namespace Translations
