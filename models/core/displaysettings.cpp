#include "displaysettings.h"

#include <QDateTime>
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

QString DisplaySettings::formatMoney(const QString &amount, const QString &currencyCode) const
{
    if (currency == CurrencyDisplay::Symbol) {
        // The symbol of the currency as the locale of a country using it writes it.
        for (const QLocale &candidate : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            if (candidate.currencySymbol(QLocale::CurrencyIsoCode) == currencyCode)
                return candidate.currencySymbol(QLocale::CurrencySymbol) + amount;
        }
    }
    return currencyCode.isEmpty() ? amount : amount + u' ' + currencyCode;
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
