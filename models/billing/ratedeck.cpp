#include "ratedeck.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

std::optional<RowProblem> RateDeck::checkRow(const RateRow &row)
{
    for (QChar c : row.prefix) {
        if (!c.isDigit() || c.unicode() > 127)
            return RowProblem{RateField::Prefix, QCoreApplication::translate("RateDeck", "prefix \"%1\" has a character other than the digits 0-9").arg(row.prefix)};
    }
    if (row.initialIncrement < 1)
        return RowProblem{RateField::InitialIncrement, QCoreApplication::translate("RateDeck", "initial increment %1 is below 1 second").arg(row.initialIncrement)};
    if (row.subsequentIncrement < 1)
        return RowProblem{RateField::SubsequentIncrement, QCoreApplication::translate("RateDeck", "subsequent increment %1 is below 1 second").arg(row.subsequentIncrement)};
    if (row.minimumDuration < 0)
        return RowProblem{RateField::MinimumDuration, QCoreApplication::translate("RateDeck", "minimum duration %1 is negative").arg(row.minimumDuration)};
    const std::pair<RateField, std::optional<Money>> amounts[] = {
        {RateField::Rate, row.rate}, {RateField::SubsequentRate, row.subsequentRate},
        {RateField::OffpeakRate, row.offpeakRate}, {RateField::ConnectionFee, row.connectionFee}};
    for (const auto &[field, amount] : amounts) {
        if (amount && amount->isNegative())
            return RowProblem{field, QCoreApplication::translate("RateDeck", "%1 is negative").arg(amount->toString(2))};
    }
    if (row.effectiveUntil() <= row.effectiveFrom)
        return RowProblem{RateField::EffectiveTo, QCoreApplication::translate("RateDeck", "effective to (%1) is not after effective from (%2)").arg(*row.effectiveTo).arg(row.effectiveFrom)};
    return std::nullopt;
}

std::optional<std::pair<qsizetype, qsizetype>> RateDeck::findOverlap(const QList<RateRow> &rows)
{
    // Rows of one prefix sorted by start (then position): each must end before the next begins.
    QList<qsizetype> order(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&rows](qsizetype a, qsizetype b) {
        return std::tie(rows[a].prefix, rows[a].effectiveFrom, a) < std::tie(rows[b].prefix, rows[b].effectiveFrom, b);
    });
    for (qsizetype i = 1; i < order.size(); ++i) {
        const RateRow &previous = rows[order[i - 1]];
        const RateRow &row = rows[order[i]];
        if (previous.prefix == row.prefix && previous.effectiveUntil() > row.effectiveFrom)
            return std::pair{order[i - 1], order[i]};
    }
    return std::nullopt;
}

Result<RateDeck> RateDeck::create(const QString &name, const QString &currency,
                                  const DeckRules &rules, QList<RateRow> rows)
{
    if (name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("RateDeck", "A rate deck needs a name.")};
    for (const RateRow &row : rows) {
        if (const auto problem = checkRow(row))
            return Error{QCoreApplication::translate("RateDeck", "Rate deck \"%1\", prefix \"%2\": %3.").arg(name, row.prefix, problem->message)};
    }
    if (const auto overlap = findOverlap(rows)) {
        const RateRow &previous = rows[overlap->first];
        const RateRow &row = rows[overlap->second];
        return Error{QCoreApplication::translate("RateDeck", "Rate deck \"%1\", prefix \"%2\": two rows are in effect at the same time "
                        "(from %3 and from %4); give the earlier one an effective-to date.")
                         .arg(name, row.prefix)
                         .arg(previous.effectiveFrom)
                         .arg(row.effectiveFrom)};
    }
    RateDeck deck;
    deck.m_name = name;
    deck.m_currency = currency;
    deck.m_rules = rules;
    deck.m_rows = std::move(rows);
    std::vector<PrefixIndex::Entry> entries;
    entries.reserve(size_t(deck.m_rows.size()));
    for (int i = 0; i < deck.m_rows.size(); ++i) {
        const RateRow &row = deck.m_rows[i];
        entries.push_back({row.prefix, row.effectiveFrom, row.effectiveUntil(), i});
    }
    deck.m_index = PrefixIndex(entries);
    return deck;
}

const RateRow *RateDeck::match(QStringView number, qint64 at) const
{
    const int i = m_index.find(number, at);
    return i < 0 ? nullptr : &m_rows[i];
}
