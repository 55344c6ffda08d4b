#pragma once

#include <QObject>

class ConnectionsController;
class FilterPanel;
class VoipmsListCache;

// Feeds the filter panel with a voip.ms connection's accounts, call types and call billing
// (VoipmsListCache: fetched asynchronously, kept for the session, Refresh asks again). The
// panel's voip.ms box chooses the connection; the box says how the request went, and a failure
// leaves the panel usable with its own choices.
class VoipmsListsController : public QObject
{
    Q_OBJECT

public:
    VoipmsListsController(ConnectionsController *connections, FilterPanel *panel);

    [[nodiscard]] VoipmsListCache *cache() const { return m_cache; }

Q_SIGNALS:
    // The panel shows the lists of `connection` (empty: none), or could not get them.
    void listsShown(const QString &connection, bool ok);

private:
    void load(const QString &connection, bool refresh);

    ConnectionsController *m_connections;
    FilterPanel *m_panel;
    VoipmsListCache *m_cache;
};
