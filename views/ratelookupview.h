#pragma once

#include "billing/deckset.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

// The rate lookup (issue 6, part 8): a number gives the matching prefix and destination in
// every deck with its rates, and the margin between a chosen sell and buy deck; a query
// searches every deck by destination name or prefix, as getRates' `query` does. Rates are
// those in effect at the chosen moment (now by default). Works on a loaded DeckSet only.
class RateLookupView : public QWidget
{
    Q_OBJECT

public:
    explicit RateLookupView(QWidget *parent = nullptr);
    ~RateLookupView() override;

    void setDecks(std::shared_ptr<const DeckSet> decks);
    [[nodiscard]] const DeckSet *decks() const { return m_decks.get(); }

    void setNumber(const QString &number);
    void setQuery(const QString &query);
    void setEffectiveAt(qint64 unixSeconds);

private:
    void updateMatches();
    void updateMargin();
    void updateSearch();
    [[nodiscard]] qint64 effectiveAt() const;
    void saveState() const;

    std::shared_ptr<const DeckSet> m_decks;
    QList<DeckRow> m_matches;
    QLineEdit *m_number;
    QDateTimeEdit *m_at;
    QTableWidget *m_matchTable;
    QComboBox *m_sellDeck;
    QComboBox *m_buyDeck;
    QLabel *m_margin;
    QLineEdit *m_query;
    QTableWidget *m_searchTable;
    QLabel *m_searchStatus;
};
