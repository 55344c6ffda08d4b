#include "clicommands.h"

#include "clisupport.h"

#include "billing/callcreator.h"
#include "core/companydetails.h"
#include "billing/invoicedocument.h"
#include "billing/invoicereview.h"
#include "billing/invoicestore.h"
#include "billing/taxrates.h"
#include "core/timeutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

// create (spec 000) and the invoice commands.
namespace {

using namespace CliSupport;

void printInvoice(QTextStream &out, const Invoice &i)
{
    out << QCoreApplication::translate("cli", "Invoice %1 (%2) for customer %3 \"%4\", %5 to %6")
               .arg(i.id).arg(i.status).arg(i.customerId).arg(i.customerName, TimeUtil::formatIso(i.periodStart), TimeUtil::formatIso(i.periodEnd))
        << '\n';
    for (const InvoiceLine &l : i.lines) {
        if (l.isTax())
            out << "  " << QCoreApplication::translate("cli", "%1 %2%: %3").arg(l.description, l.rate.toString(0), l.amount.toFixed(i.decimals)) << '\n';
        else
            out << "  " << QCoreApplication::translate("cli", "%1 (%2, %3): %4 calls, %5 s: %6").arg(l.description, l.kind, l.prefix).arg(l.quantity).arg(l.seconds)
                                   .arg(l.amount.toFixed(i.decimals))
                << '\n';
    }
    out << QCoreApplication::translate("cli", "Subtotal %1, taxes %2, total %3 %4 (%5 calls)")
               .arg(i.subtotal.toFixed(i.decimals), i.taxTotal.toFixed(i.decimals), i.total.toFixed(i.decimals), i.currency)
               .arg(i.calls())
        << '\n';
}

Result<qint64> requiredId(const QCommandLineParser &parser, const QString &name = u"id"_s)
{
    if (!parser.isSet(name))
        return Error{QCoreApplication::translate("cli", "--%1 is required.").arg(name)};
    return integerOption(parser, name, 0, 1);
}

int invoiceGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Generates a draft invoice for a customer's charges on calls starting in [--start, --end)."));
    parser.addOptions({{u"customer"_s, QCoreApplication::translate("cli", "The customer."), u"ID"_s},
                       {u"start"_s, QCoreApplication::translate("cli", "Period start (Unix seconds or ISO 8601)."), u"T"_s},
                       {u"end"_s, QCoreApplication::translate("cli", "Period end (exclusive)."), u"T"_s},
                       {u"timezone"_s, QCoreApplication::translate("cli", "Zone of --start/--end without an offset (default UTC)."), u"ZONE"_s},
                       {u"rounding"_s, QCoreApplication::translate("cli", "Rounding rule of lines and taxes (default half-up)."), u"RULE"_s},
                       {u"decimals"_s, QCoreApplication::translate("cli", "Decimals of the amounts (default 2)."), u"N"_s}});
    if (const auto exit = parse(parser, u"invoice generate"_s, arguments, 0))
        return *exit;
    const Result<QTimeZone> zone = zoneOption(parser);
    if (!zone)
        return fail(zone.error(), 2);
    const auto customer = requiredId(parser, u"customer"_s);
    const auto start = timeOption(parser, u"start"_s, *zone);
    const auto end = timeOption(parser, u"end"_s, *zone);
    const auto decimals = integerOption(parser, u"decimals"_s, 2, 0);
    for (const QString &problem : {customer.error(), start.error(), end.error(), decimals.error()}) {
        if (!problem.isEmpty())
            return fail(problem, 2);
    }
    if (!*start || !*end)
        return fail(QCoreApplication::translate("cli", "--start and --end are required."), 2);
    const auto rounding = roundingRuleFromName(parser.isSet(u"rounding"_s) ? parser.value(u"rounding"_s) : u"half-up"_s);
    if (!rounding)
        return fail(QCoreApplication::translate("cli", "--rounding: \"%1\" is not one of half-up, half-even, half-down, up, down, ceiling, floor.").arg(parser.value(u"rounding"_s)), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    const Result<Invoice> invoice = InvoiceStore(**database).generate(*customer, **start, **end, *rounding, int(qMin<qint64>(*decimals, 8)));
    if (!invoice)
        return fail(invoice.error(), 2);
    QTextStream out(stdout);
    printInvoice(out, *invoice);
    return 0;
}

int invoiceById(const QStringList &arguments, const QString &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command == u"issue" ? QCoreApplication::translate("cli", "Issues draft invoice --id: recomputes it, binds its calls and locks them from re-rating.")
                                     : command == u"void" ? QCoreApplication::translate("cli", "Voids invoice --id and releases its calls.")
                                                          : QCoreApplication::translate("cli", "Shows invoice --id with its lines."));
    parser.addOption({u"id"_s, QCoreApplication::translate("cli", "The invoice."), u"ID"_s});
    if (const auto exit = parse(parser, u"invoice "_s + command, arguments, 0))
        return *exit;
    const auto id = requiredId(parser);
    if (!id)
        return fail(id.error(), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    InvoiceStore store(**database);
    const Result<Invoice> invoice = command == u"issue" ? store.issue(*id) : command == u"void" ? store.voidInvoice(*id) : store.load(*id);
    if (!invoice)
        return fail(invoice.error(), 2);
    QTextStream out(stdout);
    printInvoice(out, *invoice);
    return 0;
}

int invoiceList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists invoices as CSV, newest period first."));
    parser.addOption({u"customer"_s, QCoreApplication::translate("cli", "Only this customer's."), u"ID"_s});
    if (const auto exit = parse(parser, u"invoice list"_s, arguments, 0))
        return *exit;
    const auto customer = integerOption(parser, u"customer"_s, 0, 0);
    if (!customer)
        return fail(customer.error(), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    const auto invoices = InvoiceStore(**database).list(*customer);
    if (!invoices)
        return fail(invoices.error());
    QTextStream out(stdout);
    out << "id,customer,period_start,period_end,status,subtotal,tax_total,total,currency\n";
    for (const Invoice &i : *invoices)
        out << i.id << ',' << i.customerId << ',' << TimeUtil::formatIso(i.periodStart) << ',' << TimeUtil::formatIso(i.periodEnd) << ','
            << i.status << ',' << i.subtotal.toFixed(i.decimals) << ',' << i.taxTotal.toFixed(i.decimals) << ','
            << i.total.toFixed(i.decimals) << ',' << i.currency << '\n';
    return 0;
}

int invoiceExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Writes invoice --id as PDF and/or CSV. The company details come from the GUI's settings."));
    parser.addOptions({{u"id"_s, QCoreApplication::translate("cli", "The invoice."), u"ID"_s},
                       {u"pdf"_s, QCoreApplication::translate("cli", "The PDF file to write."), u"FILE"_s},
                       {u"csv"_s, QCoreApplication::translate("cli", "The CSV file to write."), u"FILE"_s}});
    if (const auto exit = parse(parser, u"invoice export"_s, arguments, 0))
        return *exit;
    const auto id = requiredId(parser);
    if (!id)
        return fail(id.error(), 2);
    if (!parser.isSet(u"pdf"_s) && !parser.isSet(u"csv"_s))
        return fail(QCoreApplication::translate("cli", "Give --pdf FILE, --csv FILE or both."), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    const Result<Invoice> invoice = InvoiceStore(**database).load(*id);
    if (!invoice)
        return fail(invoice.error(), 2);
    QSettings settings(u"CDR Desk"_s, u"CDR Desk"_s);
    const CompanyDetails company = CompanyDetails::load(settings);
    if (parser.isSet(u"pdf"_s)) {
        if (auto ok = InvoiceDocument::writePdf(*invoice, company, parser.value(u"pdf"_s)); !ok)
            return fail(ok.error());
    }
    if (parser.isSet(u"csv"_s)) {
        if (auto ok = InvoiceDocument::writeCsv(*invoice, parser.value(u"csv"_s)); !ok)
            return fail(ok.error());
    }
    QTextStream(stdout) << QCoreApplication::translate("cli", "Exported invoice %1 (total %2 %3).").arg(*id).arg(invoice->total.toFixed(invoice->decimals), invoice->currency)
                        << Qt::endl;
    return 0;
}

int invoiceTaxes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists the named tax rates, after setting or removing some."));
    parser.addOptions({{u"set"_s, QCoreApplication::translate("cli", "NAME=PERCENT, e.g. VAT=20; repeatable."), u"NAME=PERCENT"_s},
                       {u"remove"_s, QCoreApplication::translate("cli", "A tax name to remove; repeatable."), u"NAME"_s}});
    if (const auto exit = parse(parser, u"invoice taxes"_s, arguments, 0))
        return *exit;
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    TaxRates taxes(**database);
    for (const QString &set : parser.values(u"set"_s)) {
        QString why;
        const qsizetype eq = set.indexOf(u'=');
        const auto percent = Money::parse(eq < 0 ? QString() : set.mid(eq + 1), &why);
        if (eq <= 0 || !percent)
            return fail(QCoreApplication::translate("cli", "--set \"%1\": expected NAME=PERCENT such as VAT=20.").arg(set), 2);
        if (auto ok = taxes.set({set.left(eq).trimmed(), *percent}); !ok)
            return fail(ok.error(), 2);
    }
    for (const QString &name : parser.values(u"remove"_s)) {
        if (auto ok = taxes.remove(name); !ok)
            return fail(ok.error());
    }
    const auto rates = taxes.list();
    if (!rates)
        return fail(rates.error());
    QTextStream out(stdout);
    out << "name,percent\n";
    for (const TaxRate &rate : *rates)
        out << rate.name << ',' << rate.percent.toString(0) << '\n';
    return 0;
}

int invoiceReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Reviews invoice --id: each call's billed cost beside its cost re-rated under the current decks, "
                                        "differences flagged and summed per destination."));
    parser.addOptions({{u"id"_s, QCoreApplication::translate("cli", "The invoice."), u"ID"_s}, {u"calls"_s, QCoreApplication::translate("cli", "List every call, not only the differing ones.")}});
    if (const auto exit = parse(parser, u"invoice review"_s, arguments, 0))
        return *exit;
    const auto id = requiredId(parser);
    if (!id)
        return fail(id.error(), 2);
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    const Result<InvoiceReview> review = InvoiceReview::compute(**database, *id);
    if (!review)
        return fail(review.error(), 2);
    QTextStream out(stdout);
    out << "destination,calls,billed,rerated,difference,differing_calls\n";
    for (const ReviewDestination &d : review->destinations)
        out << '"' << QString(d.destination).replace(u'"', u"\"\""_s) << "\"," << d.calls << ',' << d.billed.toString(2) << ','
            << d.rerated.toString(2) << ',' << d.difference.toString(2) << ',' << d.differing << '\n';
    out << QCoreApplication::translate("cli", "Total: billed %1, re-rated %2, difference %3; %4 of %5 calls differ.")
               .arg(review->billed.toString(2), review->rerated.toString(2), review->difference.toString(2))
               .arg(review->differing).arg(review->calls.size())
        << '\n';
    const bool all = parser.isSet(u"calls"_s);
    for (const ReviewCall &c : review->calls) {
        if (all || c.differs)
            out << (c.differs ? "! " : "  ") << c.callId << ',' << c.uniqueid << ',' << TimeUtil::formatIso(c.start) << ',' << c.number << ','
                << c.destination << ',' << c.billed.toString(2) << ',' << c.rerated.toString(2) << '\n';
    }
    return 0;
}

} // namespace

namespace CliCommands {

int invoice(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"generate")
        return invoiceGenerate(arguments.mid(1));
    if (sub == u"issue" || sub == u"void" || sub == u"show")
        return invoiceById(arguments.mid(1), sub);
    if (sub == u"list")
        return invoiceList(arguments.mid(1));
    if (sub == u"export")
        return invoiceExport(arguments.mid(1));
    if (sub == u"taxes")
        return invoiceTaxes(arguments.mid(1));
    if (sub == u"review")
        return invoiceReview(arguments.mid(1));
    return fail(QCoreApplication::translate("cli", "Usage: cdrdesk-cli invoice generate|issue|void|list|show|export|review|taxes [options]; "
                   "'cdrdesk-cli invoice generate --help'."),
                sub == u"--help" ? 0 : 2);
}

int create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Creates a completed call as Enswitch's cdrs/create does (spec 000). Prints 201 after "
                                        "--validation 1 (nothing written), 204 when created; invalid input exits with 2 "
                                        "naming the parameter (400)."));
    for (const CreateCallField &f : CallCreator::fields())
        parser.addOption({f.name, f.required ? QCoreApplication::translate("cli", "%1 Required.").arg(f.description) : QCoreApplication::translate("cli", "%1 Default: %2").arg(f.description, f.defaultText),
                          f.type.toUpper()});
    if (const auto exit = parse(parser, u"create"_s, arguments, 0))
        return *exit;
    QHash<QString, QString> parameters;
    for (const CreateCallField &f : CallCreator::fields()) {
        if (parser.isSet(f.name))
            parameters.insert(f.name, parser.value(f.name));
    }
    auto database = openStore(parser);
    if (!database)
        return fail(database.error());
    const Result<CreateCallOutcome> outcome = CallCreator(**database).create(parameters);
    if (!outcome)
        return fail(outcome.error());
    if (outcome->code == 400)
        return fail(QCoreApplication::translate("cli", "400 %1: %2").arg(outcome->key, outcome->message), 2);
    QTextStream out(stdout);
    const CallRecord &c = outcome->call;
    if (outcome->code == 201)
        out << QCoreApplication::translate("cli", "201 Input passed validation; nothing was written.") << '\n';
    else
        out << QCoreApplication::translate("cli", "204 Created call %1.").arg(outcome->callId) << '\n';
    out << QCoreApplication::translate("cli", "uniqueid %1, callid %2, customer %3 → %4, %5 to %6, talk %7 s of %8 s, %9, %10, cost %11 %12")
               .arg(c.uniqueid, c.callid)
               .arg(c.scustomer)
               .arg(c.dcustomer)
               .arg(TimeUtil::formatIso(c.start), TimeUtil::formatIso(c.end))
               .arg(c.talktime)
               .arg(c.totaltime)
               .arg(c.status, c.media, c.cost.toString(2), c.currency)
        << '\n';
    if (outcome->balance)
        out << QCoreApplication::translate("cli", "Balance of customer %1: %2 %3").arg(c.scustomer).arg(outcome->balance->toString(2), c.currency) << '\n';
    for (qint64 invoice : outcome->invoices)
        out << QCoreApplication::translate("cli", "Draft invoice %1 updated.").arg(invoice) << '\n';
    return 0;
}

} // namespace CliCommands
