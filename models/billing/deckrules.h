#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

// Where increments are counted from once a call outlasts its first block.
enum class IncrementAnchor {
    // Kazoo, ASTPP, Yeti: the first block, then the rest rounded up to subsequent increments
    // (40 s at 30/60 bills 30 + 60 = 90 s).
    InitialThenSubsequent,
    // A2Billing, MagnusBilling: the whole duration rounded up to the subsequent increment
    // (40 s at 30/60 bills 60 s).
    WholeDuration,
};

// Peak time: the weekdays in `weekdays` (bit 0 Monday … bit 6 Sunday), hours [fromHour, toHour)
// of local time in the deck's zone.
struct PeakWindow
{
    quint8 weekdays = 0;
    int fromHour = 0;
    int toHour = 24;

    friend bool operator==(const PeakWindow &, const PeakWindow &) = default;
};

// The rules a deck states explicitly instead of guessing how some billing system behaves.
// docs/rating.md explains each with a worked example.
struct DeckRules
{
    IncrementAnchor anchor = IncrementAnchor::InitialThenSubsequent;
    Money connectionFee;          // added to every billable call, beside the row's fee
    qint64 graceSeconds = 0;      // free seconds at the start of every billable call
    qint64 noChargeBelow = 0;     // calls with talk time below this cost nothing at all
    qint64 includedSeconds = 0;   // billed seconds free per customer per rating run
    Money minimumCost;            // a billable call costs at least this
    QStringList billableStatuses = {QStringLiteral("answer")};
    QList<PeakWindow> peakWindows; // none: every second is peak
    QString timeZone;             // IANA name for the peak windows; empty = UTC
    RoundingRule rounding = RoundingRule::HalfUp;
    int decimals = 4;             // the cost is rounded to this many decimals

    // The rule names the CLI and import accept as key=value: anchor, connection-fee, grace,
    // no-charge-below, included, minimum-cost, billable, peak, timezone, rounding, decimals.
    [[nodiscard]] static QStringList keys();
    [[nodiscard]] Result<void> set(const QString &key, const QString &value);
    [[nodiscard]] QString value(const QString &key) const;

    friend bool operator==(const DeckRules &, const DeckRules &) = default;
};

[[nodiscard]] QString incrementAnchorName(IncrementAnchor anchor);
[[nodiscard]] std::optional<IncrementAnchor> incrementAnchorFromName(QStringView name);

// "mon-fri 08-18, sat 09-13": day or day range, then hours from-to (0..24). Empty = none.
[[nodiscard]] Result<QList<PeakWindow>> parsePeakWindows(const QString &text);
[[nodiscard]] QString peakWindowsText(const QList<PeakWindow> &windows);
