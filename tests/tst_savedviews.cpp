// The saved views' store on every backend, the list and customer-tree models that read the
// store through a StoreWorker, and the grid's "filter by / exclude this value" rules.
#include "billing/customerstore.h"
#include "itemmodels/customertreemodel.h"
#include "itemmodels/savedviewmodel.h"
#include "store/cellfilter.h"
#include "store/database.h"
#include "store/savedviewstore.h"
#include "store/storeworker.h"

#include "demo/demoplan.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// A view that uses many kinds of filter: negation, several values, awkward text.
SavedView richView(const QString &name)
{
    SavedView view;
    view.name = name;
    view.filter.snumber = {{u"44"_s, u"_1NXXNXXXXXX"_s}, MatchMode::Start, true};
    view.filter.callername = {{u"O'Brien, \"Jr\" 😀 % _"_s}, MatchMode::Contains, false};
    view.filter.statuses = {u"answered"_s, u"busy"_s};
    view.filter.customer = CustomerScope::Id;
    view.filter.customerId = 2;
    view.filter.recurse = true;
    view.filter.talktimeMinimum = 10;
    view.filter.talktimeMaximum = 600;
    view.filter.callbilling = u"billed"_s;
    view.filter.search = u"Müller"_s;
    view.filter.sort = u"cost"_s;
    view.filter.descending = true;
    view.period = u"last7days"_s;
    view.columns = {CallField::Cost, CallField::Start, CallField::Snumber, CallField::Sname};
    return view;
}

// What the store gives back: the same view with its id and time.
SavedView stored(SavedView view, const SavedView &from)
{
    view.id = from.id;
    view.updated = from.updated;
    return view;
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shouldRoundTripViewsThroughTheStore_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }

    void shouldRoundTripViewsThroughTheStore()
    {
        QFETCH(QString, backend);
        auto db = TestSupport::openEmptyStore(backend, m_dir);
        QVERIFY(db);
        SavedViewStore store(*db);
        QCOMPARE(store.list()->size(), 0);

        const SavedView rich = richView(u"  Gold customers  "_s);
        const Result<qint64> id = store.save(rich);
        QVERIFY2(id, qPrintable(id.error()));
        SavedView plain;
        plain.name = u"Alle Anrufe"_s;
        const Result<qint64> plainId = store.save(plain);
        QVERIFY2(plainId, qPrintable(plainId.error()));

        Result<QList<SavedView>> views = store.list();
        QVERIFY2(views, qPrintable(views.error()));
        QCOMPARE(views->size(), 2);
        // By name in code point order; the name is trimmed.
        QCOMPARE(views->at(0).name, u"Alle Anrufe"_s);
        QCOMPARE(views->at(1).name, u"Gold customers"_s);
        QCOMPARE(views->at(1).id, *id);
        QVERIFY(views->at(1).updated > 1700000000);
        SavedView expected = rich;
        expected.name = u"Gold customers"_s;
        QCOMPARE(views->at(1), stored(expected, views->at(1)));
        QVERIFY(views->at(0).filter == CallFilter{});
        QVERIFY(views->at(0).columns.isEmpty());

        // Saving under an existing name replaces that view, keeping its id.
        SavedView changed = expected;
        changed.filter.status = {{u"answer"_s}, MatchMode::Contains, false};  // exact-only: no match mode
        changed.columns = {CallField::Start};
        QCOMPARE(*store.save(changed), *id);
        views = store.list();
        QCOMPARE(views->size(), 2);
        QCOMPARE(views->at(1), stored(changed, views->at(1)));

        // Rename: not onto another view's name; then to a free one.
        const Result<void> clash = store.rename(*id, u"Alle Anrufe"_s);
        QVERIFY(!clash);
        QVERIFY2(clash.error().contains(u"Alle Anrufe"_s), qPrintable(clash.error()));
        QVERIFY(store.rename(*id, u"Zürich premium"_s));
        QVERIFY(store.rename(*id, u"Zürich premium"_s));  // the same name again is fine
        views = store.list();
        QCOMPARE(views->at(1).name, u"Zürich premium"_s);
        QCOMPARE(views->at(1).filter, changed.filter);
        QVERIFY(!store.rename(987654, u"Nobody"_s));

        QVERIFY(store.remove(views->at(0).id));
        views = store.list();
        QCOMPARE(views->size(), 1);
        QCOMPARE(views->at(0).id, *id);
    }

    void shouldRefuseBadNamesAndInvalidFilters()
    {
        auto db = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
        QVERIFY(db);
        SavedViewStore store(*db);
        SavedView view;
        view.name = u"   "_s;
        QVERIFY(!store.save(view));
        view.name = QString(SavedViewStore::MaxNameLength + 1, u'x');
        const Result<qint64> tooLong = store.save(view);
        QVERIFY(!tooLong);
        QVERIFY2(tooLong.error().contains(QString::number(SavedViewStore::MaxNameLength)), qPrintable(tooLong.error()));
        view.name = u"Bad"_s;
        view.filter.sort = u"nonsense"_s;
        const Result<qint64> invalid = store.save(view);
        QVERIFY(!invalid);
        QVERIFY2(invalid.error().contains(u"sort"_s), qPrintable(invalid.error()));
        QCOMPARE(store.list()->size(), 0);
    }

    void shouldNameTheViewWhoseStoredFilterIsBroken()
    {
        auto db = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
        QVERIFY(db);
        SavedViewStore store(*db);
        QVERIFY(store.save(richView(u"Broken one"_s)));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"UPDATE saved_views SET filter = '{\"smatch\": 12'"_s));
        const Result<QList<SavedView>> views = store.list();
        QVERIFY(!views);
        QVERIFY2(views.error().contains(u"Broken one"_s), qPrintable(views.error()));
    }

    void shouldListAndChangeViewsThroughTheWorker()
    {
        const DatabaseSpec spec = DatabaseSpec::sqlite(m_dir.filePath(u"worker.db"_s));
        QVERIFY(Database::open(spec, Database::OpenMode::CreateIfMissing));
        StoreWorker worker;
        SavedViewModel model(&worker);
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &SavedViewModel::loaded);
        QSignalSpy errors(&model, &SavedViewModel::errorOccurred);
        model.reload();  // no database yet: nothing happens
        worker.setDatabase(spec);
        model.save(richView(u"Busy hour"_s));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"Busy hour"_s);
        QVERIFY(model.index(0).data(SavedViewModel::SummaryRole).toString().contains(u"snumber"_s));
        const qint64 id = model.index(0).data(SavedViewModel::IdRole).toLongLong();
        QVERIFY(model.find(u"Busy hour"_s));

        SavedView second;
        second.name = u"All"_s;
        model.save(second);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        model.rename(id, u"All"_s);  // taken
        QVERIFY(loaded.wait(10000));
        QCOMPARE(errors.size(), 1);
        model.remove(id);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"All"_s);

        // What another operator saved shows on the next reload.
        auto db = Database::open(spec);
        QVERIFY(SavedViewStore(**db).save(richView(u"Theirs"_s)));
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.find(u"Theirs"_s));
    }

    void shouldDropAnswersForAReplacedDatabase()
    {
        const DatabaseSpec first = DatabaseSpec::sqlite(m_dir.filePath(u"first.db"_s));
        const DatabaseSpec second = DatabaseSpec::sqlite(m_dir.filePath(u"second.db"_s));
        for (const DatabaseSpec &spec : {first, second})
            QVERIFY(Database::open(spec, Database::OpenMode::CreateIfMissing));
        QVERIFY(SavedViewStore(**Database::open(first)).save(richView(u"Only in first"_s)));
        StoreWorker worker;
        SavedViewModel model(&worker);
        QSignalSpy loaded(&model, &SavedViewModel::loaded);
        QSignalSpy idle(&worker, &StoreWorker::idle);
        worker.setDatabase(first);
        model.reload();
        worker.setDatabase(second);  // before the first answer arrives
        model.reload();
        QVERIFY(idle.wait(10000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldBuildTheCustomerTree_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : TestSupport::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }

    void shouldBuildTheCustomerTree()
    {
        QFETCH(QString, backend);
        auto db = TestSupport::openEmptyStore(backend, m_dir);
        QVERIFY(db);
        QSqlQuery insert(db->connection());
        insert.prepare(u"INSERT INTO customers (id, parent_id, name, role, billing, currency, balance, taxes) "
                       "VALUES (?, ?, ?, ?, ?, 'USD', 0, '')"_s);
        for (const DemoPlan::Customer &customer : DemoPlan::customers()) {
            insert.addBindValue(customer.id);
            insert.addBindValue(customer.parentId ? QVariant(customer.parentId) : QVariant(QMetaType::fromType<qint64>()));
            insert.addBindValue(customer.name);
            insert.addBindValue(customer.role);
            insert.addBindValue(customer.billing);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        const Result<QList<Customer>> customers = CustomerStore(*db).list();
        QVERIFY2(customers, qPrintable(customers.error()));
        QCOMPARE(customers->size(), DemoPlan::customers().size());

        StoreWorker worker;
        CustomerTreeModel model(&worker);
        QAbstractItemModelTester tester(&model);
        worker.setDatabase(db->spec());
        QSignalSpy loaded(&model, &CustomerTreeModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.customerCount(), DemoPlan::customers().size());
        QCOMPARE(model.rowCount(), 1);  // the system root
        QCOMPARE(model.index(0, 0).data().toString(), u"System"_s);
        for (const DemoPlan::Customer &customer : DemoPlan::customers()) {
            const QModelIndex index = model.indexOf(customer.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data().toString(), customer.name);
            QCOMPARE(index.data(CustomerTreeModel::IdRole).toLongLong(), customer.id);
            QCOMPARE(index.siblingAtColumn(CustomerTreeModel::BillingColumn).data().toString(), customer.billing);
            QCOMPARE(model.parent(index).data(CustomerTreeModel::IdRole).toLongLong(), customer.parentId);
        }
        QCOMPARE(model.rowCount(model.indexOf(2)), 5);
        QCOMPARE(model.label(23), u"Café Lumière (#23)"_s);
        QCOMPARE(model.label(999), u"#999"_s);
    }

    void shouldNarrowByACell_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("exclude");
        QTest::addColumn<QString>("parameters");  // toParameters() of the result, or "-" when refused

        const auto row = [](const char *name, CallField field, const QVariant &value, bool exclude, const QString &expected) {
            QTest::newRow(name) << int(field) << value << exclude << expected;
        };
        row("snumber keep", CallField::Snumber, u"+442079460000"_s, false, u"smatch=exact snumber=+442079460000"_s);
        row("snumber exclude", CallField::Snumber, u"+442079460000"_s, true,
            u"smatch=exact snumber=+442079460000 snumber_not=1"_s);
        row("caller name with comma", CallField::Sname, u"Smith, John"_s, false,
            u"callername_match=exact callername_number=Smith,, John"_s);
        row("status exclude", CallField::Status, u"busy"_s, true, u"status=busy status_not=1"_s);
        row("accountcode", CallField::Accountcode, u"acct-7"_s, false, u"account=acct-7"_s);
        row("scustomer", CallField::Scustomer, 12, false, u"customer=12"_s);
        row("scustomer exclude", CallField::Scustomer, 12, true, u"-"_s);
        row("peer", CallField::Peer, 5, false, u"peer=5"_s);
        row("peer 0 is any", CallField::Peer, 0, false, u"-"_s);
        row("talktime", CallField::Talktime, 42, false, u"talktime_maximum=42 talktime_minimum=42"_s);
        row("start", CallField::Start, 1790000000, false, u"-"_s);
        row("cost", CallField::Cost, 100, false, u"-"_s);
    }

    void shouldNarrowByACell()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QFETCH(bool, exclude);
        QFETCH(QString, parameters);
        const auto mode = exclude ? CellFilter::Mode::Exclude : CellFilter::Mode::Keep;
        const std::optional<CallFilter> narrowed = CellFilter::narrowed(CallFilter{}, CallField(field), value, mode);
        if (parameters == u"-") {
            QVERIFY(!narrowed);
            return;
        }
        QVERIFY(narrowed);
        QVERIFY(CellFilter::supports(CallField(field), mode));
        QVERIFY2(narrowed->validate(), qPrintable(narrowed->validate().error()));
        QStringList pairs;
        const QMap<QString, QString> map = narrowed->toParameters();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            pairs.append(it.key() + u'=' + it.value());
        QCOMPARE(pairs.join(u' '), parameters);
    }

    void shouldExcludeSeveralValuesOfAField()
    {
        CallFilter filter;
        filter.start = 100;
        filter.sort = u"cnumber"_s;
        filter = *CellFilter::narrowed(filter, CallField::Cnumber, u"911"_s, CellFilter::Mode::Exclude);
        filter = *CellFilter::narrowed(filter, CallField::Cnumber, u"112"_s, CellFilter::Mode::Exclude);
        filter = *CellFilter::narrowed(filter, CallField::Cnumber, u"911"_s, CellFilter::Mode::Exclude);
        QCOMPARE(filter.cnumber.values, QStringList({u"911"_s, u"112"_s}));
        QVERIFY(filter.cnumber.negate);
        QCOMPARE(filter.start, 100);
        QCOMPARE(filter.sort, u"cnumber"_s);
        // Keeping one value afterwards replaces the exclusions.
        filter = *CellFilter::narrowed(filter, CallField::Cnumber, u"112"_s, CellFilter::Mode::Keep);
        QCOMPARE(filter.cnumber.values, QStringList({u"112"_s}));
        QVERIFY(!filter.cnumber.negate);
    }

    void shouldShowEveryLegOfACall()
    {
        CallFilter filter;
        filter.start = 100;
        filter.end = 200;
        filter.sort = u"talktime"_s;
        filter.snumber = {{u"44"_s}, MatchMode::Start, false};
        filter.customer = CustomerScope::Prepaid;
        const CallFilter legs = CellFilter::legsOf(filter, u"abc@host"_s);
        QCOMPARE(legs.callid.values, QStringList({u"abc@host"_s}));
        QVERIFY(!legs.snumber.isActive());
        QCOMPARE(legs.customer, CustomerScope::System);
        QVERIFY(legs.archive);
        QCOMPARE(legs.start, 100);
        QCOMPARE(legs.end, 200);
        QCOMPARE(legs.sort, u"talktime"_s);
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
