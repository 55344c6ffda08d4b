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
    if (parser.optionNames().contains(u"own_customer"_s)) {
        bool ok = false;
        const qint64 own = parser.value(u"own_customer"_s).toLongLong(&ok);
        if (!ok || own <= 0)
            return Error{QCoreApplication::translate("cli", "--own_customer: \"%1\" is not a customer ID.").arg(parser.value(u"own_customer"_s))};
        spec->ownCustomer = own;
    }
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

namespace {

// What each text filter compares, for --help.
QString textFilterHelp(QStringView key)
{
    if (key == u"callername_number")
        return QCoreApplication::translate("cli", "Caller name (case-insensitive).");
    if (key == u"callid")
        return QCoreApplication::translate("cli", "Call ID (exact).");
    if (key == u"direction")
        return QCoreApplication::translate("cli", "Direction: in, out, internal.");
    if (key == u"phone")
        return QCoreApplication::translate("cli", "Source telephone line (exact).");
    if (key == u"status")
        return QCoreApplication::translate("cli", "Status: answer, busy, cancel, chanunavail, congestion, error, noanswer.");
    if (key == u"stype" || key == u"ctype" || key == u"dtype")
        return QCoreApplication::translate("cli", "Source, called or destination type (exact).");
    if (key == u"snumber" || key == u"cnumber" || key == u"dnumber")
        return QCoreApplication::translate("cli", "Source, called or destination number; _ starts an Asterisk dial pattern (_44., _NXXNXXXXXX).");
    if (key == u"account")
        return QCoreApplication::translate("cli", "voip.ms account: the account code (exact).");
    if (key == u"areacode")
        return QCoreApplication::translate("cli", "Country and area code digits (1212, 4420) the calling or called number starts with in E.164.");
    if (key.endsWith(u"country"))
        return QCoreApplication::translate("cli", "Country of the source, called or destination number: ISO 3166 codes (GB, US).");
    if (key == u"cregion")
        return QCoreApplication::translate("cli", "Region of the called number as libphonenumber's geocoder names it (London, California), as the dashboard groups destinations; exact.");
    if (key.endsWith(u"numbertype"))
        return QCoreApplication::translate("cli", "Type of the source, called or destination number: fixed, mobile, fixed-or-mobile, toll-free, premium, shared-cost, voip, personal, pager, uan, voicemail, unknown.");
    if (key == u"sipfrom" || key == u"sipto")
        return QCoreApplication::translate("cli", "Kazoo SIP from/to address (from_uri, to_uri).");
    return QCoreApplication::translate("cli", "IP address found in the call's extra fields.");
}

// Every filter option that maps one to one onto a CallFilter parameter (start and end aside).
QStringList parameterOptions()
{
    QStringList names = {u"archive"_s, u"customer"_s, u"recurse"_s, u"invoice"_s, u"peer"_s,
                         u"talktime_minimum"_s, u"talktime_maximum"_s, u"sort"_s, u"descending"_s,
                         u"limit"_s, u"offset"_s, u"statuses"_s, u"callbilling"_s, u"calltype"_s, u"search"_s};
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters()) {
        const QString key = QString::fromUtf16(parameter.key);
        names << key << CallFilter::negationKey(key);
        if (*parameter.matchKey)
            names << QString::fromUtf16(parameter.matchKey);
    }
    return names;
}

} // namespace

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"start"_s, QCoreApplication::translate("cli", "Calls starting at or after T (Unix seconds or ISO 8601)."), u"T"_s},
        {u"end"_s, QCoreApplication::translate("cli", "Calls starting before T."), u"T"_s},
        {u"archive"_s, QCoreApplication::translate("cli", "1 to include archived calls (default 0)."), u"0|1"_s},
        {u"customer"_s, QCoreApplication::translate("cli", "Whose calls: own, all (default), external, postpaid, prepaid, system, or a customer ID."), u"C"_s},
        {u"recurse"_s, QCoreApplication::translate("cli", "1 to include the sub-customers of --customer ID."), u"0|1"_s},
        {u"own_customer"_s, QCoreApplication::translate("cli", "The operator's own customer ID, that own/all/external/postpaid/prepaid are under (default: the system root)."), u"ID"_s},
        {u"invoice"_s, QCoreApplication::translate("cli", "Invoice ID (0 = any)."), u"ID"_s},
        {u"peer"_s, QCoreApplication::translate("cli", "Peer ID (0 = any)."), u"ID"_s},
        {u"talktime_minimum"_s, QCoreApplication::translate("cli", "Minimum talk time in seconds."), u"S"_s},
        {u"talktime_maximum"_s, QCoreApplication::translate("cli", "Maximum talk time in seconds (-1 = no limit)."), u"S"_s},
        {u"statuses"_s, QCoreApplication::translate("cli", "voip.ms statuses, comma-separated: answered, noanswer, busy, failed."), u"LIST"_s},
        {u"callbilling"_s, QCoreApplication::translate("cli", "free (cost 0) or billed (cost above 0)."), u"KIND"_s},
        {u"calltype"_s, QCoreApplication::translate("cli", "incoming, outgoing, or a DID (the called number)."), u"TYPE"_s},
        {u"search"_s, QCoreApplication::translate("cli", "Quick search: any number or the caller name contains TEXT (name case-insensitive)."), u"TEXT"_s},
        {u"sort"_s, QCoreApplication::translate("cli", "Sort field: %1 (default start).").arg(CallFields::sortKeys().join(u", ")), u"FIELD"_s},
        {u"descending"_s, QCoreApplication::translate("cli", "1 to sort descending (default 0)."), u"0|1"_s},
        {u"limit"_s, QCoreApplication::translate("cli", "At most N calls (0 = all, the default)."), u"N"_s},
        {u"offset"_s, QCoreApplication::translate("cli", "Skip the first N calls."), u"N"_s},
    });
    for (const CallFilter::TextParameter &parameter : CallFilter::textParameters()) {
        const QString key = QString::fromUtf16(parameter.key);
        parser.addOption({key, textFilterHelp(key) + u' ' + QCoreApplication::translate("cli", "Several values: comma-separated, any of them."), u"TEXT"_s});
        if (*parameter.matchKey)
            parser.addOption({QString::fromUtf16(parameter.matchKey),
                              QCoreApplication::translate("cli", "How --%1 compares: contains (default), start, end, exact.").arg(key), u"MODE"_s});
        parser.addOption({CallFilter::negationKey(key), QCoreApplication::translate("cli", "1: calls that do NOT match --%1.").arg(key), u"0|1"_s});
    }
}

Result<CallFilter> filterFromOptions(const QCommandLineParser &parser, const QTimeZone &zone)
{
    const auto start = timeOption(parser, u"start"_s, zone);
    const auto end = timeOption(parser, u"end"_s, zone);
    for (const QString &problem : {start.error(), end.error()}) {
        if (!problem.isEmpty())
            return Error{problem};
    }
    if (parser.isSet(u"own_customer"_s)) {
        bool ok = false;
        if (parser.value(u"own_customer"_s).toLongLong(&ok) <= 0 || !ok)
            return Error{QCoreApplication::translate("cli", "--own_customer: \"%1\" is not a customer ID.").arg(parser.value(u"own_customer"_s))};
    }
    QMap<QString, QString> parameters;
    for (const QString &name : parameterOptions()) {
        if (parser.isSet(name))
            parameters.insert(name, parser.value(name));
    }
    if (*start)
        parameters.insert(u"start"_s, QString::number(**start));
    if (*end)
        parameters.insert(u"end"_s, QString::number(**end));
    Result<CallFilter> filter = CallFilter::fromParameters(parameters);
    if (!filter)
        return Error{u"--"_s + filter.error()};  // the message starts with the parameter's name
    return filter;
}

Result<CallFilter> filterFromOptions(const QCommandLineParser &parser)
{
    const Result<QTimeZone> zone = zoneOption(parser);
    if (!zone)
        return Error{zone.error()};
    return filterFromOptions(parser, *zone);
}

} // namespace CliSupport
