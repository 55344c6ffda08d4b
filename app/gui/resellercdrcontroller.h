#pragma once

#include <QObject>
#include <QPointer>

class ConnectionsController;
class MainWindow;
class ResellerCdrFetch;
class StoreJob;
class VoipmsListCache;
class VoipmsResellerView;
struct CallRecord;
struct VoipmsCdrQuery;

// Providers › voip.ms Reseller CDRs: runs the view's fetches (ResellerCdrFetch: progress,
// cancel), its choices (VoipmsListCache for the client) and its imports — the calls written
// through CallWriter in one transaction on a worker (StoreJob), upserted by source and
// record key as sync does, after which the grid refreshes.
class ResellerCdrController : public QObject
{
    Q_OBJECT

public:
    ResellerCdrController(ConnectionsController *connections, MainWindow *window, VoipmsListCache *lists);

    [[nodiscard]] VoipmsResellerView *view() const { return m_view; }
    [[nodiscard]] StoreJob *importJob() const { return m_import; }

public Q_SLOTS:
    void show();

Q_SIGNALS:
    void imported(qint64 calls);

private:
    void fetch(const QString &connection, const VoipmsCdrQuery &query);
    void loadLists(const QString &connection, const QString &client);
    void importCalls(const QList<CallRecord> &calls);
    void onImported();

    ConnectionsController *m_connections;
    MainWindow *m_window;
    VoipmsListCache *m_lists;
    VoipmsResellerView *m_view;
    QPointer<ResellerCdrFetch> m_fetch;
    StoreJob *m_import;
};
