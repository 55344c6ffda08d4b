#pragma once

#include "callfilter.h"
#include "core/callfield.h"
#include "core/result.h"

#include <QList>
#include <QString>

class Database;

// A named way of looking at the calls: the filter (with its sort), how its time range was
// chosen, and the grid's visible columns in order. Kept in the store, so everyone who opens
// a shared database sees the same views.
struct SavedView
{
    qint64 id = 0;
    QString name;
    CallFilter filter;
    // How the time range was chosen, for the date-range bar: a relative preset ("last7days")
    // that follows the clock, or "custom:START:END"; empty = the filter's start/end as they are.
    QString period;
    QList<CallField> columns;  // visible columns, left to right; empty = leave the grid's
    qint64 updated = 0;        // Unix seconds of the last save

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

// Loads and saves the saved views (table saved_views). Names are unique; each write is one
// transaction.
class SavedViewStore
{
public:
    static constexpr int MaxNameLength = 120;

    explicit SavedViewStore(Database &database);

    // Every view, by name (code point order).
    [[nodiscard]] Result<QList<SavedView>> list();
    // Stores `view` under its name, replacing the view of that name if there is one. Returns
    // the view's id.
    [[nodiscard]] Result<qint64> save(const SavedView &view);
    [[nodiscard]] Result<void> rename(qint64 id, const QString &newName);
    [[nodiscard]] Result<void> remove(qint64 id);

    // The name trimmed, or an error saying why it cannot name a view.
    [[nodiscard]] static Result<QString> checkName(const QString &name);

private:
    [[nodiscard]] Result<std::optional<qint64>> findId(const QString &name);

    Database &m_database;
};
