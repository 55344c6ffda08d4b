// Numbers understood with libphonenumber: the analyser against known numbering plans, and the
// derived columns computed once when calls are stored, on every backend, in the store's
// default country.

#include "testsupport.h"

#include "numbers/numberanalyzer.h"
#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestNumbers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldUnderstandNumbers_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("place");
        QTest::newRow("GB fixed, international") << u"ZZ"_s << u"+442079460000"_s << u"+442079460000"_s << u"GB"_s << u"fixed"_s << u"London"_s;
        QTest::newRow("GB fixed, 00 prefix") << u"ZZ"_s << u"00442079460000"_s << u"+442079460000"_s << u"GB"_s << u"fixed"_s << u"London"_s;
        QTest::newRow("GB mobile, national") << u"GB"_s << u"07400123456"_s << u"+447400123456"_s << u"GB"_s << u"mobile"_s << u"United Kingdom"_s;
        QTest::newRow("GB toll-free, national") << u"GB"_s << u"08001111111"_s << u"+448001111111"_s << u"GB"_s << u"toll-free"_s << u"United Kingdom"_s;
        QTest::newRow("GB premium, national") << u"GB"_s << u"09098790000"_s << u"+449098790000"_s << u"GB"_s << u"premium"_s << u"United Kingdom"_s;
        QTest::newRow("US toll-free, bare 1") << u"ZZ"_s << u"18005550199"_s << u"+18005550199"_s << u"US"_s << u"toll-free"_s << u"United States"_s;
        QTest::newRow("US, national") << u"US"_s << u"2015550123"_s << u"+12015550123"_s << u"US"_s << u"fixed-or-mobile"_s << u"New Jersey"_s;
        QTest::newRow("national without a country") << u"ZZ"_s << u"02079460000"_s << u""_s << u""_s << u""_s << u""_s;
        QTest::newRow("extension") << u"GB"_s << u"201"_s << u""_s << u""_s << u""_s << u""_s;
        QTest::newRow("garbage") << u"GB"_s << u"anonymous"_s << u""_s << u""_s << u""_s << u""_s;
    }
    void shouldUnderstandNumbers()
    {
        QFETCH(QString, country);
        QFETCH(QString, number);
        QFETCH(QString, e164);
        QFETCH(QString, region);
        QFETCH(QString, kind);
        QFETCH(QString, place);
        NumberAnalyzer analyzer(country);
        for (int twice = 0; twice < 2; ++twice) {  // the second answer comes from the cache
            const NumberAnalyzer::Info info = analyzer.analyze(number);
            QCOMPARE(info.e164, e164);
            QCOMPARE(info.country, region);
            QCOMPARE(info.kind, kind);
            QCOMPARE(info.region, place);
        }
    }

    void shouldKnowRegions()
    {
        QVERIFY(NumberAnalyzer::isKnownRegion(u"GB"_s));
        QVERIFY(NumberAnalyzer::isKnownRegion(u"ZZ"_s));
        QVERIFY(!NumberAnalyzer::isKnownRegion(u"XX"_s));
        QVERIFY(!NumberAnalyzer::isKnownRegion(u"gb"_s));
    }

    void shouldStoreNumbersInTheStoresCountry_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }
    void shouldStoreNumbersInTheStoresCountry()
    {
        QFETCH(QString, backend);
        QVERIFY(m_dir.isValid());
        auto db = TestSupport::openEmptyStore(backend, m_dir);
        QVERIFY(db);
        QCOMPARE(db->defaultCountry(), u"ZZ"_s);
        QVERIFY(db->setDefaultCountry(u"GB"_s));

        CallRecord call;
        call.source = u"test"_s;
        call.recordKey = u"1"_s;
        call.snumber = u"02079460000"_s;
        call.cnumber = u"07400123456"_s;
        call.dnumber = u"+18005550199"_s;
        CallWriter writer(*db);
        QVERIFY(writer.begin());
        QVERIFY(writer.write(call));
        QVERIFY(writer.commit());

        // Another connection sees the store's country and the numbers as they were stored.
        const DatabaseSpec spec = db->spec();
        db.reset();
        auto reopened = Database::open(spec);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE((*reopened)->defaultCountry(), u"GB"_s);
        const QList<CallRecord> calls = TestSupport::allCalls(**reopened);
        QCOMPARE(calls.size(), 1);
        const CallRecord &c = calls.first();
        QCOMPARE(c.snumberE164, u"+442079460000"_s);
        QCOMPARE(c.snumberCountry, u"GB"_s);
        QCOMPARE(c.snumberKind, u"fixed"_s);
        QCOMPARE(c.snumberRegion, u"London"_s);
        QCOMPARE(c.cnumberE164, u"+447400123456"_s);
        QCOMPARE(c.cnumberKind, u"mobile"_s);
        QCOMPARE(c.dnumberE164, u"+18005550199"_s);
        QCOMPARE(c.dnumberCountry, u"US"_s);
        QCOMPARE(c.dnumberKind, u"toll-free"_s);
    }

    void shouldFilterByCountryAndType_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }
    void shouldFilterByCountryAndType()
    {
        QFETCH(QString, backend);
        QVERIFY(m_dir.isValid());
        auto db = TestSupport::openEmptyStore(backend, m_dir);
        QVERIFY(db);
        QVERIFY(db->setDefaultCountry(u"GB"_s));
        // key: source number → destination number
        const QList<std::pair<QString, QString>> numbers = {
            {u"02079460000"_s, u"07400123456"_s},   // 1: GB fixed → GB mobile
            {u"07400123456"_s, u"08001111111"_s},   // 2: GB mobile → GB toll-free
            {u"+12015550123"_s, u"+18005550199"_s}, // 3: US → US toll-free
            {u"201"_s, u"+33612345678"_s},          // 4: extension → FR mobile
        };
        CallWriter writer(*db);
        QVERIFY(writer.begin());
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            CallRecord call;
            call.source = u"test"_s;
            call.recordKey = QString::number(i + 1);
            call.uniqueid = call.recordKey;
            call.start = 1'700'000'000 + i;
            call.snumber = numbers[i].first;
            call.dnumber = call.cnumber = numbers[i].second;
            QVERIFY(writer.write(call));
        }
        QVERIFY(writer.commit());

        CallStore store(*db);
        const auto ids = [&store](const QMap<QString, QString> &parameters) {
            const Result<CallFilter> filter = CallFilter::fromParameters(parameters);
            if (!filter)
                return QStringList{filter.error()};
            QStringList keys;
            const auto page = store.page(*filter, PageRequest{});
            for (const CallRecord &call : page ? *page : QList<CallRecord>{})
                keys.append(call.recordKey);
            return keys;
        };
        QCOMPARE(ids({{u"dcountry"_s, u"GB"_s}}), QStringList({u"1"_s, u"2"_s}));
        QCOMPARE(ids({{u"dnumbertype"_s, u"mobile"_s}}), QStringList({u"1"_s, u"4"_s}));
        QCOMPARE(ids({{u"dcountry"_s, u"GB"_s}, {u"dnumbertype"_s, u"mobile"_s}}), QStringList({u"1"_s}));
        QCOMPARE(ids({{u"dnumbertype"_s, u"toll-free,mobile"_s}}), QStringList({u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
        QCOMPARE(ids({{u"dnumbertype"_s, u"toll-free,mobile"_s}, {u"dcountry"_s, u"FR"_s}, {u"dcountry_not"_s, u"1"_s}}),
                 QStringList({u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(ids({{u"scountry"_s, u"US"_s}}), QStringList({u"3"_s}));
        QCOMPARE(ids({{u"snumbertype"_s, u"fixed-or-mobile"_s}}), QStringList({u"3"_s}));
        QCOMPARE(ids({{u"ccountry"_s, u"FR"_s}}), QStringList({u"4"_s}));
        QCOMPARE(ids({{u"cregion"_s, u"France"_s}}), QStringList({u"4"_s}));  // the geocoder's name of a mobile's region
        QCOMPARE(ids({{u"cregion"_s, u"Fran"_s}}), QStringList());            // exact
        QCOMPARE(ids({{u"scountry"_s, u"GB,US"_s}, {u"scountry_not"_s, u"1"_s}}), QStringList({u"4"_s}));  // the extension has none
        QVERIFY(ids({{u"dcountry"_s, u"gb"_s}}).first().startsWith(u"dcountry"_s));
        QVERIFY(ids({{u"dnumbertype"_s, u"cell"_s}}).first().startsWith(u"dnumbertype"_s));
    }

    void shouldFilterNumbersFromTheCommandLine()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const DatabaseSpec spec = TestSupport::demoStore(m_dir.filePath(u"numbers-cli.db"_s), 400, 1, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto db = Database::open(spec);
        QVERIFY2(db, qPrintable(db.error()));
        qint64 expected = 0;
        for (const CallRecord &call : TestSupport::allCalls(**db))
            expected += call.dnumberCountry == u"GB" && call.dnumberKind == u"mobile";
        QVERIFY2(expected > 0, "the demo data should call some British mobiles");
        const auto counted = TestSupport::runCli({u"count"_s, u"--db"_s, spec.path, u"--archive"_s, u"1"_s,
                                                  u"--dcountry"_s, u"GB"_s, u"--dnumbertype"_s, u"mobile"_s});
        QVERIFY2(counted.exitCode == 0, qPrintable(counted.err));
        QCOMPARE(counted.out.trimmed().toLongLong(), expected);
        const auto bad = TestSupport::runCli({u"count"_s, u"--db"_s, spec.path, u"--dnumbertype"_s, u"cell"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"dnumbertype"_s), qPrintable(bad.err));
    }

    void shouldSetTheCountryFromTheCommandLine()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const DatabaseSpec spec = TestSupport::demoStore(m_dir.filePath(u"country.db"_s), 10, 1, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(TestSupport::runCli({u"country"_s, u"--db"_s, spec.path}).out.trimmed(), u"ZZ"_s);
        const auto bad = TestSupport::runCli({u"country"_s, u"--db"_s, spec.path, u"Narnia"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"Narnia"_s), qPrintable(bad.err));
        const auto set = TestSupport::runCli({u"country"_s, u"--db"_s, spec.path, u"de"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(set.out.trimmed(), u"DE"_s);
        QCOMPARE(TestSupport::runCli({u"country"_s, u"--db"_s, spec.path}).out.trimmed(), u"DE"_s);
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
