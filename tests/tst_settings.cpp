#include "core/companydetails.h"
#include "core/displaysettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CDR Desk tests"_s);
        QCoreApplication::setApplicationName(u"tst_settings"_s);
        QSettings().clear();
    }

    void companyDetailsShouldRoundTripThroughSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CompanyDetails details;
        details.name = u"Müller Telecom GmbH"_s;
        details.address = u"Hauptstraße 1\n10115 Berlin\nGermany"_s;
        details.taxId = u"DE123456789"_s;
        details.email = u"billing@example.de"_s;
        details.phone = u"+49 30 1234567"_s;
        details.website = u"https://example.de"_s;
        details.bankDetails = u"IBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX"_s;
        {
            QSettings settings(dir.filePath(u"a.ini"_s), QSettings::IniFormat);
            details.save(settings);
        }
        QSettings settings(dir.filePath(u"a.ini"_s), QSettings::IniFormat);
        QCOMPARE(CompanyDetails::load(settings), details);
        QCOMPARE(settings.value(u"company/taxId"_s).toString(), u"DE123456789"_s);
    }

    void companyDetailsShouldBeEmptyUntilNamed()
    {
        QSettings().clear();
        const CompanyDetails none = CompanyDetails::load();
        QVERIFY(none.isEmpty());
        QCOMPARE(none, CompanyDetails());
        CompanyDetails named;
        named.name = u"Acme VoIP"_s;
        named.save();
        QCOMPARE(CompanyDetails::load().name, u"Acme VoIP"_s);
        QVERIFY(!CompanyDetails::load().isEmpty());
    }

    void moneyShouldBeWrittenExactlyByTheChosenLocaleAndCurrencyDisplay()
    {
        const Money amount = *Money::parse(u"1234.5"_s);
        const Money tiny = *Money::parse(u"-0.00012345"_s);
        const Money largest = Money::fromUnits(std::numeric_limits<qint64>::max());
        const QChar nbsp(0x00A0);
        DisplaySettings english;
        english.language = u"en"_s;
        QCOMPARE(english.formatMoney(amount, u"EUR"_s), u"1,234.50 EUR"_s);
        QCOMPARE(english.formatMoney(tiny, u"USD"_s), u"-0.00012345 USD"_s);  // never rounded
        QCOMPARE(english.formatMoney(largest, u"USD"_s), u"92,233,720,368.54775807 USD"_s);
        QCOMPARE(english.formatMoney(amount, QString(), 4), u"1,234.5000"_s);
        DisplaySettings german = english;
        german.language = u"de"_s;
        QCOMPARE(german.formatMoney(amount, u"EUR"_s), u"1.234,50 EUR"_s);
        QCOMPARE(german.formatMoney(tiny, u"USD"_s), u"-0,00012345 USD"_s);

        english.currency = german.currency = DisplaySettings::CurrencyDisplay::Symbol;
        QCOMPARE(english.formatMoney(amount, u"EUR"_s), u"€1,234.50"_s);
        QCOMPARE(english.formatMoney(amount, u"GBP"_s), u"£1,234.50"_s);
        QCOMPARE(english.formatMoney(tiny, u"USD"_s), u"($0.00012345)"_s);  // the locale's negative pattern
        QCOMPARE(german.formatMoney(amount, u"EUR"_s), u"1.234,50"_s + nbsp + u"€"_s);
        QCOMPARE(german.formatMoney(tiny, u"EUR"_s), u"-0,00012345"_s + nbsp + u"€"_s);
        // A code no locale uses keeps the code.
        QCOMPARE(english.formatMoney(amount, u"XTS"_s), u"1,234.50 XTS"_s);
        QCOMPARE(english.formatMoney(amount, QString()), u"1,234.50"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
