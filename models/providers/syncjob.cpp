#include "syncjob.h"

#include "numbers/numberanalyzer.h"
#include "store/callwriter.h"
#include "store/database.h"
#include "syncpager.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
// The longest a group of pages stays uncommitted (see SyncJob).
constexpr qint64 GroupMilliseconds = 2000;
} // namespace

SyncJob::SyncJob(const DatabaseSpec &store, const QString &connectionName, const QString &secret,
                 const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_spec(store)
    , m_connectionName(connectionName)
    , m_secret(secret)
    , m_options(options)
{
    qRegisterMetaType<SyncResult>();
}

SyncJob::~SyncJob()
{
    m_done = true;
    stopPager();
    m_writer.reset();
}

void SyncJob::onPagerThread(std::function<void()> work, bool wait)
{
    QMetaObject::invokeMethod(m_pagerContext, std::move(work), wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
}

void SyncJob::stopPager()
{
    if (!m_pagerContext)
        return;
    // The client is cancelled and destroyed on its own thread; then the thread ends.
    onPagerThread([this] {
        if (m_pager)
            m_pager->cancel();
        m_pager.reset();
    }, true);
    m_pagerThread.quit();
    m_pagerThread.wait();
    delete m_pagerContext;
    m_pagerContext = nullptr;
}

void SyncJob::start()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_spec);
    if (!opened)
        return finish(SyncResult::Status::Failed, opened.error());
    m_database = std::move(*opened);
    ConnectionStore connections(*m_database);
    Result<std::optional<Connection>> found = connections.find(m_connectionName);
    if (!found)
        return finish(SyncResult::Status::Failed, found.error());
    if (!*found)
        return finish(SyncResult::Status::Failed, QCoreApplication::translate("SyncJob", "There is no connection named \"%1\".").arg(m_connectionName));
    m_connection = **found;
    Result<SyncCursor> cursor = connections.cursor(m_connection.id);
    if (!cursor)
        return finish(SyncResult::Status::Failed, cursor.error());
    m_pagerContext = new QObject;
    m_pagerContext->moveToThread(&m_pagerThread);
    m_pagerThread.setObjectName(u"sync client"_s);
    m_pagerThread.start();
    onPagerThread([this] { m_pager = SyncPager::create({m_connection, m_secret}, m_options.http, m_pagerContext); }, true);
    m_numbers = std::make_unique<NumberAnalyzer>(m_database->defaultCountry());
    m_writer = std::make_unique<CallWriter>(*m_database);
    m_cursor = *cursor;
    // Resume the window under way unless another window was asked for.
    const bool sameWindow = (!m_options.start || m_options.start == m_cursor.windowStart)
                            && (!m_options.end || m_options.end == m_cursor.windowEnd);
    if (!m_cursor.underWay() || !sameWindow) {
        m_cursor = m_pager->beginWindow(m_cursor, m_options.start, m_options.end,
                                        QDateTime::currentSecsSinceEpoch());
        const Result<void> saved = m_database->inTransaction(QCoreApplication::translate("SyncJob", "Starting the sync of \"%1\"").arg(m_connectionName),
                                                             [&] { return connections.saveCursor(m_connection.id, m_cursor); });
        if (!saved)
            return finish(SyncResult::Status::Failed, saved.error());
    }
    m_lastStart = m_cursor.windowStart.value_or(0);
    fetch(m_cursor);
}

void SyncJob::fetch(const SyncCursor &cursor)
{
    onPagerThread([this, cursor] {
        m_pager->fetch(cursor, [this](const SyncPager::Page &page, const ProviderError &error) {
            QList<CallRecord> calls = page.calls;
            for (CallRecord &call : calls)
                m_numbers->fill(call);  // CallWriter then finds them done
            ++m_pagesWaiting;
            QMetaObject::invokeMethod(this, [this, calls = std::move(calls), next = page.next, last = page.last, error]() mutable {
                --m_pagesWaiting;
                received(calls, next, last, error);
                // Freed on the thread that allocated them: glibc frees another thread's memory
                // under that thread's arena lock, and its arenas grow apart.
                if (m_pagerContext)
                    onPagerThread([spent = std::move(calls)] {});
            });
        });
    });
}

void SyncJob::received(const QList<CallRecord> &calls, const SyncCursor &next, bool last, const ProviderError &error)
{
    if (m_done)
        return;
    if (m_cancelled || !error.ok()) {
        // The pages stored before are whole: they stay.
        if (Result<void> committed = commitGroup(); !committed)
            return finish(SyncResult::Status::Failed, committed.error());
        if (m_cancelled)
            return finish(SyncResult::Status::Cancelled, QCoreApplication::translate("SyncJob", "The sync of \"%1\" was cancelled after %2 call(s); the next sync goes on from there.")
                                                             .arg(m_connectionName)
                                                             .arg(m_result.calls));
        return finish(SyncResult::Status::Failed, error.message, error);
    }
    // Ask for the next page before storing this one: the provider prepares it meanwhile.
    if (!last)
        fetch(next);
    if (Result<void> stored = store(calls, next); !stored)
        return finish(SyncResult::Status::Failed, stored.error());
    if (last || m_pagesWaiting == 0 || m_groupAge.hasExpired(GroupMilliseconds)) {
        if (Result<void> committed = commitGroup(last); !committed)
            return finish(SyncResult::Status::Failed, committed.error());
    }
    m_cursor = next;
    if (last) {
        const int synced = int(qMin<qint64>(m_result.calls, INT_MAX));
        finish(SyncResult::Status::Ok,
               QCoreApplication::translate("SyncJob", "Synced %n call(s) from \"%1\".", nullptr, synced)
                   .arg(m_connectionName));
    }
}

Result<void> SyncJob::store(const QList<CallRecord> &calls, const SyncCursor &next)
{
    if (m_groupPages == 0) {
        if (auto begun = m_writer->begin(); !begun)
            return begun;
        m_groupAge.start();
    }
    const auto abandon = [this](const QString &message) {
        m_writer->rollback();
        m_groupCalls = m_groupPages = 0;
        return Error{message};
    };
    for (const CallRecord &call : calls) {
        if (auto written = m_writer->write(call); !written)
            return abandon(written.error());
    }
    if (auto saved = ConnectionStore(*m_database).saveCursor(m_connection.id, next); !saved)
        return abandon(saved.error());
    m_groupCalls += calls.size();
    ++m_groupPages;
    for (const CallRecord &call : calls)
        m_lastStart = qMax(m_lastStart, call.start);
    return {};
}

Result<void> SyncJob::commitGroup(bool last)
{
    if (m_groupPages == 0)
        return {};
    const qint64 calls = std::exchange(m_groupCalls, 0);
    const qint64 pages = std::exchange(m_groupPages, 0);
    if (Result<void> committed = m_writer->commit(); !committed)
        return committed;
    m_result.calls += calls;
    m_result.pages += pages;
    const qint64 from = m_cursor.windowStart.value_or(0);
    const qint64 total = m_cursor.windowEnd ? *m_cursor.windowEnd - from : 0;
    emit progress(m_result.calls, m_result.pages, last ? total : qBound<qint64>(0, m_lastStart - from, total), total);
    return {};
}

void SyncJob::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_pagerContext && !m_done)
            onPagerThread([this] { m_pager->cancel(); });
    }, Qt::QueuedConnection);
}

void SyncJob::finish(SyncResult::Status status, const QString &message, const ProviderError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_pagerContext)
        onPagerThread([this] { m_pager->cancel(); });
    m_result.status = status;
    m_result.message = message;
    m_result.error = error;
    if (m_database && m_connection.id != 0) {
        static const QString names[] = {u"ok"_s, u"failed"_s, u"cancelled"_s};
        SyncOutcome outcome{QDateTime::currentSecsSinceEpoch(), names[static_cast<int>(status)], message};
        (void)ConnectionStore(*m_database).saveOutcome(m_connection.id, outcome);
    }
    emit finished(m_result);
}
