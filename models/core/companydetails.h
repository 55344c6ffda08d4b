#pragma once

#include <QString>

class QSettings;

// Who issues the invoices: the operator's company as the settings dialog records it (settings
// group "company"). Invoices print it in their header; nothing here is secret.
struct CompanyDetails
{
    QString name;
    QString address;      // several lines
    QString taxId;        // VAT or other tax registration number
    QString email;
    QString phone;
    QString website;
    QString bankDetails;  // several lines: IBAN, BIC, account holder …

    [[nodiscard]] bool isEmpty() const { return name.trimmed().isEmpty(); }

    // From the application's settings (QSettings()), or from `settings`.
    [[nodiscard]] static CompanyDetails load();
    [[nodiscard]] static CompanyDetails load(QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    friend bool operator==(const CompanyDetails &, const CompanyDetails &) = default;
};
