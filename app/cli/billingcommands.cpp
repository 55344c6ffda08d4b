#include "clicommands.h"

#include "clisupport.h"

#include "billing/callrating.h"
#include "billing/cgratesimport.h"
#include "billing/deckcsv.h"
#include "billing/ratedeckstore.h"
#include "billing/whatif.h"
#include "core/timeutil.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

// The billing commands: deck import/export/list and rate. Options follow the other commands.
namespace {

using namespace CliSupport;

Result<QList<RateRow>> readRows(const QString &format, const QString &path, const QString &name, const QString &plan,
                                DeckRules &rules)
{
    if (format == u"generic")
        return DeckCsv::readGeneric(path);
    if (format == u"voipms")
        return DeckCsv::readVoipms(path);
    if (format != u"cgrates")
        return Error{QCoreApplication::translate("cli", "--format: \"%1\" is not one of generic, voipms, cgrates.").arg(format)};
    Result<CgratesImport::Plan> read = CgratesImport::read(path, plan.isEmpty() ? name : plan);
    if (!read)
        return Error{read.error()};
    rules.rounding = read->rules.rounding;
    rules.decimals = read->rules.decimals;
    return read->rows;
}

int deckImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Imports a rate deck file (or CGRateS folder) as deck NAME, replacing a deck of that name."));
    parser.addOptions({{u"name"_s, QCoreApplication::translate("cli", "The deck's name (for cgrates also the rating plan, unless --plan)."), u"NAME"_s},
                       {u"format"_s, QCoreApplication::translate("cli", "generic (default), voipms or cgrates."), u"FORMAT"_s},
                       {u"currency"_s, QCoreApplication::translate("cli", "The deck's currency (default USD)."), u"CODE"_s},
                       {u"plan"_s, QCoreApplication::translate("cli", "cgrates: the RatingPlans id to import."), u"ID"_s},
                       {u"rule"_s, QCoreApplication::translate("cli", "A rating rule KEY=VALUE, repeatable; keys: %1.").arg(DeckRules::keys().join(u", ")), u"KEY=VALUE"_s}});
    parser.addPositionalArgument(u"PATH"_s, QCoreApplication::translate("cli", "The file, or the CGRateS folder."));
    if (const auto exit = parse(parser, u"deck import"_s, arguments, 1))
        return *exit;
    const QString name = parser.value(u"name"_s);
    if (name.isEmpty())
        return fail(QCoreApplication::translate("cli", "--name is required."), 2);
    DeckRules rules;
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"generic"_s;
    Result<QList<RateRow>> rows = readRows(format, parser.positionalArguments().first(), name, parser.value(u"plan"_s), rules);
    if (!rows)
        return fail(rows.error(), 2);
    for (const QString &rule : parser.values(u"rule"_s)) {
        const qsizetype eq = rule.indexOf(u'=');
        if (auto ok = rules.set(rule.left(eq).trimmed(), eq < 0 ? QString() : rule.mid(eq + 1)); !ok)
            return fail(ok.error(), 2);
    }
    const QString currency = parser.isSet(u"currency"_s) ? parser.value(u"currency"_s) : u"USD"_s;
    Result<RateDeck> deck = RateDeck::create(name, currency, rules, std::move(*rows));
    if (!deck)
        return fail(deck.error(), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    RateDeckStore store(**database);
    const Result<qint64> id = store.save(*deck);
    if (!id)
        return fail(id.error());
    QTextStream(stdout) << QCoreApplication::translate("cli", "Imported %1 rates as deck \"%2\" (id %3).").arg(deck->rows().size()).arg(name).arg(*id) << Qt::endl;
    return 0;
}

int deckList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists the rate decks of a store."));
    if (const auto exit = parse(parser, u"deck list"_s, arguments, 0))
        return *exit;
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    RateDeckStore store(**database);
    const auto decks = store.list();
    if (!decks)
        return fail(decks.error());
    QTextStream out(stdout);
    out << "id,name,currency,rates\n";
    for (const DeckSummary &deck : *decks)
        out << deck.id << ',' << deck.name << ',' << deck.currency << ',' << deck.rows << '\n';
    return 0;
}

int deckExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Writes deck NAME's rates to a CSV file, complete or not at all (the rules are not part of the file)."));
    parser.addOptions({{u"name"_s, QCoreApplication::translate("cli", "The deck's name."), u"NAME"_s},
                       {u"format"_s, QCoreApplication::translate("cli", "generic (default, every column) or voipms (one increment and rate per prefix)."), u"FORMAT"_s},
                       {u"out"_s, QCoreApplication::translate("cli", "The file to write."), u"FILE"_s}});
    if (const auto exit = parse(parser, u"deck export"_s, arguments, 0))
        return *exit;
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"generic"_s;
    if (format != u"generic" && format != u"voipms")
        return fail(QCoreApplication::translate("cli", "--format: \"%1\" is not one of generic, voipms.").arg(format), 2);
    if (parser.value(u"name"_s).isEmpty())
        return fail(QCoreApplication::translate("cli", "--name is required."), 2);
    if (parser.value(u"out"_s).isEmpty())
        return fail(QCoreApplication::translate("cli", "--out is required."), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    const Result<RateDeck> deck = RateDeckStore(**database).load(parser.value(u"name"_s));
    if (!deck)
        return fail(deck.error(), 2);
    QSaveFile file(parser.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("cli", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    const Result<void> written = format == u"voipms" ? DeckCsv::writeVoipms(file, *deck) : DeckCsv::writeGeneric(file, *deck);
    if (!written) {
        file.cancelWriting();
        return fail(written.error(), 2);
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("cli", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    QTextStream(stdout) << QCoreApplication::translate("cli", "Exported %1 rates of deck \"%2\" to %3.").arg(deck->rows().size()).arg(deck->name(), file.fileName())
                        << Qt::endl;
    return 0;
}

int explain(CallRating &rating, const QString &uniqueid)
{
    const auto explained = rating.explain(uniqueid);
    if (!explained)
        return fail(explained.error());
    QTextStream out(stdout);
    for (const auto &[call, charge] : *explained)
        out << QCoreApplication::translate("cli", "Call %1 (uniqueid %2, %3):").arg(call.id).arg(call.uniqueid, TimeUtil::formatIso(call.start)) << '\n'
            << charge.explanation() << "\n\n";
    return 0;
}

int explainAll(CallRating &rating, const QString &uniqueid)
{
    const auto explained = rating.explainAll(uniqueid);
    if (!explained)
        return fail(explained.error());
    QTextStream out(stdout);
    for (const auto &[call, charges] : *explained) {
        out << QCoreApplication::translate("cli", "Call %1 (uniqueid %2, %3):").arg(call.id).arg(call.uniqueid, TimeUtil::formatIso(call.start)) << '\n';
        if (charges.isEmpty())
            out << QCoreApplication::translate("cli", "No customer up the tree of customer %1 has a deck; nothing to charge.").arg(call.scustomer) << '\n';
        for (const PayerCharge &p : charges)
            out << QCoreApplication::translate("cli", "Customer %1 (%2) pays:").arg(p.customer).arg(p.role) << '\n' << p.charge.explanation() << '\n';
        out << '\n';
    }
    return 0;
}

void printWhatIf(QTextStream &out, const QString &heading, const QList<WhatIfRow> &rows)
{
    out << heading << ",calls,revenue_before,revenue_after,cost_before,cost_after,margin_before,margin_after,margin_change\n";
    for (const WhatIfRow &r : rows)
        out << '"' << QString(r.key).replace(u'"', u"\"\""_s) << "\"," << r.calls << ',' << r.revenueBefore.toString(2) << ','
            << r.revenueAfter.toString(2) << ',' << r.costBefore.toString(2) << ',' << r.costAfter.toString(2) << ','
            << r.marginBefore().toString(2) << ',' << r.marginAfter().toString(2) << ',' << r.marginChange().toString(2) << '\n';
}

int whatIf(const QCommandLineParser &parser, Database &database, const CallFilter &filter)
{
    RateDeckStore decks(database);
    const QString candidateName = parser.value(u"what-if"_s);
    const QString replacedName = parser.isSet(u"replace"_s) ? parser.value(u"replace"_s) : candidateName;
    const Result<RateDeck> replaced = decks.load(replacedName);
    if (!replaced)
        return fail(QCoreApplication::translate("cli", "--replace: %1").arg(replaced.error()), 2);
    Result<RateDeck> candidate = Error{QString()};
    if (QFileInfo(candidateName).isFile()) {
        Result<QList<RateRow>> rows = DeckCsv::readGeneric(candidateName);
        if (!rows)
            return fail(rows.error(), 2);
        candidate = RateDeck::create(QFileInfo(candidateName).fileName(), replaced->currency(), replaced->rules(), std::move(*rows));
    } else {
        candidate = decks.load(candidateName);
    }
    if (!candidate)
        return fail(candidate.error(), 2);
    const Result<WhatIfReport> report = WhatIf(database).compute(filter, *candidate, replaced->id());
    if (!report)
        return fail(report.error(), 2);
    QTextStream out(stdout);
    printWhatIf(out, u"destination"_s, report->byDestination);
    out << '\n';
    printWhatIf(out, u"customer"_s, report->byCustomer);
    out << '\n';
    printWhatIf(out, u"total"_s, {report->total});
    return 0;
}

} // namespace

namespace CliCommands {

int deck(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"import")
        return deckImport(arguments.mid(1));
    if (sub == u"list")
        return deckList(arguments.mid(1));
    if (sub == u"export")
        return deckExport(arguments.mid(1));
    return fail(QCoreApplication::translate("cli", "Usage: cdrdesk-cli deck import|export|list [options]; 'cdrdesk-cli deck import --help'."), sub == u"--help" ? 0 : 2);
}

int rate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Rates (or re-rates) calls, storing each rated cost in one transaction: under --deck the "
                                        "calling customer's charge, without it every customer's charge up the tree under their "
                                        "own decks. Calls on an invoice are skipped. Or explains the charge of one call."));
    addFilterOptions(parser);
    parser.addOptions({{u"deck"_s, QCoreApplication::translate("cli", "The deck's name; without it, the customers' decks."), u"NAME"_s},
                       {u"timezone"_s, QCoreApplication::translate("cli", "Zone of --start/--end without an offset (default UTC)."), u"ZONE"_s},
                       {u"dry-run"_s, QCoreApplication::translate("cli", "Rate and report without writing anything.")},
                       {u"explain"_s, QCoreApplication::translate("cli", "Explain the charge of the call given by --uniqueid; writes nothing.")},
                       {u"uniqueid"_s, QCoreApplication::translate("cli", "The call to explain."), u"U"_s},
                       {u"what-if"_s, QCoreApplication::translate("cli", "A candidate deck (a generic CSV file, or a stored deck's name): show revenue, cost and margin "
                                         "now and under it, per destination and customer; writes nothing."), u"DECK"_s},
                       {u"replace"_s, QCoreApplication::translate("cli", "--what-if: the stored deck the candidate stands in for (default: the one of its name)."), u"NAME"_s}});
    if (const auto exit = parse(parser, u"rate"_s, arguments, 0))
        return *exit;
    const Result<QTimeZone> zone = zoneOption(parser);
    if (!zone)
        return fail(zone.error(), 2);
    const Result<CallFilter> filter = filterFromOptions(parser, *zone);
    if (!filter)
        return fail(filter.error(), 2);
    if (parser.isSet(u"explain"_s) && !parser.isSet(u"uniqueid"_s))
        return fail(QCoreApplication::translate("cli", "--explain needs --uniqueid."), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    if (parser.isSet(u"what-if"_s))
        return whatIf(parser, **database, *filter);
    std::unique_ptr<CallRating> rating;
    QString currency;
    if (parser.isSet(u"deck"_s)) {
        const Result<RateDeck> deck = RateDeckStore(**database).load(parser.value(u"deck"_s));
        if (!deck)
            return fail(deck.error(), 2);
        rating = std::make_unique<CallRating>(**database, *deck);
        currency = deck->currency();
        if (parser.isSet(u"explain"_s))
            return explain(*rating, parser.value(u"uniqueid"_s));
    } else {
        auto plan = ChargePlan::fromStore(**database, parser.isSet(u"explain"_s));
        if (!plan)
            return fail(plan.error());
        rating = std::make_unique<CallRating>(**database, std::move(*plan));
        if (parser.isSet(u"explain"_s))
            return explainAll(*rating, parser.value(u"uniqueid"_s));
    }
    QTextStream err(stderr);
    const auto summary = rating->run(*filter, parser.isSet(u"dry-run"_s), [&err](qint64 done, qint64 total) {
        err << QCoreApplication::translate("cli", "\rRated %1 of %2 calls").arg(done).arg(total) << Qt::flush;
        return true;
    });
    err << Qt::endl;
    if (!summary)
        return fail(summary.error());
    QTextStream(stdout) << QCoreApplication::translate("cli", "%1 calls rated%2: %3 billable, %4 without a matching prefix, %5 on an invoice (skipped), total %6 %7.")
                               .arg(summary->calls)
                               .arg(parser.isSet(u"dry-run"_s) ? QCoreApplication::translate("cli", " (dry run, nothing written)") : QString())
                               .arg(summary->billable).arg(summary->unmatched).arg(summary->locked)
                               .arg(summary->total.toString(2), currency)
                        << Qt::endl;
    return 0;
}

} // namespace CliCommands
