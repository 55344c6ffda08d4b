#include "filtercontroller.h"

#include "daterangebar.h"
#include "filterpanel.h"
#include "itemmodels/calltablemodel.h"
#include "itemmodels/customertreemodel.h"
#include "itemmodels/savedviewmodel.h"
#include "largequerybanner.h"
#include "savedviewsbox.h"
#include "store/callstore.h"
#include "store/storeworker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// What the panel edits: everything but the time range, the order, paging and the quick search.
CallFilter conditionsOf(const CallFilter &filter)
{
    CallFilter conditions = filter;
    const CallFilter defaults;
    conditions.start = defaults.start;
    conditions.end = defaults.end;
    conditions.sort = defaults.sort;
    conditions.descending = defaults.descending;
    conditions.limit = defaults.limit;
    conditions.offset = defaults.offset;
    conditions.search = defaults.search;
    return conditions;
}

QString elided(const QString &text)
{
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

} // namespace

FilterController::FilterController(QMainWindow *window, QTableView *view, DateRangeBar *dateBar)
    : QObject(window)
    , m_view(view)
    , m_dateBar(dateBar)
    , m_worker(new StoreWorker(this))
    , m_views(new SavedViewModel(m_worker, this))
    , m_customers(new CustomerTreeModel(m_worker, this))
    , m_panel(new FilterPanel(window))
    , m_dock(new QDockWidget(tr("Filters"), window))
    , m_search(new QLineEdit(window))
    , m_searchDebounce(new QTimer(this))
    , m_banner(new LargeQueryBanner(window))
    , m_gridArea(new QWidget(window))
{
    setObjectName(u"filterController"_s);
    m_worker->setObjectName(u"filterStoreWorker"_s);
    m_gridArea->setObjectName(u"gridArea"_s);
    auto *layout = new QVBoxLayout(m_gridArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(view, 1);
    m_banner->hide();
    connect(m_banner, &LargeQueryBanner::lastSevenDaysRequested, this, [this] {
        m_dateBar->setPreset(DateRangeBar::Preset::Last7Days);
    });
    connect(m_banner, &LargeQueryBanner::dismissed, this, [this] {
        m_bannerDismissed = true;
        updateBanner();
    });

    createPanel(window);
    createQuickSearch(window);

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid() || !m_model)
            return;
        QMenu *menu = cellMenu(index, m_view);
        menu->addSeparator();
        menu->addActions(m_view->actions());  // the grid's own (copy rows …)
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(position));
    });
    // After the window has put the new range into the grid's filter.
    connect(dateBar, &DateRangeBar::rangeChanged, this, &FilterController::onRangeChanged, Qt::QueuedConnection);

    connect(m_views, &SavedViewModel::changed, this, [this](const QString &text) { Q_EMIT message(text, 8000); });
    connect(m_views, &SavedViewModel::errorOccurred, this, [this](const QString &text) { Q_EMIT message(text, 20000); });
    connect(m_customers, &CustomerTreeModel::errorOccurred, this, [this](const QString &text) {
        Q_EMIT message(text, 20000);
    });
}

FilterController::~FilterController() = default;

void FilterController::createPanel(QMainWindow *window)
{
    m_panel->setCustomerModel(m_customers);
    m_panel->savedViews()->setModel(m_views);
    connect(m_panel, &FilterPanel::applyRequested, this, &FilterController::applyPanel);
    connect(m_panel, &FilterPanel::clearRequested, this, &FilterController::clearAll);
    SavedViewsBox *box = m_panel->savedViews();
    connect(box, &SavedViewsBox::applyRequested, this, &FilterController::applyView);
    connect(box, &SavedViewsBox::saveRequested, this, &FilterController::saveView);
    connect(box, &SavedViewsBox::renameRequested, this, &FilterController::renameView);
    connect(box, &SavedViewsBox::deleteRequested, this, [this, window](qint64 id) {
        const SavedView *view = viewById(id);
        if (!view)
            return;
        if (QApplication::platformName() != u"offscreen"
            && QMessageBox::question(window, tr("Delete View"),
                                     tr("Delete the view \"%1\" for everyone who uses this database?").arg(view->name))
                   != QMessageBox::Yes)
            return;
        deleteView(id);
    });

    m_dock->setObjectName(u"filterDock"_s);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    window->resizeDocks({m_dock}, {340}, Qt::Horizontal);
}

void FilterController::createQuickSearch(QMainWindow *window)
{
    m_search->setObjectName(u"quickSearch"_s);
    m_search->setAccessibleName(tr("Quick search"));
    m_search->setPlaceholderText(tr("Search numbers and names (Ctrl+F)"));
    m_search->setToolTip(tr("Shows the calls where any number or the caller name contains this text"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    auto *toolBar = window->addToolBar(tr("Search"));
    toolBar->setObjectName(u"searchToolBar"_s);
    toolBar->addWidget(m_search);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(SearchDebounceMs);
    connect(m_search, &QLineEdit::textEdited, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())  // the clear button
            m_searchDebounce->start();
    });
    connect(m_search, &QLineEdit::returnPressed, m_searchDebounce, [this] {
        m_searchDebounce->stop();
        applyConditions(conditionsOf(m_model ? m_model->filter() : CallFilter{}));
    });
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        if (m_model)
            applyConditions(conditionsOf(m_model->filter()));
    });
    auto *escape = new QAction(m_search);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    connect(escape, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(escape);
}

void FilterController::addActions(QMenu *menu)
{
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Filters"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    menu->addAction(toggle);
    QAction *find = menu->addAction(tr("&Quick Search"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(u"quickSearchAction"_s);
    find->setShortcut(QKeySequence::Find);
    QAction *clear = menu->addAction(tr("C&lear All Filters"), this, &FilterController::clearAll);
    clear->setObjectName(u"clearFiltersAction"_s);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
}

QString FilterController::settingsGroup(const DatabaseSpec &spec)
{
    const QByteArray digest = QCryptographicHash::hash(spec.toUrl().toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"filters/"_s + QString::fromLatin1(digest.left(16));
}

CallFilter FilterController::restoredFilter(const DatabaseSpec &spec, const CallFilter &base)
{
    m_worker->setDatabase(spec);
    m_settingsGroup = settingsGroup(spec);
    m_tableSize = -1;
    m_bannerDismissed = false;
    CallFilter saved;
    const QByteArray json = QSettings().value(m_settingsGroup + u"/last"_s).toByteArray();
    if (const QJsonDocument document = QJsonDocument::fromJson(json); document.isObject()) {
        // A filter this program cannot read (written by a newer one) is dropped, not guessed at.
        if (Result<CallFilter> read = CallFilter::fromJson(document.object()))
            saved = *read;
    }
    m_panel->setFilter(saved);
    m_search->setText(saved.search);
    CallFilter filter = saved;
    filter.start = base.start;
    filter.end = base.end;
    filter.sort = base.sort;
    filter.descending = base.descending;
    return filter;
}

void FilterController::setModel(CallTableModel *model)
{
    m_model = model;
    m_views->reload();
    m_customers->reload();
    probeTableSize();
    updateSummary();
    updateBanner();
}

void FilterController::applyConditions(const CallFilter &conditions)
{
    if (!m_model)
        return;
    const CallFilter &current = m_model->filter();
    CallFilter filter = conditionsOf(conditions);
    filter.search = m_search->text().trimmed();
    filter.start = current.start;
    filter.end = current.end;
    filter.sort = current.sort;
    filter.descending = current.descending;
    if (filter != current)
        m_model->setFilter(filter);
    if (!m_settingsGroup.isEmpty()) {
        CallFilter remembered = conditionsOf(filter);
        remembered.search = filter.search;
        QSettings().setValue(m_settingsGroup + u"/last"_s,
                             QJsonDocument(remembered.toJson()).toJson(QJsonDocument::Compact));
    }
    updateSummary();
    updateBanner();
}

void FilterController::applyPanel()
{
    applyConditions(m_panel->filter());
}

void FilterController::clearAll()
{
    m_panel->setFilter(CallFilter{});
    m_search->clear();
    m_searchDebounce->stop();
    applyConditions(CallFilter{});
    Q_EMIT message(tr("All filters cleared; the time range is unchanged."), 5000);
}

void FilterController::onRangeChanged()
{
    updateSummary();
    updateBanner();
}

void FilterController::updateSummary()
{
    if (!m_model) {
        m_panel->setSummary(QString());
        return;
    }
    const CallFilter &filter = m_model->filter();
    m_panel->setSummary(filter.summary());
    const QTimeZone zone = m_model->displayTimeZone();
    const auto local = [&zone](qint64 seconds) {
        return QDateTime::fromSecsSinceEpoch(seconds, zone).toString(u"yyyy-MM-dd HH:mm"_s);
    };
    if (!filter.start && !filter.end)
        m_panel->setTimeRangeText(tr("All time"));
    else if (!filter.end)
        m_panel->setTimeRangeText(tr("From %1").arg(local(*filter.start)));
    else if (!filter.start)
        m_panel->setTimeRangeText(tr("Before %1").arg(local(*filter.end)));
    else
        m_panel->setTimeRangeText(tr("%1 to %2").arg(local(*filter.start), local(*filter.end)));
}

void FilterController::setLargeTableThreshold(qint64 calls)
{
    m_largeTable = calls;
    updateBanner();
}

void FilterController::probeTableSize()
{
    m_worker->run<qint64>([](Database &database) {
        CallFilter everything;
        everything.archive = true;
        everything.customer = CustomerScope::System;
        return CallStore(database).count(everything);
    }, [this](const Result<qint64> &calls) {
        if (!calls) {
            Q_EMIT message(calls.error(), 20000);
            return;
        }
        m_tableSize = *calls;
        m_banner->setTableSize(m_tableSize);
        updateBanner();
        Q_EMIT tableSizeKnown(m_tableSize);
    });
}

void FilterController::updateBanner()
{
    const bool unbounded = m_model && !m_model->filter().start && !m_model->filter().end;
    m_banner->setVisible(unbounded && m_tableSize >= m_largeTable && !m_bannerDismissed);
}

QMenu *FilterController::cellMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"cellMenu"_s);
    const CallField field = CallField(index.column());
    const QVariant raw = index.data(CallTableModel::RawValueRole);
    const QString shown = elided(index.data().toString());
    const bool loaded = index.data(CallTableModel::LoadedRole).toBool() && m_model;
    const auto addCellAction = [&](const QString &text, const QString &objectName, CellFilter::Mode mode) {
        QAction *action = menu->addAction(text, this, [this, index = QPersistentModelIndex(index), mode] {
            filterByCell(index, mode);
        });
        action->setObjectName(objectName);
        action->setEnabled(loaded && CellFilter::narrowed(m_model->filter(), field, raw, mode).has_value());
    };
    addCellAction(tr("&Filter by “%1”").arg(shown), u"filterByValueAction"_s, CellFilter::Mode::Keep);
    addCellAction(tr("&Exclude “%1”").arg(shown), u"excludeValueAction"_s, CellFilter::Mode::Exclude);
    menu->addSeparator();
    QAction *legs = menu->addAction(tr("Show All &Legs of This Call"), this,
                                    [this, index = QPersistentModelIndex(index)] { showLegs(index); });
    legs->setObjectName(u"showLegsAction"_s);
    const CallRecord *record = loaded ? m_model->record(index.row()) : nullptr;
    legs->setEnabled(record && !record->callid.isEmpty());
    QAction *copy = menu->addAction(tr("&Copy “%1”").arg(shown), this, [text = index.data().toString()] {
        QApplication::clipboard()->setText(text);
    });
    copy->setObjectName(u"copyCellAction"_s);
    return menu;
}

void FilterController::filterByCell(const QModelIndex &index, CellFilter::Mode mode)
{
    if (!m_model || !index.isValid())
        return;
    const std::optional<CallFilter> narrowed = CellFilter::narrowed(
        m_model->filter(), CallField(index.column()), index.data(CallTableModel::RawValueRole), mode);
    if (!narrowed)
        return;
    m_panel->setFilter(*narrowed);
    applyConditions(*narrowed);
}

void FilterController::showLegs(const QModelIndex &index)
{
    const CallRecord *record = m_model && index.isValid() ? m_model->record(index.row()) : nullptr;
    if (!record || record->callid.isEmpty())
        return;
    // The legs of one call start within hours of each other: a day either side finds them all
    // and keeps a time range, so the query stays on the start index.
    const CallFilter legs = CellFilter::legsOf(m_model->filter(), record->callid);
    const qint64 start = record->start;
    m_search->clear();
    m_panel->setFilter(legs);
    m_dateBar->setCustomRange(start - 86400, start + 86400);
    applyConditions(legs);
    Q_EMIT message(tr("Showing every leg of call %1.").arg(record->callid), 8000);
}

void FilterController::narrowTo(const CallFilter &filter, const QString &description)
{
    m_panel->setFilter(filter);
    if (filter.start && filter.end)
        m_dateBar->setCustomRange(*filter.start, *filter.end);
    applyConditions(filter);
    Q_EMIT message(description, 8000);
}

const SavedView *FilterController::viewById(qint64 id) const
{
    for (const SavedView &view : m_views->views()) {
        if (view.id == id)
            return &view;
    }
    return nullptr;
}

void FilterController::saveView(const QString &name)
{
    if (!m_model)
        return;
    SavedView view;
    view.name = name;
    view.filter = m_model->filter();
    view.filter.limit = 0;
    view.filter.offset = 0;
    view.period = m_dateBar->stateString();
    view.columns = visibleColumns();
    m_views->save(view);
}

void FilterController::applyView(qint64 id)
{
    const SavedView *found = viewById(id);
    if (!found || !m_model)
        return;
    const SavedView view = *found;
    if (const auto field = CallFields::fromSortKey(view.filter.sort))
        Q_EMIT sortRequested(int(*field), view.filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (!view.period.isEmpty())
        m_dateBar->restoreState(view.period);
    else if (view.filter.start && view.filter.end)
        m_dateBar->setCustomRange(*view.filter.start, *view.filter.end);
    else
        m_dateBar->setPreset(DateRangeBar::Preset::AllTime);
    applyColumns(view.columns);
    m_search->setText(view.filter.search);
    m_panel->setFilter(view.filter);
    applyConditions(view.filter);
    Q_EMIT message(tr("Showing the view \"%1\".").arg(view.name), 5000);
}

void FilterController::renameView(qint64 id, const QString &newName)
{
    m_views->rename(id, newName);
}

void FilterController::deleteView(qint64 id)
{
    m_views->remove(id);
}

QList<CallField> FilterController::visibleColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<CallField> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (!header->isSectionHidden(section))
            columns.append(CallField(section));
    }
    return columns;
}

void FilterController::applyColumns(const QList<CallField> &columns)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (columns.isEmpty() || header->count() != CallFields::Count)
        return;
    for (int visual = 0; visual < columns.size(); ++visual) {
        const int section = int(columns.at(visual));
        header->moveSection(header->visualIndex(section), visual);
    }
    for (CallField field : CallFields::all())
        header->setSectionHidden(int(field), !columns.contains(field));
}
