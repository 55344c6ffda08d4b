#pragma once

#include "voipmsclient.h"

#include <QObject>

// The calls of one voip.ms reseller client over a period (getResellerCDR, spec 002), asked in
// pieces of DaysPerRequest days one after the other, so a long period shows progress and
// cancel takes effect at once (the request in flight is abandoned). The calls carry the
// connection's source, keyed by voip.ms's uniqueid as sync keys them.
class ResellerCdrFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr int DaysPerRequest = 7;

    // `query` holds the client, the period (dateFrom … dateTo, in its timezone) and the filters.
    ResellerCdrFetch(const ProviderAccess &access, const HttpSettings &http, const VoipmsCdrQuery &query,
                     QObject *parent = nullptr);

    void start();
    // The fetch ends with a Cancelled error; nothing fetched is kept.
    void cancel();

Q_SIGNALS:
    void progress(qint64 daysDone, qint64 days);
    // Exactly once: every call of the period, or the error that stopped the fetch.
    void finished(const QList<CallRecord> &calls, const ProviderError &error);

private:
    void next(QDate from);

    VoipmsClient *m_client;
    VoipmsCdrQuery m_query;
    QList<CallRecord> m_calls;
    bool m_done = false;
};
