#include "fakeoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool toInt(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 &out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum) {
        *error = QCoreApplication::translate("FakeOptions", "--%1: \"%2\" is not an integer of at least %3")
                     .arg(name, parser.value(name)).arg(minimum);
        return false;
    }
    out = value;
    return true;
}

} // namespace

bool parseFakeOptions(const QStringList &arguments, FakeOptions &options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "FakeOptions", "A local HTTP server speaking one provider's CDR API, for tests and trials."));
    parser.addHelpOption();
    const auto option = [&parser](const QString &name, const char *help, const QString &value = u"N"_s) {
        parser.addOption(QCommandLineOption(name, QCoreApplication::translate("FakeOptions", help), value));
    };
    option(u"kind"_s, "enswitch, voipms, kazoo or pbx.", u"KIND"_s);
    option(u"port"_s, "Port on 127.0.0.1 (0 = any free port; the port is printed).", u"P"_s);
    option(u"calls"_s, "Calls to serve (default 1000).");
    option(u"seed"_s, "Seed of the call generator (default 1).", u"S"_s);
    option(u"until"_s, "Calls end before this Unix time (default 1790000000).", u"T"_s);
    option(u"days"_s, "Days the calls span (default 30).");
    option(u"user"_s, "User name accepted (default operator).", u"U"_s);
    option(u"password"_s, "Password accepted; Kazoo: the auth token (default secret).", u"W"_s);
    option(u"account"_s, "Kazoo account id.", u"ID"_s);
    option(u"owner-customer"_s, "Enswitch: customer of the authenticated user (default 1).", u"ID"_s);
    option(u"roles"_s, "Enswitch: comma-separated roles of the user (default system,cdrs).", u"LIST"_s);
    parser.addOption(QCommandLineOption(u"rate-plan-denies"_s,
                                        QCoreApplication::translate("FakeOptions", "Enswitch: cdrs/list answers 403.")));
    option(u"fail-every"_s, "Every Nth request answers 500, 503, 504 in turn.");
    option(u"delay-ms"_s, "Every answer waits D milliseconds.", u"D"_s);
    option(u"truncate-every"_s, "Every Nth answer is cut in the middle of its body.");
    option(u"drop-every"_s, "Every Nth request is answered by closing the connection.");
    option(u"html-every"_s, "Every Nth request gets a proxy's HTML error page (502).");
    option(u"wrong-type-every"_s, "Every Nth request gets 200 with an HTML page instead of JSON.");
    option(u"huge-every"_s, "Every Nth request gets a huge, valid answer.");
    option(u"huge-mb"_s, "Size of a huge answer in MB (default 100).", u"MB"_s);
    parser.addOption(QCommandLineOption(u"quiet"_s, QCoreApplication::translate("FakeOptions", "Do not log requests.")));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        *error = parser.helpText();
        return false;
    }
    options.kind = parser.value(u"kind"_s);
    static const QStringList kinds = {u"enswitch"_s, u"voipms"_s, u"kazoo"_s, u"pbx"_s};
    if (!kinds.contains(options.kind)) {
        *error = QCoreApplication::translate("FakeOptions", "--kind must be one of %1").arg(kinds.join(u", "_s));
        return false;
    }
    qint64 port = options.port, seed = qint64(options.seed), days = options.days, fail = 0, delay = 0,
           truncate = 0, drop = 0, html = 0, wrongType = 0, huge = 0, hugeMb = options.hugeMb;
    const bool ok = toInt(parser, u"port"_s, 0, port, error) && toInt(parser, u"calls"_s, 0, options.calls, error)
                    && toInt(parser, u"seed"_s, 0, seed, error) && toInt(parser, u"until"_s, 86400, options.until, error)
                    && toInt(parser, u"days"_s, 1, days, error)
                    && toInt(parser, u"owner-customer"_s, 1, options.ownerCustomer, error)
                    && toInt(parser, u"fail-every"_s, 0, fail, error) && toInt(parser, u"delay-ms"_s, 0, delay, error)
                    && toInt(parser, u"truncate-every"_s, 0, truncate, error)
                    && toInt(parser, u"drop-every"_s, 0, drop, error) && toInt(parser, u"html-every"_s, 0, html, error)
                    && toInt(parser, u"wrong-type-every"_s, 0, wrongType, error)
                    && toInt(parser, u"huge-every"_s, 0, huge, error) && toInt(parser, u"huge-mb"_s, 1, hugeMb, error);
    if (!ok)
        return false;
    if (port > 65535) {
        *error = QCoreApplication::translate("FakeOptions", "--port must be below 65536");
        return false;
    }
    options.port = quint16(port);
    options.seed = quint64(seed);
    options.days = int(qMin<qint64>(days, 100000));
    options.failEvery = int(fail);
    options.delayMs = int(delay);
    options.truncateEvery = int(truncate);
    options.dropEvery = int(drop);
    options.htmlEvery = int(html);
    options.wrongTypeEvery = int(wrongType);
    options.hugeEvery = int(huge);
    options.hugeMb = int(hugeMb);
    if (parser.isSet(u"user"_s))
        options.user = parser.value(u"user"_s);
    if (parser.isSet(u"password"_s))
        options.password = parser.value(u"password"_s);
    if (parser.isSet(u"account"_s))
        options.account = parser.value(u"account"_s);
    if (parser.isSet(u"roles"_s))
        options.roles = parser.value(u"roles"_s).split(u',', Qt::SkipEmptyParts);
    options.ratePlanDenies = parser.isSet(u"rate-plan-denies"_s);
    options.quiet = parser.isSet(u"quiet"_s);
    return true;
}
