#include "resellercdrcontroller.h"

#include "connectionscontroller.h"
#include "itemmodels/calltablemodel.h"
#include "mainwindow.h"
#include "providers/resellercdrfetch.h"
#include "providers/voipmslists.h"
#include "store/callwriter.h"
#include "store/storejob.h"
#include "voipmsresellerview.h"

#include <QStatusBar>

using namespace Qt::StringLiterals;

ResellerCdrController::ResellerCdrController(ConnectionsController *connections, MainWindow *window, VoipmsListCache *lists)
    : QObject(connections)
    , m_connections(connections)
    , m_window(window)
    , m_lists(lists)
    , m_view(new VoipmsResellerView(window))
    , m_import(new StoreJob(this))
{
    setObjectName(u"resellerCdrController"_s);
    connect(m_view, &VoipmsResellerView::fetchRequested, this, &ResellerCdrController::fetch);
    connect(m_view, &VoipmsResellerView::cancelRequested, this, [this] {
        if (m_fetch)
            m_fetch->cancel();
    });
    connect(m_view, &VoipmsResellerView::listsRequested, this, &ResellerCdrController::loadLists);
    connect(m_view, &VoipmsResellerView::importRequested, this, &ResellerCdrController::importCalls);
    connect(m_import, &StoreJob::finished, this, &ResellerCdrController::onImported);
    connect(connections, &ConnectionsController::connectionsChanged, this,
            [this] { m_view->setConnections(m_connections->connectionsOf(ProviderKind::Voipms)); });
}

void ResellerCdrController::show()
{
    if (!m_window->callModel())
        return m_window->statusBar()->showMessage(tr("Open a database first."), 5000);
    m_view->setConnections(m_connections->connectionsOf(ProviderKind::Voipms));
    m_view->show();
    m_view->raise();
}

void ResellerCdrController::fetch(const QString &name, const VoipmsCdrQuery &query)
{
    const std::optional<Connection> connection = m_connections->find(name);
    if (!connection)
        return m_view->showError(tr("There is no connection named \"%1\".").arg(name));
    m_connections->withSecret(*connection, [this, connection = *connection, query](const QString &secret) {
        VoipmsCdrQuery asked = query;
        asked.timezone = connection.timezone.isEmpty() ? u"0"_s : connection.timezone;
        auto *fetch = new ResellerCdrFetch({connection, secret}, m_connections->httpSettings(), asked, this);
        m_fetch = fetch;
        connect(fetch, &ResellerCdrFetch::progress, m_view, &VoipmsResellerView::setProgress);
        connect(fetch, &ResellerCdrFetch::finished, this,
                [this, fetch](const QList<CallRecord> &calls, const ProviderError &error) {
                    fetch->deleteLater();
                    if (error.kind == ProviderError::Kind::Cancelled)
                        return m_view->showError(tr("Cancelled; nothing was fetched."));
                    if (!error.ok())
                        return m_view->showError(error.message);
                    m_view->showCalls(calls);
                });
        fetch->start();
    }, [this] { m_view->showError(tr("No password or token was given; the provider was not asked.")); });
}

void ResellerCdrController::loadLists(const QString &name, const QString &client)
{
    const std::optional<Connection> connection = m_connections->find(name);
    if (!connection)
        return m_view->showError(tr("There is no connection named \"%1\".").arg(name));
    m_connections->withSecret(*connection, [this, connection = *connection, client](const QString &secret) {
        m_lists->lists({connection, secret}, m_connections->httpSettings(), client, false,
                       [this](const VoipmsLists &lists, const ProviderError &error) {
                           error.ok() ? m_view->showLists(lists) : m_view->showError(error.message);
                       });
    }, [this] { m_view->showError(tr("No password or token was given; the provider was not asked.")); });
}

void ResellerCdrController::importCalls(const QList<CallRecord> &calls)
{
    CallTableModel *model = m_window->callModel();
    if (!model)
        return m_view->showError(tr("Open a database first."));
    const bool started = m_import->start(model->databaseSpec(), [calls](Database &database, const ProgressCallback &) -> Result<std::any> {
        CallWriter writer(database);
        if (Result<void> written = writer.writeAll(calls); !written)
            return Error{written.error()};
        return std::any(qint64(calls.size()));
    });
    if (!started)
        m_view->showError(tr("An import is under way already."));
}

void ResellerCdrController::onImported()
{
    const auto *count = m_import->value<qint64>();
    if (!count)
        return m_view->showError(tr("Nothing was imported: %1").arg(m_import->error()));
    m_view->showImported(tr("Imported %n call(s) into the store (calls stored before were updated, not doubled).",
                            nullptr, int(*count)));
    if (m_window->callModel())
        m_window->callModel()->refresh();
    Q_EMIT imported(*count);
}
