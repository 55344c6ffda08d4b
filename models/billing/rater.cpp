#include "rater.h"

#include "core/timeutil.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

QString amount(Money m)
{
    return m.toString(2);
}

QString kindName(const QString &kind)
{
    if (kind == u"initial")
        return QCoreApplication::translate("Rater", "first block");
    if (kind == u"minimum")
        return QCoreApplication::translate("Rater", "minimum-duration top-up");
    return QCoreApplication::translate("Rater", "subsequent blocks");
}

} // namespace

Rater::Rater(const RateDeck &deck, bool explain)
    : m_deck(deck)
    , m_zone(deck.rules().timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(deck.rules().timeZone.toUtf8()))
    , m_explain(explain)
{
}

QString Rater::ratedNumber(const CallRecord &call)
{
    const QString &source = call.cnumberE164.isEmpty() ? call.cnumber : call.cnumberE164;
    QString digits;
    digits.reserve(source.size());
    for (QChar c : source) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

bool Rater::isOffpeak(qint64 at, int utcOffset) const
{
    const QList<PeakWindow> &windows = m_deck.rules().peakWindows;
    if (windows.isEmpty())
        return false;
    const qint64 local = at + utcOffset;
    const qint64 days = floorDiv(local, Day);
    const int weekday = int(((days + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday; Monday = 0
    const int hour = int((local - days * Day) / 3600);
    for (const PeakWindow &window : windows) {
        if ((window.weekdays & (1u << weekday)) && hour >= window.fromHour && hour < window.toHour)
            return false;
    }
    return true;
}

// Cuts the billed seconds into blocks by the deck's anchor, then into runs of blocks that share
// a length, a kind and a peak or off-peak price.
void Rater::buildRuns(Charge &charge, const RateRow &row, qint64 start) const
{
    const qint64 d = charge.durationAfterGrace;
    const qint64 first = row.initialIncrement;
    const qint64 next = row.subsequentIncrement;
    struct Span { qint64 blocks; qint64 seconds; QString kind; };
    QList<Span> spans;
    if (d > 0) {
        if (m_deck.rules().anchor == IncrementAnchor::InitialThenSubsequent || d <= first) {
            spans.append({1, first, u"initial"_s});
            if (d > first)
                spans.append({ceilDiv(d - first, next), next, u"subsequent"_s});
        } else {
            const qint64 blocks = ceilDiv(d, next);
            spans.append({1, next, u"initial"_s});
            if (blocks > 1)
                spans.append({blocks - 1, next, u"subsequent"_s});
        }
    }
    qint64 billed = 0;
    for (const Span &span : spans)
        billed += span.blocks * span.seconds;
    if (d > 0 && billed < row.minimumDuration) {
        spans.append({1, row.minimumDuration - billed, u"minimum"_s});
        billed = row.minimumDuration;
    }
    charge.billedSeconds = billed;

    const int offset = m_deck.rules().peakWindows.isEmpty() ? 0 : m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()));
    qint64 at = 0;
    for (const Span &span : spans) {
        for (qint64 b = 0; b < span.blocks; ++b) {
            const bool offpeak = isOffpeak(start + at, offset);
            Money rate = span.kind == u"initial" ? row.rate : row.subsequentRate.value_or(row.rate);
            if (offpeak && row.offpeakRate)
                rate = *row.offpeakRate;
            ChargeRun *last = charge.runs.isEmpty() ? nullptr : &charge.runs.last();
            if (last && last->kind == span.kind && last->offpeak == offpeak && last->ratePerMinute == rate
                && last->blockSeconds == span.seconds) {
                ++last->blocks;
            } else {
                charge.runs.append({at, 1, span.seconds, 0, rate, offpeak, span.kind});
            }
            at += span.seconds;
            if (m_deck.rules().peakWindows.isEmpty() && span.blocks > 1) {
                // Without windows every block of the span has the same price: add the rest at once.
                charge.runs.last().blocks += span.blocks - 1;
                at += (span.blocks - 1) * span.seconds;
                break;
            }
        }
    }
    const QString anchor = incrementAnchorName(m_deck.rules().anchor);
    if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Increments %1/%2 s, anchor %3: %4 s billed as %5 s.")
                            .arg(first).arg(next).arg(anchor).arg(d).arg(charge.billedSeconds));
}

void Rater::applyIncluded(Charge &charge, qint64 customer)
{
    const qint64 allowance = m_deck.rules().includedSeconds;
    if (allowance <= 0 || charge.billedSeconds <= 0)
        return;
    qint64 &used = m_includedUsed[customer];
    qint64 left = qMax<qint64>(0, allowance - used);
    const qint64 before = left;
    for (ChargeRun &run : charge.runs) {
        const qint64 free = qMin(left, run.blocks * run.blockSeconds);
        run.freeSeconds = free;
        left -= free;
    }
    charge.includedUsed = before - left;
    used += charge.includedUsed;
    if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Included seconds: %1 of the %2 left to customer %3 cover this call; %4 left.")
                            .arg(charge.includedUsed).arg(before).arg(customer).arg(left));
}

Result<void> Rater::price(Charge &charge) const
{
    const RoundingRule rule = m_deck.rules().rounding;
    __int128 unitSeconds = 0;
    for (const ChargeRun &run : charge.runs) {
        const qint64 seconds = run.blocks * run.blockSeconds - run.freeSeconds;
        unitSeconds += __int128(run.ratePerMinute.units()) * seconds;
        const Money shown = run.ratePerMinute.mulDiv(seconds, 60, rule).value_or(Money());
        if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "%1: %2 × %3 s from +%4 at %5/min%6%7 = %8.")
                                .arg(kindName(run.kind))
                                .arg(run.blocks)
                                .arg(run.blockSeconds)
                                .arg(TimeUtil::formatDuration(run.startOffset))
                                .arg(amount(run.ratePerMinute))
                                .arg(run.offpeak ? QCoreApplication::translate("Rater", " (off-peak)") : QString())
                                .arg(run.freeSeconds > 0 ? QCoreApplication::translate("Rater", ", %1 s included").arg(run.freeSeconds) : QString())
                                .arg(shown.toString(2)));
    }
    if (unitSeconds > std::numeric_limits<qint64>::max())
        return Error{QCoreApplication::translate("Rater", "Rating number %1: the usage amount overflows.").arg(charge.number)};
    const auto usage = Money::fromUnits(qint64(unitSeconds)).mulDiv(1, 60, rule);
    if (!usage)
        return Error{QCoreApplication::translate("Rater", "Rating number %1: the usage amount overflows.").arg(charge.number)};
    charge.usage = *usage;
    const bool exact = qint64(unitSeconds) % 60 == 0;
    if (m_explain)
        charge.steps.append(exact ? QCoreApplication::translate("Rater", "Usage: Σ rate × seconds ÷ 60 = %1 (exact).").arg(charge.usage.toString(2))
                              : QCoreApplication::translate("Rater", "Usage: Σ rate × seconds ÷ 60 = %1 (rounded %2 to 8 decimals).")
                                    .arg(charge.usage.toString(2), roundingRuleName(rule)));
    return {};
}

Result<void> Rater::finish(Charge &charge) const
{
    const DeckRules &rules = m_deck.rules();
    const auto fees = charge.row->connectionFee.plus(rules.connectionFee);
    const auto subtotal = fees ? fees->plus(charge.usage) : std::nullopt;
    if (!subtotal)
        return Error{QCoreApplication::translate("Rater", "Rating number %1: the amount overflows.").arg(charge.number)};
    charge.fees = *fees;
    if (!fees->isZero())
        if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Connection fees: row %1 + deck %2 = %3.")
                                .arg(amount(charge.row->connectionFee), amount(rules.connectionFee), amount(*fees)));
    Money total = *subtotal;
    if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Subtotal: usage %1 + fees %2 = %3.").arg(amount(charge.usage), amount(*fees), amount(total)));
    if (total < rules.minimumCost) {
        if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Minimum cost %1 applies (subtotal %2 is below it).").arg(amount(rules.minimumCost), amount(total)));
        total = rules.minimumCost;
    }
    const auto rounded = total.rounded(rules.decimals, rules.rounding);
    if (!rounded)
        return Error{QCoreApplication::translate("Rater", "Rating number %1: the amount overflows when rounded.").arg(charge.number)};
    if (*rounded != total)
        if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Rounded %1 to %2 decimals: %3 → %4.")
                                .arg(roundingRuleName(rules.rounding)).arg(rules.decimals)
                                .arg(total.toString(2), rounded->toString(2)));
    charge.cost = *rounded;
    if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Cost: %1 %2.").arg(charge.cost.toString(2), charge.currency));
    return {};
}

Result<Charge> Rater::rate(const CallRecord &call)
{
    return rate(call, call.scustomer);
}

Result<Charge> Rater::rate(const CallRecord &call, qint64 payer)
{
    const DeckRules &rules = m_deck.rules();
    Charge charge;
    charge.number = ratedNumber(call);
    charge.talktime = call.talktime;
    charge.currency = m_deck.currency();
    const RateRow *row = m_deck.match(charge.number, call.start);
    if (!row) {
        if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Number %1: no prefix of deck \"%2\" in effect at %3 matches; not rated.")
                                .arg(charge.number, m_deck.name(), TimeUtil::formatIso(call.start)));
        return charge;
    }
    charge.row = *row;
    if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Number %1 matches prefix %2 (%3) of deck \"%4\": %5/min, increments %6/%7, "
                           "connection fee %8, minimum %9 s.")
                            .arg(charge.number, row->prefix, row->destination, m_deck.name(), amount(row->rate))
                            .arg(row->initialIncrement).arg(row->subsequentIncrement)
                            .arg(amount(row->connectionFee)).arg(row->minimumDuration));
    if (!rules.billableStatuses.contains(call.status)) {
        if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Status \"%1\" is not billable (billable: %2); cost 0.")
                                .arg(call.status, rules.billableStatuses.join(u", ")));
        return charge;
    }
    if (call.talktime < rules.noChargeBelow) {
        if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Talk time %1 s is below the no-charge threshold of %2 s; cost 0.")
                                .arg(call.talktime).arg(rules.noChargeBelow));
        return charge;
    }
    charge.billable = true;
    charge.durationAfterGrace = qMax<qint64>(0, call.talktime - rules.graceSeconds);
    if (rules.graceSeconds > 0)
        if (m_explain)
        charge.steps.append(QCoreApplication::translate("Rater", "Grace: %1 s − %2 s = %3 s to bill.")
                                .arg(call.talktime).arg(rules.graceSeconds).arg(charge.durationAfterGrace));
    buildRuns(charge, *row, call.start);
    applyIncluded(charge, payer);
    if (auto ok = price(charge); !ok)
        return Error{ok.error()};
    if (auto ok = finish(charge); !ok)
        return Error{ok.error()};
    return charge;
}
