#include "connectiontest.h"

#include "enswitchclient.h"
#include "kazooclient.h"
#include "pbxclient.h"
#include "voipmsclient.h"

#include <QDateTime>

namespace ConnectionTest {

void run(const ProviderAccess &access, const HttpSettings &settings, QObject *parent, Done done)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto finish = [done](ProviderClient *client, const ProviderError &error) {
        client->deleteLater();
        done(error);
    };
    switch (access.connection.kind) {
    case ProviderKind::Enswitch: {
        auto *client = new EnswitchClient(access, settings, parent);
        EnswitchCdrQuery query;
        query.start = now - 86400;
        query.end = now;
        query.limit = 1;
        query.customer = access.connection.customer;
        client->listCdrs(query, [client, finish](const QList<CallRecord> &, const ProviderError &error) { finish(client, error); });
        return;
    }
    case ProviderKind::Voipms: {
        auto *client = new VoipmsClient(access, settings, parent);
        client->getCallBilling([client, finish](const QList<VoipmsValue> &, const ProviderError &error) { finish(client, error); });
        return;
    }
    case ProviderKind::Kazoo: {
        auto *client = new KazooClient(access, settings, parent);
        KazooCdrQuery query;
        query.createdFrom = now - 86400;
        query.createdTo = now;
        query.pageSize = 1;
        client->listCdrs(query, [client, finish](const KazooPage &, const ProviderError &error) { finish(client, error); });
        return;
    }
    case ProviderKind::Pbx: {
        auto *client = new PbxClient(access, settings, parent);
        PbxReadQuery query;
        query.maxRows = 1;
        client->read(query, [client, finish](const PbxPage &, const ProviderError &error) { finish(client, error); });
        return;
    }
    }
}

} // namespace ConnectionTest
