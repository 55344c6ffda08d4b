#include "testsupport.h"

#include "core/callfield.h"
#include "demo/demobuilder.h"
#include "store/callstore.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <latch>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

// The environment variable naming each server backend's test database.
QString serverVariable(const QString &backend)
{
    return backend == u"postgresql" ? u"CDRDESK_TEST_PG"_s : u"CDRDESK_TEST_MYSQL"_s;
}

// Drops every table of the test database (ours and other tests' fixtures alike), so each test
// starts from nothing whatever tables later schema versions add.
QString dropAllTables(const DatabaseSpec &spec)
{
    QString error;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = rawConnection(spec, name);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            const SqlDialect dialect(spec.kind);
            QSqlQuery query(db);
            const bool postgres = spec.kind == DatabaseSpec::Kind::PostgreSQL;
            query.exec(postgres ? u"SET client_min_messages = warning"_s : u"SET FOREIGN_KEY_CHECKS = 0"_s);
            for (const QString &table : db.tables(QSql::Tables)) {
                if (!query.exec(u"DROP TABLE IF EXISTS %1%2"_s.arg(dialect.quote(table),
                                                                    postgres ? u" CASCADE"_s : QString())))
                    error = query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QStringList backends()
{
    const bool required = qEnvironmentVariable("CDRDESK_REQUIRE_SERVERS") == u"1";
    QStringList list{u"sqlite"_s};
    for (const QString &server : serverBackends()) {
        if (required || !qEnvironmentVariableIsEmpty(qPrintable(serverVariable(server))))
            list.append(server);
    }
    return list;
}

QStringList serverBackends()
{
    return {u"postgresql"_s, u"mariadb"_s};
}

DatabaseSpec serverSpec(const QString &backend, QString *error)
{
    const QString variable = serverVariable(backend);
    const QString url = qEnvironmentVariable(qPrintable(variable));
    Result<DatabaseSpec> spec = DatabaseSpec::parse(url);
    if (url.isEmpty() || !spec) {
        *error = u"%1 does not name a %2 server (scripts/test.sh starts one)"_s.arg(variable, backend);
        return {};
    }
    spec->password = qEnvironmentVariable(qPrintable(variable + u"_PASSWORD"_s));
    return *spec;
}

DatabaseSpec readOnlySpec(const QString &backend, QString *error)
{
    DatabaseSpec spec = serverSpec(backend, error);
    const QString variable = serverVariable(backend);
    spec.user = qEnvironmentVariable(qPrintable(variable + u"_RO_USER"_s));
    spec.password = qEnvironmentVariable(qPrintable(variable + u"_RO_PASSWORD"_s));
    if (error->isEmpty() && spec.user.isEmpty())
        *error = u"%1_RO_USER names no read-only user (scripts/dbservers.sh creates one)"_s.arg(variable);
    return error->isEmpty() ? spec : DatabaseSpec();
}

DatabaseSpec emptyStore(const QString &backend, const QTemporaryDir &dir, QString *error)
{
    if (backend == u"sqlite")
        return DatabaseSpec::sqlite(dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".db"_s));
    const DatabaseSpec spec = serverSpec(backend, error);
    if (!error->isEmpty())
        return {};
    *error = dropAllTables(spec);
    return error->isEmpty() ? spec : DatabaseSpec();
}

std::unique_ptr<Database> openEmptyStore(const QString &backend, const QTemporaryDir &dir)
{
    QString error;
    const DatabaseSpec spec = emptyStore(backend, dir, &error);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto db = Database::open(spec, Database::OpenMode::CreateIfMissing);
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return nullptr;
    }
    return std::move(db.value());
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    // The CLI speaks the system's language; tests read its English unless they ask for another.
    QProcessEnvironment env = environment;
    if (!env.contains(u"LANGUAGE"_s))
        env.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CDRDESK_CLI), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

DatabaseSpec demoStore(const QString &path, qint64 calls, quint64 seed, int days, QString *error, bool rated)
{
    const DatabaseSpec spec = DatabaseSpec::sqlite(path);
    auto db = Database::open(spec, Database::OpenMode::CreateIfMissing);
    if (!db) {
        *error = db.error();
        return {};
    }
    DemoOptions options;
    options.calls = calls;
    options.seed = seed;
    options.until = 1790000000;
    options.days = days;
    options.rate = rated;
    const Result<qint64> written = DemoBuilder::build(**db, options);
    if (!written) {
        *error = written.error();
        return {};
    }
    return spec;
}

QSqlDatabase rawConnection(const DatabaseSpec &spec, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(SqlDialect(spec.kind).driverName(), name);
    db.setDatabaseName(spec.kind == DatabaseSpec::Kind::SQLite ? spec.path : spec.database);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setUserName(spec.user);
    db.setPassword(spec.password);
    return db;
}

QList<CallRecord> tiedRecords(int count, const QString &source)
{
    static const QStringList texts = {u""_s, u"a"_s, u"B"_s, u"b"_s, u"0044"_s, u"44"_s, u"é"_s,
                                      u"Zoë"_s, u"a%_"_s, u"😀"_s, u"\uFF21"_s};
    QList<CallRecord> records;
    for (int i = 0; i < count; ++i) {
        CallRecord r;
        r.source = source;
        r.recordKey = u"key-%1"_s.arg(i);
        r.uniqueid = texts[(i * 7) % texts.size()];
        r.callid = texts[(i * 3) % texts.size()];
        r.start = 1700000000 + (i % 5) * 60;
        r.end = r.start + (i % 3) * 30;
        r.talktime = i % 4;
        r.totaltime = i % 6;
        r.scustomer = i % 3;
        r.dcustomer = (i * 5) % 4;
        r.stype = texts[i % 3];
        r.snumber = texts[(i * 5) % texts.size()];
        r.sname = texts[(i * 11) % texts.size()];
        r.ctype = texts[(i + 1) % 4];
        r.cnumber = texts[(i * 2) % texts.size()];
        r.dtype = texts[(i + 2) % 5];
        r.dnumber = texts[(i * 13) % texts.size()];
        r.peer = i % 2;
        r.status = QStringList{u"answer"_s, u"busy"_s, u"noanswer"_s}[i % 3];
        r.direction = QStringList{u"in"_s, u"out"_s, u"internal"_s, u""_s}[i % 4];
        r.cost = Money::fromUnits((i % 7 - 3) * 12345678LL);
        r.currency = u"USD"_s;
        if (i % 4 == 0)
            r.answer = r.start + 5;
        r.extra = u"{\"n\":%1}"_s.arg(i);
        records.append(r);
    }
    return records;
}

QList<CallRecord> allCalls(Database &database)
{
    CallFilter filter;
    filter.archive = true;
    filter.sort = u"uniqueid"_s;
    QList<CallRecord> calls;
    (void)CallStore(database).forEach(filter, [&calls](const CallRecord &r) {
        calls.append(r);
        return true;
    });
    return calls;
}

QList<qint64> expectedOrder(QList<CallRecord> records, const QString &sortKey, bool descending)
{
    const CallField field = *CallFields::fromSortKey(sortKey);
    auto less = [field](const CallRecord &a, const CallRecord &b) {
        const QVariant va = CallFields::value(a, field);
        const QVariant vb = CallFields::value(b, field);
        if (va.typeId() == QMetaType::QString) {
            const QByteArray ua = va.toString().toUtf8();  // code point order = UTF-8 byte order
            const QByteArray ub = vb.toString().toUtf8();
            if (ua != ub)
                return ua < ub;
        } else if (va.toLongLong() != vb.toLongLong()) {
            return va.toLongLong() < vb.toLongLong();
        }
        return a.id < b.id;
    };
    std::sort(records.begin(), records.end(), less);
    if (descending)
        std::reverse(records.begin(), records.end());
    QList<qint64> ids;
    for (const CallRecord &r : records)
        ids.append(r.id);
    return ids;
}

WriteLockHolder::WriteLockHolder(const DatabaseSpec &spec, std::chrono::milliseconds duration)
{
    std::latch held(1);
    m_thread = std::thread([this, &held, spec, duration] {
        auto database = Database::open(spec);
        QSqlQuery query(database ? (*database)->connection() : QSqlDatabase());
        const bool locked = database && query.exec(u"BEGIN IMMEDIATE"_s);
        m_held = locked;
        held.count_down();
        if (locked) {
            std::this_thread::sleep_for(duration);
            query.exec(u"ROLLBACK"_s);
        }
    });
    held.wait();
}

WriteLockHolder::~WriteLockHolder()
{
    m_thread.join();
}

} // namespace TestSupport
