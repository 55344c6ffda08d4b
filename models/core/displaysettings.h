#pragma once

#include "money.h"

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
    // An amount with its currency as chosen, written by locale(): exact, with at least
    // `minDecimals` decimals and more where the amount has them (Money::toString), the locale's
    // decimal point and digit groups; the code after it ("1,234.50 EUR", "1.234,50 EUR") or the
    // currency's symbol where the locale puts one ("€1,234.50", "1.234,50 €"). An empty or
    // unknown code gives the amount alone, or with the code.
    [[nodiscard]] QString formatMoney(const Money &amount, const QString &currencyCode, int minDecimals = 2) const;

    [[nodiscard]] static DisplaySettings load();
    [[nodiscard]] static DisplaySettings load(QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    friend bool operator==(const DisplaySettings &, const DisplaySettings &) = default;
};
