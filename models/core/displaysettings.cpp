#include "displaysettings.h"

#include <QDateTime>
#include <QHash>
#include <QSettings>

using namespace Qt::StringLiterals;

QLocale DisplaySettings::locale() const
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QTimeZone DisplaySettings::zone() const
{
    const QTimeZone chosen(timeZone.toUtf8());
    return timeZone.isEmpty() || !chosen.isValid() ? QTimeZone::systemTimeZone() : chosen;
}

QString DisplaySettings::formatDateTime(qint64 utcSeconds) const
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(utcSeconds, zone());
    switch (dateFormat) {
    case DateFormat::LocaleShort:
        return locale().toString(time, QLocale::ShortFormat);
    case DateFormat::LocaleLong:
        return locale().toString(time, QLocale::LongFormat);
    case DateFormat::Iso:
        break;
    }
    return time.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString DisplaySettings::formatMoney(const Money &amount, const QString &currencyCode, int minDecimals) const
{
    // The symbol of each currency as the first locale of a country using it writes it, found
    // once: the grid formats every visible amount.
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> found;
        for (const QLocale &candidate : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = candidate.currencySymbol(QLocale::CurrencyIsoCode);
            if (!code.isEmpty() && !found.contains(code))
                found.insert(code, candidate.currencySymbol(QLocale::CurrencySymbol));
        }
        return found;
    }();
    const QLocale locale = this->locale();
    // Exact digits from Money; the locale writes the whole part (groups) and the point.
    QString digits = amount.toString(minDecimals);
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    const qsizetype point = digits.indexOf(u'.');
    QString number = locale.toString(digits.first(point < 0 ? digits.size() : point).toLongLong());
    if (point >= 0)
        number += locale.decimalPoint() + digits.mid(point + 1);
    QString symbol = currency == CurrencyDisplay::Symbol ? symbols.value(currencyCode) : QString();
    if (!symbol.isEmpty()) {
        // Where the locale puts the symbol and the sign: its pattern for ±1, the amount for the 1.
        if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currencyCode)
            symbol = locale.currencySymbol(QLocale::CurrencySymbol);  // its own ("$" in Canada)
        return locale.toCurrencyString(qlonglong(negative ? -1 : 1), symbol).replace(locale.toString(1), number);
    }
    if (negative)
        number.prepend(locale.negativeSign());
    return currencyCode.isEmpty() ? number : number + u' ' + currencyCode;
}

DisplaySettings DisplaySettings::load()
{
    QSettings settings;
    return load(settings);
}

DisplaySettings DisplaySettings::load(QSettings &settings)
{
    DisplaySettings s;
    s.language = settings.value(u"display/language"_s).toString();
    s.timeZone = settings.value(u"display/timeZone"_s).toString();
    s.dateFormat = DateFormat(qBound(0, settings.value(u"display/dateFormat"_s).toInt(), 2));
    s.currency = CurrencyDisplay(qBound(0, settings.value(u"display/currency"_s).toInt(), 1));
    s.theme = Theme(qBound(0, settings.value(u"display/theme"_s).toInt(), 2));
    return s;
}

void DisplaySettings::save() const
{
    QSettings settings;
    save(settings);
}

void DisplaySettings::save(QSettings &settings) const
{
    settings.setValue(u"display/language"_s, language);
    settings.setValue(u"display/timeZone"_s, timeZone);
    settings.setValue(u"display/dateFormat"_s, int(dateFormat));
    settings.setValue(u"display/currency"_s, int(currency));
    settings.setValue(u"display/theme"_s, int(theme));
}
