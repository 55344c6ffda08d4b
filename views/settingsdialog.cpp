#include "settingsdialog.h"

#include "windowgeometry.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_dateFormat(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_taxId(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_bank(new QPlainTextEdit(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"settingsTabs"_s);
    tabs->addTab(createDisplayPage(), tr("&Display"));
    tabs->addTab(createCompanyPage(), tr("&Company"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    WindowGeometry::remember(this);
}

QStringList SettingsDialog::availableLanguages()
{
    QStringList languages{u"en"_s};
    for (const QString &file : QDir(u":/i18n"_s).entryList({u"cdrdesk_*.qm"_s}, QDir::Files, QDir::Name)) {
        const QString language = file.mid(8).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QWidget *SettingsDialog::createDisplayPage()
{
    auto *page = new QWidget;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default"), QString());
    for (const QString &language : availableLanguages()) {
        const QLocale locale(language);
        // Each language in its own words, the same in every language (Qt's native names add a
        // country: "American English", "español de España").
        static const QHash<QString, QString> names{{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"es"_s, u"Español"_s}};
        const QString name = names.value(language, locale.nativeLanguageName());
        m_language->addItem(name.isEmpty() ? language : name, language);
    }
    m_zone->setObjectName(u"timeZoneCombo"_s);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    m_zone->addItem(u"UTC"_s, u"UTC"_s);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/'))
            m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_dateFormat->setObjectName(u"dateFormatCombo"_s);
    const qint64 sample = QDateTime::currentSecsSinceEpoch();
    DisplaySettings example;
    for (auto format : {DisplaySettings::DateFormat::Iso, DisplaySettings::DateFormat::LocaleShort,
                        DisplaySettings::DateFormat::LocaleLong}) {
        example.dateFormat = format;
        const QString name = format == DisplaySettings::DateFormat::Iso ? tr("ISO 8601")
                           : format == DisplaySettings::DateFormat::LocaleShort ? tr("Short, as the language writes it")
                                                                                : tr("Long, as the language writes it");
        m_dateFormat->addItem(tr("%1 — %2").arg(name, example.formatDateTime(sample)), int(format));
    }
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->addItem(tr("Code (12.50 EUR)"), int(DisplaySettings::CurrencyDisplay::Code));
    m_currency->addItem(tr("Symbol (€12.50)"), int(DisplaySettings::CurrencyDisplay::Symbol));
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->addItem(tr("Follow the system"), int(DisplaySettings::Theme::System));
    m_theme->addItem(tr("Light"), int(DisplaySettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(DisplaySettings::Theme::Dark));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(tr("&Dates:"), m_dateFormat);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("T&heme:"), m_theme);
    return page;
}

QWidget *SettingsDialog::createCompanyPage()
{
    auto *page = new QWidget;
    const QList<std::pair<QWidget *, QString>> named = {
        {m_name, u"companyName"_s}, {m_address, u"companyAddress"_s}, {m_taxId, u"companyTaxId"_s},
        {m_email, u"companyEmail"_s}, {m_phone, u"companyPhone"_s}, {m_website, u"companyWebsite"_s},
        {m_bank, u"companyBank"_s}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(name);
    for (QPlainTextEdit *edit : {m_address, m_bank}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().height() * 5);
    }
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Tax number:"), m_taxId);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Bank details:"), m_bank);
    return page;
}

void SettingsDialog::setDisplaySettings(const DisplaySettings &settings)
{
    auto select = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(qMax(0, index));
    };
    if (!settings.language.isEmpty() && m_language->findData(settings.language) < 0)
        m_language->addItem(settings.language, settings.language);
    select(m_language, settings.language);
    select(m_zone, settings.timeZone);
    select(m_dateFormat, int(settings.dateFormat));
    select(m_currency, int(settings.currency));
    select(m_theme, int(settings.theme));
}

DisplaySettings SettingsDialog::displaySettings() const
{
    DisplaySettings settings;
    settings.language = m_language->currentData().toString();
    // A zone typed rather than picked counts when it is a valid id.
    const QString typed = m_zone->currentText().trimmed();
    settings.timeZone = m_zone->findText(typed) >= 0 ? m_zone->itemData(m_zone->findText(typed)).toString()
                      : QTimeZone(typed.toUtf8()).isValid() ? typed
                                                            : QString();
    settings.dateFormat = DisplaySettings::DateFormat(m_dateFormat->currentData().toInt());
    settings.currency = DisplaySettings::CurrencyDisplay(m_currency->currentData().toInt());
    settings.theme = DisplaySettings::Theme(m_theme->currentData().toInt());
    return settings;
}

void SettingsDialog::setCompanyDetails(const CompanyDetails &details)
{
    m_name->setText(details.name);
    m_address->setPlainText(details.address);
    m_taxId->setText(details.taxId);
    m_email->setText(details.email);
    m_phone->setText(details.phone);
    m_website->setText(details.website);
    m_bank->setPlainText(details.bankDetails);
}

CompanyDetails SettingsDialog::companyDetails() const
{
    CompanyDetails details;
    details.name = m_name->text().trimmed();
    details.address = m_address->toPlainText().trimmed();
    details.taxId = m_taxId->text().trimmed();
    details.email = m_email->text().trimmed();
    details.phone = m_phone->text().trimmed();
    details.website = m_website->text().trimmed();
    details.bankDetails = m_bank->toPlainText().trimmed();
    return details;
}
