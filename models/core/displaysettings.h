#pragma once

#include <QLocale>
#include <QString>
#include <QTimeZone>

class QSettings;

// How the program shows things, as the settings dialog records them (settings group
// "display"). Empty language or zone = the system's.
struct DisplaySettings
{
    enum class DateFormat { Iso, LocaleShort, LocaleLong };
    enum class CurrencyDisplay { Code, Symbol };
    enum class Theme { System, Light, Dark };

    QString language;   // "de", "es", "en" …; empty = the system's
    QString timeZone;   // an IANA id; empty = the system's
    DateFormat dateFormat = DateFormat::Iso;
    CurrencyDisplay currency = CurrencyDisplay::Code;
    Theme theme = Theme::System;

    [[nodiscard]] QLocale locale() const;
    [[nodiscard]] QTimeZone zone() const;
    // A date and time in the chosen format (in `zone()`).
    [[nodiscard]] QString formatDateTime(qint64 utcSeconds) const;
    // An amount with its currency as chosen: "12.50 EUR" or "€12.50" (the locale's symbol).
    [[nodiscard]] QString formatMoney(const QString &amount, const QString &currencyCode) const;

    [[nodiscard]] static DisplaySettings load();
    [[nodiscard]] static DisplaySettings load(QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    friend bool operator==(const DisplaySettings &, const DisplaySettings &) = default;
};
