// The billing views on real widgets (offscreen) over a real SQLite store with real decks:
// the rate lookup, "explain this charge", re-rating a filter and the main window's wiring.
#include "billing/callrating.h"
#include "billing/chargeplan.h"
#include "billing/customerstore.h"
#include "billing/deckset.h"
#include "billing/ratedeckstore.h"
#include "billingcontroller.h"
#include "billingworld.h"
#include "createcalldialog.h"
#include "explainpanel.h"
#include "invoicesview.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"
#include "ratelookupview.h"
#include "reratedialog.h"
#include "resellerview.h"
#include "daterangebar.h"
#include "whatifview.h"

#include "store/callstore.h"
#include "store/callwriter.h"
#include "store/database.h"
#include "store/storejob.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

RateRow row(const char *prefix, const char *destination, const char *rate, qint64 initial = 60,
            qint64 subsequent = 60, const char *fee = "0")
{
    RateRow r;
    r.prefix = QString::fromLatin1(prefix);
    r.destination = QString::fromLatin1(destination);
    r.rate = money(rate);
    r.initialIncrement = initial;
    r.subsequentIncrement = subsequent;
    r.connectionFee = money(fee);
    return r;
}

// retail sells, carrier buys. London in retail: 0.0125/min at 30/6 with a 0.01 fee.
void saveDecks(Database &database)
{
    RateDeckStore store(database);
    RateRow expired = row("447", "UK mobile (old)", "0.5000");
    expired.effectiveTo = 1000;
    const Result<RateDeck> retail = RateDeck::create(
        u"retail"_s, u"USD"_s, DeckRules{},
        {row("44", "United Kingdom", "0.0200"), row("4420", "United Kingdom - London", "0.0125", 30, 6, "0.0100"),
         expired, row("1", "USA", "0.0100", 6, 6)});
    QVERIFY2(retail, qPrintable(retail.error()));
    QVERIFY(store.save(*retail));
    const Result<RateDeck> carrier = RateDeck::create(
        u"carrier"_s, u"USD"_s, DeckRules{},
        {row("44", "UK", "0.0150"), row("4420", "UK London", "0.0100", 1, 1)});
    QVERIFY2(carrier, qPrintable(carrier.error()));
    QVERIFY(store.save(*carrier));
}

CallRecord call(const QString &uniqueid, const QString &number, qint64 talktime, const QString &status)
{
    CallRecord c;
    c.source = u"local"_s;
    c.recordKey = uniqueid;
    c.uniqueid = uniqueid;
    c.callid = uniqueid;
    c.machine = u"pbx1"_s;
    c.start = 1780000000;
    c.answer = status == u"answer" ? std::optional<qint64>(c.start) : std::nullopt;
    c.talktime = talktime;
    c.totaltime = talktime;
    c.end = c.start + talktime;
    c.scustomer = 7;
    c.dcustomer = 7;
    c.cnumber = number;
    c.status = status;
    c.direction = u"out"_s;
    c.media = u"voice"_s;
    c.currency = u"USD"_s;
    return c;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// BillingWorld in a new SQLite store, every call rated under the customer tree.
std::unique_ptr<Database> ratedWorld(const QTemporaryDir &dir)
{
    auto db = TestSupport::openEmptyStore(u"sqlite"_s, dir);
    if (!db)
        return db;
    BillingWorld::build(*db);
    auto plan = ChargePlan::fromStore(*db);
    if (!plan || !CallRating(*db, std::move(*plan)).run(CallFilter(), false))
        return nullptr;
    return db;
}

std::optional<CallRecord> callByUniqueid(Database &db, const QString &uniqueid)
{
    for (const CallRecord &c : TestSupport::allCalls(db)) {
        if (c.uniqueid == uniqueid)
            return c;
    }
    return std::nullopt;
}

} // namespace

class TestBillingViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseSpec m_spec;
    std::shared_ptr<const DeckSet> m_decks;

    qint64 ratedCost(const QString &uniqueid)
    {
        auto database = Database::open(m_spec);
        if (!database)
            return -1;
        QSqlQuery q((*database)->connection());
        q.prepare(u"SELECT rated_cost FROM calls WHERE uniqueid = ?"_s);
        q.addBindValue(uniqueid);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CDR Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_billingviews"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto database = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
        QVERIFY(database);
        m_spec = database->spec();
        saveDecks(*database);
        CallWriter writer(*database);
        QVERIFY(writer.begin());
        QVERIFY(writer.write(call(u"london-40"_s, u"+44 20 7946 0000"_s, 40, u"answer"_s)));
        QVERIFY(writer.write(call(u"uk-65"_s, u"+44 161 496 0000"_s, 65, u"answer"_s)));
        QVERIFY(writer.write(call(u"us-busy"_s, u"+1 212 555 0100"_s, 0, u"busy"_s)));
        QVERIFY(writer.commit());
        Result<DeckSet> decks = DeckSet::load(*database);
        QVERIFY2(decks, qPrintable(decks.error()));
        m_decks = std::make_shared<const DeckSet>(std::move(*decks));
    }

    void lookupFindsThePrefixAndRatesInEveryDeck()
    {
        RateLookupView view;
        view.show();
        view.setDecks(m_decks);
        view.setEffectiveAt(1780000000);
        auto *number = view.findChild<QLineEdit *>(u"lookupNumberEdit"_s);
        auto *matches = view.findChild<QTableWidget *>(u"rateMatchTable"_s);
        QVERIFY(number && matches);
        QTest::keyClicks(number, u"+44 20 7946 0000"_s);
        // Decks by name: carrier, then retail. Columns: deck, currency, prefix, destination, rate …
        QCOMPARE(matches->rowCount(), 2);
        QCOMPARE(cell(matches, 0, 0), u"carrier"_s);
        QCOMPARE(cell(matches, 0, 2), u"4420"_s);
        QCOMPARE(cell(matches, 0, 4), u"0.0100"_s);
        QCOMPARE(cell(matches, 0, 6), u"1/1"_s);
        QCOMPARE(cell(matches, 1, 0), u"retail"_s);
        QCOMPARE(cell(matches, 1, 2), u"4420"_s);
        QCOMPARE(cell(matches, 1, 3), u"United Kingdom - London"_s);
        QCOMPARE(cell(matches, 1, 4), u"0.0125"_s);
        QCOMPARE(cell(matches, 1, 6), u"30/6"_s);
        QCOMPARE(cell(matches, 1, 7), u"0.0100"_s);

        // Sell retail, buy carrier: 0.0125 − 0.0100 = 0.0025, 20 % of the sell rate.
        view.findChild<QComboBox *>(u"sellDeckCombo"_s)->setCurrentText(u"retail"_s);
        view.findChild<QComboBox *>(u"buyDeckCombo"_s)->setCurrentText(u"carrier"_s);
        const QString margin = view.findChild<QLabel *>(u"marginLabel"_s)->text();
        QVERIFY2(margin.contains(u"0.0125 − 0.0100 = <b>0.0025 USD per minute</b> (20.00 %"_s), qPrintable(margin));

        // A UK mobile: the expired 447 row of retail falls back to 44; carrier has no US rate.
        number->setText(u"447700900123"_s);
        QCOMPARE(cell(matches, 1, 2), u"44"_s);
        QCOMPARE(cell(matches, 1, 4), u"0.0200"_s);
        number->setText(u"12125550100"_s);
        QCOMPARE(cell(matches, 0, 2), u"no prefix matches"_s);
        QCOMPARE(cell(matches, 1, 2), u"1"_s);
        QVERIFY(view.findChild<QLabel *>(u"marginLabel"_s)->text().contains(u"carrier"_s));

        // Search by name (case ignored) and by prefix, rates in effect only.
        auto *query = view.findChild<QLineEdit *>(u"rateSearchEdit"_s);
        auto *found = view.findChild<QTableWidget *>(u"rateSearchTable"_s);
        query->setText(u"london"_s);
        QCOMPARE(found->rowCount(), 2);
        QCOMPARE(cell(found, 0, 3), u"UK London"_s);
        QCOMPARE(cell(found, 1, 3), u"United Kingdom - London"_s);
        query->setText(u"44"_s);
        QCOMPARE(found->rowCount(), 4);
        QCOMPARE(cell(found, 2, 2), u"44"_s);
        QCOMPARE(cell(found, 3, 2), u"4420"_s);
        view.setEffectiveAt(500);
        QCOMPARE(found->rowCount(), 5); // the 447 row was in effect then
    }

    void explainShowsEveryIncrementOfAHandCheckedCall()
    {
        // 40 s to London under retail (30/6, 0.0125/min, fee 0.01): 30 s, then 2 × 6 s = 42 s;
        // 0.0125 × 42 / 60 = 0.00875; + 0.01 = 0.01875, rounded half-up to 4 decimals = 0.0188.
        ExplainPanel panel;
        panel.show();
        panel.setDecks(m_decks);
        QVERIFY(panel.selectDeck(u"retail"_s));
        const CallRecord london = call(u"london-40"_s, u"+44 20 7946 0000"_s, 40, u"answer"_s);
        panel.setCall(&london);
        QVERIFY(panel.charge());
        auto *runs = panel.findChild<QTableWidget *>(u"incrementTable"_s);
        QCOMPARE(runs->rowCount(), 2);
        // From second, blocks, block length, billed seconds, free seconds, rate, kind.
        QCOMPARE(cell(runs, 0, 0), u"0"_s);
        QCOMPARE(cell(runs, 0, 1), u"1"_s);
        QCOMPARE(cell(runs, 0, 3), u"30"_s);
        QCOMPARE(cell(runs, 0, 5), u"0.0125"_s);
        QCOMPARE(cell(runs, 0, 6), u"first block"_s);
        QCOMPARE(cell(runs, 1, 0), u"30"_s);
        QCOMPARE(cell(runs, 1, 1), u"2"_s);
        QCOMPARE(cell(runs, 1, 3), u"12"_s);
        QCOMPARE(cell(runs, 1, 6), u"subsequent blocks"_s);
        QVERIFY(panel.findChild<QLabel *>(u"explainRowLabel"_s)->text().contains(u"<b>4420</b>"_s));
        const QString totals = panel.findChild<QLabel *>(u"explainTotalsLabel"_s)->text();
        QVERIFY2(totals.contains(u"Billed 42 s of 40 s"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"usage 0.00875 "_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"cost 0.0188 USD"_s), qPrintable(totals));
        QStringList steps;
        auto *list = panel.findChild<QListWidget *>(u"explainSteps"_s);
        for (int i = 0; i < list->count(); ++i)
            steps.append(list->item(i)->text());
        const QString text = steps.join(u'\n');
        QVERIFY2(text.contains(u"Rounded half-up to 4 decimals: 0.01875 → 0.0188."_s), qPrintable(text));

        // Another deck explains the same call differently: carrier bills 1 s, then 39 × 1 s.
        QVERIFY(panel.selectDeck(u"carrier"_s));
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(cell(runs, 1, 1), u"39"_s);
        QCOMPARE(panel.charge()->billedSeconds, 40);
        panel.setCall(nullptr);
        QVERIFY(!panel.charge());
        QCOMPARE(runs->rowCount(), 0);
    }

    void explainShowsTheChargeOfEveryDeckThatApplies()
    {
        // BillingWorld's u1: Client A, 90 s to 44 at 60/60 (120 s billed): A pays 0.20 under
        // retail, the reseller 0.12 under wholesale, the system 0.04 under carrier.
        QTemporaryDir dir;
        auto db = TestSupport::openEmptyStore(u"sqlite"_s, dir);
        QVERIFY(db);
        BillingWorld::build(*db);
        Result<DeckSet> decks = DeckSet::load(*db);
        QVERIFY(decks);
        Result<CustomerTree> customers = CustomerStore(*db).tree();
        QVERIFY(customers);
        ExplainPanel panel;
        panel.show();
        panel.setDecks(std::make_shared<const DeckSet>(std::move(*decks)));
        const CallRecord u1 = BillingWorld::calls().first();
        panel.setCall(&u1);
        auto *payers = panel.findChild<QTableWidget *>(u"explainPayersTable"_s);
        QCOMPARE(payers->rowCount(), 0); // no tree yet: only the chosen deck
        QVERIFY(panel.findChild<QLabel *>(u"explainPayersLabel"_s)->text().contains(u"no customer tree"_s));
        panel.setCustomers(std::make_shared<const CustomerTree>(std::move(*customers)));
        QCOMPARE(payers->rowCount(), 3);
        const QStringList expected[] = {{u"Client A"_s, u"client"_s, u"retail"_s, u"44"_s, u"0.2000 USD"_s},
                                        {u"Reseller"_s, u"reseller"_s, u"wholesale"_s, u"44"_s, u"0.1200 USD"_s},
                                        {u"System"_s, u"system"_s, u"carrier"_s, u"44"_s, u"0.0400 USD"_s}};
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 5; ++column)
                QCOMPARE(cell(payers, row, column), expected[row][column]);
        }
        QCOMPARE(panel.payerCharges().size(), 3);
        // Picking a payer explains its deck step by step below.
        payers->setCurrentCell(1, 0);
        QCOMPARE(panel.findChild<QComboBox *>(u"explainDeckCombo"_s)->currentText(), u"wholesale"_s);
        QVERIFY(panel.charge());
        QCOMPARE(panel.charge()->cost, BillingWorld::money(u"0.12"));
        payers->setCurrentCell(2, 0);
        QCOMPARE(panel.charge()->cost, BillingWorld::money(u"0.04"));
        QCOMPARE(payers->rowCount(), 3); // choosing a deck leaves the list of every deck alone

        // A call of a customer outside the tree: no deck applies, the chosen one still explains.
        CallRecord stranger = u1;
        stranger.scustomer = 999;
        panel.setCall(&stranger);
        QCOMPARE(payers->rowCount(), 0);
        QVERIFY(panel.findChild<QLabel *>(u"explainPayersLabel"_s)->text().contains(u"999"_s));
        QVERIFY(panel.charge());
        panel.setCall(nullptr);
        QCOMPARE(payers->rowCount(), 0);
    }

    void rerateDialogRatesTheFilterInAWorker()
    {
        CallFilter filter;
        RerateDialog dialog(m_decks, m_spec, filter);
        dialog.show();
        auto *deck = dialog.findChild<QComboBox *>(u"rerateDeckCombo"_s);
        deck->setCurrentIndex(deck->findData(u"retail"_s));
        QSignalSpy rated(&dialog, &RerateDialog::callsRated);

        // A dry run adds up and writes nothing.
        dialog.findChild<QCheckBox *>(u"rerateDryRunCheck"_s)->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"rerateStartButton"_s), Qt::LeftButton);
        QSignalSpy finished(dialog.job(), &StoreJob::finished);
        QVERIFY(finished.wait(10000));
        // 0.0188 (London) + 0.0400 (65 s at 60/60, 0.02) + 0 (busy) = 0.0588.
        QVERIFY2(dialog.statusText().contains(u"Dry run"_s) && dialog.statusText().contains(u"total 0.0588 USD"_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(rated.count(), 0);
        QCOMPARE(ratedCost(u"london-40"_s), 0);

        dialog.findChild<QCheckBox *>(u"rerateDryRunCheck"_s)->setChecked(false);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"rerateStartButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialog.statusText().startsWith(u"3 calls rated: 2 billable, 0 without"_s), qPrintable(dialog.statusText()));
        QCOMPARE(rated.count(), 1);
        QCOMPARE(ratedCost(u"london-40"_s), money("0.0188").units());
        QCOMPARE(ratedCost(u"uk-65"_s), money("0.04").units());
        QCOMPARE(ratedCost(u"us-busy"_s), 0);
        QCOMPARE(dialog.findChild<QProgressBar *>(u"rerateProgress"_s)->value(), 1000);
    }

    void mainWindowLoadsDecksAndExplainsTheSelectedCall()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(window.billing(), &BillingController::decksLoaded);
        window.openDatabase(m_spec);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.billing()->decks()->decks().size(), 2);
        QVERIFY(window.findChild<QMenu *>(u"billingMenu"_s));
        QVERIFY(window.findChild<QAction *>(u"rerateAction"_s));

        window.findChild<QAction *>(u"explainAction"_s)->trigger();
        ExplainPanel *panel = window.billing()->explainPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->selectDeck(u"retail"_s));
        auto *grid = window.findChild<QTableView *>(u"callTable"_s);
        QTRY_COMPARE(grid->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QTRY_VERIFY(window.callModel()->record(row));
            grid->setCurrentIndex(grid->model()->index(row, 0));
            QVERIFY(panel->charge());
            const CallRecord *shown = window.callModel()->record(row);
            const qint64 expected = shown->uniqueid == u"london-40" ? money("0.0188").units()
                                  : shown->uniqueid == u"uk-65" ? money("0.04").units() : 0;
            QCOMPARE(panel->charge()->cost.units(), expected);
        }

        window.findChild<QAction *>(u"rateLookupAction"_s)->trigger();
        QVERIFY(window.billing()->lookupView()->isVisible());
        QCOMPARE(window.billing()->lookupView()->decks()->decks().size(), 2);

        // The reseller view's drill-down narrows the grid to that customer and its clients.
        auto *resellers = window.findChild<ResellerView *>();
        QVERIFY(resellers);
        Q_EMIT resellers->showCallsRequested(42, u"Reseller"_s);
        QCOMPARE(window.callModel()->filter().customer, CustomerScope::Id);
        QCOMPARE(window.callModel()->filter().customerId, 42);
        QVERIFY(window.callModel()->filter().recurse);
    }

    // Below: the views over the billing engineer's model classes, on BillingWorld (see
    // tests/billingworld.h: retail/wholesale/carrier decks, System → Reseller → Client A, and a
    // direct client; calls u1…u5), rated under the customer tree.
    void createCallDialogWritesSpecDefaultsAndNamesTheBadField()
    {
        QTemporaryDir dir;
        auto db = ratedWorld(dir);
        QVERIFY(db);
        CreateCallDialog dialog(db->spec());
        dialog.show();
        // Every parameter of spec 000 has a line, its default as the placeholder.
        auto *dcustomer = dialog.findChild<QLineEdit *>(u"dcustomerEdit"_s);
        QVERIFY(dcustomer);
        QCOMPARE(dcustomer->placeholderText(), u"Same as scustomer."_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"mediaEdit"_s)->placeholderText(), u"voice"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"update_balanceEdit"_s)->placeholderText(), u"1"_s);

        dialog.setValue(u"uniqueid"_s, u"gui-1"_s);
        dialog.setValue(u"machine"_s, u"pbx9"_s);
        dialog.setValue(u"start"_s, QString::number(BillingWorld::Jan2026 + 100));
        dialog.setValue(u"end"_s, QString::number(BillingWorld::Jan2026 + 145));
        dialog.setValue(u"scustomer"_s, u"40"_s);
        dialog.setValue(u"cnumber"_s, u"442079460009"_s);
        dialog.setValue(u"cost"_s, u"0.10"_s);
        QSignalSpy finished(dialog.job(), &StoreJob::finished);
        QSignalSpy created(&dialog, &CreateCallDialog::callCreated);

        // Validate only: 201, nothing written.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"validateOnlyButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialog.statusText().contains(u"201"_s), qPrintable(dialog.statusText()));
        QVERIFY(!callByUniqueid(*db, u"gui-1"_s));

        // Bad input: the field is named next to its line, nothing written.
        dialog.setValue(u"media"_s, u"pigeon"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"createCallButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(!dialog.fieldError(u"media"_s).isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(u"mediaError"_s)->isVisible());
        QVERIFY2(dialog.statusText().startsWith(u"Not created: media: "_s), qPrintable(dialog.statusText()));
        QVERIFY(dialog.fieldError(u"start"_s).isEmpty());
        QCOMPARE(created.count(), 0);
        QVERIFY(!callByUniqueid(*db, u"gui-1"_s));

        // Fixed: created with every default of spec 000.
        dialog.setValue(u"media"_s, QString());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"createCallButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialog.statusText().contains(u"204"_s), qPrintable(dialog.statusText()));
        QVERIFY(dialog.fieldError(u"media"_s).isEmpty());
        QCOMPARE(created.count(), 1);
        const std::optional<CallRecord> stored = callByUniqueid(*db, u"gui-1"_s);
        QVERIFY(stored);
        QCOMPARE(stored->dcustomer, 40);
        QCOMPARE(stored->callid, u"gui-1"_s);
        QCOMPARE(stored->talktime, 45);
        QCOMPARE(stored->totaltime, 45);
        QCOMPARE(stored->media, u"voice"_s);
        QCOMPARE(stored->status, u"answer"_s);
        QCOMPARE(stored->cost, money("0.10"));
    }

    void invoiceReviewFlagsAHandAlteredCall()
    {
        QTemporaryDir dir;
        auto db = ratedWorld(dir);
        QVERIFY(db);
        // Client A's charge for u1 was 0.20 (120 s at 0.10); bill it at 0.25 by hand.
        QSqlQuery alter(db->connection());
        alter.prepare(u"UPDATE call_charges SET cost = ? WHERE role = 'client' AND call_id = "
                      "(SELECT id FROM calls WHERE uniqueid = 'u1')"_s);
        alter.addBindValue(money("0.25").units());
        QVERIFY(alter.exec());

        InvoicesView view;
        view.show();
        QSignalSpy finished(view.job(), &StoreJob::finished);
        view.setDatabase(db->spec());
        QVERIFY(finished.wait(10000));
        view.generate(10, BillingWorld::Jan2026, BillingWorld::Feb2026);
        QVERIFY(finished.wait(10000));
        QVERIFY2(view.openInvoice(), qPrintable(view.statusText()));
        QCOMPARE(view.invoices().size(), 1);
        QCOMPARE(view.findChild<QTableWidget *>(u"invoiceTable"_s)->rowCount(), 1);

        auto *calls = view.findChild<QTableWidget *>(u"reviewCallTable"_s);
        auto *destinations = view.findChild<QTableWidget *>(u"reviewDestinationTable"_s);
        // Flag, start, uniqueid, number, destination, billed, re-rated, difference.
        QCOMPARE(calls->rowCount(), 3);
        int flagged = 0;
        for (int row = 0; row < calls->rowCount(); ++row) {
            if (cell(calls, row, 0).isEmpty())
                continue;
            ++flagged;
            QCOMPARE(cell(calls, row, 2), u"u1"_s);
            QCOMPARE(cell(calls, row, 5), u"0.25"_s);
            QCOMPARE(cell(calls, row, 6), u"0.20"_s);
            QCOMPARE(cell(calls, row, 7), u"-0.05"_s);
        }
        QCOMPARE(flagged, 1);
        // Destination, calls, differing, billed, re-rated, difference: u1 and u4 are landlines.
        QCOMPARE(destinations->rowCount(), 2);
        QCOMPARE(cell(destinations, 0, 0), u"United Kingdom"_s);
        QCOMPARE(cell(destinations, 0, 2), u"1"_s);
        QCOMPARE(cell(destinations, 0, 5), u"-0.05"_s);
        QCOMPARE(cell(destinations, 1, 2), u"0"_s);
        QVERIFY(view.findChild<QLabel *>(u"reviewSummaryLabel"_s)->text().contains(u"1 call(s) differ"_s));

        // Issue, export, void.
        view.issueOpen();
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.openInvoice()->status, u"issued"_s);
        const QString pdf = dir.filePath(u"invoice.pdf"_s);
        QVERIFY2(view.exportPdf(pdf), qPrintable(view.statusText()));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString csv = dir.filePath(u"invoice.csv"_s);
        QVERIFY(view.exportCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains(view.openInvoice()->total.toString(2).toUtf8()));
        view.voidOpen();
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.openInvoice()->status, u"void"_s);
    }

    void resellerViewTotalsEqualHandSums()
    {
        QTemporaryDir dir;
        auto db = ratedWorld(dir);
        QVERIFY(db);
        ResellerView view;
        view.show();
        view.rangeBar()->setCustomRange(BillingWorld::Jan2026, BillingWorld::Feb2026);
        QSignalSpy finished(view.job(), &StoreJob::finished);
        view.setDatabase(db->spec());
        QTRY_VERIFY_WITH_TIMEOUT(!view.job()->isBusy() && !view.rows().isEmpty(), 10000);
        auto *tree = view.findChild<QTreeWidget *>(u"resellerTree"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        // Customer, role, calls, minutes, revenue, cost, margin, own margin, uncosted.
        // January by hand: Client A paid 0.20 + 0.30 for u1, u2 (and busy u4), which cost the
        // reseller 0.12 + 0.18; the reseller paid 0.30, costing the system 0.04 + 0.05; the
        // direct client paid 0.10 for u3, costing 0.02.
        QTreeWidgetItem *system = tree->topLevelItem(0);
        QCOMPARE(system->text(0), u"System"_s);
        QCOMPARE(system->text(2), u"4"_s);
        QCOMPARE(system->text(4), u"0.40 USD"_s);
        QCOMPARE(system->text(5), u"0.11 USD"_s);
        QCOMPARE(system->text(6), u"0.29 USD"_s);
        QCOMPARE(system->childCount(), 2);
        QTreeWidgetItem *reseller = system->child(0);
        QCOMPARE(reseller->text(0), u"Reseller"_s);
        QCOMPARE(reseller->text(3), u"2.00"_s); // 90 + 30 s
        QCOMPARE(reseller->text(4), u"0.30 USD"_s);
        QCOMPARE(reseller->text(5), u"0.09 USD"_s);
        QCOMPARE(reseller->text(6), u"0.21 USD"_s);
        QCOMPARE(reseller->text(7), u"0.20 USD"_s);
        QTreeWidgetItem *client = reseller->child(0);
        QCOMPARE(client->text(0), u"Client A"_s);
        QCOMPARE(client->text(2), u"3"_s);
        QCOMPARE(client->text(4), u"0.50 USD"_s);
        QCOMPARE(client->text(5), u"0.30 USD"_s);
        QCOMPARE(client->text(6), u"0.20 USD"_s);
        QTreeWidgetItem *direct = system->child(1);
        QCOMPARE(direct->text(4), u"0.10 USD"_s);
        QCOMPARE(direct->text(6), u"0.08 USD"_s);
        // The system's margin is the sum of its children's margins, by hand 0.21 + 0.08.
        QCOMPARE(system->text(7), u"0.29 USD"_s);

        // Drill down: double-clicking Client A asks for its calls.
        QSignalSpy drill(&view, &ResellerView::showCallsRequested);
        tree->setCurrentItem(client);
        QTest::mouseClick(view.findChild<QPushButton *>(u"showCustomerCallsButton"_s), Qt::LeftButton);
        QCOMPARE(drill.count(), 1);
        QCOMPARE(drill.first().at(0).toLongLong(), 10);
    }

    void whatIfShowsTheDifferencePerDestinationAndCustomer()
    {
        QTemporaryDir dir;
        auto db = ratedWorld(dir);
        QVERIFY(db);
        Result<DeckSet> decks = DeckSet::load(*db);
        QVERIFY(decks);
        CallFilter january;
        january.start = BillingWorld::Jan2026;
        january.end = BillingWorld::Feb2026;
        // Wholesale (0.06 / 0.18) in place of retail (0.10 / 0.30): the clients pay less.
        WhatIfView view(std::make_shared<const DeckSet>(std::move(*decks)), db->spec(), january);
        view.show();
        QVERIFY(view.selectDecks(u"wholesale"_s, u"retail"_s));
        QSignalSpy finished(view.job(), &StoreJob::finished);
        QTest::mouseClick(view.findChild<QPushButton *>(u"whatIfStartButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        auto *byCustomer = view.findChild<QTableWidget *>(u"whatIfCustomerTable"_s);
        // Client A: revenue 0.50 → 0.30 (u1 0.12 + u2 0.18), cost 0.30 stays, margin 0.20 → 0.00.
        int clientRow = -1;
        for (int row = 0; row < byCustomer->rowCount(); ++row) {
            if (cell(byCustomer, row, 0) == u"Client A")
                clientRow = row;
        }
        QVERIFY(clientRow >= 0);
        QCOMPARE(cell(byCustomer, clientRow, 2), u"0.50"_s);
        QCOMPARE(cell(byCustomer, clientRow, 3), u"0.30"_s);
        QCOMPARE(cell(byCustomer, clientRow, 8), u"-0.20"_s);
        QVERIFY(view.findChild<QTableWidget *>(u"whatIfDestinationTable"_s)->rowCount() >= 2);
        QVERIFY2(view.statusText().contains(u"Nothing was written"_s), qPrintable(view.statusText()));
    }
};

QTEST_MAIN(TestBillingViews)
#include "tst_billingviews.moc"
