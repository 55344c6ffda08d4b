#include "clisupport.h"

#include "core/timeutil.h"
#include "formats/importfields.h"
#include "store/secretstore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CliSupport {

int fail(const QString &message, int code)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int positional)
{
    parser.addHelpOption();
    parser.addOption({u"db"_s, QCoreApplication::translate("cli", "The store: a SQLite file, postgresql://user@host:port/dbname or "
                                  "mariadb://user@host:port/dbname (also mysql://; password from "
                                  "CDRDESK_DB_PASSWORD or the keychain)."), u"DB"_s});
    if (!parser.parse(QStringList{u"cdrdesk-cli "_s + command} + arguments))
        return fail(parser.errorText() + u'\n' + QCoreApplication::translate("cli", "See 'cdrdesk-cli %1 --help'.").arg(command), 2);
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (positional != AnyNumber && given != positional) {
        if (positional == 0)
            return fail(QCoreApplication::translate("cli", "Unexpected argument \"%1\".").arg(parser.positionalArguments().first()), 2);
        return fail(QCoreApplication::translate("cli", "%1 expects %2 argument(s); see 'cdrdesk-cli %1 --help'.").arg(command).arg(positional), 2);
    }
    if (!parser.isSet(u"db"_s))
        return fail(QCoreApplication::translate("cli", "--db is required."), 2);
    return std::nullopt;
}

Result<std::unique_ptr<Database>> openStore(const QCommandLineParser &parser, Database::OpenMode mode)
{
    Result<DatabaseSpec> spec = DatabaseSpec::parse(parser.value(u"db"_s));
    if (!spec)
        return Error{spec.error()};
    if (spec->isServer() && spec->password.isEmpty()) {
        spec->password = qEnvironmentVariable("CDRDESK_DB_PASSWORD");
        if (spec->password.isEmpty()) {
            // No keychain service is normal on a server; then the server may need no password.
            QString ignored;
            SecretStore secrets;
            spec->password = secrets.readBlocking(SecretStore::databaseKey(spec->toUrl()), &ignored);
        }
    }
    return Database::open(*spec, mode);
}

Result<QTimeZone> zoneOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"timezone"_s))
        return QTimeZone::utc();
    const auto zone = ImportFields::zoneFromText(parser.value(u"timezone"_s));
    if (!zone)
        return Error{QCoreApplication::translate("cli", "--timezone: \"%1\" is neither a time zone (Europe/London, UTC) nor a UTC offset (-7, +5:30).")
                         .arg(parser.value(u"timezone"_s))};
    return *zone;
}

Result<std::optional<qint64>> timeOption(const QCommandLineParser &parser, const QString &name, const QTimeZone &zone)
{
    if (!parser.isSet(name))
        return std::optional<qint64>();
    QString problem;
    const auto value = TimeUtil::parseTimestamp(parser.value(name), zone, &problem);
    if (!value)
        return Error{u"--"_s + name + u": "_s + problem};
    return std::optional<qint64>(*value);
}

Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 minimum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum)
        return Error{QCoreApplication::translate("cli", "--%1: \"%2\" is not a whole number of at least %3.").arg(name, parser.value(name)).arg(minimum)};
    return value;
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"start"_s, QCoreApplication::translate("cli", "Calls starting at or after T (Unix seconds or ISO 8601)."), u"T"_s},
        {u"end"_s, QCoreApplication::translate("cli", "Calls starting before T."), u"T"_s},
        {u"sort"_s, QCoreApplication::translate("cli", "Sort field: %1 (default start).").arg(CallFields::sortKeys().join(u", ")), u"FIELD"_s},
        {u"descending"_s, QCoreApplication::translate("cli", "1 to sort descending (default 0)."), u"0|1"_s},
        {u"archive"_s, QCoreApplication::translate("cli", "1 to include archived calls (default 0)."), u"0|1"_s},
        {u"limit"_s, QCoreApplication::translate("cli", "At most N calls (0 = all, the default)."), u"N"_s},
        {u"offset"_s, QCoreApplication::translate("cli", "Skip the first N calls."), u"N"_s},
    });
}

Result<CallFilter> filterFromOptions(const QCommandLineParser &parser, const QTimeZone &zone)
{
    const auto start = timeOption(parser, u"start"_s, zone);
    const auto end = timeOption(parser, u"end"_s, zone);
    const auto limit = integerOption(parser, u"limit"_s, 0, 0);
    const auto offset = integerOption(parser, u"offset"_s, 0, 0);
    for (const QString &problem : {start.error(), end.error(), limit.error(), offset.error()}) {
        if (!problem.isEmpty())
            return Error{problem};
    }
    CallFilter filter;
    filter.start = *start;
    filter.end = *end;
    filter.limit = *limit;
    filter.offset = *offset;
    if (parser.isSet(u"sort"_s))
        filter.sort = parser.value(u"sort"_s);
    for (const QString &flag : {u"descending"_s, u"archive"_s}) {
        if (parser.isSet(flag) && parser.value(flag) != u"0" && parser.value(flag) != u"1")
            return Error{QCoreApplication::translate("cli", "--%1: must be 0 or 1.").arg(flag)};
    }
    filter.descending = parser.value(u"descending"_s) == u"1";
    filter.archive = parser.value(u"archive"_s) == u"1";
    if (auto valid = filter.validate(); !valid)
        return Error{valid.error()};
    return filter;
}

} // namespace CliSupport
