#pragma once

#include "core/companydetails.h"
#include "core/displaysettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// Edit › Settings: language, display time zone, date format, currency display and theme, and
// the company details printed on invoices. It edits values; the caller saves and applies them.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setDisplaySettings(const DisplaySettings &settings);
    [[nodiscard]] DisplaySettings displaySettings() const;
    void setCompanyDetails(const CompanyDetails &details);
    [[nodiscard]] CompanyDetails companyDetails() const;

    // The languages offered besides the system's: English plus each translation built in.
    [[nodiscard]] static QStringList availableLanguages();

private:
    QWidget *createDisplayPage();
    QWidget *createCompanyPage();

    QComboBox *m_language;
    QComboBox *m_zone;
    QComboBox *m_dateFormat;
    QComboBox *m_currency;
    QComboBox *m_theme;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_taxId;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_website;
    QPlainTextEdit *m_bank;
};
