#include "deckset.h"

#include "ratedeckstore.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    return digits;
}

bool isNumberQuery(const QString &query)
{
    return std::all_of(query.cbegin(), query.cend(), [](QChar c) {
        return (c.isDigit() && c.unicode() < 128) || c == u'+' || c.isSpace();
    });
}

} // namespace

Result<DeckSet> DeckSet::load(Database &database, const ProgressCallback &progress)
{
    RateDeckStore store(database);
    const Result<QList<DeckSummary>> summaries = store.list();
    if (!summaries)
        return Error{summaries.error()};
    QList<DeckSummary> sorted = *summaries;
    std::sort(sorted.begin(), sorted.end(), [](const DeckSummary &a, const DeckSummary &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QList<RateDeck> decks;
    for (const DeckSummary &summary : sorted) {
        if (progress && !progress(decks.size(), sorted.size()))
            return Error{QCoreApplication::translate("DeckSet", "Loading the rate decks was cancelled.")};
        Result<RateDeck> deck = store.load(summary.name);
        if (!deck)
            return Error{deck.error()};
        decks.append(std::move(*deck));
    }
    if (progress)
        progress(decks.size(), decks.size());
    return DeckSet(std::move(decks));
}

int DeckSet::indexOf(const QString &name) const
{
    for (int i = 0; i < m_decks.size(); ++i) {
        if (m_decks[i].name() == name)
            return i;
    }
    return -1;
}

QList<DeckRow> DeckSet::match(const QString &number, qint64 at) const
{
    const QString digits = digitsOf(number);
    QList<DeckRow> rows;
    for (int i = 0; i < m_decks.size(); ++i)
        rows.append({i, digits.isEmpty() ? nullptr : m_decks[i].match(digits, at)});
    return rows;
}

QList<DeckRow> DeckSet::search(const QString &query, qint64 at, int limit) const
{
    const QString text = query.trimmed();
    QList<DeckRow> found;
    if (text.isEmpty())
        return found;
    const bool byPrefix = isNumberQuery(text);
    const QString digits = digitsOf(text);
    for (int i = 0; i < m_decks.size(); ++i) {
        QList<const RateRow *> rows;
        for (const RateRow &row : m_decks[i].rows()) {
            if (!row.isEffectiveAt(at))
                continue;
            if (byPrefix ? row.prefix.startsWith(digits) : row.destination.contains(text, Qt::CaseInsensitive))
                rows.append(&row);
        }
        std::sort(rows.begin(), rows.end(), [](const RateRow *a, const RateRow *b) { return a->prefix < b->prefix; });
        for (const RateRow *row : rows) {
            if (found.size() >= limit)
                return found;
            found.append({i, row});
        }
    }
    return found;
}

std::optional<RateMargin> DeckSet::margin(const DeckRow &sell, const DeckRow &buy) const
{
    if (!sell.row || !buy.row || sell.deck < 0 || buy.deck < 0
        || m_decks[sell.deck].currency() != m_decks[buy.deck].currency())
        return std::nullopt;
    RateMargin margin;
    margin.sell = sell.row->rate;
    margin.buy = buy.row->rate;
    const std::optional<Money> perMinute = margin.sell.minus(margin.buy);
    if (!perMinute)
        return std::nullopt;
    margin.perMinute = *perMinute;
    if (!margin.sell.isZero()) {
        // Rates are far below 2^63 / 10000 units, so the product cannot overflow in practice;
        // __int128 keeps it exact regardless.
        const __int128 scaled = __int128(margin.perMinute.units()) * 10000;
        margin.basisPoints = qint64(scaled / margin.sell.units());
    }
    return margin;
}
