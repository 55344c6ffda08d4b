#include "taxrates.h"

#include "store/database.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

TaxRates::TaxRates(Database &database) : m_database(database) {}

QStringList TaxRates::split(const QString &names)
{
    QStringList result;
    for (const QString &name : names.split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            result.append(name.trimmed());
    }
    return result;
}

Result<QList<TaxRate>> TaxRates::list()
{
    QSqlQuery q(m_database.connection());
    if (auto ok = execute(q, u"SELECT name, "_s + m_database.dialect().quote(u"percent") + u" FROM "_s
                                 + m_database.dialect().quote(u"tax_rates") + u" ORDER BY name"_s,
                          QCoreApplication::translate("TaxRates", "Reading the tax rates"));
        !ok)
        return Error{ok.error()};
    QList<TaxRate> rates;
    while (q.next())
        rates.append({q.value(0).toString(), Money::fromUnits(q.value(1).toLongLong())});
    return rates;
}

Result<void> TaxRates::set(const TaxRate &rate)
{
    if (rate.name.trimmed().isEmpty() || rate.name.contains(u','))
        return Error{QCoreApplication::translate("TaxRates", "A tax needs a name without commas.")};
    if (rate.percent.isNegative())
        return Error{QCoreApplication::translate("TaxRates", "Tax \"%1\": the percentage may not be negative.").arg(rate.name)};
    return m_database.inTransaction(QCoreApplication::translate("TaxRates", "Setting tax \"%1\"").arg(rate.name), [&]() -> Result<void> {
        if (auto ok = remove(rate.name); !ok)
            return ok;
        QSqlQuery q(m_database.connection());
        const SqlDialect &d = m_database.dialect();
        q.prepare(u"INSERT INTO "_s + d.quote(u"tax_rates") + u" ("_s + d.quotedList({u"name"_s, u"percent"_s}) + u") VALUES (?, ?)"_s);
        q.addBindValue(rate.name.trimmed());
        q.addBindValue(rate.percent.units());
        return execute(q, QCoreApplication::translate("TaxRates", "Setting tax \"%1\"").arg(rate.name));
    });
}

Result<void> TaxRates::remove(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM "_s + m_database.dialect().quote(u"tax_rates") + u" WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    return execute(q, QCoreApplication::translate("TaxRates", "Removing tax \"%1\"").arg(name));
}

Result<QList<TaxRate>> TaxRates::resolve(const QString &names)
{
    const Result<QList<TaxRate>> all = list();
    if (!all)
        return all;
    QList<TaxRate> result;
    for (const QString &name : split(names)) {
        const auto it = std::find_if(all->cbegin(), all->cend(), [&name](const TaxRate &r) { return r.name == name; });
        if (it == all->cend())
            return Error{QCoreApplication::translate("TaxRates", "There is no tax named \"%1\".").arg(name)};
        result.append(*it);
    }
    return result;
}

Result<QString> TaxRates::unknown(const QString &names)
{
    const Result<QList<TaxRate>> all = list();
    if (!all)
        return Error{all.error()};
    for (const QString &name : split(names)) {
        if (std::none_of(all->cbegin(), all->cend(), [&name](const TaxRate &r) { return r.name == name; }))
            return name;
    }
    return QString();
}
