#include "voipmslistscontroller.h"

#include "connectionscontroller.h"
#include "filterpanel.h"
#include "providers/voipmslists.h"
#include "voipmslistsbox.h"

using namespace Qt::StringLiterals;

VoipmsListsController::VoipmsListsController(ConnectionsController *connections, FilterPanel *panel)
    : QObject(connections)
    , m_connections(connections)
    , m_panel(panel)
    , m_cache(new VoipmsListCache(this))
{
    setObjectName(u"voipmsListsController"_s);
    connect(connections, &ConnectionsController::connectionsChanged, this, [this] {
        m_panel->voipmsLists()->setConnections(m_connections->connectionsOf(ProviderKind::Voipms));
    });
    connect(panel->voipmsLists(), &VoipmsListsBox::requested, this, &VoipmsListsController::load);
}

void VoipmsListsController::load(const QString &name, bool refresh)
{
    VoipmsListsBox *box = m_panel->voipmsLists();
    if (name.isEmpty()) {
        m_panel->setVoipmsLists({});
        box->showLoaded(QString());
        return Q_EMIT listsShown(name, true);
    }
    const std::optional<Connection> connection = m_connections->find(name);
    if (!connection) {
        box->showError(tr("There is no connection named \"%1\".").arg(name));
        return Q_EMIT listsShown(name, false);
    }
    box->setBusy();
    m_connections->withSecret(*connection, [this, connection = *connection, refresh](const QString &secret) {
        m_cache->lists({connection, secret}, m_connections->httpSettings(), QString(), refresh,
                       [this, connection](const VoipmsLists &lists, const ProviderError &error) {
                           const QString &name = connection.name;
                           VoipmsListsBox *box = m_panel->voipmsLists();
                           if (box->connection() != name)
                               return;  // another connection was chosen meanwhile
                           if (!error.ok()) {
                               // What an earlier request brought stays offered.
                               m_panel->setVoipmsLists(m_cache->cached(connection).value_or(VoipmsLists()));
                               box->showError(tr("The voip.ms lists of \"%1\" could not be fetched: %2").arg(name, error.message));
                               return Q_EMIT listsShown(name, false);
                           }
                           m_panel->setVoipmsLists(lists);
                           box->showLoaded(tr("%1 accounts, %2 call types and %3 call billing choices from \"%4\".")
                                               .arg(lists.accounts.size())
                                               .arg(lists.callTypes.size())
                                               .arg(lists.callBilling.size())
                                               .arg(name));
                           Q_EMIT listsShown(name, true);
                       });
    }, [this, name] {
        m_panel->voipmsLists()->showError(tr("No password or token was given; the provider was not asked."));
        Q_EMIT listsShown(name, false);
    });
}
