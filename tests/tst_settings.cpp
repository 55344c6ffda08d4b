#include "core/companydetails.h"

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
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
