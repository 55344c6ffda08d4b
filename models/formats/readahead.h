#pragma once

#include "importfields.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// One step of reading an import file: a record, an invalid row, the end, or a failure of the
// file itself.
struct ImportItem
{
    enum class Kind { Record, Invalid, End, Failed } kind = Kind::End;
    CallRecord record;
    qint64 line = 0;
    FieldProblem problem;
    QList<QByteArray> raw;  // the row as read, for the rejects file (invalid rows only)
};

using ImportReader = std::function<ImportItem()>;

// Runs an import's reading (file, CSV or JSON, mapping, and `prepare` on each record — the
// number analysis) on a thread of its own, a few batches ahead of the thread that writes the
// store, so the two cores share an import. Items come out in file order; memory is bounded
// (at most Depth batches of BatchSize items wait). Destroying it stops the reading thread, so
// an import that fails or is cancelled half-way just returns.
class ReadAhead
{
public:
    static constexpr int BatchSize = 256;
    static constexpr int Depth = 4;

    // `position` tells how far the input has been read (bytes), for progress.
    ReadAhead(ImportReader reader, std::function<void(CallRecord &)> prepare, std::function<qint64()> position);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next item, and the input position reached with its batch; valid until the next call.
    // After End or Failed, nothing more comes.
    [[nodiscard]] const ImportItem &next(qint64 &position);

private:
    struct Batch
    {
        std::vector<ImportItem> items;
        qint64 position = 0;
    };

    void run();

    ImportReader m_reader;
    std::function<void(CallRecord &)> m_prepare;
    std::function<qint64()> m_position;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    // Batches the writing thread is done with, freed by the reading thread, which allocated their
    // memory: glibc frees memory of another thread's arena under that arena's lock, which slowed
    // a 1M-row import by a quarter.
    std::vector<Batch> m_spent;
    bool m_stop = false;
    Batch m_current;
    size_t m_taken = 0;
    std::thread m_thread;  // last: started once everything above exists
};
