#pragma once

#include "ratedeck.h"
#include "raterow.h"

#include "core/result.h"

#include <QList>
#include <QStringList>

class QIODevice;

// One CSV record and the line it starts on (1-based), for error messages.
struct CsvLine
{
    qint64 line = 0;
    QStringList fields;
};

// Rate deck files in CSV: a documented generic layout (read and written) and voip.ms getRates
// columns (read). Every row is read or the import fails naming file, line and field.
class DeckCsv
{
public:
    enum class VoipmsSide { Client, Real };

    // RFC 4180: commas, double quotes doubled inside quoted fields, CRLF or LF; blank lines skipped.
    [[nodiscard]] static Result<QList<CsvLine>> readCsv(const QString &path);

    // Header row required; columns in any order: prefix and rate required; destination,
    // initial_increment, subsequent_increment (default 60), connection_fee, minimum_duration,
    // effective_from, effective_to (ISO 8601 or Unix seconds, UTC), subsequent_rate,
    // offpeak_rate optional. An empty optional field takes its default.
    [[nodiscard]] static Result<QList<RateRow>> readGeneric(const QString &path);
    // voip.ms getRates: destination, prefix, client_increment, client_rate, real_increment,
    // real_rate; the increment is both initial and subsequent.
    [[nodiscard]] static Result<QList<RateRow>> readVoipms(const QString &path, VoipmsSide side = VoipmsSide::Client);
    // The generic layout, every column, readable by readGeneric.
    [[nodiscard]] static Result<void> writeGeneric(QIODevice &out, const RateDeck &deck);
    // voip.ms columns destination, prefix, client_increment, client_rate (the real side is not
    // part of a deck), readable by readVoipms. A row voip.ms cannot state (two increments, a
    // fee, a minimum, other rates, dates) fails naming the deck, prefix and field.
    [[nodiscard]] static Result<void> writeVoipms(QIODevice &out, const RateDeck &deck);

    [[nodiscard]] static QStringList genericColumns();
};
