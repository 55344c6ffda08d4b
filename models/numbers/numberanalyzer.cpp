#include "numberanalyzer.h"

#include "core/callrecord.h"

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>

#include <unicode/locid.h>

#include <set>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

constexpr qsizetype CacheLimit = 200000;

QString kindName(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE: return u"fixed"_s;
    case PhoneNumberUtil::MOBILE: return u"mobile"_s;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return u"fixed-or-mobile"_s;
    case PhoneNumberUtil::TOLL_FREE: return u"toll-free"_s;
    case PhoneNumberUtil::PREMIUM_RATE: return u"premium"_s;
    case PhoneNumberUtil::SHARED_COST: return u"shared-cost"_s;
    case PhoneNumberUtil::VOIP: return u"voip"_s;
    case PhoneNumberUtil::PERSONAL_NUMBER: return u"personal"_s;
    case PhoneNumberUtil::PAGER: return u"pager"_s;
    case PhoneNumberUtil::UAN: return u"uan"_s;
    case PhoneNumberUtil::VOICEMAIL: return u"voicemail"_s;
    case PhoneNumberUtil::UNKNOWN: break;
    }
    return u"unknown"_s;
}

const PhoneNumberUtil::PhoneNumberType AllTypes[] = {
    PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE_OR_MOBILE,
    PhoneNumberUtil::TOLL_FREE, PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST,
    PhoneNumberUtil::VOIP, PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,
    PhoneNumberUtil::UAN, PhoneNumberUtil::VOICEMAIL, PhoneNumberUtil::UNKNOWN,
};

// CDRs write international numbers as "+44…", "0044…", "011 44…" or bare "44…"; national
// numbers depend on the default region.
QString internationalForm(const QString &number)
{
    QString digits;
    digits.reserve(number.size());
    for (QChar c : number) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    if (digits.startsWith(u'+'))
        return digits;
    if (digits.startsWith(u"00"))
        return u'+' + digits.mid(2);
    if (digits.startsWith(u"011") && digits.size() > 10)
        return u'+' + digits.mid(3);
    // A leading 0 is a national trunk prefix (GB 07700 900123), read in the default region.
    if (digits.size() >= 11 && !digits.startsWith(u'0'))
        return u'+' + digits;
    return digits;
}

} // namespace

NumberAnalyzer::NumberAnalyzer(const QString &defaultRegion)
    : m_defaultRegion(defaultRegion.toStdString())
    , m_geocoder(std::make_unique<i18n::phonenumbers::PhoneNumberOfflineGeocoder>())
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    m_readsNational = regions.count(m_defaultRegion) > 0;
}

NumberAnalyzer::~NumberAnalyzer() = default;

const QStringList &NumberAnalyzer::kinds()
{
    static const QStringList names = [] {
        QStringList list;
        for (PhoneNumberUtil::PhoneNumberType type : AllTypes)
            list.append(kindName(type));
        return list;
    }();
    return names;
}

bool NumberAnalyzer::isKnownRegion(const QString &region)
{
    if (region == u"ZZ")
        return true;
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.toStdString()) > 0;
}

NumberAnalyzer::Info NumberAnalyzer::analyze(const QString &number)
{
    if (number.size() < 5)
        return {};
    // "+4420…", "004420…" and "4420…" are one number: cache it once.
    const QString key = internationalForm(number);
    // Without a default region only the international form can be valid: libphonenumber
    // refuses anything else (INVALID_COUNTRY_CODE) — answer that without asking it.
    if (!m_readsNational && !key.startsWith(u'+'))
        return {};
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    if (m_cache.size() >= CacheLimit)
        m_cache.clear();
    const Info info = compute(key);
    m_cache.insert(key, info);
    return info;
}

NumberAnalyzer::Info NumberAnalyzer::compute(const QString &candidate) const
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util.Parse(candidate.toStdString(), m_defaultRegion, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util.IsValidNumber(parsed))
        return {};
    Info info;
    std::string text;
    util.Format(parsed, PhoneNumberUtil::E164, &text);
    info.e164 = QString::fromStdString(text);
    text.clear();
    util.GetRegionCodeForNumber(parsed, &text);
    info.country = QString::fromStdString(text);
    info.kind = kindName(util.GetNumberType(parsed));
    info.region = QString::fromStdString(m_geocoder->GetDescriptionForValidNumber(parsed, icu::Locale::getEnglish()));
    return info;
}

void NumberAnalyzer::fill(CallRecord &record)
{
    const auto fillOne = [this](const QString &number, QString &e164, QString &country, QString &kind, QString &region) {
        if (!e164.isEmpty() || number.isEmpty())
            return;
        const Info info = analyze(number);
        e164 = info.e164;
        country = info.country;
        kind = info.kind;
        region = info.region;
    };
    fillOne(record.snumber, record.snumberE164, record.snumberCountry, record.snumberKind, record.snumberRegion);
    fillOne(record.cnumber, record.cnumberE164, record.cnumberCountry, record.cnumberKind, record.cnumberRegion);
    fillOne(record.dnumber, record.dnumberE164, record.dnumberCountry, record.dnumberKind, record.dnumberRegion);
}
