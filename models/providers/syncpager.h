#pragma once

#include "connectionstore.h"
#include "core/callrecord.h"
#include "providererror.h"
#include "providerhttp.h"

#include <QObject>

#include <functional>
#include <memory>

// One provider's way of walking a sync window page by page: which request a cursor means, and
// the cursor after each page. SyncJob commits each page with that cursor, so a sync that stops
// anywhere resumes at the first page not committed.
class SyncPager
{
public:
    struct Page
    {
        QList<CallRecord> calls;
        SyncCursor next;    // the cursor once this page is stored
        bool last = false;  // the window is done
    };
    using Done = std::function<void(const Page &page, const ProviderError &error)>;

    virtual ~SyncPager() = default;

    // The cursor of a new window: [start, end) when given; otherwise from where the last sync
    // ended (less an overlap for calls recorded late; upserts make re-reading harmless) or, on
    // the first sync, FirstSyncDays back, up to `now`.
    [[nodiscard]] virtual SyncCursor beginWindow(const SyncCursor &previous, std::optional<qint64> start,
                                                 std::optional<qint64> end, qint64 now) const;
    virtual void fetch(const SyncCursor &cursor, Done done) = 0;
    virtual void cancel() = 0;

    static constexpr qint64 FirstSyncDays = 90;

    // The pager of the connection's provider; its client is a child of `parent`.
    [[nodiscard]] static std::unique_ptr<SyncPager> create(const ProviderAccess &access, const HttpSettings &settings,
                                                           QObject *parent);

protected:
    // Seconds re-read before the end of the previous window.
    [[nodiscard]] virtual qint64 overlap() const { return 4 * 3600; }
    // The cursor when the window is done: nothing under way, calls up to its end stored.
    [[nodiscard]] static SyncCursor finished(const SyncCursor &cursor);
};
