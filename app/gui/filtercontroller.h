#pragma once

#include "store/callfilter.h"
#include "store/cellfilter.h"
#include "store/databasespec.h"

#include <QObject>
#include <QPointer>

class CallTableModel;
class CustomerTreeModel;
class DateRangeBar;
class FilterPanel;
class LargeQueryBanner;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QMenu;
class QModelIndex;
class QTableView;
class QTimer;
class SavedViewModel;
class StoreWorker;
struct SavedView;

// Everything about which calls the grid shows, beyond the date-range bar and the column
// headers: the filter panel (a dock), the quick search (Ctrl+F), the saved views, the grid's
// "filter by / exclude this value" and "show all legs" menu, the last filter of each database
// (QSettings), and the warning when a large table is shown without a time range. The grid's
// filter is always: the panel's conditions + the quick search + the date-range bar's range +
// the header's sort.
class FilterController : public QObject
{
    Q_OBJECT

public:
    // From this many calls on, a table shown without a time range gets the warning banner.
    static constexpr qint64 DefaultLargeTable = 1000000;
    static constexpr int SearchDebounceMs = 300;

    FilterController(QMainWindow *window, QTableView *view, DateRangeBar *dateBar);
    ~FilterController() override;

    // The grid with the warning banner above it, for the window's central widget.
    [[nodiscard]] QWidget *gridArea() const { return m_gridArea; }
    // Adds the panel toggle, Find, Apply and Clear All to `menu`.
    void addActions(QMenu *menu);

    // When a store has been opened, before its grid queries: the last filter used on this
    // database applied to `base` (whose time range and order are kept), and the panel showing it.
    [[nodiscard]] CallFilter restoredFilter(const DatabaseSpec &spec, const CallFilter &base);
    // The grid's model for the store just opened (also loads its saved views and customers).
    void setModel(CallTableModel *model);

    // The grid's context menu for a cell (its actions carry objectNames for tests).
    [[nodiscard]] QMenu *cellMenu(const QModelIndex &index, QWidget *parent);
    void filterByCell(const QModelIndex &index, CellFilter::Mode mode);
    void showLegs(const QModelIndex &index);
    // Shows `filter` (a chart's narrowing of the grid's filter) in the panel, the date bar and
    // the grid, and `description` in the status bar.
    void narrowTo(const CallFilter &filter, const QString &description);

    void applyPanel();
    void clearAll();
    void saveView(const QString &name);
    void applyView(qint64 id);
    void renameView(qint64 id, const QString &newName);
    void deleteView(qint64 id);

    // The grid's visible columns, left to right.
    [[nodiscard]] QList<CallField> visibleColumns() const;

    void setLargeTableThreshold(qint64 calls);
    [[nodiscard]] qint64 tableSize() const { return m_tableSize; }

    [[nodiscard]] FilterPanel *panel() const { return m_panel; }
    [[nodiscard]] QDockWidget *dock() const { return m_dock; }
    [[nodiscard]] QLineEdit *quickSearch() const { return m_search; }
    [[nodiscard]] LargeQueryBanner *banner() const { return m_banner; }
    [[nodiscard]] SavedViewModel *savedViews() const { return m_views; }
    [[nodiscard]] CustomerTreeModel *customers() const { return m_customers; }
    [[nodiscard]] StoreWorker *worker() const { return m_worker; }

    // The QSettings group of a database's remembered filter (no password, no raw URL).
    [[nodiscard]] static QString settingsGroup(const DatabaseSpec &spec);

Q_SIGNALS:
    // A saved view wants this sort; the window applies it as a header click would.
    void sortRequested(int column, Qt::SortOrder order);
    // Something for the status bar.
    void message(const QString &text, int timeoutMs);
    // The table size probe answered (tests wait for it).
    void tableSizeKnown(qint64 calls);

private:
    void createPanel(QMainWindow *window);
    void createQuickSearch(QMainWindow *window);
    // `conditions` (panel conditions; its range and order are ignored) + the quick search + the
    // grid's current range and order, to the grid.
    void applyConditions(const CallFilter &conditions);
    void onRangeChanged();
    void updateSummary();
    void updateBanner();
    void probeTableSize();
    void applyColumns(const QList<CallField> &columns);
    [[nodiscard]] const SavedView *viewById(qint64 id) const;

    QTableView *m_view;
    DateRangeBar *m_dateBar;
    QPointer<CallTableModel> m_model;
    StoreWorker *m_worker;
    SavedViewModel *m_views;
    CustomerTreeModel *m_customers;
    FilterPanel *m_panel;
    QDockWidget *m_dock;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    LargeQueryBanner *m_banner;
    QWidget *m_gridArea;
    QString m_settingsGroup;
    qint64 m_largeTable = DefaultLargeTable;
    qint64 m_tableSize = -1;  // unknown
    bool m_bannerDismissed = false;
};
