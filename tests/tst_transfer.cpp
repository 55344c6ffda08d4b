// Imports and exports off the GUI thread: TransferJob against real SQLite demo stores (counts,
// cancel rolls back and leaves no file), and the main window's wiring offscreen (a dropped
// file is imported through the dialog, an export writes what the grid shows).
#include "exportdialog.h"
#include "formats/transferjob.h"
#include "importdialog.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"

#include "store/callstore.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CDRDESK_SOURCE_DIR "/tests/data/import/") + name;
}

// Every call of the store, archived ones included.
qint64 storedCalls(const DatabaseSpec &spec)
{
    auto db = Database::open(spec);
    CallFilter all;
    all.archive = true;
    return *CallStore(**db).count(all);
}

// Waits for the job to end and hands back what it said.
TransferSummary waitFor(TransferJob &job)
{
    TransferSummary summary;
    QSignalSpy spy(&job, &TransferJob::finished);
    const auto connection = QObject::connect(&job, &TransferJob::finished,
                                             [&summary](const TransferSummary &done) { summary = done; });
    if (!spy.wait(60000))
        summary.error = u"the job did not finish in time"_s;
    QObject::disconnect(connection);
    return summary;
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(buttons);
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    buttons->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    DatabaseSpec newStore(qint64 calls)
    {
        QString error;
        const DatabaseSpec spec = TestSupport::demoStore(m_dir.filePath(u"store%1.db"_s.arg(++m_stores)), calls, 5, 30, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return spec;
    }

    // An Asterisk Master.csv long enough that the importer reports progress many times.
    QString bigAsteriskFile(int rows)
    {
        const QString path = m_dir.filePath(u"big-Master.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < rows; ++i) {
            file.write(QStringLiteral("\"acc\",\"01908%1\",\"4420%1\",\"from-internal\",\"\"\"Caller %1\"\" <01908%1>\","
                                      "\"SIP/100-%1\",\"SIP/trunk\",\"Dial\",\"SIP/trunk\",\"2024-03-01 10:00:00\","
                                      "\"2024-03-01 10:00:05\",\"2024-03-01 10:01:05\",65,60,\"ANSWERED\",\"BILLING\","
                                      "\"1709287200.%1\",\"\"\n")
                           .arg(i)
                           .toUtf8());
        }
        return path;
    }

    void openWindow(MainWindow &window, const DatabaseSpec &spec)
    {
        QSignalSpy opened(&window, &MainWindow::databaseOpened);
        window.openDatabase(spec);
        QVERIFY(opened.wait(10000));
        QVERIFY(window.callModel());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CDR Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_transfer"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void shouldImportFilesAndCountThem()
    {
        const DatabaseSpec spec = newStore(500);
        QVERIFY(!spec.path.isEmpty());
        const qint64 before = storedCalls(spec);
        TransferJob job;
        QSignalSpy progress(&job, &TransferJob::progress);
        job.importFiles(spec, {fixture(u"testsuite-Master.csv"_s), fixture(u"voipms.json"_s)}, ImportOptions{});
        QVERIFY(job.isBusy());
        const TransferSummary summary = waitFor(job);
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.imported.size(), 2);
        QCOMPARE(summary.importedCalls(), 4);
        QCOMPARE(storedCalls(spec), before + 4);
        QVERIFY(!progress.isEmpty());
        QVERIFY2(summary.text().contains(u"4"_s), qPrintable(summary.text()));

        // Again: nothing new, all of it counted as stored already.
        job.importFiles(spec, {fixture(u"testsuite-Master.csv"_s)}, ImportOptions{});
        const TransferSummary again = waitFor(job);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.importedCalls(), 0);
        QCOMPARE(again.skippedCalls(), 2);
        QCOMPARE(storedCalls(spec), before + 4);
    }

    void shouldStopAtABadFileKeepingTheOnesBefore()
    {
        const DatabaseSpec spec = newStore(200);
        const qint64 before = storedCalls(spec);
        TransferJob job;
        job.importFiles(spec, {fixture(u"testsuite-Master.csv"_s), fixture(u"asterisk-bad.csv"_s)}, ImportOptions{});
        const TransferSummary summary = waitFor(job);
        QVERIFY(!summary.ok());
        QVERIFY(!summary.cancelled);
        QVERIFY2(summary.error.contains(u"asterisk-bad.csv:"_s), qPrintable(summary.error));
        QCOMPARE(summary.imported.size(), 1);
        QCOMPARE(storedCalls(spec), before + 2);
    }

    void shouldLeaveTheStoreUnchangedWhenImportIsCancelled()
    {
        const DatabaseSpec spec = newStore(200);
        const qint64 before = storedCalls(spec);
        const QString big = bigAsteriskFile(30000);
        QVERIFY(!big.isEmpty());
        TransferJob job;
        // Cancel as soon as the job says anything, as the progress dialog's button would.
        connect(&job, &TransferJob::progress, &job, &TransferJob::cancel);
        job.importFiles(spec, {big}, ImportOptions{});
        const TransferSummary summary = waitFor(job);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.cancelled, qPrintable(summary.error));
        QVERIFY(summary.imported.isEmpty());
        QCOMPARE(storedCalls(spec), before);
        QVERIFY(!QFile::exists(big + u".rejects.csv"_s));

        // Not cancelled, the same file goes in whole.
        disconnect(&job, &TransferJob::progress, &job, &TransferJob::cancel);
        job.importFiles(spec, {big}, ImportOptions{});
        const TransferSummary whole = waitFor(job);
        QVERIFY2(whole.ok(), qPrintable(whole.error));
        QCOMPARE(whole.importedCalls(), 30000);
        QCOMPARE(storedCalls(spec), before + 30000);
    }

    void shouldLeaveNoFileWhenExportIsCancelled()
    {
        const DatabaseSpec spec = newStore(20000);
        const QString path = m_dir.filePath(u"cancelled.csv"_s);
        TransferJob job;
        connect(&job, &TransferJob::progress, &job, &TransferJob::cancel);
        CallFilter all;
        all.archive = true;
        job.exportCalls(spec, path, all, ExportOptions{});
        const TransferSummary summary = waitFor(job);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.cancelled, qPrintable(summary.error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(summary.exportPath.isEmpty());
        const QStringList leftovers = QDir(m_dir.path()).entryList({u"cancelled*"_s}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }

    void shouldImportAFileDroppedOnTheWindow()
    {
        const DatabaseSpec spec = newStore(1000);
        const qint64 before = storedCalls(spec);
        MainWindow window;
        window.show();
        openWindow(window, spec);
        CallFilter all;
        all.archive = true;
        all.sort = u"start"_s;
        window.callModel()->setFilter(all);
        QTRY_COMPARE_WITH_TIMEOUT(window.callModel()->rowCount(), int(before), 10000);

        const QString file = fixture(u"testsuite-Master.csv"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());

        auto *dialog = window.findChild<ImportDialog *>(u"ImportDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->files(), QStringList{file});
        QSignalSpy finished(&window, &MainWindow::transferFinished);
        clickOk(dialog);
        QVERIFY(finished.wait(30000));
        const QString message = finished.first().first().toString();
        QVERIFY2(message.contains(u"Imported 2 new calls"_s), qPrintable(message));
        QCOMPARE(storedCalls(spec), before + 2);
        // The grid was refreshed and counts the new calls.
        QTRY_COMPARE_WITH_TIMEOUT(window.callModel()->rowCount(), int(before + 2), 10000);
    }

    // A FreeSWITCH file written with a custom template is read with the template chosen in
    // the dialog (without it, its columns do not match the default template's).
    void shouldImportAFreeswitchFileWithTheChosenTemplate()
    {
        const DatabaseSpec spec = newStore(10);
        const qint64 before = storedCalls(spec);
        MainWindow window;
        window.show();
        openWindow(window, spec);
        const QString file = fixture(u"freeswitch-mine.csv"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        auto *dialog = window.findChild<ImportDialog *>(u"ImportDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *templateEdit = dialog->findChild<QLineEdit *>(u"templateEdit"_s);
        QVERIFY(templateEdit);
        templateEdit->setText(fixture(u"freeswitch-template.xml"_s));
        QSignalSpy finished(&window, &MainWindow::transferFinished);
        clickOk(dialog);
        QVERIFY(finished.wait(30000));
        const QString message = finished.first().first().toString();
        QVERIFY2(message.contains(u"Imported 2 new calls"_s), qPrintable(message));
        QCOMPARE(storedCalls(spec), before + 2);
    }

    void shouldIgnoreDragsWithoutLocalFiles()
    {
        MainWindow window;
        QMimeData mime;
        mime.setText(u"not a file"_s);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void shouldExportWhatTheGridShows()
    {
        const DatabaseSpec spec = newStore(3000);
        MainWindow window;
        window.show();
        openWindow(window, spec);
        CallFilter filter;
        filter.start = 1790000000 - 10 * 86400;
        filter.end = 1790000000 - 3 * 86400;
        filter.sort = u"start"_s;
        window.callModel()->setFilter(filter);
        auto db = Database::open(spec);
        const qint64 expected = *CallStore(**db).count(filter);
        QVERIFY(expected > 0);
        QVERIFY(expected < storedCalls(spec));

        // Hide one of the visible columns: the export leaves it out too.
        auto *view = window.findChild<QTableView *>(u"callTable"_s);
        QVERIFY(view);
        QHeaderView *header = view->horizontalHeader();
        header->setSectionHidden(int(CallField::Uniqueid), true);
        QStringList columns;
        for (int visual = 0; visual < header->count(); ++visual) {
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                columns.append(CallFields::column(CallField(header->logicalIndex(visual))));
        }
        QVERIFY(!columns.contains(u"uniqueid"_s));

        window.exportCalls();
        auto *dialog = window.findChild<ExportDialog *>(u"ExportDialog"_s);
        QVERIFY(dialog);
        const QString path = m_dir.filePath(u"grid.csv"_s);
        dialog->setPath(path);
        dialog->setVisibleColumnsOnly(true);
        QSignalSpy finished(&window, &MainWindow::transferFinished);
        clickOk(dialog);
        QVERIFY(finished.wait(30000));
        QVERIFY2(QFile::exists(path), qPrintable(finished.first().first().toString()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(QString::fromUtf8(lines.first()), columns.join(u','));
        // Header, one line per call, and the empty text after the last line end.
        QCOMPARE(lines.size(), expected + 2);
        QVERIFY2(finished.first().first().toString().contains(QLocale().toString(expected)),
                 qPrintable(finished.first().first().toString()));
    }
};

QTEST_MAIN(TestTransfer)
#include "tst_transfer.moc"
