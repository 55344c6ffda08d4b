// Provider connections in the GUI, on real widgets (offscreen) over a real SQLite store and
// the provider fakes on loopback: the Providers › Connections manager (add, edit, test,
// remove, Sync Now with progress and cancel, last-sync status), the secret kept out of the
// store and settings (keychain, or session only where none runs), the grid refreshed after a
// sync, and SyncScheduler's automatic sync.
#include "connectioneditdialog.h"
#include "connectionscontroller.h"
#include "connectionsdialog.h"
#include "fakeproviderprocess.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"
#include "providers/connectionstore.h"
#include "providers/enswitchclient.h"
#include "providers/providersecrets.h"
#include "providers/syncscheduler.h"
#include "store/callstore.h"
#include "store/database.h"
#include "testsupport.h"
#include "voipmsratesview.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "textfilteredit.h"
#include "voipmslistscontroller.h"
#include "resellercdrcontroller.h"
#include "voipmsresellerview.h"
#include "viewstate.h"
#include "createcalldialog.h"
#include "demo/demoplan.h"
#include "store/storejob.h"
#include <QDateEdit>
#include "providers/voipmsclient.h"
#include <QCompleter>
#include <QStringListModel>
#include "kazoocdrview.h"
#include "providers/kazooclient.h"
#include <QFileDialog>
#include <QTreeWidget>

#include "core/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QThread>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString User = u"operator"_s;
const QString Secret = u"s3cr3t-Pa55word"_s;
const qint64 Until = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;  // the fakes' calls lie in the last days

HttpSettings quick()
{
    HttpSettings settings;
    settings.timeoutMs = 10000;
    settings.retries = 0;
    settings.backoffMs = 20;
    return settings;
}

QStringList fakeArguments(int calls, const QStringList &more = {})
{
    return QStringList{u"--calls"_s, QString::number(calls), u"--until"_s, QString::number(Until), u"--days"_s,
                       u"5"_s, u"--password"_s, Secret}
           + more;
}

// A connection to a fake of `kind` at `url`, with the tests' user.
Connection connectionTo(ProviderKind kind, const QUrl &url)
{
    Connection c;
    c.kind = kind;
    c.url = url;
    c.user = User;
    return c;
}

// What Enswitch lists for every customer over the fake's days: what a sync must store.
qint64 enswitchCalls(const QUrl &url)
{
    EnswitchClient client({connectionTo(ProviderKind::Enswitch, url), Secret}, quick());
    EnswitchCdrQuery query;
    query.customer = u"all"_s;
    query.start = Until - 10 * 86400;
    query.end = Until + 86400;
    std::optional<qint64> count;
    client.listCdrs(query, [&](const QList<CallRecord> &calls, const ProviderError &) { count = calls.size(); });
    (void)QTest::qWaitFor([&] { return count.has_value(); }, 30000);
    return count.value_or(-1);
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

template<typename T>
T *waitForChild(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        found = parent->findChild<T *>(name);
        return found && found->isVisible();
    }, 10000);
    return found;
}

// What voip.ms lists for `method` (getCallAccounts or getCallTypes of every client), asked directly.
QList<VoipmsValue> voipmsValues(const QUrl &url, void (VoipmsClient::*method)(const QString &, VoipmsClient::ValuesDone))
{
    VoipmsClient client({connectionTo(ProviderKind::Voipms, url), Secret}, quick());
    std::optional<QList<VoipmsValue>> values;
    (client.*method)(QString(), [&](const QList<VoipmsValue> &list, const ProviderError &) { values = list; });
    (void)QTest::qWaitFor([&] { return values.has_value(); }, 30000);
    return values.value_or(QList<VoipmsValue>());
}

// The visible child named `name` (prompts closed before may linger until deleted).
template<typename T>
T *visibleChild(QWidget *parent, const QString &name, int timeoutMs = 10000)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (T *child : parent->findChildren<T *>(name)) {
            if (child->isVisible())
                found = child;
        }
        return found != nullptr;
    }, timeoutMs);
    return found;
}

} // namespace

class TestConnectionsUi : public QObject
{
    Q_OBJECT

private:
    // A main window over a new empty SQLite store, its controller with short time-outs.
    struct Gui
    {
        std::unique_ptr<MainWindow> window;
        ConnectionsController *controller = nullptr;
        ConnectionsDialog *dialog = nullptr;
    };
    Gui openGui(bool freshStore = true);
    // Fills the editor that Add or Edit opened and clicks Save; the editor's refusal or empty.
    QString fillEditor(ConnectionsDialog *dialog, const QMap<QString, QString> &fields, bool save = true);
    qint64 storedCalls(const QString &source);

    QTemporaryDir m_dir;
    DatabaseSpec m_spec;

private Q_SLOTS:
    void initTestCase();
    void addTestSyncAndRemoveFromTheManager();
    void editorRefusesIncompleteInput();
    void wrongPasswordIsAClearErrorWithoutTheSecret();
    void missingSecretIsAskedForThisSessionOnly();
    void syncShowsProgressAndCancelKeepsCommittedPages();
    void schedulerSyncsDueConnectionsOnly();
    void schedulerGoneMidSyncKeepsCommittedPages();
    void voipmsRateSearch();
    void kazooDetailAndCsv();
    void voipmsListsFeedTheFilterPanel();
    void voipmsResellerCdrsFetchAndImport();
    void createCallOnEnswitch();
    void declinedPasswordLeavesNothingWaiting();
};

void TestConnectionsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CDR Desk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_connectionsui"_s);
    QSettings().clear();
    QSettings().setValue(u"providers/automaticSync"_s, false);
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<SyncResult>();
}

TestConnectionsUi::Gui TestConnectionsUi::openGui(bool freshStore)
{
    Gui gui;
    if (freshStore) {
        auto database = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
        if (!database)
            qFatal("no store");
        m_spec = database->spec();
    }
    gui.window = std::make_unique<MainWindow>();
    gui.window->show();
    QSignalSpy opened(gui.window.get(), &MainWindow::databaseOpened);
    gui.window->openDatabase(m_spec);
    if (!opened.wait(20000))
        qFatal("the store did not open");
    gui.controller = gui.window->findChild<ConnectionsController *>(u"connectionsController"_s);
    gui.controller->setHttpSettings(quick());
    gui.window->findChild<QAction *>(u"connectionsAction"_s)->trigger();
    gui.dialog = gui.controller->dialog();
    return gui;
}

QString TestConnectionsUi::fillEditor(ConnectionsDialog *dialog, const QMap<QString, QString> &fields, bool save)
{
    auto *editor = waitForChild<ConnectionEditDialog>(dialog, u"connectionEditDialog"_s);
    if (!editor)
        return u"no editor"_s;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == u"kind") {
            auto *kind = editor->findChild<QComboBox *>(u"connectionKindBox"_s);
            kind->setCurrentIndex(kind->findData(it.value()));
        } else if (it.key() == u"allowHttp") {
            editor->findChild<QCheckBox *>(u"connectionAllowHttpBox"_s)->setChecked(it.value() == u"1");
        } else if (it.key() == u"pageSize" || it.key() == u"autoSync") {
            editor->findChild<QSpinBox *>(it.key() == u"pageSize" ? u"connectionPageSizeBox"_s : u"connectionAutoSyncBox"_s)
                ->setValue(it.value().toInt());
        } else {
            auto *edit = editor->findChild<QLineEdit *>(u"connection"_s + it.key() + u"Edit"_s);
            if (!edit)
                return u"no field "_s + it.key();
            edit->setText(it.value());
        }
    }
    if (!save)
        return {};
    QPointer<ConnectionEditDialog> guard(editor);
    editor->findChild<QPushButton *>(u"connectionSaveButton"_s)->click();
    QCoreApplication::processEvents();
    if (guard && guard->isVisible()) {
        const QString refused = guard->errorText();
        return refused.isEmpty() ? u"still open"_s : refused;
    }
    return {};
}

qint64 TestConnectionsUi::storedCalls(const QString &source)
{
    auto database = Database::open(m_spec);
    CallFilter all;
    all.archive = true;
    Result<qint64> count = CallStore(**database).count(all);
    Q_UNUSED(source);
    return count ? *count : -1;
}

void TestConnectionsUi::addTestSyncAndRemoveFromTheManager()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s, fakeArguments(400)), qPrintable(fake.error()));
    const qint64 expected = enswitchCalls(fake.url());
    QVERIFY(expected > 200);

    Gui gui = openGui();
    QVERIFY(gui.dialog->isVisible());
    auto *table = gui.dialog->findChild<QTableWidget *>(u"connectionsTable"_s);
    QCOMPARE(table->rowCount(), 0);

    // Add: an Enswitch connection whose URL is typed with the user in it (shown redacted).
    gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QUrl url = fake.url();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"ens"_s}, {u"kind"_s, u"enswitch"_s}, {u"Url"_s, url.toString()},
                                     {u"User"_s, User}, {u"Customer"_s, u"all"_s}, {u"pageSize"_s, u"100"_s},
                                     {u"Secret"_s, Secret}}),
             QString());
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(cell(table, 0, ConnectionsDialog::NameColumn), u"ens"_s);
    QCOMPARE(cell(table, 0, ConnectionsDialog::KindColumn), u"enswitch"_s);
    QCOMPARE(cell(table, 0, ConnectionsDialog::StatusColumn), u"Never synced"_s);
    QTRY_VERIFY(gui.dialog->message().contains(u"Connection \"ens\" added."_s));
    // Where no keychain answers (as offscreen here) the manager says so and the secret is the
    // session's; with a keychain it is there and nowhere else.
    QTRY_VERIFY(gui.controller->secrets()->hasSessionCopy(gui.controller->connections().value(0)));
    if (!gui.controller->keychainProblem().isEmpty()) {
        QVERIFY(gui.dialog->findChild<QLabel *>(u"keychainNoticeLabel"_s)->isVisible());
        QVERIFY(gui.dialog->findChild<QLabel *>(u"keychainNoticeLabel"_s)->text().contains(u"session only"_s));
        QVERIFY(gui.dialog->message().contains(u"session only"_s));
    }

    // Test.
    QSignalSpy tested(gui.controller, &ConnectionsController::tested);
    gui.dialog->findChild<QPushButton *>(u"testConnectionButton"_s)->click();
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.at(0).at(1).toBool(), qPrintable(tested.at(0).at(2).toString()));
    QVERIFY(gui.dialog->message().contains(u"works"_s));

    // Sync Now: every call once, the grid refreshed, the last sync shown.
    QSignalSpy synced(gui.controller, &ConnectionsController::syncFinished);
    gui.dialog->findChild<QPushButton *>(u"syncConnectionButton"_s)->click();
    QVERIFY(synced.wait(60000));
    const auto result = synced.at(0).at(1).value<SyncResult>();
    QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.message));
    QCOMPARE(result.calls, expected);
    QCOMPARE(storedCalls(u"enswitch:ens"_s), expected);
    QCOMPARE(cell(table, 0, ConnectionsDialog::StatusColumn), u"OK"_s);
    QVERIFY(!cell(table, 0, ConnectionsDialog::LastSyncColumn).isEmpty());
    QVERIFY(cell(table, 0, ConnectionsDialog::MessageColumn).contains(QString::number(expected)));
    auto *grid = gui.window->findChild<QTableView *>(u"callTable"_s);
    QTRY_COMPARE(qint64(grid->model()->rowCount()), expected);
    // Again: nothing new, nothing twice.
    gui.dialog->findChild<QPushButton *>(u"syncConnectionButton"_s)->click();
    QVERIFY(synced.wait(60000));
    QCOMPARE(storedCalls(u"enswitch:ens"_s), expected);

    // The secret is in neither the store nor the settings file.
    gui.window.reset();
    QFile store(m_spec.path);
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(!store.readAll().contains(Secret.toUtf8()));
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains(Secret.toUtf8()));

    // Remove (asked first); the calls stay.
    gui = openGui(false);
    table = gui.dialog->findChild<QTableWidget *>(u"connectionsTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(table, 0, ConnectionsDialog::StatusColumn), u"OK"_s);
    gui.dialog->findChild<QPushButton *>(u"removeConnectionButton"_s)->click();
    auto *box = waitForChild<QMessageBox>(gui.dialog, u"removeConnectionBox"_s);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(table->rowCount(), 0);
    QVERIFY(gui.controller->connections().isEmpty());
    QCOMPARE(storedCalls(u"enswitch:ens"_s), expected);
}

void TestConnectionsUi::editorRefusesIncompleteInput()
{
    Gui gui = openGui();
    gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u""_s}, {u"Url"_s, u"https://pbx.example.com"_s}}),
             u"Give the connection a name."_s);
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"p"_s}, {u"Url"_s, u"pbx.example.com"_s}}),
             u"The API URL must be a full http:// or https:// address."_s);
    // A password in the URL would land in the store: refused.
    QVERIFY(fillEditor(gui.dialog, {{u"kind"_s, u"pbx"_s}, {u"Url"_s, u"https://admin:" + Secret + u"@pbx.example.com"_s},
                                    {u"User"_s, User}, {u"Secret"_s, Secret}})
                .startsWith(u"The API URL holds a password"_s));
    QCOMPARE(fillEditor(gui.dialog, {{u"kind"_s, u"kazoo"_s}, {u"Url"_s, u"https://kazoo.example.com"_s}}),
             u"Kazoo needs the account ID."_s);
    QVERIFY(fillEditor(gui.dialog, {{u"kind"_s, u"voipms"_s}, {u"Url"_s, u"https://voip.ms/api/v1/rest.php"_s},
                                    {u"Timezone"_s, u"14"_s}})
                .startsWith(u"The time zone is an offset"_s));
    auto *editor = gui.dialog->findChild<ConnectionEditDialog *>(u"connectionEditDialog"_s);
    QVERIFY(editor->findChild<QLineEdit *>(u"connectionTimezoneEdit"_s)->isEnabled());
    QCOMPARE(fillEditor(gui.dialog, {{u"Timezone"_s, u"-5"_s}, {u"Secret"_s, u""_s}}), u"Type the password or token."_s);
    // Only voip.ms has a time zone; the editor keeps what is shown only for the kind.
    QCOMPARE(fillEditor(gui.dialog, {{u"kind"_s, u"pbx"_s}, {u"Url"_s, u"https://pbx.example.com"_s}, {u"Secret"_s, Secret}},
                        false),
             QString());
    QVERIFY(!editor->findChild<QLineEdit *>(u"connectionTimezoneEdit"_s)->isEnabled());
    QVERIFY(editor->connection().timezone.isEmpty());
    QCOMPARE(fillEditor(gui.dialog, {}), QString());
    QTRY_COMPARE(gui.controller->connections().size(), 1);
    const Connection pbx = gui.controller->connections().first();
    QCOMPARE(pbx.kind, ProviderKind::Pbx);
    QCOMPARE(pbx.user, User);
    QCOMPARE(pbx.url, QUrl(u"https://pbx.example.com"_s));

    // Edit: the name and kind are fixed; an empty secret keeps the one there is.
    gui.dialog->findChild<QPushButton *>(u"editConnectionButton"_s)->click();
    editor = waitForChild<ConnectionEditDialog>(gui.dialog, u"connectionEditDialog"_s);
    QVERIFY(editor);
    QVERIFY(!editor->findChild<QLineEdit *>(u"connectionNameEdit"_s)->isEnabled());
    QVERIFY(!editor->findChild<QComboBox *>(u"connectionKindBox"_s)->isEnabled());
    QCOMPARE(editor->findChild<QLineEdit *>(u"connectionUrlEdit"_s)->text(), u"https://pbx.example.com"_s);
    QCOMPARE(fillEditor(gui.dialog, {{u"autoSync"_s, u"15"_s}, {u"pageSize"_s, u"250"_s}}), QString());
    QTRY_COMPARE(gui.controller->connections().first().autoSyncMinutes, 15);
    QCOMPARE(gui.controller->connections().first().pageSize, 250);
    QTRY_VERIFY(gui.dialog->message().contains(u"saved"_s));
    QVERIFY(gui.controller->secrets()->hasSessionCopy(gui.controller->connections().first()));
    auto *table = gui.dialog->findChild<QTableWidget *>(u"connectionsTable"_s);
    QCOMPARE(cell(table, 0, ConnectionsDialog::AutoColumn), u"every 15 min"_s);
}

void TestConnectionsUi::wrongPasswordIsAClearErrorWithoutTheSecret()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s, fakeArguments(50)), qPrintable(fake.error()));
    Gui gui = openGui();
    const QString wrong = u"wrong-Pa55word-42"_s;
    gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"voip"_s}, {u"kind"_s, u"voipms"_s},
                                     {u"Url"_s, fake.url().toString() + u"/api/v1/rest.php"_s}, {u"User"_s, User},
                                     {u"Timezone"_s, u"-5"_s}, {u"Secret"_s, wrong}}),
             QString());
    QTRY_COMPARE(gui.controller->connections().size(), 1);
    QCOMPARE(gui.controller->connections().first().timezone, u"-5"_s);
    QSignalSpy tested(gui.controller, &ConnectionsController::tested);
    gui.dialog->findChild<QPushButton *>(u"testConnectionButton"_s)->click();
    QVERIFY(tested.wait(20000));
    QVERIFY(!tested.at(0).at(1).toBool());
    const QString message = tested.at(0).at(2).toString();
    QVERIFY2(message.contains(u"rejected the user name or password"_s), qPrintable(message));
    QVERIFY(!message.contains(wrong));
    QVERIFY(message.contains(u"api_password=REDACTED"_s));

    // The refused password is asked for again; another wrong one is tested and refused again.
    QInputDialog *retry = visibleChild<QInputDialog>(gui.dialog, u"secretRetryPrompt"_s);
    QVERIFY(retry);
    QCOMPARE(retry->textEchoMode(), QLineEdit::Password);
    QVERIFY2(retry->labelText().contains(u"rejected the user name or password"_s), qPrintable(retry->labelText()));
    QVERIFY(!retry->labelText().contains(wrong));
    retry->setTextValue(u"still-wrong-7"_s);
    retry->accept();
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.size(), 2);
    QVERIFY(!tested.last().at(1).toBool());
    QVERIFY(!tested.last().at(2).toString().contains(u"still-wrong-7"_s));
    // Cancelled: nothing is retried.
    retry = visibleChild<QInputDialog>(gui.dialog, u"secretRetryPrompt"_s);
    QVERIFY(retry);
    retry->reject();
    QTest::qWait(300);
    QCOMPARE(tested.size(), 2);

    QSignalSpy synced(gui.controller, &ConnectionsController::syncFinished);
    gui.dialog->findChild<QPushButton *>(u"syncConnectionButton"_s)->click();
    QVERIFY(synced.wait(20000));
    auto *table = gui.dialog->findChild<QTableWidget *>(u"connectionsTable"_s);
    QCOMPARE(cell(table, 0, ConnectionsDialog::StatusColumn), u"Failed"_s);
    QVERIFY(!cell(table, 0, ConnectionsDialog::MessageColumn).isEmpty());
    QVERIFY(!cell(table, 0, ConnectionsDialog::MessageColumn).contains(u"still-wrong-7"_s));
    QVERIFY(!gui.window->statusBar()->currentMessage().contains(u"still-wrong-7"_s));

    // The right password typed at the prompt after the failed sync: stored, and the sync runs again.
    retry = visibleChild<QInputDialog>(gui.dialog, u"secretRetryPrompt"_s);
    QVERIFY(retry);
    retry->setTextValue(Secret);
    retry->accept();
    QVERIFY(synced.wait(60000));
    const auto result = synced.last().at(1).value<SyncResult>();
    QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.message));
    QVERIFY(result.calls > 0);
    QCOMPARE(cell(table, 0, ConnectionsDialog::StatusColumn), u"OK"_s);
    QVERIFY(gui.controller->secrets()->hasSessionCopy(gui.controller->connections().first()));
    // And the next test passes without a question.
    gui.dialog->findChild<QPushButton *>(u"testConnectionButton"_s)->click();
    QVERIFY(tested.wait(20000));
    QVERIFY(tested.last().at(1).toBool());
    QVERIFY(!visibleChild<QInputDialog>(gui.dialog, u"secretRetryPrompt"_s, 0));
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains(Secret.toUtf8()));
}

void TestConnectionsUi::missingSecretIsAskedForThisSessionOnly()
{
    // A user no keychain can hold a secret for yet.
    const QString user = User + u'-' + QString::number(QDateTime::currentMSecsSinceEpoch());
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"pbx"_s, fakeArguments(120, {u"--user"_s, user})), qPrintable(fake.error()));
    Gui gui = openGui();
    // A connection made elsewhere (the CLI, another workstation): this session has no secret.
    {
        auto database = Database::open(m_spec);
        Connection c;
        c.name = u"pbx"_s;
        c.kind = ProviderKind::Pbx;
        c.url = fake.url();
        c.user = user;
        c.pageSize = 50;
        QVERIFY(ConnectionStore(**database).add(c));
    }
    gui.controller->showConnections();
    QSignalSpy synced(gui.controller, &ConnectionsController::syncFinished);
    gui.dialog->findChild<QPushButton *>(u"syncConnectionButton"_s)->click();
    auto *prompt = waitForChild<QInputDialog>(gui.dialog, u"secretPrompt"_s);
    QVERIFY(prompt);
    QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
    QVERIFY(prompt->labelText().contains(u"this session only"_s));
    prompt->setTextValue(Secret);
    prompt->accept();
    QVERIFY(synced.wait(60000));
    QVERIFY2(synced.at(0).at(1).value<SyncResult>().status == SyncResult::Status::Ok,
             qPrintable(synced.at(0).at(1).value<SyncResult>().message));
    QCOMPARE(storedCalls({}), 120);
    // The session keeps it: no second question.
    gui.dialog->findChild<QPushButton *>(u"syncConnectionButton"_s)->click();
    QVERIFY(synced.wait(60000));
    for (const QInputDialog *prompt : gui.dialog->findChildren<QInputDialog *>(u"secretPrompt"_s))
        QVERIFY(!prompt->isVisible());
    QCOMPARE(storedCalls({}), 120);
}

void TestConnectionsUi::syncShowsProgressAndCancelKeepsCommittedPages()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"pbx"_s, fakeArguments(2000, {u"--delay-ms"_s, u"150"_s})), qPrintable(fake.error()));
    Gui gui = openGui();
    gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"slow"_s}, {u"kind"_s, u"pbx"_s}, {u"Url"_s, fake.url().toString()},
                                     {u"User"_s, User}, {u"pageSize"_s, u"50"_s}, {u"Secret"_s, Secret}}),
             QString());
    QTRY_COMPARE(gui.controller->connections().size(), 1);
    auto *bar = gui.dialog->findChild<QProgressBar *>(u"syncProgressBar"_s);
    auto *cancel = gui.dialog->findChild<QPushButton *>(u"cancelSyncButton"_s);
    auto *sync = gui.dialog->findChild<QPushButton *>(u"syncConnectionButton"_s);
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isEnabled());
    QSignalSpy synced(gui.controller, &ConnectionsController::syncFinished);
    sync->click();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!sync->isEnabled());
    QVERIFY(!gui.dialog->findChild<QPushButton *>(u"removeConnectionButton"_s)->isEnabled());
    auto *done = gui.dialog->findChild<QLabel *>(u"syncProgressLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(done->text().startsWith(u"100 call"_s) || done->text().startsWith(u"150 call"_s), 20000);
    cancel->click();
    QVERIFY(synced.wait(20000));
    const auto result = synced.at(0).at(1).value<SyncResult>();
    QCOMPARE(int(result.status), int(SyncResult::Status::Cancelled));
    QVERIFY(result.calls >= 100 && result.calls < 2000);
    QCOMPARE(storedCalls({}), result.calls);
    QVERIFY(!bar->isVisible());
    auto *table = gui.dialog->findChild<QTableWidget *>(u"connectionsTable"_s);
    QCOMPARE(cell(table, 0, ConnectionsDialog::StatusColumn), u"Cancelled"_s);
    // Sync Now again goes on from there: every call once.
    sync->click();
    QVERIFY(synced.wait(120000));
    QCOMPARE(int(synced.last().at(1).value<SyncResult>().status), int(SyncResult::Status::Ok));
    QCOMPARE(storedCalls({}), 2000);
}

void TestConnectionsUi::schedulerSyncsDueConnectionsOnly()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"pbx"_s, fakeArguments(60)), qPrintable(fake.error()));
    auto database = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
    QVERIFY(database);
    const DatabaseSpec spec = database->spec();
    ConnectionStore store(*database);
    Connection c = connectionTo(ProviderKind::Pbx, fake.url());
    c.pageSize = 25;
    c.name = u"every5"_s;
    c.autoSyncMinutes = 5;
    QVERIFY(store.add(c));
    c.name = u"manual"_s;
    c.autoSyncMinutes = 0;
    QVERIFY(store.add(c));
    c.name = u"locked"_s;
    c.user = u"nobody"_s;
    c.autoSyncMinutes = 1;
    QVERIFY(store.add(c));

    QStringList asked;
    SyncScheduler scheduler(spec, [&](const Connection &connection, const SyncScheduler::SecretReply &reply) {
        asked.append(connection.name);
        if (connection.user == u"nobody")
            return reply({}, u"no secret for this one"_s);
        QTimer::singleShot(10, [reply] { reply(Secret, {}); });  // as the keychain: later
    });
    scheduler.setHttpSettings(quick());
    QSignalSpy started(&scheduler, &SyncScheduler::syncStarted);
    QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
    QSignalSpy problems(&scheduler, &SyncScheduler::problem);
    QList<QThread *> jobThreads;
    connect(&scheduler, &SyncScheduler::syncStarted, this, [&](const QString &, SyncJob *job) { jobThreads.append(job->thread()); });
    QVERIFY(!scheduler.isEnabled());
    scheduler.setEnabled(true);
    QVERIFY(scheduler.isEnabled());

    scheduler.checkNow();
    asked.sort();
    QCOMPARE(asked, (QStringList{u"every5"_s, u"locked"_s}));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).at(0).toString().contains(u"\"locked\""_s));
    QVERIFY(problems.at(0).at(0).toString().contains(u"no secret for this one"_s));
    QVERIFY(scheduler.isRunning(u"every5"_s));
    QVERIFY(!scheduler.isRunning(u"locked"_s));
    QVERIFY(!scheduler.syncNow(**store.find(u"every5"_s), Secret));  // Sync Now while it runs: refused
    // Asked again while the first is under way: not a second job.
    scheduler.checkNow();
    QVERIFY(finished.wait(60000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), u"every5"_s);
    QCOMPARE(jobThreads.size(), 1);
    QVERIFY(jobThreads.at(0) != QThread::currentThread());  // the GUI's thread never stores pages
    QCOMPARE(finished.size(), 1);
    QCOMPARE(int(finished.at(0).at(1).value<SyncResult>().status), int(SyncResult::Status::Ok));
    QCOMPARE(*CallStore(*database).count(CallFilter{.archive = true}), 60);
    QVERIFY(!scheduler.isRunning(u"every5"_s));

    // Just synced: not due for 5 minutes. Six minutes ago: due again.
    asked.clear();
    scheduler.checkNow();
    QCOMPARE(asked, QStringList{u"locked"_s});
    const Connection every5 = **store.find(u"every5"_s);
    SyncOutcome outcome = *store.outcome(every5.id);
    QCOMPARE(outcome.status, u"ok"_s);
    outcome.when = *outcome.when - 6 * 60;
    QVERIFY(store.saveOutcome(every5.id, outcome));
    asked.clear();
    scheduler.checkNow();
    asked.sort();
    QCOMPARE(asked, (QStringList{u"every5"_s, u"locked"_s}));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(*CallStore(*database).count(CallFilter{.archive = true}), 60);

    scheduler.setEnabled(false);
    QVERIFY(!scheduler.isEnabled());
}

// The program quits while an automatic sync runs: the scheduler waits for the page being stored,
// and the next sync goes on from the pages committed, to the exact set.
void TestConnectionsUi::schedulerGoneMidSyncKeepsCommittedPages()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"pbx"_s, fakeArguments(300, {u"--delay-ms"_s, u"100"_s})), qPrintable(fake.error()));
    auto database = TestSupport::openEmptyStore(u"sqlite"_s, m_dir);
    QVERIFY(database);
    Connection c = connectionTo(ProviderKind::Pbx, fake.url());
    c.pageSize = 20;
    c.name = u"slow"_s;
    QVERIFY(ConnectionStore(*database).add(c));
    const Connection slow = **ConnectionStore(*database).find(u"slow"_s);
    qint64 committed = 0;
    {
        SyncScheduler scheduler(database->spec(), {});
        scheduler.setHttpSettings(quick());
        connect(&scheduler, &SyncScheduler::syncStarted, this, [&](const QString &, SyncJob *job) {
            connect(job, &SyncJob::progress, this, [&](qint64 calls) { committed = calls; });
        });
        QVERIFY(scheduler.syncNow(slow, Secret));
        QTRY_VERIFY_WITH_TIMEOUT(committed >= 40, 30000);
    }
    const qint64 stored = *CallStore(*database).count(CallFilter{.archive = true});
    QVERIFY2(stored >= 40 && stored < 300 && stored % 20 == 0, qPrintable(QString::number(stored)));

    SyncScheduler again(database->spec(), {});
    again.setHttpSettings(quick());
    QSignalSpy finished(&again, &SyncScheduler::syncFinished);
    QVERIFY(again.syncNow(slow, Secret));
    QVERIFY(finished.wait(60000));
    QCOMPARE(int(finished.at(0).at(1).value<SyncResult>().status), int(SyncResult::Status::Ok));
    QCOMPARE(*CallStore(*database).count(CallFilter{.archive = true}), 300);
}

void TestConnectionsUi::voipmsRateSearch()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s, fakeArguments(10)), qPrintable(fake.error()));
    Gui gui = openGui();
    gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"vms"_s}, {u"kind"_s, u"voipms"_s},
                                     {u"Url"_s, fake.url().toString() + u"/api/v1/rest.php"_s}, {u"User"_s, User},
                                     {u"Secret"_s, Secret}}),
             QString());
    QTRY_COMPARE(gui.controller->connections().size(), 1);
    gui.window->findChild<QAction *>(u"voipmsRatesAction"_s)->trigger();
    VoipmsRatesView *view = gui.controller->ratesView();
    QVERIFY(view->isVisible());
    auto *connection = view->findChild<QComboBox *>(u"ratesConnectionBox"_s);
    QCOMPARE(connection->count(), 1);
    QCOMPARE(connection->currentText(), u"vms"_s);
    auto *table = view->findChild<QTableWidget *>(u"ratesTable"_s);
    auto *search = view->findChild<QPushButton *>(u"ratesSearchButton"_s);
    auto *status = view->findChild<QLabel *>(u"ratesStatusLabel"_s);

    // A package's client rates by destination.
    view->findChild<QLineEdit *>(u"ratesIdEdit"_s)->setText(u"92364"_s);
    view->findChild<QLineEdit *>(u"ratesQueryEdit"_s)->setText(u"Canada"_s);
    search->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"rate"_s) && search->isEnabled(), 20000);
    QVERIFY2(table->rowCount() > 0, qPrintable(status->text()));
    QCOMPARE(table->columnCount(), 6);
    for (int r = 0; r < table->rowCount(); ++r) {
        QVERIFY(table->item(r, 1)->text().contains(u"Canada"_s, Qt::CaseInsensitive));
        QVERIFY(Money::parse(table->item(r, 2)->text()).has_value());
    }
    // A route's termination rates.
    auto *mode = view->findChild<QComboBox *>(u"ratesModeBox"_s);
    mode->setCurrentIndex(1);
    view->findChild<QLineEdit *>(u"ratesIdEdit"_s)->setText(u"2"_s);
    search->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"on route 2"_s), 20000);
    QCOMPARE(table->columnCount(), 4);
    QVERIFY(table->rowCount() > 0);
    // An unknown package: voip.ms's status, shown.
    mode->setCurrentIndex(0);
    view->findChild<QLineEdit *>(u"ratesIdEdit"_s)->setText(u"1"_s);
    search->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"invalid_package"_s), 20000);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!status->text().contains(Secret));
}

void TestConnectionsUi::kazooDetailAndCsv()
{
    const QString account = u"4b8c6fe7e2b1f1d4a4dcfd5bcc0c5e3a"_s;
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"kazoo"_s, fakeArguments(30)), qPrintable(fake.error()));
    // A CDR id as Kazoo lists it.
    Connection c;
    c.kind = ProviderKind::Kazoo;
    c.url = fake.url();
    c.account = account;
    KazooClient lister({c, Secret}, quick());
    KazooCdrQuery first;
    first.pageSize = 1;
    QString id;
    lister.listCdrs(first, [&id](const KazooPage &page, const ProviderError &error) {
        id = error.ok() && !page.calls.isEmpty() ? page.calls.first().recordKey : u"-"_s;
    });
    QTRY_VERIFY(!id.isEmpty());
    QVERIFY(id != u"-");

    Gui gui = openGui();
    gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"kz"_s}, {u"kind"_s, u"kazoo"_s}, {u"Url"_s, fake.url().toString()},
                                     {u"Account"_s, account}, {u"Secret"_s, Secret}}),
             QString());
    QTRY_COMPARE(gui.controller->connections().size(), 1);
    gui.window->findChild<QAction *>(u"kazooDetailAction"_s)->trigger();
    KazooCdrView *view = gui.controller->kazooView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->connection(), u"kz"_s);
    view->findChild<QLineEdit *>(u"kazooCdrIdEdit"_s)->setText(id);
    view->findChild<QPushButton *>(u"kazooShowButton"_s)->click();
    auto *tree = view->findChild<QTreeWidget *>(u"kazooCdrTree"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0, 20000);
    QVERIFY(view->message().contains(u"field"_s));
    const auto field = [tree](const QString &name) -> QTreeWidgetItem * {
        const QList<QTreeWidgetItem *> found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    };
    QVERIFY(field(u"custom_channel_vars"_s));
    QVERIFY(field(u"custom_channel_vars"_s)->childCount() > 0);
    QVERIFY(field(u"account_id"_s));
    QVERIFY(field(u"remote_sdp"_s));
    QVERIFY(field(u"remote_sdp"_s)->text(1).contains(u"v=0"_s));
    QVERIFY(field(u"call_id"_s) && !field(u"call_id"_s)->text(1).isEmpty());
    // An unknown id: Kazoo's 404, said.
    view->findChild<QLineEdit *>(u"kazooCdrIdEdit"_s)->setText(u"no-such-cdr"_s);
    view->findChild<QPushButton *>(u"kazooShowButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(view->message().contains(u"404"_s), 20000);

    // Download as CSV: the file holds Kazoo's header and rows.
    view->findChild<QPushButton *>(u"kazooCsvButton"_s)->click();
    auto *chooser = waitForChild<QFileDialog>(view, u"kazooCsvFileDialog"_s);
    QVERIFY(chooser);
    const QString path = m_dir.filePath(u"kazoo.csv"_s);
    chooser->selectFile(path);
    QMetaObject::invokeMethod(chooser, "accept");
    QTRY_VERIFY_WITH_TIMEOUT(view->message().startsWith(u"Saved"_s), 20000);
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QVERIFY(lines.first().contains("call_id"));
    QVERIFY(lines.size() > 1);
    QVERIFY(!QString::fromUtf8(lines.join('\n')).contains(Secret));
}

void TestConnectionsUi::voipmsListsFeedTheFilterPanel()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s, fakeArguments(300)), qPrintable(fake.error()));
    const QUrl api(fake.url().toString() + u"/api/v1/rest.php"_s);
    const QList<VoipmsValue> accounts = voipmsValues(api, &VoipmsClient::getCallAccounts);
    const QList<VoipmsValue> types = voipmsValues(api, &VoipmsClient::getCallTypes);
    QVERIFY(accounts.size() > 2);
    QVERIFY(types.size() > 4);  // all, outgoing, incoming and the DIDs

    Gui gui = openGui();
    gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"vms"_s}, {u"kind"_s, u"voipms"_s}, {u"Url"_s, api.toString()},
                                     {u"User"_s, User}, {u"Secret"_s, Secret}}),
             QString());
    FilterPanel *panel = gui.window->filterController()->panel();
    auto *source = panel->findChild<QComboBox *>(u"voipmsListsConnectionBox"_s);
    auto *status = panel->findChild<QLabel *>(u"voipmsListsStatusLabel"_s);
    auto *calltype = panel->findChild<QComboBox *>(u"calltypeCombo"_s);
    auto *billing = panel->findChild<QComboBox *>(u"callbillingCombo"_s);
    QLineEdit *account = panel->textFilter(u"account"_s)->lineEdit();
    QTRY_COMPARE(source->count(), 2);  // None and vms: nothing is asked for until chosen
    QCOMPARE(calltype->count(), 3);
    auto *lists = gui.window->findChild<VoipmsListsController *>(u"voipmsListsController"_s);
    QVERIFY(lists);
    QSignalSpy shown(lists, &VoipmsListsController::listsShown);

    source->setCurrentIndex(1);
    QVERIFY(shown.wait(20000));
    QVERIFY2(shown.last().at(1).toBool(), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"from \"vms\""_s));
    // The accounts are offered while typing an account (voip.ms's "all" is the empty field).
    QStringList expectedAccounts;
    for (const VoipmsValue &value : accounts) {
        if (value.value != u"all")
            expectedAccounts.append(value.value);
    }
    QVERIFY(account->completer());
    QCOMPARE(qobject_cast<QStringListModel *>(account->completer()->model())->stringList(), expectedAccounts);
    // Every call type is a choice: the calls to each DID after the panel's own three.
    QCOMPARE(calltype->count(), types.size());
    const QString did = types.last().value;
    const int didIndex = calltype->findData(did);
    QVERIFY(didIndex >= 3);
    QCOMPARE(calltype->itemText(didIndex), u"Calls to "_s + did);
    calltype->setCurrentIndex(didIndex);
    QCOMPARE(panel->filter().calltype, did);
    QVERIFY(panel->problems().isEmpty());
    QCOMPARE(calltype->itemData(calltype->findData(u"incoming"_s), Qt::ToolTipRole).toString(), u"Incoming Calls"_s);
    QCOMPARE(billing->itemData(billing->findData(u"free"_s), Qt::ToolTipRole).toString(), u"Free Calls"_s);
    QCOMPARE(billing->itemData(billing->findData(u"billed"_s), Qt::ToolTipRole).toString(), u"Billed Calls"_s);

    // None takes the panel back to its own choices; the DID typed stays the filter.
    source->setCurrentIndex(0);
    QCOMPARE(calltype->count(), 3);
    QCOMPARE(panel->filter().calltype, did);
    // Kept for the session: with voip.ms gone, choosing the connection again shows them at once.
    fake.stop();
    source->setCurrentIndex(1);
    QTRY_COMPARE(calltype->count(), types.size());
    QVERIFY(shown.last().at(1).toBool());
    // Refresh asks voip.ms: the failure is said, the lists had stay, the panel works on.
    const int before = int(shown.size());
    panel->findChild<QPushButton *>(u"voipmsListsRefreshButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() > before, 20000);
    QVERIFY(!shown.last().at(1).toBool());
    QVERIFY2(status->text().contains(u"could not be fetched"_s), qPrintable(status->text()));
    QVERIFY(!status->text().contains(Secret));
    QVERIFY(status->isVisible());
    QCOMPARE(calltype->count(), types.size());
    QVERIFY(panel->isEnabled() && calltype->isEnabled());
    calltype->setCurrentIndex(calltype->findData(u"outgoing"_s));
    QCOMPARE(panel->filter().calltype, u"outgoing"_s);
    QVERIFY(panel->problems().isEmpty());
}

void TestConnectionsUi::voipmsResellerCdrsFetchAndImport()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"voipms"_s, fakeArguments(400)), qPrintable(fake.error()));
    const QUrl api(fake.url().toString() + u"/api/v1/rest.php"_s);
    // A reseller client (the fake's clients are 561100 + a demo client's ID) and what voip.ms
    // lists for it over the fake's days, asked directly.
    QString client;
    for (const DemoPlan::Customer &c : DemoPlan::customers()) {
        if (c.role == u"client" && client.isEmpty())
            client = QString::number(561100 + c.id);
    }
    QVERIFY(!client.isEmpty());
    const QDate last = QDateTime::fromSecsSinceEpoch(Until, QTimeZone::utc()).date();
    VoipmsCdrQuery query;
    query.client = client;
    query.dateFrom = last.addDays(-6);
    query.dateTo = last;
    Connection direct;
    direct.kind = ProviderKind::Voipms;
    direct.url = api;
    direct.user = User;
    direct.name = u"vms"_s;
    VoipmsClient voipms({direct, Secret}, quick());
    std::optional<QList<CallRecord>> expected;
    voipms.getResellerCDR(query, [&](const QList<CallRecord> &calls, const ProviderError &) { expected = calls; });
    QVERIFY(QTest::qWaitFor([&] { return expected.has_value(); }, 30000));
    QVERIFY(expected->size() > 3);
    QSet<QString> expectedIds;
    for (const CallRecord &call : *expected)
        expectedIds.insert(call.uniqueid);

    Gui gui = openGui();
    gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"vms"_s}, {u"kind"_s, u"voipms"_s}, {u"Url"_s, api.toString()},
                                     {u"User"_s, User}, {u"Timezone"_s, u"0"_s}, {u"Secret"_s, Secret}}),
             QString());
    QTRY_COMPARE(gui.controller->connections().size(), 1);
    gui.window->findChild<QAction *>(u"voipmsResellerAction"_s)->trigger();
    auto *controller = gui.window->findChild<ResellerCdrController *>(u"resellerCdrController"_s);
    VoipmsResellerView *view = controller->view();
    QVERIFY(view->isVisible());
    auto *table = view->findChild<QTableWidget *>(u"resellerTable"_s);
    auto *fetch = view->findChild<QPushButton *>(u"resellerFetchButton"_s);
    auto *importButton = view->findChild<QPushButton *>(u"resellerImportButton"_s);
    auto *progress = view->findChild<QProgressBar *>(u"resellerProgress"_s);
    auto *status = view->findChild<QLabel *>(u"resellerStatusLabel"_s);
    QCOMPARE(view->findChild<QComboBox *>(u"resellerConnectionBox"_s)->currentText(), u"vms"_s);

    // Without a client: said, nothing asked.
    fetch->click();
    QCOMPARE(status->text(), u"Type the reseller client's ID."_s);
    QCOMPARE(table->rowCount(), 0);

    view->findChild<QLineEdit *>(u"resellerClientEdit"_s)->setText(client);
    view->findChild<QDateEdit *>(u"resellerFromEdit"_s)->setDate(query.dateFrom);
    view->findChild<QDateEdit *>(u"resellerToEdit"_s)->setDate(query.dateTo);
    // The client's choices from voip.ms.
    auto *account = view->findChild<QComboBox *>(u"resellerAccountBox"_s);
    view->findChild<QPushButton *>(u"resellerListsButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(account->count() > 1, 20000);
    QVERIFY(view->findChild<QComboBox *>(u"resellerCallbillingBox"_s)->findData(u"billed"_s) > 0);

    fetch->click();
    QTRY_VERIFY_WITH_TIMEOUT(fetch->isEnabled() && table->rowCount() > 0, 30000);
    QCOMPARE(table->rowCount(), expected->size());
    QCOMPARE(progress->maximum(), 7);
    QSet<QString> shownIds;
    for (int r = 0; r < table->rowCount(); ++r)
        shownIds.insert(table->item(r, 7)->text());
    QCOMPARE(shownIds, expectedIds);
    QCOMPARE(ViewState::value(u"voipmsReseller/client"_s), client);  // offered again next time

    // Import: the calls stored once, under the connection's source; again: nothing doubled.
    QSignalSpy imported(controller, &ResellerCdrController::imported);
    QVERIFY(importButton->isEnabled());
    importButton->click();
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.last().at(0).toLongLong(), qint64(expected->size()));
    QCOMPARE(storedCalls({}), qint64(expected->size()));
    QTRY_VERIFY(importButton->isEnabled());
    importButton->click();
    QVERIFY(imported.wait(30000));
    QCOMPARE(storedCalls({}), qint64(expected->size()));
    auto *grid = gui.window->findChild<QTableView *>(u"callTable"_s);
    QTRY_COMPARE(qint64(grid->model()->rowCount()), qint64(expected->size()));
    // Stored as sync stores them (source and record key): a sync of the connection replaces them.
    QSignalSpy synced(gui.controller, &ConnectionsController::syncFinished);
    gui.controller->syncConnection(u"vms"_s);
    QVERIFY(synced.wait(60000));
    const auto result = synced.last().at(1).value<SyncResult>();
    QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.message));
    QVERIFY(result.calls > expected->size());
    QCOMPARE(storedCalls({}), result.calls);

    // One account: only its calls.
    const QString oneAccount = account->itemData(1).toString();
    account->setCurrentIndex(1);
    fetch->click();
    QTRY_VERIFY_WITH_TIMEOUT(fetch->isEnabled(), 30000);
    for (int r = 0; r < table->rowCount(); ++r)
        QCOMPARE(table->item(r, 3)->text(), oneAccount);

    // An unknown client: voip.ms's status, said; the table empty, nothing to import.
    view->findChild<QLineEdit *>(u"resellerClientEdit"_s)->setText(u"999"_s);
    fetch->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"invalid_client"_s), 20000);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!importButton->isEnabled());
    QVERIFY(!status->text().contains(Secret));

    // Cancel: a slow voip.ms over a long period stops at once, nothing shown.
    FakeProviderProcess slow;
    QVERIFY2(slow.start(u"voipms"_s, fakeArguments(50, {u"--delay-ms"_s, u"400"_s})), qPrintable(slow.error()));
    gui.controller->dialog()->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
    QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, u"slow"_s}, {u"kind"_s, u"voipms"_s},
                                     {u"Url"_s, slow.url().toString() + u"/api/v1/rest.php"_s}, {u"User"_s, User},
                                     {u"Secret"_s, Secret}}),
             QString());
    QTRY_COMPARE(view->findChild<QComboBox *>(u"resellerConnectionBox"_s)->count(), 2);
    view->findChild<QComboBox *>(u"resellerConnectionBox"_s)->setCurrentText(u"slow"_s);
    view->findChild<QLineEdit *>(u"resellerClientEdit"_s)->setText(client);
    account->setCurrentIndex(0);
    view->findChild<QDateEdit *>(u"resellerFromEdit"_s)->setDate(last.addDays(-90));
    fetch->click();
    auto *cancel = view->findChild<QPushButton *>(u"resellerCancelButton"_s);
    QTRY_VERIFY(progress->maximum() == 91 && progress->isVisible());
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Cancelled"_s), 5000);
    QVERIFY(fetch->isEnabled());
    QCOMPARE(table->rowCount(), 0);
}

void TestConnectionsUi::createCallOnEnswitch()
{
    FakeProviderProcess fake;
    QVERIFY2(fake.start(u"enswitch"_s, fakeArguments(20)), qPrintable(fake.error()));
    FakeProviderProcess cdrsOnly;  // a user whose role may list but not create
    QVERIFY2(cdrsOnly.start(u"enswitch"_s, fakeArguments(20, {u"--roles"_s, u"cdrs"_s})), qPrintable(cdrsOnly.error()));
    Gui gui = openGui();
    const QString wrong = u"not-the-Pa55word"_s;
    // (A secret belongs to kind, user and URL: the wrong one under another user.)
    for (const auto &[name, url, user, secret] :
         {std::tuple{u"ens"_s, fake.url(), User, Secret}, std::tuple{u"wrong"_s, fake.url(), u"intruder"_s, wrong},
          std::tuple{u"norole"_s, cdrsOnly.url(), User, Secret}}) {
        gui.dialog->findChild<QPushButton *>(u"addConnectionButton"_s)->click();
        QCOMPARE(fillEditor(gui.dialog, {{u"Name"_s, name}, {u"kind"_s, u"enswitch"_s}, {u"Url"_s, url.toString()},
                                         {u"User"_s, user}, {u"Secret"_s, secret}}),
                 QString());
    }
    QTRY_COMPARE(gui.controller->connections().size(), 3);

    gui.window->findChild<QAction *>(u"createCallAction"_s)->trigger();
    auto *dialog = waitForChild<CreateCallDialog>(gui.window.get(), u"createCallDialog"_s);
    QVERIFY(dialog);
    auto *target = dialog->findChild<QComboBox *>(u"createCallTargetBox"_s);
    QCOMPARE(target->count(), 4);  // this store and the three connections
    target->setCurrentIndex(target->findData(u"ens"_s));
    const qint64 start = Until - 3600;
    const QString uniqueid = u"gui-create-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    dialog->setValue(u"uniqueid"_s, uniqueid);
    dialog->setValue(u"machine"_s, u"pbx1"_s);
    dialog->setValue(u"start"_s, QString::number(start));
    dialog->setValue(u"scustomer"_s, QString::number(DemoPlan::customers().first().id));
    dialog->setValue(u"cnumber"_s, u"+15145550123"_s);
    const auto onEnswitch = [&] {  // the calls Enswitch lists with this call ID
        EnswitchClient client({connectionTo(ProviderKind::Enswitch, fake.url()), Secret}, quick());
        EnswitchCdrQuery query;
        query.customer = u"system"_s;  // every customer, the operator's own too
        query.callid = uniqueid;
        query.start = start - 60;
        query.end = start + 3600;
        std::optional<qint64> count;
        client.listCdrs(query, [&](const QList<CallRecord> &calls, const ProviderError &) { count = calls.size(); });
        (void)QTest::qWaitFor([&] { return count.has_value(); }, 20000);
        return count.value_or(-1);
    };

    // Validate Only: Enswitch's 201, nothing stored there or here.
    dialog->findChild<QPushButton *>(u"validateOnlyButton"_s)->click();
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->statusText().contains(u"(201)"_s), qPrintable(dialog->statusText()), 20000);
    QVERIFY(dialog->statusText().contains(u"Enswitch \"ens\""_s));
    QCOMPARE(onEnswitch(), 0);

    // 400: Enswitch's key and message under the line it names.
    dialog->setValue(u"end"_s, QString::number(start - 10));
    dialog->findChild<QPushButton *>(u"createCallButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().startsWith(u"Not created on Enswitch"_s), 20000);
    QVERIFY2(dialog->fieldError(u"end"_s).contains(u"End is before start."_s), qPrintable(dialog->fieldError(u"end"_s)));
    QVERIFY(dialog->fieldError(u"end"_s).contains(u"400"_s));
    QCOMPARE(onEnswitch(), 0);

    // Corrected: 204, and Enswitch lists the call; the local store has none.
    dialog->setValue(u"end"_s, QString::number(start + 95));
    dialog->findChild<QPushButton *>(u"createCallButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(u"(204)"_s), 20000);
    QVERIFY(dialog->fieldError(u"end"_s).isEmpty());
    QCOMPARE(onEnswitch(), 1);
    QCOMPARE(storedCalls({}), 0);

    // 401 and 402: said in the status, no line blamed, no secret shown.
    target->setCurrentIndex(target->findData(u"wrong"_s));
    dialog->findChild<QPushButton *>(u"validateOnlyButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(u"rejected the user name or password"_s), 20000);
    QVERIFY(!dialog->statusText().contains(wrong));
    QVERIFY(dialog->statusText().contains(u"auth_password=REDACTED"_s));
    target->setCurrentIndex(target->findData(u"norole"_s));
    dialog->findChild<QPushButton *>(u"validateOnlyButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(u"role does not allow"_s), 20000);
    QVERIFY(dialog->statusText().contains(u"402"_s));
    for (const QString &field : {u"uniqueid"_s, u"start"_s, u"scustomer"_s, u"end"_s})
        QVERIFY(dialog->fieldError(field).isEmpty());

    // This store again: the local CallCreator, as before.
    target->setCurrentIndex(0);
    dialog->findChild<QPushButton *>(u"validateOnlyButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(u"nothing was written"_s) || !dialog->fieldError(u"scustomer"_s).isEmpty(), 20000);
    dialog->close();
}

void TestConnectionsUi::declinedPasswordLeavesNothingWaiting()
{
    Gui gui = openGui();
    // A voip.ms connection made elsewhere, whose secret this session has not got.
    {
        auto database = Database::open(m_spec);
        Connection c;
        c.name = u"elsewhere"_s;
        c.kind = ProviderKind::Voipms;
        c.url = QUrl(u"http://127.0.0.1:9/api/v1/rest.php"_s);
        c.user = User + u"-nosecret-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(ConnectionStore(**database).add(c));
    }
    gui.controller->showConnections();
    const QString notAsked = u"No password or token was given; the provider was not asked."_s;

    // The filter panel's lists: the prompt cancelled, the box says so and the panel works on.
    FilterPanel *panel = gui.window->filterController()->panel();
    auto *source = panel->findChild<QComboBox *>(u"voipmsListsConnectionBox"_s);
    QTRY_COMPARE(source->count(), 2);
    auto *lists = gui.window->findChild<VoipmsListsController *>(u"voipmsListsController"_s);
    QSignalSpy shown(lists, &VoipmsListsController::listsShown);
    source->setCurrentIndex(1);
    QInputDialog *prompt = visibleChild<QInputDialog>(gui.dialog, u"secretPrompt"_s);
    QVERIFY(prompt);
    prompt->reject();
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(!shown.last().at(1).toBool());
    QCOMPARE(panel->findChild<QLabel *>(u"voipmsListsStatusLabel"_s)->text(), notAsked);
    QCOMPARE(panel->findChild<QComboBox *>(u"calltypeCombo"_s)->count(), 3);

    // The reseller view: Fetch is offered again.
    gui.window->findChild<QAction *>(u"voipmsResellerAction"_s)->trigger();
    VoipmsResellerView *view = gui.window->findChild<ResellerCdrController *>(u"resellerCdrController"_s)->view();
    view->findChild<QLineEdit *>(u"resellerClientEdit"_s)->setText(u"561115"_s);
    auto *fetch = view->findChild<QPushButton *>(u"resellerFetchButton"_s);
    fetch->click();
    QVERIFY(!fetch->isEnabled());
    prompt = visibleChild<QInputDialog>(gui.dialog, u"secretPrompt"_s);
    QVERIFY(prompt);
    prompt->reject();
    QTRY_COMPARE(view->statusText(), notAsked);
    QVERIFY(fetch->isEnabled());
    QVERIFY(!view->findChild<QPushButton *>(u"resellerCancelButton"_s)->isEnabled());
}

QTEST_MAIN(TestConnectionsUi)
#include "tst_connectionsui.moc"
