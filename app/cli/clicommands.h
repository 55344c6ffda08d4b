#pragma once

#include <QStringList>

// The commands of cdrdesk-cli. Each takes its own arguments (argv without the program and
// command name) and returns the exit code: 0 ok, 1 runtime failure, 2 bad usage or input.
namespace CliCommands {

int list(const QStringList &arguments);
int count(const QStringList &arguments);
int demo(const QStringList &arguments);
int info(const QStringList &arguments);
int country(const QStringList &arguments);
int importFiles(const QStringList &arguments);  // importexportcommands.cpp
int exportCalls(const QStringList &arguments);
int deck(const QStringList &arguments);   // billingcommands.cpp
int rate(const QStringList &arguments);   // billingcommands.cpp
int connection(const QStringList &arguments);  // connectioncommands.cpp
int sync(const QStringList &arguments);        // connectioncommands.cpp
int customer(const QStringList &arguments);  // customercommands.cpp
int margins(const QStringList &arguments);   // customercommands.cpp
int invoice(const QStringList &arguments);   // invoicecommands.cpp
int create(const QStringList &arguments);    // invoicecommands.cpp

} // namespace CliCommands
