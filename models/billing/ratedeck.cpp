#include "ratedeck.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RateDeck", text);
}

// The first problem of a row on its own, naming the field, or an empty string.
QString rowProblem(const RateRow &row)
{
    for (QChar c : row.prefix) {
        if (!c.isDigit() || c.unicode() > 127)
            return tr("prefix \"%1\" has a character other than the digits 0-9").arg(row.prefix);
    }
    if (row.initialIncrement < 1)
        return tr("initial increment %1 is below 1 second").arg(row.initialIncrement);
    if (row.subsequentIncrement < 1)
        return tr("subsequent increment %1 is below 1 second").arg(row.subsequentIncrement);
    if (row.minimumDuration < 0)
        return tr("minimum duration %1 is negative").arg(row.minimumDuration);
    if (row.rate.isNegative() || row.connectionFee.isNegative()
        || (row.subsequentRate && row.subsequentRate->isNegative())
        || (row.offpeakRate && row.offpeakRate->isNegative()))
        return tr("a rate or fee is negative");
    if (row.effectiveUntil() <= row.effectiveFrom)
        return tr("effective to (%1) is not after effective from (%2)").arg(*row.effectiveTo).arg(row.effectiveFrom);
    return QString();
}

} // namespace

Result<RateDeck> RateDeck::create(const QString &name, const QString &currency,
                                  const DeckRules &rules, QList<RateRow> rows)
{
    if (name.trimmed().isEmpty())
        return Error{tr("A rate deck needs a name.")};
    for (const RateRow &row : rows) {
        if (const QString problem = rowProblem(row); !problem.isEmpty())
            return Error{tr("Rate deck \"%1\", prefix \"%2\": %3.").arg(name, row.prefix, problem)};
    }
    // Rows of one prefix sorted by start: each must end before the next begins.
    QList<int> order(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&rows](int a, int b) {
        return std::tie(rows[a].prefix, rows[a].effectiveFrom) < std::tie(rows[b].prefix, rows[b].effectiveFrom);
    });
    for (int i = 1; i < order.size(); ++i) {
        const RateRow &previous = rows[order[i - 1]];
        const RateRow &row = rows[order[i]];
        if (previous.prefix == row.prefix && previous.effectiveUntil() > row.effectiveFrom)
            return Error{tr("Rate deck \"%1\", prefix \"%2\": two rows are in effect at the same time "
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
    for (int i = 0; i < deck.m_rows.size(); ++i) {
        const RateRow &row = deck.m_rows[i];
        deck.m_index.add(row.prefix, row.effectiveFrom, row.effectiveUntil(), i);
    }
    return deck;
}

const RateRow *RateDeck::match(QStringView number, qint64 at) const
{
    const int i = m_index.find(number, at);
    return i < 0 ? nullptr : &m_rows[i];
}
