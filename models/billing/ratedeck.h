#pragma once

#include "deckrules.h"
#include "prefixindex.h"
#include "raterow.h"

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// The field of a rate row a problem concerns, so that an importer can name its own column.
enum class RateField {
    Prefix,
    Rate,
    SubsequentRate,
    OffpeakRate,
    InitialIncrement,
    SubsequentIncrement,
    ConnectionFee,
    MinimumDuration,
    EffectiveTo,
};

struct RowProblem
{
    RateField field;
    QString message;   // translated, without the row's place ("is below 1 second")
};

// A named set of rate rows in one currency under explicit rules, indexed for longest-prefix
// lookup. Built through create(), which refuses rows that could never be rated unambiguously.
class RateDeck
{
public:
    RateDeck() = default;

    // Checks every row (digits-only prefix, increments of at least one second, non-negative
    // money, a period that is not empty, no two rows for one prefix in effect at once) and
    // builds the index. The error names the deck, the row's prefix and the field.
    [[nodiscard]] static Result<RateDeck> create(const QString &name, const QString &currency,
                                                 const DeckRules &rules, QList<RateRow> rows);

    // The first problem of one row on its own (the checks of create() but the overlap), or none.
    [[nodiscard]] static std::optional<RowProblem> checkRow(const RateRow &row);
    // Two rows of one prefix in effect at once (positions in `rows`, the one starting first, or
    // the earlier of two starting together, first), or none.
    [[nodiscard]] static std::optional<std::pair<qsizetype, qsizetype>> findOverlap(const QList<RateRow> &rows);

    [[nodiscard]] qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &currency() const { return m_currency; }
    [[nodiscard]] const DeckRules &rules() const { return m_rules; }
    void setRules(const DeckRules &rules) { m_rules = rules; }
    [[nodiscard]] const QList<RateRow> &rows() const { return m_rows; }

    // The row with the longest prefix of `number` (digits; reading stops at the first other
    // character) in effect at `at`, or nullptr.
    [[nodiscard]] const RateRow *match(QStringView number, qint64 at) const;

private:
    qint64 m_id = 0;
    QString m_name;
    QString m_currency;
    DeckRules m_rules;
    QList<RateRow> m_rows;
    PrefixIndex m_index;
};
