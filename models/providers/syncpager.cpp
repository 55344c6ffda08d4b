#include "syncpager.h"

#include "enswitchclient.h"
#include "kazooclient.h"
#include "pbxclient.h"
#include "voipmsclient.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

SyncCursor SyncPager::beginWindow(const SyncCursor &previous, std::optional<qint64> start, std::optional<qint64> end,
                                  qint64 now) const
{
    SyncCursor cursor = previous;
    cursor.windowStart = start ? *start
                         : previous.syncedTo ? *previous.syncedTo - overlap()
                                             : now - FirstSyncDays * 86400;
    cursor.windowEnd = end.value_or(now);
    cursor.position.clear();
    cursor.calls = 0;
    return cursor;
}

SyncCursor SyncPager::finished(const SyncCursor &cursor)
{
    SyncCursor done = cursor;
    done.syncedTo = qMax(cursor.syncedTo.value_or(0), cursor.windowEnd.value_or(0));
    done.windowStart.reset();
    done.windowEnd.reset();
    done.position.clear();
    return done;
}

namespace {

// cdrs/list by start time, paged by limit/offset (position = offset), every call (archive=1).
class EnswitchPager : public SyncPager
{
public:
    EnswitchPager(const ProviderAccess &access, const HttpSettings &settings, QObject *parent)
        : m_client(new EnswitchClient(access, settings, parent))
        , m_pageSize(qMax(1, access.connection.pageSize))
    {
    }

    void fetch(const SyncCursor &cursor, Done done) override
    {
        EnswitchCdrQuery query;
        query.start = cursor.windowStart;
        query.end = cursor.windowEnd;
        query.archive = true;
        query.customer = m_client->connection().customer;
        query.limit = m_pageSize;
        query.offset = cursor.position.toLongLong();
        m_client->listCdrs(query, [this, cursor, done = std::move(done)](const QList<CallRecord> &calls, const ProviderError &error) {
            Page page;
            if (!error.ok())
                return done(page, error);
            page.calls = calls;
            page.last = calls.size() < m_pageSize;
            page.next = cursor;
            page.next.position = QString::number(cursor.position.toLongLong() + calls.size());
            page.next.calls += calls.size();
            if (page.last)
                page.next = finished(page.next);
            done(page, {});
        });
    }

    void cancel() override { m_client->cancel(); }

private:
    EnswitchClient *m_client;
    qint64 m_pageSize;
};

// getCDR (or getResellerCDR for a reseller client) one day at a time, the days counted in the
// connection's UTC offset (position = the day, ISO 8601).
class VoipmsPager : public SyncPager
{
public:
    VoipmsPager(const ProviderAccess &access, const HttpSettings &settings, QObject *parent)
        : m_client(new VoipmsClient(access, settings, parent))
        , m_zone(VoipmsClient::zoneOfOffset(access.connection.timezone).value_or(QTimeZone::utc()))
    {
    }

    void fetch(const SyncCursor &cursor, Done done) override
    {
        const QDate first = day(*cursor.windowStart);
        const QDate last = day(qMax(*cursor.windowStart, *cursor.windowEnd - 1));
        const QDate current = cursor.position.isEmpty() ? first : QDate::fromString(cursor.position, Qt::ISODate);
        const Connection &connection = m_client->connection();
        VoipmsCdrQuery query;
        query.dateFrom = current;
        query.dateTo = current;
        query.timezone = connection.timezone.isEmpty() ? u"0"_s : connection.timezone;
        query.account = connection.account;
        query.client = connection.customer;
        auto answer = [cursor, current, last, done = std::move(done)](const QList<CallRecord> &calls, const ProviderError &error) {
            Page page;
            if (!error.ok())
                return done(page, error);
            page.calls = calls;
            page.last = current >= last;
            page.next = cursor;
            page.next.position = current.addDays(1).toString(Qt::ISODate);
            page.next.calls += calls.size();
            if (page.last)
                page.next = finished(page.next);
            done(page, {});
        };
        if (connection.customer.isEmpty())
            m_client->getCDR(query, std::move(answer));
        else
            m_client->getResellerCDR(query, std::move(answer));
    }

    void cancel() override { m_client->cancel(); }

protected:
    qint64 overlap() const override { return 86400; }

private:
    QDate day(qint64 seconds) const { return QDateTime::fromSecsSinceEpoch(seconds, m_zone).date(); }

    VoipmsClient *m_client;
    QTimeZone m_zone;
};

// /cdrs by created_from/created_to, paged by next_start_key (position).
class KazooPager : public SyncPager
{
public:
    KazooPager(const ProviderAccess &access, const HttpSettings &settings, QObject *parent)
        : m_client(new KazooClient(access, settings, parent))
        , m_pageSize(qMax(1, access.connection.pageSize))
    {
    }

    void fetch(const SyncCursor &cursor, Done done) override
    {
        KazooCdrQuery query;
        query.createdFrom = cursor.windowStart;
        query.createdTo = cursor.windowEnd;
        query.pageSize = m_pageSize;
        query.startKey = cursor.position;
        m_client->listCdrs(query, [cursor, done = std::move(done)](const KazooPage &result, const ProviderError &error) {
            Page page;
            if (!error.ok())
                return done(page, error);
            page.calls = result.calls;
            page.last = result.nextStartKey.isEmpty();
            page.next = cursor;
            page.next.position = result.nextStartKey;
            page.next.calls += result.calls.size();
            if (page.last)
                page.next = finished(page.next);
            done(page, {});
        });
    }

    void cancel() override { m_client->cancel(); }

protected:
    qint64 overlap() const override { return 600; }  // created = when the record was written

private:
    KazooClient *m_client;
    int m_pageSize;
};

// /rest/call/read paged by acctid (position = the next minID). After the first sync, new
// windows continue from the next acctid without a date bound, so rows written late with an
// old calldate are not missed.
class PbxPager : public SyncPager
{
public:
    PbxPager(const ProviderAccess &access, const HttpSettings &settings, QObject *parent)
        : m_client(new PbxClient(access, settings, parent))
        , m_pageSize(qMax(1, access.connection.pageSize))
    {
    }

    SyncCursor beginWindow(const SyncCursor &previous, std::optional<qint64> start, std::optional<qint64> end,
                           qint64 now) const override
    {
        SyncCursor cursor = SyncPager::beginWindow(previous, start, end, now);
        if (!start && previous.nextId) {
            cursor.windowStart = 0;
            cursor.position = QString::number(*previous.nextId);
        }
        return cursor;
    }

    void fetch(const SyncCursor &cursor, Done done) override
    {
        PbxReadQuery query;
        if (!cursor.position.isEmpty())
            query.minId = cursor.position.toLongLong();
        if (cursor.windowStart.value_or(0) > 0)
            query.minDate = cursor.windowStart;
        query.maxDate = cursor.windowEnd;
        query.maxRows = m_pageSize;
        m_client->read(query, [this, cursor, done = std::move(done)](const PbxPage &result, const ProviderError &error) {
            Page page;
            if (!error.ok())
                return done(page, error);
            page.calls = result.calls;
            page.last = result.calls.size() < qMin(m_pageSize, result.maxRows > 0 ? result.maxRows : m_pageSize);
            page.next = cursor;
            if (result.maxId >= 0) {
                page.next.position = QString::number(result.maxId + 1);
                page.next.nextId = qMax(cursor.nextId.value_or(0), result.maxId + 1);
            }
            page.next.calls += result.calls.size();
            if (page.last)
                page.next = finished(page.next);
            done(page, {});
        });
    }

    void cancel() override { m_client->cancel(); }

private:
    PbxClient *m_client;
    int m_pageSize;
};

} // namespace

std::unique_ptr<SyncPager> SyncPager::create(const ProviderAccess &access, const HttpSettings &settings, QObject *parent)
{
    switch (access.connection.kind) {
    case ProviderKind::Enswitch:
        return std::make_unique<EnswitchPager>(access, settings, parent);
    case ProviderKind::Voipms:
        return std::make_unique<VoipmsPager>(access, settings, parent);
    case ProviderKind::Kazoo:
        return std::make_unique<KazooPager>(access, settings, parent);
    case ProviderKind::Pbx:
        return std::make_unique<PbxPager>(access, settings, parent);
    }
    return {};
}
