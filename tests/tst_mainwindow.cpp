// GUI smoke test on the real main window (offscreen): open a demo store, sort by clicking a
// header, scroll to the end, read cells, and see the totals in the status bar.
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"

#include "testsupport.h"
#include "store/callstore.h"
#include "store/database.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DatabaseSpec m_spec;

    static QString cell(const MainWindow &window, int row, CallField field)
    {
        return window.callModel()->data(window.callModel()->index(row, int(field))).toString();
    }

    // The store's own answer for a row of an order, through a separate connection.
    CallRecord storeRow(const QString &sort, bool descending, qint64 row)
    {
        auto db = Database::open(m_spec);
        CallFilter filter;
        filter.sort = sort;
        filter.descending = descending;
        PageRequest request;
        request.skip = row;
        request.limit = 1;
        return CallStore(**db).page(filter, request)->first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CDR Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QString error;
        m_spec = TestSupport::demoStore(m_dir.filePath(u"demo.db"_s), 20000, 3, 365, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void shouldOpenSortScrollAndRead()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.openDatabase(m_spec);
        QVERIFY(opened.wait(10000));
        CallTableModel *model = window.callModel();
        QVERIFY(model);

        auto db = Database::open(m_spec);
        const qint64 total = *CallStore(**db).count(CallFilter{});
        QVERIFY(total > 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(total), 10000);

        // Newest first by default.
        QTRY_VERIFY(model->data(model->index(0, 0), CallTableModel::LoadedRole).toBool());
        QCOMPARE(model->data(model->index(0, int(CallField::Id)), CallTableModel::RawValueRole).toLongLong(),
                 storeRow(u"start"_s, true, 0).id);

        // Click the "Called number" header: text sorts A to Z.
        auto *view = window.findChild<QTableView *>(u"callTable"_s);
        QVERIFY(view);
        QHeaderView *header = view->horizontalHeader();
        const int section = int(CallField::Cnumber);
        QVERIFY(!header->isSectionHidden(section));
        const QPoint point(header->sectionViewportPosition(section) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(model->filter().sort, u"cnumber"_s);
        QCOMPARE(model->filter().descending, false);
        QCOMPARE(header->sortIndicatorSection(), section);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(total), 10000);
        QTRY_VERIFY(model->data(model->index(0, 0), CallTableModel::LoadedRole).toBool());
        QCOMPARE(cell(window, 0, CallField::Cnumber), storeRow(u"cnumber"_s, false, 0).cnumber);

        // Scroll to the very end; the last rows arrive and match the store.
        view->scrollToBottom();
        const int last = model->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(model->data(model->index(last, 0), CallTableModel::LoadedRole).toBool(), 10000);
        const CallRecord expected = storeRow(u"cnumber"_s, false, last);
        QCOMPARE(model->data(model->index(last, int(CallField::Id)), CallTableModel::RawValueRole).toLongLong(), expected.id);
        QCOMPARE(cell(window, last, CallField::Cnumber), expected.cnumber);

        // Select it: the detail pane and the status bar follow.
        view->setCurrentIndex(model->index(last, int(CallField::Cnumber)));
        auto *totals = window.findChild<QLabel *>(u"totalsLabel"_s);
        QVERIFY(totals);
        QTRY_VERIFY_WITH_TIMEOUT(totals->text().contains(u"minutes"_s), 10000);
        QVERIFY2(totals->text().contains(QLocale().toString(total)), qPrintable(totals->text()));
    }

    void shouldReportAStoreThatCannotBeOpened()
    {
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::databaseFailed);
        window.openDatabase(DatabaseSpec::sqlite(m_dir.filePath(u"nothing-here.db"_s)));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(u"nothing-here.db"_s), qPrintable(failed.first().first().toString()));
        QVERIFY(!window.callModel());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
