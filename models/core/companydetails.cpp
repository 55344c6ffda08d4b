#include "companydetails.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// The settings keys, in one place for load() and save().
struct Key
{
    QString CompanyDetails::*member;
    QString name;
};

const Key keys[] = {
    {&CompanyDetails::name, u"company/name"_s},
    {&CompanyDetails::address, u"company/address"_s},
    {&CompanyDetails::taxId, u"company/taxId"_s},
    {&CompanyDetails::email, u"company/email"_s},
    {&CompanyDetails::phone, u"company/phone"_s},
    {&CompanyDetails::website, u"company/website"_s},
    {&CompanyDetails::bankDetails, u"company/bankDetails"_s},
};

} // namespace

CompanyDetails CompanyDetails::load()
{
    QSettings settings;
    return load(settings);
}

CompanyDetails CompanyDetails::load(QSettings &settings)
{
    CompanyDetails details;
    for (const Key &key : keys)
        details.*key.member = settings.value(key.name).toString();
    return details;
}

void CompanyDetails::save() const
{
    QSettings settings;
    save(settings);
}

void CompanyDetails::save(QSettings &settings) const
{
    for (const Key &key : keys)
        settings.setValue(key.name, this->*key.member);
}
