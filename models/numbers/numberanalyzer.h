#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

struct CallRecord;

namespace i18n::phonenumbers {
class PhoneNumberOfflineGeocoder;
}

// Understands telephone numbers with libphonenumber: E.164 form, country, number type and the
// geographic region, derived once when a call is stored. Numbers that are not valid public
// numbers (extensions, short codes, garbage) get empty results.
class NumberAnalyzer
{
public:
    struct Info
    {
        QString e164;     // "+442071234567"
        QString country;  // ISO 3166 region code, "GB"
        QString kind;     // fixed mobile fixed-or-mobile toll-free premium shared-cost voip …
        QString region;   // geocoder's description in English, "London"
    };

    // `defaultRegion` reads national numbers ("02071234567" as GB); "ZZ" accepts only
    // international forms.
    explicit NumberAnalyzer(const QString &defaultRegion = QStringLiteral("ZZ"));
    ~NumberAnalyzer();

    Info analyze(const QString &number);
    // Every `kind` analyze() gives: fixed mobile fixed-or-mobile toll-free premium shared-cost
    // voip personal pager uan voicemail unknown (a valid number of no known type).
    static const QStringList &kinds();
    // Whether libphonenumber knows the region code ("GB", "US"; "ZZ" = none).
    static bool isKnownRegion(const QString &region);
    // Fills the record's derived number fields where they are empty.
    void fill(CallRecord &record);

private:
    Info compute(const QString &candidate) const;

    std::string m_defaultRegion;
    bool m_readsNational = false;  // the default region is one libphonenumber knows
    std::unique_ptr<i18n::phonenumbers::PhoneNumberOfflineGeocoder> m_geocoder;
    QHash<QString, Info> m_cache;
};
