// Importers against real files (tests/data/import, copied from ../shared/realdata) and small
// nasty ones: every format, idempotence, strict and --skip-invalid, bytes that are not UTF-8.
#include "testsupport.h"
#include "formats/callimporter.h"
#include "formats/csvreader.h"
#include "formats/importfields.h"
#include "store/callstore.h"
#include "store/database.h"
#include "store/schema.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CDRDESK_SOURCE_DIR "/tests/data/import/") + name;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_stores = 0;

    Result<ImportStats> import(const QString &file, ImportOptions options = {})
    {
        return CallImporter(*m_db).importFile(file, options);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        DatabaseSpec spec;
        spec.kind = DatabaseSpec::Kind::SQLite;
        spec.path = m_dir.filePath(u"store%1.db"_s.arg(++m_stores));
        auto opened = Database::open(spec, Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_db = std::move(*opened);
    }
    void cleanup() { m_db.reset(); }

    void shouldReadCsvWithQuotesCrlfBomAndTruncation()
    {
        QByteArray bytes = "\xEF\xBB\xBF\"a,\"\"b\"\"\",2\r\n\r\n\"multi\nline\",x\n\"open";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer);
        QList<QByteArray> fields;
        QCOMPARE(reader.next(fields), CsvReader::Status::Row);
        QCOMPARE(fields, (QList<QByteArray>{"a,\"b\"", "2"}));
        QCOMPARE(reader.next(fields), CsvReader::Status::Row);
        QCOMPARE(fields, (QList<QByteArray>{"multi\nline", "x"}));
        QCOMPARE(reader.line(), 3);
        QCOMPARE(reader.next(fields), CsvReader::Status::Error);
    }

    void shouldDetectEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("asterisk") << u"testsuite-Master.csv"_s << u"asterisk-csv"_s;
        QTest::newRow("asterisk nasty") << u"asterisk-nasty.csv"_s << u"asterisk-csv"_s;
        QTest::newRow("freeswitch") << u"Master-example-template.csv"_s << u"freeswitch-csv"_s;
        QTest::newRow("kazoo doc") << u"fixture-cdr.json"_s << u"kazoo-json"_s;
        QTest::newRow("kazoo list") << u"kazoo-list.json"_s << u"kazoo-json"_s;
        QTest::newRow("kazoo csv") << u"kazoo.csv"_s << u"kazoo-csv"_s;
        QTest::newRow("voipms") << u"voipms.json"_s << u"voipms-json"_s;
        QTest::newRow("enswitch") << u"enswitch.json"_s << u"enswitch-json"_s;
        QTest::newRow("pbx") << u"pbx.json"_s << u"pbx-json"_s;
    }
    void shouldDetectEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFile input(fixture(file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const auto detected = ImportFormats::detect(input.read(1 << 16));
        QVERIFY(detected);
        QCOMPARE(ImportFormats::name(*detected), format);
    }

    void shouldImportEveryFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("calls");
        QTest::newRow("asterisk testsuite") << u"testsuite-Master.csv"_s << 2;
        QTest::newRow("asterisk shared uniqueid") << u"testsuite-cdrlib-good.csv"_s << 5;
        QTest::newRow("freeswitch") << u"Master-example-template.csv"_s << 8;
        QTest::newRow("kazoo doc") << u"fixture-cdr.json"_s << 1;
        QTest::newRow("kazoo webhooks") << u"webhooks-channel-destroy-samples.json"_s << -1;
        QTest::newRow("kazoo csv") << u"kazoo.csv"_s << 1;
        QTest::newRow("voipms") << u"voipms.json"_s << 2;
        QTest::newRow("enswitch") << u"enswitch.json"_s << 2;
        QTest::newRow("pbx") << u"pbx.json"_s << 1;
    }
    void shouldImportEveryFixture()
    {
        QFETCH(QString, file);
        QFETCH(int, calls);
        const auto first = import(fixture(file));
        QVERIFY2(first, qPrintable(first.error()));
        if (calls >= 0)
            QCOMPARE(first->imported, calls);
        QVERIFY(first->imported > 0);
        QCOMPARE(first->rejected, 0);
        // Importing the same file again adds nothing.
        const auto again = import(fixture(file));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->skipped, first->read);
        QCOMPARE(TestSupport::allCalls(*m_db).size(), first->imported);
    }

    void shouldDecodeEmptyFieldsAsEmptyText()
    {
        // A null QString would be bound as NULL into NOT NULL columns on the servers.
        bool latin1 = true;
        QVERIFY(!ImportFields::decode(QByteArray(), &latin1).isNull());
        QVERIFY(!latin1);
        QCOMPARE(ImportFields::decode("abc"), u"abc"_s);
        QCOMPARE(ImportFields::decode("J\xC3\xBCrgen", &latin1), u"J\u00fcrgen"_s);
        QVERIFY(!latin1);
        QCOMPARE(ImportFields::decode("J\xFCrgen", &latin1), u"J\u00fcrgen"_s);
        QVERIFY(latin1);
    }

    void shouldMapAsteriskFieldsAndKeepEveryByte()
    {
        ImportOptions options;
        options.zone = *ImportFields::zoneFromText(u"Europe/London"_s);
        const auto stats = import(fixture(u"asterisk-nasty.csv"_s), options);
        QVERIFY2(stats, qPrintable(stats.error()));
        QCOMPARE(stats->imported, 3);
        const QList<CallRecord> calls = TestSupport::allCalls(*m_db);
        const CallRecord &bob = calls[0];
        QCOMPARE(bob.source, u"import:asterisk-csv"_s);
        QCOMPARE(bob.recordKey, u"1709287200.1#1"_s);
        QCOMPARE(bob.snumber, u"01908276650"_s);
        QCOMPARE(bob.sname, u"Bob's Desk, Sales"_s);
        QCOMPARE(bob.clid, u"\"Bob's Desk, Sales\" <01908276650>"_s);
        QCOMPARE(bob.cnumber, u"441908276650"_s);
        QCOMPARE(bob.start, 1709287200);  // London is on GMT in March before the change
        QCOMPARE(bob.answer, std::optional<qint64>(1709287205));
        QCOMPARE(bob.talktime, 60);
        QCOMPARE(bob.totaltime, 65);
        QCOMPARE(bob.status, u"answer"_s);
        QCOMPARE(bob.disposition, u"ANSWERED"_s);
        QCOMPARE(bob.userfield, u"note"_s);
        QCOMPARE(bob.accountcode, u"acc1"_s);
        // Two rows sharing a uniqueid stay apart; the empty answer is no answer.
        const CallRecord &renee = calls[1];
        const CallRecord &jurgen = calls[2];
        QCOMPARE(renee.uniqueid, jurgen.uniqueid);
        QVERIFY(renee.recordKey != jurgen.recordKey);
        QVERIFY(!renee.answer);
        QCOMPARE(renee.status, u"noanswer"_s);
        QCOMPARE(jurgen.status, u"busy"_s);
        // Latin-1 bytes are kept (read as Latin-1, flagged in extra); valid UTF-8 is UTF-8.
        QCOMPARE(renee.sname, u"Ren\u00e9e"_s);
        QCOMPARE(renee.clid.toLatin1(), QByteArray("\"Ren\xe9" "e\" <0044207>"));
        QVERIFY(renee.extra.contains(u"latin1_fields"_s));
        QCOMPARE(jurgen.sname, u"J\u00fcrgen \u5c71\u7530"_s);
        QVERIFY(!jurgen.extra.contains(u"latin1_fields"_s));
    }

    void shouldReadSixteenToEighteenColumnsInAZoneOffset()
    {
        ImportOptions options;
        options.zone = *ImportFields::zoneFromText(u"-7"_s);
        const auto stats = import(fixture(u"testsuite-Master.csv"_s), options);
        QVERIFY2(stats, qPrintable(stats.error()));
        const QList<CallRecord> calls = TestSupport::allCalls(*m_db);
        QCOMPARE(calls[0].start, 1270167992 + 7 * 3600);
        QCOMPARE(calls[0].uniqueid, u"1270167992.0"_s);
        QVERIFY(calls[0].recordKey.startsWith(u"1270167992.0#"_s));
    }

    void shouldStopAtTheFirstBadRowAndStoreNothing()
    {
        const auto stats = import(fixture(u"asterisk-bad.csv"_s));
        QVERIFY(!stats);
        QVERIFY2(stats.error().endsWith(u"asterisk-bad.csv:3: start: \"2024-02-30 10:00:00\" is not a time: "_s
                                        + stats.error().section(u"is not a time: "_s, 1)),
                 qPrintable(stats.error()));
        QVERIFY(stats.error().contains(u"asterisk-bad.csv:3: start:"_s));
        QCOMPARE(TestSupport::allCalls(*m_db).size(), 0);
        const auto truncated = import(fixture(u"testsuite-cdrlib-buggy.csv"_s));
        QVERIFY(!truncated);
        QVERIFY2(truncated.error().contains(u"testsuite-cdrlib-buggy.csv:1:"_s), qPrintable(truncated.error()));
    }

    void shouldRejectBadRowsWhenAsked()
    {
        const QString copy = m_dir.filePath(u"bad.csv"_s);
        QVERIFY(QFile::copy(fixture(u"asterisk-bad.csv"_s), copy));
        ImportOptions options;
        options.skipInvalid = true;
        const auto stats = import(copy, options);
        QVERIFY2(stats, qPrintable(stats.error()));
        QCOMPARE(stats->imported, 2);
        QCOMPARE(stats->rejected, 2);
        QFile rejects(copy + u".rejects.csv"_s);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QByteArray text = rejects.readAll();
        QVERIFY(text.startsWith("line,field,problem,row\r\n3,\"start\","));
        QVERIFY(text.contains("\r\n4,\"duration\",\"\\\"nine\\\"") || text.contains("\r\n4,\"duration\","));
    }

    void shouldCancelAndRollBack()
    {
        ImportOptions options;
        options.progress = [](qint64, qint64) { return false; };
        // Progress is asked every 1000 rows: build a file that long.
        const QString big = m_dir.filePath(u"big.csv"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 1500; ++i)
            file.write(QStringLiteral("\"\",\"1\",\"2\",\"c\",\"\",\"\",\"\",\"\",\"\",\"2024-01-01 00:00:00\",,"
                                      "\"2024-01-01 00:00:05\",5,0,\"BUSY\",\"\",\"u%1\",\"\"\n").arg(i).toUtf8());
        file.close();
        const auto stats = import(big, options);
        QVERIFY(!stats);
        QCOMPARE(TestSupport::allCalls(*m_db).size(), 0);
    }

    // A file larger than the store is loaded without the sort indexes, which are built again
    // before the commit: a failure rolls the drop back too, so the store keeps its calls and
    // every index; a load that works ends with every index there.
    void shouldBulkLoadALargeFileAndKeepTheIndexes()
    {
        QVERIFY(import(fixture(u"testsuite-Master.csv"_s)));
        const qint64 before = TestSupport::allCalls(*m_db).size();
        QVERIFY(before > 0);
        const auto indexes = [this]() {
            QSqlQuery query(m_db->connection());
            query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls' "
                       "AND name LIKE 'idx_calls_%'"_s);
            QStringList names;
            while (query.next())
                names.append(query.value(0).toString());
            names.sort();
            return names;
        };
        const QStringList allIndexes = indexes();
        QCOMPARE(allIndexes.size(), Schema::callIndexNames().size());

        const QString big = m_dir.filePath(u"bulk.csv"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray padding(140, 'x');  // ~270 bytes a row: 200k rows make the bulk size (BytesPerRow 250)
        constexpr int Rows = 200000;
        for (int i = 0; i < Rows; ++i)
            file.write("\"\",\"1001\",\"442071234567\",\"c\",\"\",\"SIP/1001\",\"\",\"Dial\",\"" + padding
                       + "\",\"2024-01-01 00:00:00\",,\"2024-01-01 00:00:05\",5,0,\"BUSY\",\"\",\"u"
                       + QByteArray::number(i) + "\",\"\"\n");
        file.write("\"\",\"1\",\"2\",\"c\",\"\",\"\",\"\",\"\",\"\",\"2024-02-30 00:00:00\",,"
                   "\"2024-01-01 00:00:05\",5,0,\"BUSY\",\"\",\"bad\",\"\"\n");
        file.close();

        // The journal the load goes through, as seen while it runs (on its connection).
        const auto journalMode = [this]() {
            QSqlQuery query(m_db->connection());
            return query.exec(u"PRAGMA journal_mode"_s) && query.next() ? query.value(0).toString() : QString();
        };
        QString loadJournal;
        ImportOptions strict;
        strict.progress = [&](qint64, qint64) {
            loadJournal = journalMode();
            return true;
        };
        // Alone with the store, the load writes through a rollback journal; it rolls back as well.
        QVERIFY(!import(big, strict));
        QCOMPARE(loadJournal, u"delete"_s);
        QCOMPARE(TestSupport::allCalls(*m_db).size(), before);
        QCOMPARE(indexes(), allIndexes);
        QCOMPARE(journalMode(), u"wal"_s);

        ImportOptions skip = strict;
        skip.skipInvalid = true;
        loadJournal.clear();
        // Another connection keeps the store in WAL, and the load does not wait for it.
        auto other = Database::open(m_db->spec());
        QVERIFY2(other, qPrintable(other.error()));
        const auto stats = import(big, skip);
        QVERIFY2(stats, qPrintable(stats.error()));
        QCOMPARE(loadJournal, u"wal"_s);
        QCOMPARE(stats->imported, Rows);
        QCOMPARE(stats->rejected, 1);
        QCOMPARE(indexes(), allIndexes);
        QCOMPARE(journalMode(), u"wal"_s);
        CallFilter all;
        all.archive = true;
        const auto count = CallStore(*m_db).count(all);
        QVERIFY2(count, qPrintable(count.error()));
        QCOMPARE(*count, before + Rows);
    }

    void shouldMapFreeswitchKazooVoipmsEnswitchAndPbx()
    {
        ImportOptions fs;
        fs.templatePath = fixture(u"freeswitch-template.xml"_s);
        QVERIFY(import(fixture(u"freeswitch-mine.csv"_s), fs));
        ImportOptions voipms;
        voipms.zone = *ImportFields::zoneFromText(u"-5"_s);
        QVERIFY(import(fixture(u"voipms.json"_s), voipms));
        for (const QString &file : {u"kazoo-list.json"_s, u"enswitch.json"_s, u"pbx.json"_s})
            QVERIFY(import(fixture(file)));
        QHash<QString, CallRecord> byKey;
        for (const CallRecord &call : TestSupport::allCalls(*m_db))
            byKey.insert(call.recordKey, call);
        const CallRecord a1 = byKey.value(u"a1b2"_s);
        QCOMPARE(a1.start, 1709287200);
        QCOMPARE(a1.answer, std::optional<qint64>(1709287210));
        QCOMPARE(a1.cnumber, u"0190555"_s);
        QVERIFY(a1.extra.contains(u"Yealink"_s));
        QCOMPARE(byKey.value(u"c3d4"_s).status, u"busy"_s);
        QVERIFY(!byKey.value(u"c3d4"_s).answer);
        const CallRecord kazoo = byKey.value(u"202403-abc"_s);
        QCOMPARE(kazoo.end, 1709287270);
        QCOMPARE(kazoo.start, 1709287200);
        QCOMPARE(kazoo.talktime, 60);
        QCOMPARE(kazoo.direction, u"in"_s);
        QCOMPARE(QJsonDocument::fromJson(kazoo.extra.toUtf8()).object().value(u"custom_channel_vars"_s)
                     .toObject().value(u"owner_id"_s).toString(), u"d860"_s);
        const CallRecord voip = byKey.value(u"128238059"_s);
        QCOMPARE(voip.start, 1291113616 + 5 * 3600);  // 10:40:16 at UTC-5
        QCOMPARE(voip.totaltime, 11);
        QCOMPARE(voip.cost, Money::fromUnits(165000));
        QCOMPARE(voip.sname, u"John Doe"_s);
        QCOMPARE(voip.snumber, u"5551112222"_s);
        QCOMPARE(byKey.value(u"128236206"_s).status, u"noanswer"_s);
        const CallRecord ens = byKey.value(u"1234567890.123456"_s);
        QCOMPARE(ens.source, u"import:enswitch-json"_s);
        QCOMPARE(ens.cost, Money::fromUnits(1250000));
        QCOMPARE(ens.scustomer, 12);
        QCOMPARE(ens.dnumber, u"+441908276651"_s);
        QVERIFY(ens.extra.contains(u"rate_name"_s));
        QVERIFY(!byKey.value(u"1234567890.123457"_s).answer);
        const CallRecord pbx = byKey.value(u"44493"_s);
        QCOMPARE(pbx.start, 1458643961);
        QCOMPARE(pbx.sname, u"Bob's Desk"_s);
        QCOMPARE(pbx.amaflags, u"2"_s);
        QVERIFY(pbx.extra.contains(u"dial_full"_s));
    }

    void shouldImportFromTheCli()
    {
        const QString db = m_dir.filePath(u"cli.db"_s);
        QProcess cli;
        cli.start(QStringLiteral(CDRDESK_CLI), {u"import"_s, u"--db"_s, db, u"--timezone"_s, u"UTC"_s,
                                                fixture(u"testsuite-cdrlib-good.csv"_s), fixture(u"pbx.json"_s)});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(u"(asterisk-csv): 5 imported, 0 skipped, 0 rejected"_s), qPrintable(out));
        cli.start(QStringLiteral(CDRDESK_CLI), {u"import"_s, u"--db"_s, db, fixture(u"asterisk-bad.csv"_s)});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(u"asterisk-bad.csv:3: start:"_s));
        cli.start(QStringLiteral(CDRDESK_CLI), {u"import"_s, u"--db"_s, db, u"--format"_s, u"nope"_s, fixture(u"pbx.json"_s)});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
