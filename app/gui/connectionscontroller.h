#pragma once

#include "providers/connection.h"
#include "providers/providerhttp.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class ConnectionsDialog;
class CreateCallDialog;
class KazooCdrView;
class VoipmsRatesView;
class MainWindow;
class ProviderSecrets;
class QAction;
class QInputDialog;
class QMenu;
class SyncScheduler;
struct SyncResult;

// Wires provider connections into the main window: the Providers menu, the Connections
// manager (add, edit, test, remove, Sync Now with progress and cancel, last-sync status) and
// automatic sync (SyncScheduler). Secrets go through ProviderSecrets: the keychain, or, where no
// keychain service runs, a prompt whose answer is kept in memory for this session only.
// Syncs run on the GUI thread's event loop (network is asynchronous; each page is one short
// transaction), and the grid refreshes after each one.
class ConnectionsController : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionsController(MainWindow *window);
    ~ConnectionsController() override;

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] ConnectionsDialog *dialog() const { return m_dialog; }
    [[nodiscard]] VoipmsRatesView *ratesView() const { return m_rates; }
    [[nodiscard]] KazooCdrView *kazooView() const { return m_kazoo; }
    [[nodiscard]] SyncScheduler *scheduler() const { return m_scheduler; }
    [[nodiscard]] ProviderSecrets *secrets() const { return m_secrets; }
    // Why secrets cannot go to the keychain here (empty when one answers, or not known yet).
    [[nodiscard]] QString keychainProblem() const { return m_keychainProblem; }
    // The HTTP settings of tests and syncs (tests shorten the time-outs).
    void setHttpSettings(const HttpSettings &settings);
    // The connections of the open store (empty when none is open).
    [[nodiscard]] QList<Connection> connections() const;
    [[nodiscard]] QStringList connectionsOf(ProviderKind kind) const;
    [[nodiscard]] const HttpSettings &httpSettings() const { return m_http; }
    // The connection named `name` of the open store; nullopt (and said why) when there is none.
    [[nodiscard]] std::optional<Connection> find(const QString &name);
    using SecretUse = std::function<void(const QString &secret)>;
    // The secret from the session or the keychain, else asked for (kept for the session only);
    // `declined` runs when the prompt is cancelled or left empty.
    void withSecret(const Connection &connection, SecretUse use, std::function<void()> declined = {});

public Q_SLOTS:
    void showConnections();
    void addConnection();
    void editConnection(const QString &name);
    void removeConnection(const QString &name);
    void testConnection(const QString &name);
    void syncConnection(const QString &name);
    void cancelSync(const QString &name);
    void setAutomaticSync(bool enabled);
    // voip.ms rate search (getRates / getTerminationRates) over a voip.ms connection.
    void showRateSearch();
    // One Kazoo CDR with every field, and the CSV download of the grid's period.
    void showKazooDetail();

Q_SIGNALS:
    // A connection test ended; `message` is what the manager shows.
    void tested(const QString &name, bool ok, const QString &message);
    void syncFinished(const QString &name, const SyncResult &result);
    // The open store's connections were listed anew (opened, added, edited, removed).
    void connectionsChanged();

private:
    void refresh();
    void onDatabaseOpened();
    void onSyncFinished(const QString &name, const SyncResult &result);
    void say(const QString &message);
    [[nodiscard]] QInputDialog *secretPrompt(const Connection &connection, const QString &objectName, const QString &text);
    void askSecret(const Connection &connection, const QString &why, SecretUse use, std::function<void()> declined);
    void storeSecret(const Connection &connection, const QString &secret, const QString &saved);
    [[nodiscard]] QString secretNotice() const;
    void openEditor(const Connection &existing);
    void saveEdited(const Connection &before, const Connection &after, const QString &secret);
    // "Create on Enswitch" in the Create Call dialog: cdrs/create over the chosen connection.
    void offerEnswitchCreate(CreateCallDialog *dialog);
    void kazooDetail(const QString &connection, const QString &id);
    void kazooCsv(const QString &connection);
    // After the provider refused the secret: asks for it again, stores it (keychain, or this
    // session only) and runs `retry`. Cancelling the prompt changes nothing.
    void reaskSecret(const Connection &connection, const QString &why, const std::function<void()> &retry);
    void searchRates(const QString &connection, int mode, const QString &packageOrRoute, const QString &query);

    MainWindow *m_window;
    QMenu *m_menu;
    QAction *m_autoSync;
    ProviderSecrets *m_secrets;
    SyncScheduler *m_scheduler;
    ConnectionsDialog *m_dialog;
    VoipmsRatesView *m_rates;
    KazooCdrView *m_kazoo;
    HttpSettings m_http;
    QString m_keychainProblem;
    QSet<QString> m_manualSyncs;  // started by Sync Now: a refused secret is asked for again
};
