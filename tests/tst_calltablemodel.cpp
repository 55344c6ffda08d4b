// The lazy call grid model on a real SQLite store, watched by QAbstractItemModelTester:
// rows arrive from the loader threads, match the store's order exactly, and the cache stays
// bounded however far the view scrolls.
#include "itemmodels/calltablemodel.h"
#include "itemmodels/pageloader.h"

#include "testsupport.h"
#include "store/callstore.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCallTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseSpec m_spec;

    QList<qint64> storeOrder(const CallFilter &filter)
    {
        auto db = Database::open(m_spec);
        QList<qint64> ids;
        (void)CallStore(**db).forEach(filter, [&ids](const CallRecord &r) {
            ids.append(r.id);
            return true;
        });
        return ids;
    }

    // Asks for every row the way a view scrolling through would, and collects the ids.
    static QList<qint64> modelOrder(CallTableModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, int(CallField::Id));
            if (!model.data(index, CallTableModel::LoadedRole).toBool()) {
                if (!QTest::qWaitFor([&] { return model.data(index, CallTableModel::LoadedRole).toBool(); }, 10000))
                    return {};
            }
            ids.append(model.data(index, CallTableModel::RawValueRole).toLongLong());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_spec = TestSupport::demoStore(m_dir.filePath(u"grid.db"_s), 30000, 11, 60, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void shouldServeTheStoresOrderUnderTheTester_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("start desc") << u"start"_s << true;
        QTest::newRow("cnumber asc") << u"cnumber"_s << false;
        QTest::newRow("status desc (no index, ties)") << u"status"_s << true;
    }
    void shouldServeTheStoresOrderUnderTheTester()
    {
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        CallTableModel model(m_spec);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CallFilter filter;
        filter.sort = sort;
        filter.descending = descending;
        filter.start = 1790000000 - 5 * 86400;  // the last 5 days: the tester checks every row
        model.setFilter(filter);
        const QList<qint64> expected = storeOrder(filter);
        QVERIFY(expected.size() > 10 * PageLoader::BlockSize);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(expected.size()), 10000);
        QVERIFY(!model.isCounting());
        QCOMPARE(modelOrder(model), expected);
    }

    // Without the tester, which would read every row at once.
    void shouldJumpDeepAndKeepTheCacheBounded()
    {
        CallTableModel model(m_spec);
        CallFilter filter;
        filter.sort = u"cnumber"_s;
        filter.archive = true;
        model.setFilter(filter);
        const QList<qint64> expected = storeOrder(filter);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(expected.size()), 10000);
        // Jump around as a dragged scroll bar does: the deep rows come right, by any route.
        for (int row : {int(expected.size()) - 1, int(expected.size()) / 2, 7, int(expected.size()) * 99 / 100, 12345}) {
            const QModelIndex index = model.index(row, int(CallField::Id));
            model.data(index);
            QTRY_VERIFY_WITH_TIMEOUT(model.data(index, CallTableModel::LoadedRole).toBool(), 10000);
            QCOMPARE(model.data(index, CallTableModel::RawValueRole).toLongLong(), expected[row]);
        }
        QCOMPARE(modelOrder(model), expected);
        QVERIFY(model.cachedBlocks() <= CallTableModel::MaxCachedBlocks);
        QVERIFY(expected.size() / PageLoader::BlockSize > CallTableModel::MaxCachedBlocks);
    }

    void shouldFollowFilterChangesAndReportTotals()
    {
        CallTableModel model(m_spec);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &CallTableModel::totalsChanged);
        CallFilter filter;
        filter.start = 1790000000 - 3 * 86400;
        filter.end = 1790000000 - 86400;
        model.setFilter(filter);
        auto db = Database::open(m_spec);
        const Result<CallTotals> expected = CallStore(**db).totals(filter);
        QVERIFY(expected);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasTotals(), 10000);
        QCOMPARE(model.rowCount(), int(expected->calls));
        QCOMPARE(model.totals().talkSeconds, expected->talkSeconds);
        QCOMPARE(model.totals().costByCurrency, expected->costByCurrency);

        // Re-sorting keeps the count and totals; a new range recounts.
        model.sort(int(CallField::Talktime), Qt::DescendingOrder);
        QVERIFY(model.hasTotals());
        QCOMPARE(model.rowCount(), int(expected->calls));
        filter = model.filter();
        filter.start.reset();
        model.setFilter(filter);
        QVERIFY(!model.hasTotals());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasTotals(), 10000);
        QVERIFY(model.rowCount() > expected->calls);
        // A field that is not one of the 19 sort keys leaves the order alone.
        model.sort(int(CallField::Extra), Qt::AscendingOrder);
        QCOMPARE(model.filter().sort, u"talktime"_s);
    }
};

QTEST_GUILESS_MAIN(TestCallTableModel)
#include "tst_calltablemodel.moc"
