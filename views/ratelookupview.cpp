#include "ratelookupview.h"

#include "ratetable.h"
#include "viewstate.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int SearchLimit = 1000;

} // namespace

RateLookupView::RateLookupView(QWidget *parent)
    : QWidget(parent)
    , m_number(new QLineEdit(this))
    , m_at(new QDateTimeEdit(QDateTime::currentDateTimeUtc(), this))
    , m_matchTable(RateTable::create(u"rateMatchTable"_s, tr("Matching rate in every deck"), this))
    , m_sellDeck(new QComboBox(this))
    , m_buyDeck(new QComboBox(this))
    , m_margin(new QLabel(this))
    , m_query(new QLineEdit(this))
    , m_searchTable(RateTable::create(u"rateSearchTable"_s, tr("Rates found"), this))
    , m_searchStatus(new QLabel(this))
{
    setObjectName(u"rateLookupView"_s);
    setAccessibleName(tr("Rate lookup"));

    m_number->setObjectName(u"lookupNumberEdit"_s);
    m_number->setAccessibleName(tr("Number to look up"));
    m_number->setPlaceholderText(tr("A number, e.g. +44 20 7946 0000"));
    m_number->setClearButtonEnabled(true);
    m_at->setObjectName(u"lookupAtEdit"_s);
    m_at->setAccessibleName(tr("Rates in effect at (UTC)"));
    m_at->setTimeSpec(Qt::UTC);
    m_at->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_at->setCalendarPopup(true);
    m_sellDeck->setObjectName(u"sellDeckCombo"_s);
    m_sellDeck->setAccessibleName(tr("Sell deck"));
    m_buyDeck->setObjectName(u"buyDeckCombo"_s);
    m_buyDeck->setAccessibleName(tr("Buy deck"));
    m_margin->setObjectName(u"marginLabel"_s);
    m_margin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_query->setObjectName(u"rateSearchEdit"_s);
    m_query->setAccessibleName(tr("Search the decks by destination or prefix"));
    m_query->setPlaceholderText(tr("Destination name or prefix, e.g. Canada or 4420"));
    m_query->setClearButtonEnabled(true);
    m_searchStatus->setObjectName(u"searchStatusLabel"_s);

    auto *lookupForm = new QFormLayout;
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(new QLabel(tr("in effect at"), this));
    numberRow->addWidget(m_at);
    lookupForm->addRow(tr("&Number:"), numberRow);
    auto *marginRow = new QHBoxLayout;
    marginRow->addWidget(new QLabel(tr("Sell:"), this));
    marginRow->addWidget(m_sellDeck, 1);
    marginRow->addWidget(new QLabel(tr("Buy:"), this));
    marginRow->addWidget(m_buyDeck, 1);
    lookupForm->addRow(tr("Margin:"), marginRow);
    lookupForm->addRow(QString(), m_margin);
    static_cast<QLabel *>(lookupForm->labelForField(numberRow))->setBuddy(m_number);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(lookupForm);
    topLayout->addWidget(m_matchTable, 1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchForm = new QFormLayout;
    searchForm->addRow(tr("&Search decks:"), m_query);
    bottomLayout->addLayout(searchForm);
    bottomLayout->addWidget(m_searchTable, 1);
    bottomLayout->addWidget(m_searchStatus);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"rateLookupSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    ViewState::restoreHeader(m_matchTable->horizontalHeader(), u"rateLookup/matches"_s);
    ViewState::restoreHeader(m_searchTable->horizontalHeader(), u"rateLookup/search"_s);

    connect(m_number, &QLineEdit::textChanged, this, &RateLookupView::updateMatches);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateMatches();
        updateSearch();
    });
    connect(m_sellDeck, &QComboBox::currentIndexChanged, this, &RateLookupView::updateMargin);
    connect(m_buyDeck, &QComboBox::currentIndexChanged, this, &RateLookupView::updateMargin);
    connect(m_query, &QLineEdit::textChanged, this, &RateLookupView::updateSearch);
    updateMatches();
}

RateLookupView::~RateLookupView()
{
    saveState();
}

void RateLookupView::saveState() const
{
    ViewState::saveHeader(m_matchTable->horizontalHeader(), u"rateLookup/matches"_s);
    ViewState::saveHeader(m_searchTable->horizontalHeader(), u"rateLookup/search"_s);
    if (m_sellDeck->currentIndex() >= 0)
        ViewState::saveValue(u"rateLookup/sellDeck"_s, m_sellDeck->currentText());
    if (m_buyDeck->currentIndex() >= 0)
        ViewState::saveValue(u"rateLookup/buyDeck"_s, m_buyDeck->currentText());
}

void RateLookupView::setDecks(std::shared_ptr<const DeckSet> decks)
{
    m_decks = std::move(decks);
    const QString sell = m_sellDeck->count() ? m_sellDeck->currentText() : ViewState::value(u"rateLookup/sellDeck"_s);
    const QString buy = m_buyDeck->count() ? m_buyDeck->currentText() : ViewState::value(u"rateLookup/buyDeck"_s);
    const QSignalBlocker blockSell(m_sellDeck);
    const QSignalBlocker blockBuy(m_buyDeck);
    m_sellDeck->clear();
    m_buyDeck->clear();
    if (m_decks) {
        for (const RateDeck &deck : m_decks->decks()) {
            m_sellDeck->addItem(deck.name());
            m_buyDeck->addItem(deck.name());
        }
    }
    // By default the first deck sells and the last one buys, until the person picks others.
    m_sellDeck->setCurrentIndex(m_sellDeck->findText(sell) >= 0 ? m_sellDeck->findText(sell) : 0);
    m_buyDeck->setCurrentIndex(m_buyDeck->findText(buy) >= 0 ? m_buyDeck->findText(buy) : m_buyDeck->count() - 1);
    updateMatches();
    updateSearch();
}

void RateLookupView::setNumber(const QString &number)
{
    m_number->setText(number);
}

void RateLookupView::setQuery(const QString &query)
{
    m_query->setText(query);
}

void RateLookupView::setEffectiveAt(qint64 unixSeconds)
{
    m_at->setDateTime(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC));
}

qint64 RateLookupView::effectiveAt() const
{
    return m_at->dateTime().toSecsSinceEpoch();
}

void RateLookupView::updateMatches()
{
    m_matches = m_decks ? m_decks->match(m_number->text(), effectiveAt()) : QList<DeckRow>();
    m_matchTable->setRowCount(int(m_matches.size()));
    for (int row = 0; row < m_matches.size(); ++row)
        RateTable::fillRow(m_matchTable, row, *m_decks, m_matches[row]);
    updateMargin();
}

void RateLookupView::updateMargin()
{
    if (!m_decks || m_decks->isEmpty()) {
        m_margin->setText(tr("This database has no rate decks. Import one with cdrdesk-cli deck import."));
        return;
    }
    if (m_number->text().trimmed().isEmpty()) {
        m_margin->setText(tr("Type a number to see its rate in each of the %n deck(s).", nullptr,
                             int(m_decks->decks().size())));
        return;
    }
    const int sell = m_sellDeck->currentIndex();
    const int buy = m_buyDeck->currentIndex();
    if (sell < 0 || buy < 0 || sell >= m_matches.size() || buy >= m_matches.size())
        return;
    const DeckRow &sellRow = m_matches[sell];
    const DeckRow &buyRow = m_matches[buy];
    if (!sellRow.row || !buyRow.row) {
        m_margin->setText(tr("No margin: deck \"%1\" has no rate for this number.")
                              .arg(m_decks->decks()[sellRow.row ? buy : sell].name()));
        return;
    }
    const std::optional<RateMargin> margin = m_decks->margin(sellRow, buyRow);
    if (!margin) {
        m_margin->setText(tr("No margin: \"%1\" is in %2 and \"%3\" in %4.")
                              .arg(m_decks->decks()[sell].name(), m_decks->decks()[sell].currency(),
                                   m_decks->decks()[buy].name(), m_decks->decks()[buy].currency()));
        return;
    }
    const QString percent = margin->basisPoints
        ? Money::fromUnits(*margin->basisPoints * (Money::UnitsPerWhole / 100)).toString(2)
        : tr("—");
    m_margin->setText(tr("%1 − %2 = <b>%3 %4 per minute</b> (%5 % of the sell rate)")
                          .arg(margin->sell.toString(4), margin->buy.toString(4), margin->perMinute.toString(4),
                               m_decks->decks()[sell].currency(), percent));
}

void RateLookupView::updateSearch()
{
    const QList<DeckRow> found = m_decks ? m_decks->search(m_query->text(), effectiveAt(), SearchLimit + 1)
                                         : QList<DeckRow>();
    const qsizetype shown = qMin<qsizetype>(found.size(), SearchLimit);
    m_searchTable->setRowCount(int(shown));
    for (int row = 0; row < shown; ++row)
        RateTable::fillRow(m_searchTable, row, *m_decks, found[row]);
    if (m_query->text().trimmed().isEmpty())
        m_searchStatus->clear();
    else if (found.size() > SearchLimit)
        m_searchStatus->setText(tr("The first %L1 rates; narrow the search to see the rest.").arg(SearchLimit));
    else
        m_searchStatus->setText(tr("%n rate(s) found.", nullptr, int(shown)));
}
