#include "connectionscontroller.h"

#include "billingcontroller.h"
#include "connectioneditdialog.h"
#include "createcalldialog.h"
#include "providers/enswitchclient.h"
#include "connectionsdialog.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"
#include "providers/connectionstore.h"
#include "providers/connectiontest.h"
#include "providers/providersecrets.h"
#include "providers/syncscheduler.h"
#include "kazoocdrview.h"
#include "providers/kazooclient.h"
#include "providers/voipmsclient.h"
#include "store/database.h"
#include "voipmsratesview.h"
#include "filtercontroller.h"
#include "voipmslistscontroller.h"
#include "resellercdrcontroller.h"

#include <QAction>
#include <QFileDialog>
#include <QSaveFile>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
const QString AutoSyncKey = u"providers/automaticSync"_s;
}

ConnectionsController::ConnectionsController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Providers"), window))
    , m_secrets(new ProviderSecrets(this))
    , m_dialog(new ConnectionsDialog(window))
    , m_rates(new VoipmsRatesView(window))
    , m_kazoo(new KazooCdrView(window))
{
    setObjectName(u"connectionsController"_s);
    m_menu->setObjectName(u"providersMenu"_s);
    m_scheduler = new SyncScheduler({}, [this](const Connection &connection, const SyncScheduler::SecretReply &reply) {
        m_secrets->read(connection, reply);
    }, this);
    m_scheduler->setHttpSettings(m_http);
    auto *lists = new VoipmsListsController(this, window->filterController()->panel());
    auto *reseller = new ResellerCdrController(this, window, lists->cache());

    QAction *manage = m_menu->addAction(tr("&Connections…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this,
                                        &ConnectionsController::showConnections);
    manage->setObjectName(u"connectionsAction"_s);
    m_autoSync = m_menu->addAction(tr("&Automatic Sync"));
    m_autoSync->setObjectName(u"automaticSyncAction"_s);
    m_autoSync->setCheckable(true);
    m_autoSync->setChecked(QSettings().value(AutoSyncKey, true).toBool());
    m_autoSync->setToolTip(tr("Sync each connection every so many minutes, as set in the connection"));
    connect(m_autoSync, &QAction::toggled, this, &ConnectionsController::setAutomaticSync);
    m_menu->addSeparator();
    m_menu->addAction(tr("voip.ms &Rate Search…"), this, &ConnectionsController::showRateSearch)
        ->setObjectName(u"voipmsRatesAction"_s);
    m_menu->addAction(tr("voip.ms Reseller &CDRs…"), reseller, &ResellerCdrController::show)
        ->setObjectName(u"voipmsResellerAction"_s);
    m_menu->addAction(tr("&Kazoo CDR Detail…"), this, &ConnectionsController::showKazooDetail)
        ->setObjectName(u"kazooDetailAction"_s);
    connect(m_kazoo, &KazooCdrView::detailRequested, this, &ConnectionsController::kazooDetail);
    connect(m_kazoo, &KazooCdrView::csvRequested, this, &ConnectionsController::kazooCsv);
    connect(m_rates, &VoipmsRatesView::searchRequested, this,
            [this](const QString &connection, VoipmsRatesView::Mode mode, const QString &id, const QString &query) {
                searchRates(connection, int(mode), id, query);
            });

    connect(m_dialog, &ConnectionsDialog::addRequested, this, &ConnectionsController::addConnection);
    connect(m_dialog, &ConnectionsDialog::editRequested, this, &ConnectionsController::editConnection);
    connect(m_dialog, &ConnectionsDialog::removeRequested, this, &ConnectionsController::removeConnection);
    connect(m_dialog, &ConnectionsDialog::testRequested, this, &ConnectionsController::testConnection);
    connect(m_dialog, &ConnectionsDialog::syncRequested, this, &ConnectionsController::syncConnection);
    connect(m_dialog, &ConnectionsDialog::cancelSyncRequested, this, &ConnectionsController::cancelSync);
    connect(m_scheduler, &SyncScheduler::syncStarted, this, [this](const QString &name, SyncJob *job) {
        m_dialog->setSyncProgress(name, 0, 0, 0);
        say(tr("Syncing \"%1\"…").arg(name));
        connect(job, &SyncJob::progress, m_dialog, [this, name](qint64 calls, qint64, qint64 covered, qint64 total) {
            m_dialog->setSyncProgress(name, calls, covered, total);
        });
    });
    connect(m_scheduler, &SyncScheduler::syncFinished, this, &ConnectionsController::onSyncFinished);
    connect(m_scheduler, &SyncScheduler::problem, this, &ConnectionsController::say);
    connect(window, &MainWindow::databaseOpened, this, &ConnectionsController::onDatabaseOpened);
    connect(window->billing(), &BillingController::createCallOpened, this, &ConnectionsController::offerEnswitchCreate);

    m_secrets->checkKeychain([this](const QString &problem) {
        m_keychainProblem = problem;
        m_dialog->setKeychainNotice(secretNotice());
    });
}

ConnectionsController::~ConnectionsController() = default;

void ConnectionsController::setHttpSettings(const HttpSettings &settings)
{
    m_http = settings;
    m_scheduler->setHttpSettings(settings);
}

QString ConnectionsController::secretNotice() const
{
    if (m_keychainProblem.isEmpty())
        return {};
    return tr("No system keychain service answers here (%1). Passwords and tokens are kept in memory for this "
              "session only and asked for again in the next one; they are never written to disk.")
        .arg(m_keychainProblem);
}

void ConnectionsController::onDatabaseOpened()
{
    m_scheduler->setStore(m_window->callModel()->databaseSpec());
    setAutomaticSync(m_autoSync->isChecked());
    refresh();
}

void ConnectionsController::setAutomaticSync(bool enabled)
{
    QSettings().setValue(AutoSyncKey, enabled);
    m_scheduler->setEnabled(enabled && m_window->callModel());
    if (enabled && m_window->callModel())
        m_scheduler->checkNow();
}

void ConnectionsController::say(const QString &message)
{
    m_dialog->setMessage(message);
    m_window->statusBar()->showMessage(message, 15000);
}

QList<Connection> ConnectionsController::connections() const
{
    if (!m_window->callModel())
        return {};
    auto database = Database::open(m_window->callModel()->databaseSpec());
    if (!database)
        return {};
    Result<QList<Connection>> all = ConnectionStore(**database).list();
    return all ? *all : QList<Connection>();
}

void ConnectionsController::refresh()
{
    if (!m_window->callModel())
        return;
    auto database = Database::open(m_window->callModel()->databaseSpec());
    if (!database)
        return say(database.error());
    ConnectionStore store(**database);
    Result<QList<Connection>> all = store.list();
    if (!all)
        return say(all.error());
    QList<ConnectionRow> rows;
    for (const Connection &connection : *all)
    {
        Result<SyncOutcome> last = store.outcome(connection.id);
        rows.append({connection, last ? *last : SyncOutcome()});
    }
    m_dialog->setRows(rows);
    Q_EMIT connectionsChanged();
}

std::optional<Connection> ConnectionsController::find(const QString &name)
{
    if (!m_window->callModel() || name.isEmpty())
        return std::nullopt;
    auto database = Database::open(m_window->callModel()->databaseSpec());
    if (!database) {
        say(database.error());
        return std::nullopt;
    }
    Result<std::optional<Connection>> found = ConnectionStore(**database).find(name);
    if (!found) {
        say(found.error());
        return std::nullopt;
    }
    return *found;
}

void ConnectionsController::showConnections()
{
    if (!m_window->callModel())
        return m_window->statusBar()->showMessage(tr("Open a database first."), 5000);
    refresh();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void ConnectionsController::addConnection()
{
    openEditor(Connection());
}

void ConnectionsController::editConnection(const QString &name)
{
    if (const std::optional<Connection> connection = find(name))
        openEditor(*connection);
}

void ConnectionsController::openEditor(const Connection &existing)
{
    auto *editor = new ConnectionEditDialog(existing, m_dialog);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setSecretNotice(m_keychainProblem.isEmpty()
                                ? tr("Kept in the system keychain, never in the store or settings.")
                                : tr("No system keychain answers here: kept in memory for this session only."));
    connect(editor, &QDialog::accepted, this, [this, editor, existing] {
        saveEdited(existing, editor->connection(), editor->secret());
    });
    editor->open();
}

void ConnectionsController::saveEdited(const Connection &before, const Connection &after, const QString &secret)
{
    auto database = Database::open(m_window->callModel()->databaseSpec());
    if (!database)
        return say(database.error());
    ConnectionStore store(**database);
    Connection saved = after;
    if (before.id == 0) {
        Result<Connection> added = store.add(after);
        if (!added)
            return say(added.error());
        saved = *added;
    } else if (Result<void> updated = store.update(after); !updated) {
        return say(updated.error());
    }
    refresh();
    m_dialog->selectConnection(saved.name);
    const QString done = before.id == 0 ? tr("Connection \"%1\" added.").arg(saved.name)
                                        : tr("Connection \"%1\" saved.").arg(saved.name);
    if (!secret.isEmpty())
        return storeSecret(saved, secret, done);
    if (before.secretKey() == saved.secretKey())
        return say(done);
    // The user or URL changed: the secret moves to the new keychain entry.
    m_secrets->read(before, [this, before, saved, done](const QString &old, const QString &error) {
        if (!error.isEmpty())
            return say(done + u' ' + tr("Type its password or token at the next test or sync."));
        m_secrets->forget(before);
        storeSecret(saved, old, done);
    });
}

void ConnectionsController::storeSecret(const Connection &connection, const QString &secret, const QString &saved)
{
    m_secrets->store(connection, secret, [this, saved](const QString &problem) {
        say(problem.isEmpty() ? saved + u' ' + tr("The password is in the system keychain.")
                              : saved + u' ' + tr("The password is kept for this session only: %1").arg(problem));
    });
}

void ConnectionsController::removeConnection(const QString &name)
{
    const std::optional<Connection> connection = find(name);
    if (!connection)
        return;
    if (m_scheduler->isRunning(name))
        return say(tr("\"%1\" is syncing: cancel the sync first.").arg(name));
    auto database = Database::open(m_window->callModel()->databaseSpec());
    if (!database)
        return say(database.error());
    if (Result<void> removed = ConnectionStore(**database).remove(name); !removed)
        return say(removed.error());
    m_secrets->forget(*connection);
    refresh();
    say(tr("Connection \"%1\" removed; the calls it synced stay in the store.").arg(name));
}

void ConnectionsController::withSecret(const Connection &connection, SecretUse use, std::function<void()> declined)
{
    m_secrets->read(connection, [this, connection, use = std::move(use), declined](const QString &secret, const QString &error) {
        if (error.isEmpty())
            return use(secret);
        askSecret(connection, error, use, declined);
    });
}

QInputDialog *ConnectionsController::secretPrompt(const Connection &connection, const QString &objectName,
                                                 const QString &text)
{
    auto *prompt = new QInputDialog(m_dialog);
    prompt->setObjectName(objectName);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowTitle(tr("Password for \"%1\"").arg(connection.name));
    prompt->setLabelText(text);
    prompt->setTextEchoMode(QLineEdit::Password);
    return prompt;
}

void ConnectionsController::askSecret(const Connection &connection, const QString &why, SecretUse use,
                                      std::function<void()> declined)
{
    QInputDialog *prompt = secretPrompt(connection, u"secretPrompt"_s,
                                        tr("%1\nType the password or token of \"%2\" (%3). It is kept in memory for "
                                           "this session only, never written to disk.")
                                            .arg(why, connection.name, ProviderHttp::redacted(connection.url)));
    connect(prompt, &QInputDialog::finished, this, [this, prompt, connection, use, declined](int result) {
        const QString secret = prompt->textValue();
        if (result != QDialog::Accepted || secret.isEmpty()) {
            if (declined)
                declined();
            return;
        }
        m_secrets->remember(connection, secret);
        use(secret);
    });
    prompt->open();
}

void ConnectionsController::testConnection(const QString &name)
{
    const std::optional<Connection> connection = find(name);
    if (!connection)
        return;
    say(tr("Testing \"%1\"…").arg(name));
    withSecret(*connection, [this, connection = *connection](const QString &secret) {
        ConnectionTest::run({connection, secret}, m_http, this, [this, connection](const ProviderError &error) {
            const QString &name = connection.name;
            const QString message = error.ok() ? tr("\"%1\" works: the provider accepted the URL and credentials.").arg(name)
                                               : tr("\"%1\" failed the test: %2").arg(name, error.message);
            say(message);
            Q_EMIT tested(name, error.ok(), message);
            if (error.kind == ProviderError::Kind::Auth)
                reaskSecret(connection, message, [this, name] { testConnection(name); });
        });
    });
}

void ConnectionsController::syncConnection(const QString &name)
{
    const std::optional<Connection> connection = find(name);
    if (!connection)
        return;
    if (m_scheduler->isRunning(name))
        return say(tr("\"%1\" is syncing already.").arg(name));
    withSecret(*connection, [this, connection = *connection](const QString &secret) {
        if (m_scheduler->syncNow(connection, secret))
            m_manualSyncs.insert(connection.name);
        else
            say(tr("\"%1\" is syncing already.").arg(connection.name));
    });
}

void ConnectionsController::cancelSync(const QString &name)
{
    if (SyncJob *job = m_scheduler->job(name)) {
        job->cancel();
        say(tr("Cancelling the sync of \"%1\"…").arg(name));
    }
}

void ConnectionsController::onSyncFinished(const QString &name, const SyncResult &result)
{
    m_dialog->setSyncEnded(name);
    refresh();
    if (result.calls > 0 && m_window->callModel())
        m_window->callModel()->refresh();
    say(result.message);
    Q_EMIT syncFinished(name, result);
    if (m_manualSyncs.remove(name) && result.error.kind == ProviderError::Kind::Auth) {
        if (const std::optional<Connection> connection = find(name))
            reaskSecret(*connection, result.message, [this, name] { syncConnection(name); });
    }
}

void ConnectionsController::reaskSecret(const Connection &connection, const QString &why, const std::function<void()> &retry)
{
    QInputDialog *prompt = secretPrompt(
        connection, u"secretRetryPrompt"_s,
        tr("%1\nType the password or token of \"%2\" (%3) again to retry.")
                .arg(why, connection.name, ProviderHttp::redacted(connection.url))
            + u'\n'
            + (m_keychainProblem.isEmpty() ? tr("It replaces the one in the system keychain.")
                                           : tr("It is kept in memory for this session only, never written to disk.")));
    connect(prompt, &QInputDialog::textValueSelected, this, [this, connection, retry](const QString &secret) {
        if (secret.isEmpty())
            return;
        m_secrets->store(connection, secret, [this, connection, retry](const QString &problem) {
            say(problem.isEmpty() ? tr("The new password of \"%1\" is in the system keychain.").arg(connection.name)
                                  : tr("The new password of \"%1\" is kept for this session only: %2").arg(connection.name, problem));
            retry();
        });
    });
    prompt->open();
}

void ConnectionsController::showRateSearch()
{
    if (!m_window->callModel())
        return m_window->statusBar()->showMessage(tr("Open a database first."), 5000);
    m_rates->setConnections(connectionsOf(ProviderKind::Voipms));
    m_rates->show();
    m_rates->raise();
}

void ConnectionsController::searchRates(const QString &name, int mode, const QString &packageOrRoute, const QString &query)
{
    const std::optional<Connection> connection = find(name);
    if (!connection)
        return m_rates->showError(tr("There is no connection named \"%1\".").arg(name));
    withSecret(*connection, [this, connection = *connection, mode, packageOrRoute, query](const QString &secret) {
        auto *client = new VoipmsClient({connection, secret}, m_http, this);
        if (VoipmsRatesView::Mode(mode) == VoipmsRatesView::Mode::Package) {
            client->getRates(packageOrRoute, query, [this, client](const QList<VoipmsRate> &rates, const ProviderError &error) {
                client->deleteLater();
                error.ok() ? m_rates->showRates(rates) : m_rates->showError(error.message);
            });
        } else {
            client->getTerminationRates(packageOrRoute, query,
                                        [this, client](const VoipmsTerminationRates &rates, const ProviderError &error) {
                                            client->deleteLater();
                                            error.ok() ? m_rates->showTerminationRates(rates) : m_rates->showError(error.message);
                                        });
        }
    });
}

QStringList ConnectionsController::connectionsOf(ProviderKind kind) const
{
    QStringList names;
    for (const Connection &connection : connections()) {
        if (connection.kind == kind)
            names.append(connection.name);
    }
    return names;
}

void ConnectionsController::offerEnswitchCreate(CreateCallDialog *dialog)
{
    dialog->setEnswitchConnections(connectionsOf(ProviderKind::Enswitch));
    connect(dialog, &CreateCallDialog::enswitchRequested, this,
            [this, dialog = QPointer<CreateCallDialog>(dialog)](const QString &name,
                                                                const QList<std::pair<QString, QString>> &parameters) {
                const auto answer = [dialog](int code, const ProviderError &error) {
                    if (dialog)
                        dialog->showEnswitchResult(code, error.code, error.key, error.providerMessage, error.message);
                };
                const auto notAsked = [answer](const QString &why) {
                    ProviderError error;
                    error.kind = ProviderError::Kind::Cancelled;
                    error.message = why;
                    answer(0, error);
                };
                const std::optional<Connection> connection = find(name);
                if (!connection)
                    return notAsked(tr("There is no connection named \"%1\".").arg(name));
                withSecret(*connection, [this, connection = *connection, parameters, answer](const QString &secret) {
                    auto *client = new EnswitchClient({connection, secret}, m_http, this);
                    client->createCdr(parameters, [client, answer](int code, const ProviderError &error) {
                        client->deleteLater();
                        answer(code, error);
                    });
                }, [notAsked] { notAsked(tr("No password or token was given; the provider was not asked.")); });
            });
}

void ConnectionsController::showKazooDetail()
{
    if (!m_window->callModel())
        return m_window->statusBar()->showMessage(tr("Open a database first."), 5000);
    m_kazoo->setConnections(connectionsOf(ProviderKind::Kazoo));
    m_kazoo->show();
    m_kazoo->raise();
}

void ConnectionsController::kazooDetail(const QString &name, const QString &id)
{
    const std::optional<Connection> connection = find(name);
    if (!connection)
        return m_kazoo->showMessage(tr("There is no connection named \"%1\".").arg(name));
    withSecret(*connection, [this, connection = *connection, id](const QString &secret) {
        auto *client = new KazooClient({connection, secret}, m_http, this);
        client->cdr(id, [this, client](const QJsonObject &data, const CallRecord &, const ProviderError &error) {
            client->deleteLater();
            error.ok() ? m_kazoo->showDetail(data) : m_kazoo->showMessage(error.message);
        });
    });
}

void ConnectionsController::kazooCsv(const QString &name)
{
    const std::optional<Connection> connection = find(name);
    if (!connection)
        return;
    auto *chooser = new QFileDialog(m_kazoo, tr("Download Kazoo CDRs as CSV"), QString(), tr("CSV files (*.csv)"));
    chooser->setObjectName(u"kazooCsvFileDialog"_s);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(u"csv"_s);
    chooser->setOption(QFileDialog::DontUseNativeDialog);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this, connection = *connection](const QString &path) {
        withSecret(connection, [this, connection, path](const QString &secret) {
            auto file = std::make_shared<QSaveFile>(path);
            if (!file->open(QIODevice::WriteOnly))
                return m_kazoo->showMessage(tr("%1 cannot be written: %2").arg(path, file->errorString()));
            // The grid's period (all calls when it has none).
            CallFilter filter = m_window->callModel() ? m_window->callModel()->filter() : CallFilter();
            KazooCdrQuery query = KazooCdrQuery::fromFilter(filter);
            auto *client = new KazooClient({connection, secret}, m_http, this);
            m_kazoo->showMessage(tr("Downloading…"));
            client->downloadCsv(query, file.get(), [this, client, file, path](const ProviderError &error) {
                client->deleteLater();
                if (!error.ok()) {
                    file->cancelWriting();
                    return m_kazoo->showMessage(error.message);
                }
                if (!file->commit())
                    return m_kazoo->showMessage(tr("%1 cannot be written: %2").arg(path, file->errorString()));
                m_kazoo->showMessage(tr("Saved %1.").arg(path));
            });
        });
    });
    chooser->open();
}
