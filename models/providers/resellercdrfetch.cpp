#include "resellercdrfetch.h"

ResellerCdrFetch::ResellerCdrFetch(const ProviderAccess &access, const HttpSettings &http, const VoipmsCdrQuery &query,
                                   QObject *parent)
    : QObject(parent)
    , m_client(new VoipmsClient(access, http, this))
    , m_query(query)
{
}

void ResellerCdrFetch::start()
{
    Q_EMIT progress(0, m_query.dateFrom.daysTo(m_query.dateTo) + 1);
    next(m_query.dateFrom);
}

void ResellerCdrFetch::next(QDate from)
{
    VoipmsCdrQuery piece = m_query;
    piece.dateFrom = from;
    piece.dateTo = qMin(from.addDays(DaysPerRequest - 1), m_query.dateTo);
    m_client->getResellerCDR(piece, [this, piece](const QList<CallRecord> &calls, const ProviderError &error) {
        if (m_done)
            return;
        if (!error.ok()) {
            m_done = true;
            return Q_EMIT finished({}, error);
        }
        m_calls += calls;
        const qint64 days = m_query.dateFrom.daysTo(m_query.dateTo) + 1;
        Q_EMIT progress(m_query.dateFrom.daysTo(piece.dateTo) + 1, days);
        if (piece.dateTo < m_query.dateTo)
            return next(piece.dateTo.addDays(1));
        m_done = true;
        Q_EMIT finished(m_calls, {});
    });
}

void ResellerCdrFetch::cancel()
{
    m_client->cancel();
}
