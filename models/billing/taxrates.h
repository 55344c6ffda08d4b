#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QList>
#include <QString>

class Database;

// A named tax: "VAT" at 20%. `percent` is exact (20.5% is 20.5), in Money's 1e-8 units.
struct TaxRate
{
    QString name;
    Money percent;

    friend bool operator==(const TaxRate &, const TaxRate &) = default;
};

// The named tax rates of a store (table tax_rates). Customers, calls and invoices name taxes
// as Enswitch does: a comma-separated list of names ("VAT,Levy").
class TaxRates
{
public:
    explicit TaxRates(Database &database);

    [[nodiscard]] Result<QList<TaxRate>> list();
    // Adds or replaces the rate of that name.
    [[nodiscard]] Result<void> set(const TaxRate &rate);
    [[nodiscard]] Result<void> remove(const QString &name);
    // The rates named in a comma-separated list, in its order; an unknown name fails naming it.
    [[nodiscard]] Result<QList<TaxRate>> resolve(const QString &names);
    // The first name of the list that is not a stored tax, or an empty string.
    [[nodiscard]] Result<QString> unknown(const QString &names);

    [[nodiscard]] static QStringList split(const QString &names);

private:
    Database &m_database;
};
