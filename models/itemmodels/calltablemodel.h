#pragma once

#include "core/callfield.h"
#include "core/displaysettings.h"
#include "store/callfilter.h"
#include "store/callstore.h"
#include "store/databasespec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

class PageLoader;
class QThread;
class SummaryLoader;

// The call grid's model: one column per CallField, rows fetched lazily. It never holds the
// table: blocks of rows around what the view shows come from a PageLoader thread into a
// bounded cache; the row count, anchors and totals come from a SummaryLoader thread. The GUI
// thread never waits on the database: a row not loaded yet shows as empty until it arrives.
class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole,  // the store's value (Unix time, money units, text)
        LoadedRole,                   // false while the row is still being fetched
    };

    static constexpr int MaxCachedBlocks = 96;

    explicit CallTableModel(const DatabaseSpec &spec, QObject *parent = nullptr);
    ~CallTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const DatabaseSpec &databaseSpec() const { return m_spec; }
    const CallFilter &filter() const { return m_filter; }
    void setFilter(const CallFilter &filter);
    // Forgets every loaded row and asks again (after the store changed).
    void refresh();

    int sortColumn() const { return int(m_filter.sortField()); }
    Qt::SortOrder sortOrder() const { return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    void setDisplayTimeZone(const QTimeZone &zone);
    // How amounts show with their currency (DisplaySettings::formatMoney: the currency display
    // and the language); the raw-value role, copying and export keep plain amounts.
    void setMoneyDisplay(const DisplaySettings &display);
    QTimeZone displayTimeZone() const { return m_zone; }

    // The call at `row`, or nullptr while it is not loaded.
    const CallRecord *record(int row) const;
    bool isCounting() const { return m_counting; }
    const CallTotals &totals() const { return m_totals; }
    bool hasTotals() const { return m_hasTotals; }
    // How many blocks of rows are held; never more than MaxCachedBlocks.
    int cachedBlocks() const { return int(m_blocks.size()); }

    // Display text of a value, as the grid shows it (also used by the detail pane).
    static QString displayText(const CallRecord &record, CallField field, const QTimeZone &zone);

Q_SIGNALS:
    void countChanged(qint64 rows);
    void totalsChanged();
    void errorOccurred(const QString &message);
    // The first rows of a new filter are on screen.
    void firstRowsLoaded();

private:
    void restart(bool countAndTotals);
    void sendRequests();
    void onBlockLoaded(quint64 generation, int block, const QList<CallRecord> &rows);
    void onBlockDropped(quint64 generation, int block);
    void onCounted(quint64 generation, qint64 rows);
    void setRows(qint64 rows);
    void touch(int block) const;

    DatabaseSpec m_spec;
    CallFilter m_filter;
    QTimeZone m_zone;
    DisplaySettings m_money;  // how amounts are written
    quint64 m_generation = 0;
    int m_rows = 0;
    bool m_counting = false;
    bool m_firstLoaded = false;
    CallTotals m_totals;
    bool m_hasTotals = false;

    QThread *m_pageThread;
    QThread *m_summaryThread;
    PageLoader *m_pageLoader;
    SummaryLoader *m_summaryLoader;

    // Requests are gathered while the view paints and sent once, on the next turn of the loop.
    mutable QHash<int, QList<CallRecord>> m_blocks;
    mutable QHash<int, quint64> m_lastUse;
    mutable quint64 m_useClock = 0;
    mutable QSet<int> m_pending;
    mutable QList<int> m_wanted;
    mutable QTimer m_requestTimer;
};
