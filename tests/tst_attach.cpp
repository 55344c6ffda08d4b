// Read-only attach to an Asterisk `cdr` table on PostgreSQL and MariaDB: FreePBX's layout
// (calldate, no acctid, its extra columns) and cdr_adaptive_odbc's (start/answer/end, acctid),
// read by a user that may only SELECT; the grid's reads, export and the CLI work, and nothing
// is ever written.

#include "testsupport.h"

#include "formats/callexporter.h"
#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// One CDR row; times are seconds after 2026-03-01 10:00:00 UTC.
struct Row
{
    int at;
    int duration;
    int billsec;
    const char16_t *clid;
    const char16_t *src;
    const char16_t *dst;
    const char16_t *disposition;
    const char16_t *uniqueid;
    const char16_t *linkedid;
    int sequence;
};

constexpr qint64 Base = 1772359200;  // 2026-03-01T10:00:00Z

const QList<Row> rows = {
    {0, 70, 60, u"\"Alice Smith\" <2025550101>", u"2025550101", u"442071234567", u"ANSWERED", u"1772359200.1", u"1772359200.1", 1},
    {300, 30, 0, u"\"bob\" <2025550102>", u"2025550102", u"18005550199", u"NO ANSWER", u"1772359500.2", u"", 2},
    {600, 5, 0, u"Zo\u00eb <07700900123>", u"07700900123", u"100", u"BUSY", u"1772359800.3", u"1772359800.3", 3},
    {900, 1, 0, u"2025550104", u"2025550104", u"a ", u"FAILED", u"1772360100.4", u"", 4},
    {1200, 2, 0, u"", u"2025550105", u"a", u"CONGESTION", u"1772360400.6", u"", 5},
    {1200, 40, 25, u"\"Alice Smith\" <2025550101>", u"2025550101", u"A", u"ANSWERED", u"1772360400.5", u"1772359200.1", 6},
};

QString timeText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

class TestAttach : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The cdr table as the PBX's own user creates and fills it; SELECT granted to the
    // read-only user. Returns an error text, empty on success.
    static QString createCdrTable(const DatabaseSpec &owner, const QString &style, const QString &roUser)
    {
        const bool mysql = owner.kind == DatabaseSpec::Kind::MySQL;
        const bool freepbx = style == u"freepbx";
        const SqlDialect d(owner.kind);
        const QString time = mysql ? u"DATETIME"_s : u"TIMESTAMP"_s;
        const QString text = u"VARCHAR(80) NOT NULL DEFAULT ''"_s;
        QStringList columns;
        if (freepbx) {
            columns << u"calldate "_s + time + u" NOT NULL"_s;
        } else {
            columns << (mysql ? u"acctid BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY"_s : u"acctid BIGSERIAL PRIMARY KEY"_s)
                    << u"start "_s + time << u"answer "_s + time << d.quote(u"end") + u' ' + time;
        }
        for (const char16_t *name : {u"clid", u"src", u"dst", u"dcontext", u"channel", u"dstchannel", u"lastapp", u"lastdata"})
            columns << QString::fromUtf16(name) + u' ' + text;
        columns << u"duration INTEGER NOT NULL DEFAULT 0"_s << u"billsec INTEGER NOT NULL DEFAULT 0"_s
                << u"disposition VARCHAR(45) NOT NULL DEFAULT ''"_s << u"amaflags INTEGER NOT NULL DEFAULT 0"_s
                << u"accountcode VARCHAR(20) NOT NULL DEFAULT ''"_s << u"uniqueid VARCHAR(32) NOT NULL DEFAULT ''"_s
                << u"userfield VARCHAR(255) NOT NULL DEFAULT ''"_s;
        if (freepbx)
            columns << u"did VARCHAR(50) NOT NULL DEFAULT ''"_s << u"recordingfile VARCHAR(255) NOT NULL DEFAULT ''"_s
                    << u"cnum "_s + text << u"cnam "_s + text;
        columns << u"linkedid VARCHAR(32) NOT NULL DEFAULT ''"_s << u"peeraccount "_s + text
                << u"sequence INTEGER NOT NULL DEFAULT 0"_s;

        QString error;
        const QString name = u"owner"_s;
        {
            QSqlDatabase db = TestSupport::rawConnection(owner, name);
            if (!db.open())
                return db.lastError().text();
            QSqlQuery q(db);
            // FreePBX's table is utf8 with a case-insensitive collation, as shipped.
            QStringList statements{u"CREATE TABLE cdr ("_s + columns.join(u", ") + u')'
                                   + (mysql ? u" DEFAULT CHARSET=utf8"_s : QString())};
            if (!mysql)
                statements << u"GRANT SELECT ON cdr TO "_s + roUser;
            for (const QString &sql : statements) {
                if (!q.exec(sql))
                    return sql + u": "_s + q.lastError().text();
            }
            const QString timeColumns = freepbx ? u"calldate"_s : u"start, answer, "_s + d.quote(u"end");
            const QString extraColumns = freepbx ? u", did, recordingfile"_s : QString();
            q.prepare(u"INSERT INTO cdr (%1, clid, src, dst, dcontext, channel, lastapp, duration, billsec, disposition, "
                      "amaflags, uniqueid, linkedid, sequence, peeraccount%2) VALUES (%3)"_s
                          .arg(timeColumns, extraColumns,
                               QStringList(17, u"?"_s).join(u", ")));
            for (const Row &r : rows) {
                const qint64 start = Base + r.at;
                q.addBindValue(timeText(start));
                if (!freepbx) {
                    q.addBindValue(r.billsec > 0 ? QVariant(timeText(start + r.duration - r.billsec)) : QVariant());
                    q.addBindValue(timeText(start + r.duration));
                }
                for (const char16_t *value : {r.clid, r.src, r.dst})
                    q.addBindValue(QString::fromUtf16(value));
                q.addBindValue(u"from-internal"_s);
                q.addBindValue(u"PJSIP/%1-0000001"_s.arg(QString::fromUtf16(r.src)));
                q.addBindValue(u"Dial"_s);
                q.addBindValue(r.duration);
                q.addBindValue(r.billsec);
                q.addBindValue(QString::fromUtf16(r.disposition));
                q.addBindValue(3);
                q.addBindValue(QString::fromUtf16(r.uniqueid));
                q.addBindValue(QString::fromUtf16(r.linkedid));
                q.addBindValue(r.sequence);
                q.addBindValue(u"peer"_s);
                if (freepbx) {
                    q.addBindValue(u"442079460000"_s);
                    q.addBindValue(u"out-%1.wav"_s.arg(r.sequence));
                }
                if (!q.exec()) {
                    error = q.lastError().text();
                    break;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    // What the owner sees of the database: its tables and a digest of the cdr rows.
    static QString fingerprint(const DatabaseSpec &owner)
    {
        QString print;
        const QString name = u"fingerprint"_s;
        {
            QSqlDatabase db = TestSupport::rawConnection(owner, name);
            if (!db.open())
                return db.lastError().text();
            QStringList tables = db.tables();
            tables.sort();
            print = tables.join(u',');
            QSqlQuery q(db);
            q.exec(u"SELECT uniqueid, src, dst, disposition, duration, billsec, sequence FROM cdr ORDER BY uniqueid"_s);
            while (q.next()) {
                for (int i = 0; i < 7; ++i)
                    print += u'|' + q.value(i).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return print;
    }

    static QList<CallRecord> everything(Database &db, const QString &sort, bool descending = false)
    {
        CallFilter filter;
        filter.sort = sort;
        filter.descending = descending;
        QList<CallRecord> list;
        (void)CallStore(db).forEach(filter, [&list](const CallRecord &r) {
            list.append(r);
            return true;
        }, 4);  // small pages: keyset steps across ties
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shouldParseTheAttachOption_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("message");
        QTest::newRow("asterisk") << u"mariadb://ro@pbx/asteriskcdrdb?attach=asterisk"_s << true << u"cdr"_s << QString();
        QTest::newRow("table") << u"postgresql://ro@pbx/asterisk?attach=asterisk&table=cdr_2026"_s << true << u"cdr_2026"_s << QString();
        QTest::newRow("store") << u"mysql://ro@pbx/cdrdesk"_s << true << QString() << QString();
        QTest::newRow("unknown kind") << u"mysql://ro@pbx/db?attach=freeswitch"_s << false << QString() << u"freeswitch"_s;
        QTest::newRow("unknown option") << u"mysql://ro@pbx/db?attch=asterisk"_s << false << QString() << u"attch"_s;
        QTest::newRow("injected table") << u"mysql://ro@pbx/db?attach=asterisk&table=cdr;drop"_s << false << QString() << u"cdr;drop"_s;
        QTest::newRow("table alone") << u"mysql://ro@pbx/db?table=cdr"_s << false << QString() << u"attach"_s;
    }
    void shouldParseTheAttachOption()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QFETCH(QString, table);
        QFETCH(QString, message);
        const Result<DatabaseSpec> spec = DatabaseSpec::parse(url);
        QCOMPARE(bool(spec), valid);
        if (!valid) {
            QVERIFY2(spec.error().contains(message), qPrintable(spec.error()));
            return;
        }
        QCOMPARE(spec->isAttached(), !table.isEmpty());
        QCOMPARE(spec->attachTable, table);
        // The URL kept in settings and recent lists carries the option.
        const Result<DatabaseSpec> again = DatabaseSpec::parse(spec->toUrl());
        QVERIFY(again && again->attach == spec->attach && again->attachTable == spec->attachTable);
    }

    void shouldReadAnAsteriskTableWithoutWriting_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("style");
        for (const QString &backend : TestSupport::serverBackends()) {
            for (const QString &style : {u"freepbx"_s, u"adaptive"_s})
                QTest::addRow("%s-%s", qPrintable(backend), qPrintable(style)) << backend << style;
        }
    }
    void shouldReadAnAsteriskTableWithoutWriting()
    {
        QFETCH(QString, backend);
        QFETCH(QString, style);
        if (!TestSupport::backends().contains(backend))
            QSKIP("no server for this backend (scripts/test.sh starts one)");
        QString error;
        const DatabaseSpec owner = TestSupport::emptyStore(backend, m_dir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DatabaseSpec reader = TestSupport::readOnlySpec(backend, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = createCdrTable(owner, style, reader.user);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString before = fingerprint(owner);
        QVERIFY2(before.startsWith(u"cdr|"_s), qPrintable(before));

        // The reader may only SELECT: the server itself refuses it anything else.
        {
            QSqlDatabase raw = TestSupport::rawConnection(reader, u"ro"_s);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QVERIFY(!q.exec(u"DELETE FROM cdr"_s));
            QVERIFY(!q.exec(u"CREATE TABLE cdrdesk_probe (x INTEGER)"_s));
        }
        QSqlDatabase::removeDatabase(u"ro"_s);

        reader.attach = DatabaseSpec::Attach::AsteriskCdr;
        reader.attachTable = u"cdr"_s;
        auto opened = Database::open(reader, Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &db = **opened;
        QVERIFY(db.isReadOnly());

        CallStore store(db);
        QCOMPARE(*store.count(CallFilter{}), rows.size());
        const QList<CallRecord> calls = everything(db, u"start"_s);
        QCOMPARE(calls.size(), rows.size());
        QStringList uniqueids, statuses, names;
        for (const CallRecord &c : calls) {
            uniqueids << c.uniqueid;
            statuses << c.status;
            names << c.sname;
        }
        // Ties on start (the last two) are broken by id; without acctid the id follows uniqueid.
        QCOMPARE(uniqueids.mid(0, 4), (QStringList{u"1772359200.1"_s, u"1772359500.2"_s, u"1772359800.3"_s, u"1772360100.4"_s}));
        QCOMPARE(QSet<QString>(uniqueids.begin() + 4, uniqueids.end()), (QSet<QString>{u"1772360400.5"_s, u"1772360400.6"_s}));
        QVERIFY(calls[4].id < calls[5].id);
        if (style == u"freepbx")
            QCOMPARE(calls[4].uniqueid, u"1772360400.5"_s);

        const CallRecord &first = calls[0];
        QCOMPARE(first.start, Base);
        QCOMPARE(first.answer, std::optional<qint64>(Base + 10));
        QCOMPARE(first.end, Base + 70);
        QCOMPARE(first.talktime, 60);
        QCOMPARE(first.totaltime, 70);
        QCOMPARE(first.ringtime, 10);
        QCOMPARE(first.snumber, u"2025550101"_s);
        QCOMPARE(first.sname, u"Alice Smith"_s);
        QCOMPARE(first.cnumber, u"442071234567"_s);
        QCOMPARE(first.dnumber, u"442071234567"_s);
        QCOMPARE(first.disposition, u"ANSWERED"_s);
        QCOMPARE(first.amaflags, u"DOCUMENTATION"_s);
        QCOMPARE(first.dcontext, u"from-internal"_s);
        QCOMPARE(first.channel, u"PJSIP/2025550101-0000001"_s);
        QCOMPARE(first.lastapp, u"Dial"_s);
        QCOMPARE(first.recordKey, u"1772359200.1#1"_s);
        QCOMPARE(first.source, u"attach:asterisk:cdr"_s);
        const QJsonObject extra = QJsonDocument::fromJson(first.extra.toUtf8()).object();
        QCOMPARE(extra.value(u"peeraccount"_s).toString(), u"peer"_s);
        if (style == u"freepbx") {
            QCOMPARE(extra.value(u"did"_s).toString(), u"442079460000"_s);
            QCOMPARE(first.recording, u"out-1.wav"_s);
        }
        QVERIFY2(!calls[1].answer, "an unanswered call has no answer time");
        QCOMPARE(calls[1].end, Base + 330);
        QCOMPARE(statuses, (QStringList{u"answer"_s, u"noanswer"_s, u"busy"_s, u"error"_s,
                                        calls[4].uniqueid.endsWith(u".5") ? u"answer"_s : u"congestion"_s,
                                        calls[5].uniqueid.endsWith(u".5") ? u"answer"_s : u"congestion"_s}));
        QCOMPARE(names.mid(0, 4), (QStringList{u"Alice Smith"_s, u"bob"_s, u"Zo\u00eb"_s, QString()}));
        // Legs of one call share linkedid; without one the call is its own.
        QCOMPARE(calls[1].callid, u"1772359500.2"_s);
        const CallRecord &secondLeg = calls[4].uniqueid.endsWith(u".5") ? calls[4] : calls[5];
        QCOMPARE(secondLeg.callid, u"1772359200.1"_s);

        // Text sorts by code point although the table's collation is case-insensitive.
        QStringList byNumber;
        for (const CallRecord &c : everything(db, u"cnumber"_s))
            byNumber << c.cnumber;
        QCOMPARE(byNumber, (QStringList{u"100"_s, u"18005550199"_s, u"442071234567"_s, u"A"_s, u"a"_s, u"a "_s}));

        CallFilter range;
        range.start = Base + 300;
        range.end = Base + 1200;
        QCOMPARE(*store.count(range), 3);
        const auto totals = store.totals(CallFilter{});
        QVERIFY2(totals, qPrintable(totals.error()));
        QCOMPARE(totals->answered, 2);
        QCOMPARE(totals->talkSeconds, 85);
        const auto anchors = store.anchors(CallFilter{}, 2);
        QVERIFY2(anchors && anchors->size() == 3, qPrintable(anchors ? u"count"_s : anchors.error()));
        const auto info = store.info();
        QVERIFY2(info && info->calls == rows.size(), qPrintable(info ? u"count"_s : info.error()));

        // Export reads the same way.
        const QString csv = m_dir.filePath(u"attached-%1-%2.csv"_s.arg(backend, style));
        ExportOptions options;
        options.columns = {CallField::Uniqueid, CallField::Status, CallField::Sname};
        const auto exported = CallExporter(db).exportTo(csv, CallFilter{}, options);
        QVERIFY2(exported, qPrintable(exported.error()));
        QCOMPARE(*exported, rows.size());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), rows.size() + 1);
        QCOMPARE(lines[1], QByteArray("1772359200.1,answer,Alice Smith"));

        // Writers are refused before they start.
        CallWriter writer(db);
        const Result<void> began = writer.begin();
        QVERIFY(!began);
        QVERIFY2(began.error().contains(u"read-only"_s), qPrintable(began.error()));

        opened->reset();
        QCOMPARE(fingerprint(owner), before);
    }

    // Even a user who could write gets a read-only session, and no schema of ours appears.
    void shouldKeepTheOwnersSessionReadOnly_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::serverBackends())
            QTest::newRow(qPrintable(backend)) << backend;
    }
    void shouldKeepTheOwnersSessionReadOnly()
    {
        QFETCH(QString, backend);
        if (!TestSupport::backends().contains(backend))
            QSKIP("no server for this backend (scripts/test.sh starts one)");
        QString error;
        DatabaseSpec owner = TestSupport::emptyStore(backend, m_dir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DatabaseSpec reader = TestSupport::readOnlySpec(backend, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = createCdrTable(owner, u"freepbx"_s, reader.user);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString before = fingerprint(owner);

        DatabaseSpec attached = owner;
        attached.attach = DatabaseSpec::Attach::AsteriskCdr;
        attached.attachTable = u"cdr"_s;
        auto opened = Database::open(attached, Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        QSqlQuery q((*opened)->connection());
        QVERIFY(!q.exec(u"DELETE FROM cdr"_s));
        opened->reset();
        QCOMPARE(fingerprint(owner), before);

        // A table that is not Asterisk's is refused with a message naming what is missing.
        attached.attachTable = u"nosuchtable"_s;
        const auto missing = Database::open(attached);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"nosuchtable"_s), qPrintable(missing.error()));
    }

    void shouldListAndRefuseImportsFromTheCommandLine_data() { shouldKeepTheOwnersSessionReadOnly_data(); }
    void shouldListAndRefuseImportsFromTheCommandLine()
    {
        QFETCH(QString, backend);
        if (!TestSupport::backends().contains(backend))
            QSKIP("no server for this backend (scripts/test.sh starts one)");
        QString error;
        const DatabaseSpec owner = TestSupport::emptyStore(backend, m_dir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DatabaseSpec reader = TestSupport::readOnlySpec(backend, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = createCdrTable(owner, u"adaptive"_s, reader.user);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString before = fingerprint(owner);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CDRDESK_DB_PASSWORD"_s, reader.password);
        const QString url = reader.toUrl() + u"?attach=asterisk"_s;
        const auto list = TestSupport::runCli({u"list"_s, u"--db"_s, url, u"--sort"_s, u"cnumber"_s, u"--descending"_s,
                                               u"1"_s, u"--columns"_s, u"cnumber,status"_s}, environment);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.out.trimmed().split(u"\r\n"_s).mid(1, 2), (QStringList{u"a ,error"_s, u"a,congestion"_s}));
        const auto info = TestSupport::runCli({u"info"_s, u"--db"_s, url}, environment);
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));

        QFile csv(m_dir.filePath(u"import.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\"\",\"100\",\"200\",\"default\",\"\",\"SIP/100-1\",\"\",\"Dial\",\"\",\"2026-03-01 10:00:00\",,\"2026-03-01 10:00:05\",5,0,\"NO ANSWER\",\"DOCUMENTATION\"\n");
        csv.close();
        const auto import = TestSupport::runCli({u"import"_s, u"--db"_s, url, csv.fileName()}, environment);
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(u"read-only"_s), qPrintable(import.err));
        QVERIFY(!import.err.contains(reader.password) && !list.err.contains(reader.password));
        QCOMPARE(fingerprint(owner), before);
    }
};

QTEST_GUILESS_MAIN(TestAttach)
#include "tst_attach.moc"
