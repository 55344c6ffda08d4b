#include "clicommands.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    QString name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Command commands[] = {
    {u"list"_s, QT_TRANSLATE_NOOP("cli", "List calls of a store, filtered, sorted and paged."), &CliCommands::list},
    {u"count"_s, QT_TRANSLATE_NOOP("cli", "Count the calls that match the filter options."), &CliCommands::count},
    {u"demo"_s, QT_TRANSLATE_NOOP("cli", "Create a store filled with realistic demo calls."), &CliCommands::demo},
    {u"info"_s, QT_TRANSLATE_NOOP("cli", "Show a store's schema version and counts."), &CliCommands::info},
    {u"country"_s, QT_TRANSLATE_NOOP("cli", "Show or set the country whose national number formats calls are read in."), &CliCommands::country},
    {u"import"_s, QT_TRANSLATE_NOOP("cli", "Import CDR files (Asterisk, FreeSWITCH, Kazoo, voip.ms, Enswitch, PBX, CDR Desk CSV)."), &CliCommands::importFiles},
    {u"export"_s, QT_TRANSLATE_NOOP("cli", "Export filtered calls as CSV, JSON Lines or XLSX."), &CliCommands::exportCalls},
    {u"deck"_s, QT_TRANSLATE_NOOP("cli", "Import, export and list rate decks."), &CliCommands::deck},
    {u"rate"_s, QT_TRANSLATE_NOOP("cli", "Rate calls under a deck, or explain one charge."), &CliCommands::rate},
    {u"connection"_s, QT_TRANSLATE_NOOP("cli", "Add, list, test and remove provider connections."), &CliCommands::connection},
    {u"sync"_s, QT_TRANSLATE_NOOP("cli", "Pull a connection's calls from its provider into the store."), &CliCommands::sync},
    {u"customer"_s, QT_TRANSLATE_NOOP("cli", "List, add and change customers of the tree (decks, taxes, balance)."), &CliCommands::customer},
    {u"margins"_s, QT_TRANSLATE_NOOP("cli", "Revenue, cost and margin per customer and reseller for a period."), &CliCommands::margins},
    {u"create"_s, QT_TRANSLATE_NOOP("cli", "Create a completed call (Enswitch cdrs/create, spec 000)."), &CliCommands::create},
    {u"invoice"_s, QT_TRANSLATE_NOOP("cli", "Generate, issue, void, list, show, review and export invoices; tax rates."), &CliCommands::invoice},
};

void usage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: cdrdesk-cli COMMAND [options]\n\nCommands:\n");
    for (const Command &command : commands)
        out << "  " << command.name.leftJustified(11) << QCoreApplication::translate("cli", command.summary) << '\n';
    out << QCoreApplication::translate("cli", "\n'cdrdesk-cli COMMAND --help' describes a command's options.\n"
                                              "Exit codes: 0 ok, 1 runtime failure, 2 bad usage or invalid input.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Invoices are laid out with QTextDocument, which needs fonts and so a QGuiApplication; it
    // runs offscreen, without a display.
    const bool gui = argc > 1 && qstrcmp(argv[1], "invoice") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"cdrdesk-cli"_s);
    QCoreApplication::setOrganizationName(u"CDR Desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CDRDESK_VERSION));
    // Messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); numbers and
    // times in the output stay machine-readable whatever the language.
    Translations::install(QLocale::system());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        usage(err);
        return 2;
    }
    const QString name = arguments.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        usage(out);
        return 0;
    }
    if (name == u"--version") {
        out << "cdrdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const Command &command : commands) {
        if (command.name == name)
            return command.run(arguments);
    }
    err << QCoreApplication::translate("cli", "Unknown command \"%1\".\n\n").arg(name);
    usage(err);
    return 2;
}
