// cdrdesk-cli as a user runs it: a real process, real stores, its output and exit codes.
#include "testsupport.h"

#include "store/callstore.h"
#include "store/schema.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using Run = TestSupport::CliRun;

Run cli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return TestSupport::runCli(arguments, environment);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"demo.db"_s);
        const Run run = cli({u"demo"_s, u"--db"_s, m_db, u"--calls"_s, u"5000"_s, u"--seed"_s, u"5"_s,
                             u"--until"_s, u"2026-06-01"_s, u"--days"_s, u"30"_s, u"--quiet"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Wrote 5000 demo calls"_s), qPrintable(run.out));
    }

    void shouldBuildTheSameDemoForTheSameSeed()
    {
        const QString again = m_dir.filePath(u"again.db"_s);
        QCOMPARE(cli({u"demo"_s, u"--db"_s, again, u"--calls"_s, u"5000"_s, u"--seed"_s, u"5"_s, u"--until"_s,
                      u"2026-06-01"_s, u"--days"_s, u"30"_s, u"--quiet"_s}).exitCode, 0);
        const QStringList list{u"list"_s, u"--archive"_s, u"1"_s, u"--sort"_s, u"uniqueid"_s, u"--columns"_s,
                               u"uniqueid,callid,start,end,snumber,cnumber,status,talktime,cost,extra"_s, u"--db"_s};
        const Run first = cli(list + QStringList{m_db});
        const Run second = cli(list + QStringList{again});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.count(u'\n'), 5001);
        QCOMPARE(first.out, second.out);
        // Another seed gives other calls.
        const QString other = m_dir.filePath(u"other.db"_s);
        QCOMPARE(cli({u"demo"_s, u"--db"_s, other, u"--calls"_s, u"5000"_s, u"--seed"_s, u"6"_s, u"--until"_s,
                      u"2026-06-01"_s, u"--days"_s, u"30"_s, u"--quiet"_s}).exitCode, 0);
        QVERIFY(cli(list + QStringList{other}).out != first.out);
    }

    void shouldDescribeTheStore()
    {
        const Run run = cli({u"info"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(info.value(u"schema_version"_s).toInt(), Schema::CurrentVersion);
        QCOMPARE(info.value(u"calls"_s).toInteger(), 5000);
        QCOMPARE(info.value(u"customers"_s).toInt(), 18);
        QVERIFY(info.value(u"last_start"_s).toString() < u"2026-06-01"_s);
        QVERIFY(info.value(u"first_start"_s).toString() >= u"2026-05-02"_s);
    }

    void shouldListSortAndPage()
    {
        // Pages by limit/offset concatenate to the whole list, for a sort with ties.
        const QStringList base{u"list"_s, u"--db"_s, m_db, u"--sort"_s, u"status"_s, u"--descending"_s, u"1"_s,
                               u"--columns"_s, u"id,status"_s};
        const Run all = cli(base);
        QCOMPARE(all.exitCode, 0);
        QStringList lines = all.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst(), u"id,status"_s);
        QStringList paged;
        for (int offset = 0; offset < lines.size(); offset += 700) {
            const Run page = cli(base + QStringList{u"--limit"_s, u"700"_s, u"--offset"_s, QString::number(offset)});
            QCOMPARE(page.exitCode, 0);
            paged += page.out.split(u"\r\n"_s, Qt::SkipEmptyParts).mid(1);
        }
        QCOMPARE(paged, lines);
        QVERIFY(lines.first().endsWith(u",noanswer"_s) || lines.first().endsWith(u",error"_s) || lines.first().endsWith(u",congestion"_s));

        // A half-open ISO range, as JSON with raw values.
        const Run json = cli({u"list"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s, u"--start"_s,
                              u"2026-05-20T00:00:00Z"_s, u"--end"_s, u"2026-05-21"_s, u"--columns"_s, u"start,cost"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(rows.size() > 10);
        for (const QJsonValue &row : rows) {
            const qint64 start = row[u"start"_s].toInteger();
            QVERIFY(start >= 1779235200 && start < 1779321600);
            QVERIFY(row[u"cost"_s].isString());
        }
    }

    void shouldRejectBadUsageWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"Unknown command"_s;
        QTest::newRow("bad sort") << QStringList{u"list"_s, u"--db"_s, u"x.db"_s, u"--sort"_s, u"colour"_s} << u"sort: \"colour\""_s;
        QTest::newRow("bad time") << QStringList{u"list"_s, u"--db"_s, u"x.db"_s, u"--start"_s, u"yesterday-ish"_s} << u"--start"_s;
        QTest::newRow("bad column") << QStringList{u"list"_s, u"--db"_s, u"x.db"_s, u"--columns"_s, u"start,nope"_s} << u"\"nope\""_s;
        QTest::newRow("bad format") << QStringList{u"list"_s, u"--db"_s, u"x.db"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
        QTest::newRow("bad flag") << QStringList{u"list"_s, u"--db"_s, u"x.db"_s, u"--descending"_s, u"yes"_s} << u"--descending"_s;
        QTest::newRow("unknown option") << QStringList{u"info"_s, u"--colour"_s} << u"colour"_s;
    }
    void shouldRejectBadUsageWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void shouldFailAtRuntimeWithExitCode1()
    {
        const Run missing = cli({u"list"_s, u"--db"_s, m_dir.filePath(u"missing.db"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"missing.db"_s), qPrintable(missing.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.db"_s)));

        // Demo data never goes into a store that holds calls.
        const Run full = cli({u"demo"_s, u"--db"_s, m_db, u"--calls"_s, u"10"_s, u"--quiet"_s});
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(u"already holds calls"_s), qPrintable(full.err));
        QCOMPARE(QJsonDocument::fromJson(cli({u"info"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s}).out.toUtf8())
                     .object().value(u"calls"_s).toInteger(), 5000);
    }

    void shouldWorkOnServersWithoutShowingThePassword_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("authError");
        QTest::newRow("postgresql") << u"postgresql"_s << u"postgresql"_s << u"authentication failed"_s;
        QTest::newRow("mariadb") << u"mariadb"_s << u"mariadb"_s << u"Access denied"_s;
    }
    void shouldWorkOnServersWithoutShowingThePassword()
    {
        QFETCH(QString, backend);
        QFETCH(QString, scheme);
        QFETCH(QString, authError);
        if (!TestSupport::backends().contains(backend))
            QSKIP("no server for this backend (scripts/test.sh starts one)");
        QString error;
        const DatabaseSpec spec = TestSupport::emptyStore(backend, m_dir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString password = spec.password;
        environment.insert(u"CDRDESK_DB_PASSWORD"_s, password);
        // The URL as a user types it (mariadb:// is accepted as well as mysql://).
        QString url = spec.toUrl();
        url.replace(0, url.indexOf(u"://"_s), scheme);
        const Run demo = cli({u"demo"_s, u"--db"_s, url, u"--calls"_s, u"3000"_s, u"--seed"_s, u"5"_s, u"--until"_s,
                              u"2026-06-01"_s, u"--days"_s, u"30"_s, u"--quiet"_s}, environment);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run list = cli({u"list"_s, u"--db"_s, url, u"--sort"_s, u"cnumber"_s, u"--limit"_s, u"50"_s,
                              u"--offset"_s, u"1000"_s, u"--columns"_s, u"cnumber,uniqueid"_s}, environment);
        QCOMPARE(list.exitCode, 0);
        // The same page from a SQLite store built with the same seed: the backends agree.
        const QString sqlite = m_dir.filePath(u"same-%1.db"_s.arg(backend));
        QCOMPARE(cli({u"demo"_s, u"--db"_s, sqlite, u"--calls"_s, u"3000"_s, u"--seed"_s, u"5"_s, u"--until"_s,
                      u"2026-06-01"_s, u"--days"_s, u"30"_s, u"--quiet"_s}).exitCode, 0);
        QCOMPARE(list.out, cli({u"list"_s, u"--db"_s, sqlite, u"--sort"_s, u"cnumber"_s, u"--limit"_s, u"50"_s,
                                u"--offset"_s, u"1000"_s, u"--columns"_s, u"cnumber,uniqueid"_s}).out);

        // A wrong password fails clearly and the password appears nowhere.
        environment.insert(u"CDRDESK_DB_PASSWORD"_s, u"wrong-Secret-123"_s);
        const Run wrong = cli({u"info"_s, u"--db"_s, url}, environment);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(authError), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(u"wrong-Secret-123"_s));
        QVERIFY(!demo.out.contains(password) && !demo.err.contains(password) && !list.err.contains(password));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
