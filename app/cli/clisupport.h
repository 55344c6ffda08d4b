#pragma once

#include "core/result.h"
#include "store/callfilter.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QTimeZone>

#include <memory>
#include <optional>

// What every cdrdesk-cli command shares: option parsing with --help and --db, opening the
// store (a server's password from CDRDESK_DB_PASSWORD or the keychain, never printed), the
// list filter options, and failing with a message and an exit code.
namespace CliSupport {

constexpr int AnyNumber = -1;

// Prints the message on stderr and returns `code` (1 runtime failure, 2 bad usage or input).
int fail(const QString &message, int code = 1);

// Adds --help and --db, parses, and checks that `positional` arguments were given
// (AnyNumber: any). nullopt: go on; otherwise the command returns the value (0 after help).
std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                         int positional = 0);

Result<std::unique_ptr<Database>> openStore(const QCommandLineParser &parser,
                                            Database::OpenMode mode = Database::OpenMode::MustExist);

// --timezone: an IANA name, UTC, or an offset such as -7 or +5:30; UTC when not given.
Result<QTimeZone> zoneOption(const QCommandLineParser &parser);
// A time option (Unix seconds or ISO 8601; without an offset read in `zone`), unset when absent.
Result<std::optional<qint64>> timeOption(const QCommandLineParser &parser, const QString &name, const QTimeZone &zone);
// A whole-number option of at least `minimum`, `fallback` when absent.
Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 minimum);

// The filter options shared by list, count, export and rate: every CallFilter parameter as a
// long option of its own name (--snumber 44 --smatch start --snumber_not 1 --customer all …)
// and --own_customer (read by openStore()). An invalid value is an Error naming the option.
void addFilterOptions(QCommandLineParser &parser);
Result<CallFilter> filterFromOptions(const QCommandLineParser &parser, const QTimeZone &zone);
// The same with times read in --timezone (which the command must define).
Result<CallFilter> filterFromOptions(const QCommandLineParser &parser);

} // namespace CliSupport
