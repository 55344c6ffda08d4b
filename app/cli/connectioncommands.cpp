// cdrdesk-cli connection and sync: argument parsing and wiring only; the work is in
// models/providers (ConnectionStore, ConnectionTest, SyncJob).
#include "clicommands.h"

#include "clisupport.h"

#include "providers/connectionstore.h"
#include "providers/connectiontest.h"
#include "providers/providerhttp.h"
#include "providers/syncjob.h"
#include "providers/voipmsclient.h"
#include "store/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A line of standard input; on a terminal it is asked for without echo.
QString readSecretFromInput(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << "\n" << Qt::flush;
    }
    return line;
}

// CDRDESK_SECRET first (a script's explicit choice, and never a keychain prompt), then the
// keychain, then standard input. Never a command-line argument: those show in `ps`.
QString connectionSecret(const Connection &connection)
{
    const QString fromEnvironment = qEnvironmentVariable("CDRDESK_SECRET");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString ignored;
    SecretStore secrets;
    const QString stored = secrets.readBlocking(connection.secretKey(), &ignored);
    if (!stored.isEmpty())
        return stored;
    return readSecretFromInput(QCoreApplication::translate("cli", "Password or token for %1: ").arg(connection.name));
}

QString storeSecret(const Connection &connection, const QString &secret)
{
    SecretStore secrets;
    QEventLoop loop;
    QString failure;
    secrets.write(connection.secretKey(), secret, [&](const QString &error) {
        failure = error;
        loop.quit();
    });
    loop.exec();
    return failure;
}

HttpSettings httpOptions(const QCommandLineParser &parser, QString *error)
{
    HttpSettings settings;
    const auto timeout = CliSupport::integerOption(parser, u"timeout"_s, settings.timeoutMs / 1000, 1);
    const auto retries = CliSupport::integerOption(parser, u"retries"_s, settings.retries, 0);
    if (!timeout || !retries)
        *error = timeout ? retries.error() : timeout.error();
    else {
        settings.timeoutMs = int(qMin<qint64>(*timeout, 86400) * 1000);
        settings.retries = int(qMin<qint64>(*retries, 100));
    }
    return settings;
}

void addHttpOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"timeout"_s, QCoreApplication::translate("cli", "Seconds without data before a request times out (default 30)."), u"S"_s},
        {u"retries"_s, QCoreApplication::translate("cli", "Further attempts after a time-out, dropped connection or 5xx (default 3)."), u"N"_s},
    });
}

Result<Connection> connectionFromOptions(const QCommandLineParser &parser)
{
    Connection c;
    c.name = parser.value(u"name"_s).trimmed();
    if (c.name.isEmpty())
        return Error{QCoreApplication::translate("cli", "--name is required.")};
    const auto kind = ProviderKinds::fromName(parser.value(u"kind"_s));
    if (!kind)
        return Error{QCoreApplication::translate("cli", "--kind: \"%1\" is not one of %2.").arg(parser.value(u"kind"_s), ProviderKinds::names().join(u", "_s))};
    c.kind = *kind;
    c.url = QUrl(parser.value(u"url"_s), QUrl::StrictMode);
    c.allowHttp = parser.isSet(u"allow-http"_s);
    if (!c.url.userInfo().isEmpty())
        return Error{QCoreApplication::translate("cli", "--url: put no user name or password in the URL; use --user, and the keychain, "
                        "CDRDESK_SECRET or standard input for the secret.")};
    if (const ProviderError refused = ProviderHttp::checkUrl(c.url, c.allowHttp); !refused.ok())
        return Error{QCoreApplication::translate("cli", "--url: %1").arg(refused.message)};
    c.user = parser.value(u"user"_s);
    c.account = parser.value(u"account"_s);
    c.customer = parser.value(u"customer"_s);
    c.timezone = parser.value(u"timezone"_s);
    if (c.kind == ProviderKind::Kazoo && c.account.isEmpty())
        return Error{QCoreApplication::translate("cli", "--account: a Kazoo connection needs the account ID.")};
    if (c.kind != ProviderKind::Kazoo && c.kind != ProviderKind::Pbx && c.user.isEmpty())
        return Error{QCoreApplication::translate("cli", "--user: an %1 connection needs the API user name.").arg(ProviderKinds::name(c.kind))};
    if (!c.timezone.isEmpty() && !VoipmsClient::zoneOfOffset(c.timezone))
        return Error{QCoreApplication::translate("cli", "--timezone: \"%1\" is not a UTC offset in hours from -12 to 13.").arg(c.timezone)};
    const auto pageSize = CliSupport::integerOption(parser, u"page-size"_s, c.pageSize, 1);
    const auto autoSync = CliSupport::integerOption(parser, u"auto-sync"_s, 0, 0);
    if (!pageSize || !autoSync)
        return Error{pageSize ? autoSync.error() : pageSize.error()};
    c.pageSize = int(qMin<qint64>(*pageSize, 100000));
    c.autoSyncMinutes = int(qMin<qint64>(*autoSync, 100000));
    return c;
}

int addConnection(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Add a provider connection. The password or token is read from CDRDESK_SECRET "
                                        "or standard input and kept in the system keychain, never in the store."));
    parser.addOptions({
        {u"name"_s, QCoreApplication::translate("cli", "The connection's name (calls get source <kind>:<name>)."), u"NAME"_s},
        {u"kind"_s, QCoreApplication::translate("cli", "The provider: %1.").arg(ProviderKinds::names().join(u", "_s)), u"KIND"_s},
        {u"url"_s, QCoreApplication::translate("cli", "The API's base URL (https://…; voip.ms: …/api/v1/rest.php)."), u"URL"_s},
        {u"user"_s, QCoreApplication::translate("cli", "The API user name (Enswitch, voip.ms, PBX)."), u"U"_s},
        {u"account"_s, QCoreApplication::translate("cli", "Kazoo: the account ID. voip.ms: the account to sync (default all)."), u"ID"_s},
        {u"customer"_s, QCoreApplication::translate("cli", "Enswitch: the customer (ID, all, system…). voip.ms: a reseller client ID (getResellerCDR)."), u"ID"_s},
        {u"timezone"_s, QCoreApplication::translate("cli", "voip.ms: the UTC offset in hours the times are asked in (-12 to 13)."), u"OFFSET"_s},
        {u"allow-http"_s, QCoreApplication::translate("cli", "Allow plain HTTP to a host that is not loopback (the secret travels unencrypted).")},
        {u"page-size"_s, QCoreApplication::translate("cli", "Calls per request when syncing (default 1000)."), u"N"_s},
        {u"auto-sync"_s, QCoreApplication::translate("cli", "Sync automatically every N minutes while the GUI runs (default 0: off)."), u"N"_s},
    });
    if (auto done = CliSupport::parse(parser, u"connection add"_s, arguments))
        return *done;
    Result<Connection> connection = connectionFromOptions(parser);
    if (!connection)
        return CliSupport::fail(connection.error(), 2);
    auto database = CliSupport::openStore(parser);
    if (!database)
        return CliSupport::fail(database.error());
    Result<Connection> added = ConnectionStore(**database).add(*connection);
    if (!added)
        return CliSupport::fail(added.error());
    QString secret = qEnvironmentVariable("CDRDESK_SECRET");
    if (secret.isEmpty())
        secret = readSecretFromInput(QCoreApplication::translate("cli", "Password or token for %1: ").arg(added->name));
    QTextStream out(stdout);
    if (secret.isEmpty()) {
        out << QCoreApplication::translate("cli", "Added \"%1\" without a secret; give it with CDRDESK_SECRET or on standard input when syncing.\n").arg(added->name);
        return 0;
    }
    if (const QString failure = storeSecret(*added, secret); !failure.isEmpty())
        out << QCoreApplication::translate("cli", "Added \"%1\"; its secret is NOT stored (%2). Give it with CDRDESK_SECRET or on standard input "
                  "when syncing.\n").arg(added->name, failure);
    else
        out << QCoreApplication::translate("cli", "Added \"%1\"; its secret is in the system keychain.\n").arg(added->name);
    return 0;
}

int listConnections(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "List the provider connections of a store and how their last sync ended."));
    if (auto done = CliSupport::parse(parser, u"connection list"_s, arguments))
        return *done;
    auto database = CliSupport::openStore(parser);
    if (!database)
        return CliSupport::fail(database.error());
    ConnectionStore store(**database);
    Result<QList<Connection>> connections = store.list();
    if (!connections)
        return CliSupport::fail(connections.error());
    QTextStream out(stdout);
    out << "name\tkind\turl\tuser\taccount\tcustomer\ttimezone\tallow_http\tpage_size\tauto_sync\tsynced_to\tlast_sync\tstatus\tmessage\n";
    for (const Connection &c : *connections) {
        const Result<SyncCursor> cursor = store.cursor(c.id);
        const Result<SyncOutcome> outcome = store.outcome(c.id);
        const auto time = [](std::optional<qint64> t) { return t ? QString::number(*t) : QString(); };
        out << c.name << '\t' << ProviderKinds::name(c.kind) << '\t' << ProviderHttp::redacted(c.url) << '\t' << c.user
            << '\t' << c.account << '\t' << c.customer << '\t' << c.timezone << '\t' << (c.allowHttp ? 1 : 0) << '\t'
            << c.pageSize << '\t' << c.autoSyncMinutes << '\t' << (cursor ? time(cursor->syncedTo) : QString()) << '\t'
            << (outcome ? time(outcome->when) : QString()) << '\t' << (outcome ? outcome->status : QString()) << '\t'
            << (outcome ? outcome->message.simplified() : QString()) << '\n';
    }
    return 0;
}

Result<Connection> namedConnection(const QCommandLineParser &parser, const QString &option)
{
    auto database = CliSupport::openStore(parser);
    if (!database)
        return Error{database.error()};
    Result<std::optional<Connection>> found = ConnectionStore(**database).find(parser.value(option));
    if (!found)
        return Error{found.error()};
    if (!*found)
        return Error{QCoreApplication::translate("cli", "There is no connection named \"%1\"; see 'cdrdesk-cli connection list'.").arg(parser.value(option))};
    return **found;
}

int testConnection(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Try a connection's URL and credentials with one small request."));
    parser.addOption({u"name"_s, QCoreApplication::translate("cli", "The connection."), u"NAME"_s});
    addHttpOptions(parser);
    if (auto done = CliSupport::parse(parser, u"connection test"_s, arguments))
        return *done;
    QString problem;
    const HttpSettings settings = httpOptions(parser, &problem);
    if (!problem.isEmpty())
        return CliSupport::fail(problem, 2);
    Result<Connection> connection = namedConnection(parser, u"name"_s);
    if (!connection)
        return CliSupport::fail(connection.error());
    QEventLoop loop;
    ProviderError outcome;
    ConnectionTest::run({*connection, connectionSecret(*connection)}, settings, &loop, [&](const ProviderError &error) {
        outcome = error;
        loop.quit();
    });
    loop.exec();
    if (!outcome.ok())
        return CliSupport::fail(outcome.message);
    QTextStream(stdout) << QCoreApplication::translate("cli", "\"%1\" works: %2 answered.\n").arg(connection->name, ProviderHttp::redacted(connection->url));
    return 0;
}

int removeConnection(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Remove a connection and its sync cursor (its calls stay) and its secret from the keychain."));
    parser.addOption({u"name"_s, QCoreApplication::translate("cli", "The connection."), u"NAME"_s});
    if (auto done = CliSupport::parse(parser, u"connection remove"_s, arguments))
        return *done;
    Result<Connection> connection = namedConnection(parser, u"name"_s);
    if (!connection)
        return CliSupport::fail(connection.error());
    auto database = CliSupport::openStore(parser);
    if (!database)
        return CliSupport::fail(database.error());
    if (auto removed = ConnectionStore(**database).remove(connection->name); !removed)
        return CliSupport::fail(removed.error());
    SecretStore secrets;
    QEventLoop loop;
    secrets.remove(connection->secretKey(), [&](const QString &) { loop.quit(); });
    loop.exec();
    QTextStream(stdout) << QCoreApplication::translate("cli", "Removed \"%1\"; its calls stay in the store.\n").arg(connection->name);
    return 0;
}

} // namespace

namespace CliCommands {

int connection(const QStringList &arguments)
{
    const QString usage = QCoreApplication::translate("cli", "Usage: cdrdesk-cli connection add|list|test|remove --db DB [options]\n"
                             "'cdrdesk-cli connection SUBCOMMAND --help' describes each.");
    if (arguments.isEmpty())
        return CliSupport::fail(usage, 2);
    const QString sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (sub == u"add")
        return addConnection(rest);
    if (sub == u"list")
        return listConnections(rest);
    if (sub == u"test")
        return testConnection(rest);
    if (sub == u"remove")
        return removeConnection(rest);
    if (sub == u"--help" || sub == u"-h") {
        QTextStream(stdout) << usage << '\n';
        return 0;
    }
    return CliSupport::fail(QCoreApplication::translate("cli", "Unknown connection command \"%1\".\n%2").arg(sub, usage), 2);
}

int sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Pull a connection's calls into the store, page by page; an interrupted sync "
                                        "resumes where it stopped. Progress goes to standard error."));
    parser.addOptions({
        {u"connection"_s, QCoreApplication::translate("cli", "The connection."), u"NAME"_s},
        {u"start"_s, QCoreApplication::translate("cli", "Sync calls from T (Unix seconds or ISO 8601, UTC unless it says); default: where the last sync ended."), u"T"_s},
        {u"end"_s, QCoreApplication::translate("cli", "… up to T (default now)."), u"T"_s},
    });
    addHttpOptions(parser);
    if (auto done = CliSupport::parse(parser, u"sync"_s, arguments))
        return *done;
    if (!parser.isSet(u"connection"_s))
        return CliSupport::fail(QCoreApplication::translate("cli", "--connection is required."), 2);
    QString problem;
    SyncOptions options;
    options.http = httpOptions(parser, &problem);
    const auto start = CliSupport::timeOption(parser, u"start"_s, QTimeZone::utc());
    const auto end = CliSupport::timeOption(parser, u"end"_s, QTimeZone::utc());
    for (const QString &error : {problem, start.error(), end.error()}) {
        if (!error.isEmpty())
            return CliSupport::fail(error, 2);
    }
    options.start = *start;
    options.end = *end;
    if (options.start && options.end && *options.end <= *options.start)
        return CliSupport::fail(QCoreApplication::translate("cli", "--end must be after --start."), 2);
    Result<Connection> connection = namedConnection(parser, u"connection"_s);
    if (!connection)
        return CliSupport::fail(connection.error());
    Result<DatabaseSpec> spec = DatabaseSpec::parse(parser.value(u"db"_s));
    if (!spec)
        return CliSupport::fail(spec.error());
    if (spec->isServer() && spec->password.isEmpty())
        spec->password = qEnvironmentVariable("CDRDESK_DB_PASSWORD");
    SyncJob job(*spec, connection->name, connectionSecret(*connection), options);
    QTextStream err(stderr);
    QObject::connect(&job, &SyncJob::progress, &job, [&err](qint64 calls, qint64 pages, qint64 covered, qint64 total) {
        const int percent = total > 0 ? int(covered * 100 / total) : 0;
        err << QCoreApplication::translate("cli", "\r%1 calls, %2 pages, %3% of the period").arg(calls).arg(pages).arg(percent) << Qt::flush;
    });
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&job, &SyncJob::finished, &loop, [&](const SyncResult &finished) {
        result = finished;
        loop.quit();
    });
    QMetaObject::invokeMethod(&job, &SyncJob::start, Qt::QueuedConnection);
    loop.exec();
    err << Qt::endl;
    if (result.status != SyncResult::Status::Ok)
        return CliSupport::fail(result.message);
    QTextStream(stdout) << result.message << '\n';
    return 0;
}

} // namespace CliCommands
