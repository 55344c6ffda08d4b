#include "calltablemodel.h"

#include "core/timeutil.h"
#include "pageloader.h"
#include "summaryloader.h"

#include <QThread>

using namespace Qt::StringLiterals;

CallTableModel::CallTableModel(const DatabaseSpec &spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(spec)
    , m_zone(QTimeZone::systemTimeZone())
    , m_pageThread(new QThread(this))
    , m_summaryThread(new QThread(this))
    , m_pageLoader(new PageLoader(spec))
    , m_summaryLoader(new SummaryLoader(spec))
{
    qRegisterMetaType<QList<CallRecord>>();
    qRegisterMetaType<QList<SortCursor>>();
    qRegisterMetaType<CallTotals>();
    qRegisterMetaType<CallFilter>();

    m_pageThread->setObjectName(u"CallGrid pages"_s);
    m_summaryThread->setObjectName(u"CallGrid summary"_s);
    m_pageLoader->moveToThread(m_pageThread);
    m_summaryLoader->moveToThread(m_summaryThread);
    connect(m_pageThread, &QThread::finished, m_pageLoader, &QObject::deleteLater);
    connect(m_summaryThread, &QThread::finished, m_summaryLoader, &QObject::deleteLater);

    connect(m_pageLoader, &PageLoader::blockLoaded, this, &CallTableModel::onBlockLoaded);
    connect(m_pageLoader, &PageLoader::blockDropped, this, &CallTableModel::onBlockDropped);
    connect(m_pageLoader, &PageLoader::failed, this, [this](quint64 generation, const QString &message) {
        if (generation == m_generation)
            Q_EMIT errorOccurred(message);
    });
    connect(m_summaryLoader, &SummaryLoader::counted, this, &CallTableModel::onCounted);
    connect(m_summaryLoader, &SummaryLoader::anchorsReady, this,
            [this](quint64 generation, const QList<SortCursor> &anchors, int every) {
                m_pageLoader->setAnchors(generation, anchors, every);
            });
    connect(m_summaryLoader, &SummaryLoader::totalsReady, this, [this](quint64 generation, const CallTotals &totals) {
        if (generation != m_generation)
            return;
        m_totals = totals;
        m_hasTotals = true;
        Q_EMIT totalsChanged();
    });
    connect(m_summaryLoader, &SummaryLoader::failed, this, [this](quint64 generation, const QString &message) {
        if (generation != m_generation)
            return;
        m_counting = false;
        Q_EMIT errorOccurred(message);
    });

    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &CallTableModel::sendRequests);

    m_pageThread->start();
    m_summaryThread->start();
    restart(true);
}

CallTableModel::~CallTableModel()
{
    // Whatever the loaders run now is stopped, so closing a store never waits on a query.
    m_summaryLoader->supersede(0);
    m_pageLoader->reset(0, {});
    m_pageLoader->interrupt();
    m_pageThread->quit();
    m_summaryThread->quit();
    m_pageThread->wait();
    m_summaryThread->wait();
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CallFields::Count;
}

void CallTableModel::touch(int block) const
{
    m_lastUse[block] = ++m_useClock;
}

const CallRecord *CallTableModel::record(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int block = row / PageLoader::BlockSize;
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.constEnd()) {
        if (!m_pending.contains(block)) {
            m_pending.insert(block);
            m_wanted.append(block);
            m_requestTimer.start();
        }
        return nullptr;
    }
    touch(block);
    const qsizetype offset = row % PageLoader::BlockSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString CallTableModel::displayText(const CallRecord &record, CallField field, const QTimeZone &zone)
{
    const QVariant raw = CallFields::value(record, field);
    switch (CallFields::kind(field)) {
    case FieldKind::Timestamp:
        return raw.isNull() ? QString()
                            : QDateTime::fromSecsSinceEpoch(raw.toLongLong(), zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case FieldKind::Duration:
        return TimeUtil::formatDuration(raw.toLongLong());
    case FieldKind::Money:
        // Four decimals line a column up; an amount with more is shown in full, never rounded.
        return Money::fromUnits(raw.toLongLong()).toString(4);
    case FieldKind::Bool:
        return raw.toLongLong() ? tr("Yes") : tr("No");
    case FieldKind::Integer:
        return raw.toLongLong() == 0 && field != CallField::Id ? QString() : QString::number(raw.toLongLong());
    case FieldKind::Text:
    case FieldKind::Json:
        break;
    }
    return raw.toString();
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallField field = CallField(index.column());
    if (role == Qt::TextAlignmentRole) {
        const FieldKind kind = CallFields::kind(field);
        const bool number = kind == FieldKind::Integer || kind == FieldKind::Duration || kind == FieldKind::Money;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != LoadedRole && role != Qt::ToolTipRole)
        return {};
    const CallRecord *call = record(index.row());
    if (role == LoadedRole)
        return call != nullptr;
    if (!call)
        return {};
    if (role == RawValueRole)
        return CallFields::value(*call, field);
    if (role == Qt::ToolTipRole)
        return field == CallField::Extra || field == CallField::Lastdata ? QVariant(displayText(*call, field, m_zone)) : QVariant();
    if (CallFields::kind(field) == FieldKind::Money)
        return m_money.formatMoney(Money::fromUnits(CallFields::value(*call, field).toLongLong()), call->currency, 4);
    return displayText(*call, field, m_zone);
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QString::number(section + 1);
        return {};
    }
    if (section < 0 || section >= CallFields::Count)
        return {};
    const CallField field = CallField(section);
    switch (role) {
    case Qt::DisplayRole:
        return CallFields::title(field);
    case Qt::ToolTipRole:
        return CallFields::isSortable(field) ? tr("%1 (column %2): click to sort").arg(CallFields::title(field), CallFields::column(field))
                                             : tr("%1 (column %2)").arg(CallFields::title(field), CallFields::column(field));
    case RawValueRole:
        return CallFields::column(field);
    }
    return {};
}

void CallTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= CallFields::Count || !CallFields::isSortable(CallField(column)))
        return;
    CallFilter filter = m_filter;
    filter.sort = CallFields::sortKey(CallField(column));
    filter.descending = order == Qt::DescendingOrder;
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart(false);  // sorting changes the order only, not which calls
}

void CallTableModel::setFilter(const CallFilter &filter)
{
    if (filter == m_filter)
        return;
    CallFilter sameSet = filter;
    sameSet.sort = m_filter.sort;
    sameSet.descending = m_filter.descending;
    const bool onlyOrder = sameSet == m_filter;
    m_filter = filter;
    restart(!onlyOrder);
}

void CallTableModel::refresh()
{
    restart(true);
}

void CallTableModel::restart(bool countAndTotals)
{
    // The count and totals are kept only when the previous generation finished them.
    countAndTotals = countAndTotals || m_counting || !m_hasTotals;
    beginResetModel();
    ++m_generation;
    m_blocks.clear();
    m_lastUse.clear();
    m_pending.clear();
    m_wanted.clear();
    m_firstLoaded = false;
    const int keptRows = countAndTotals ? 0 : m_rows;
    m_rows = keptRows;
    if (countAndTotals) {
        m_hasTotals = false;
        m_totals = {};
    }
    m_counting = countAndTotals;
    endResetModel();

    m_pageLoader->reset(m_generation, m_filter);
    if (!countAndTotals)
        m_pageLoader->setRowCount(m_generation, m_rows);
    m_summaryLoader->supersede(m_generation);
    QMetaObject::invokeMethod(m_summaryLoader, "summarize", Qt::QueuedConnection,
                              Q_ARG(quint64, m_generation), Q_ARG(CallFilter, m_filter),
                              Q_ARG(bool, countAndTotals));
    // The first block is asked for at once, before the count is known, so the first screen
    // does not wait for the count.
    m_pending.insert(0);
    m_pageLoader->request(m_generation, {0});
    if (countAndTotals)
        Q_EMIT totalsChanged();
}

void CallTableModel::sendRequests()
{
    if (m_wanted.isEmpty())
        return;
    // The last row asked for is the most likely to be on screen: serve it first, then its
    // neighbours so that scrolling on finds them loaded.
    QList<int> blocks;
    for (auto it = m_wanted.crbegin(); it != m_wanted.crend(); ++it)
        blocks.append(*it);
    const int maxBlock = (m_rows - 1) / PageLoader::BlockSize;
    for (int neighbour : {m_wanted.last() + 1, m_wanted.first() - 1}) {
        if (neighbour >= 0 && neighbour <= maxBlock && !m_blocks.contains(neighbour) && !m_pending.contains(neighbour)) {
            m_pending.insert(neighbour);
            blocks.append(neighbour);
        }
    }
    m_wanted.clear();
    m_pageLoader->request(m_generation, blocks);
}

void CallTableModel::onBlockLoaded(quint64 generation, int block, const QList<CallRecord> &rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(block);
    if (m_blocks.size() >= MaxCachedBlocks) {
        // Evict the least recently used block.
        int oldest = -1;
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_lastUse.cbegin(); it != m_lastUse.cend(); ++it) {
            if (it.value() < oldestUse) {
                oldestUse = it.value();
                oldest = it.key();
            }
        }
        m_blocks.remove(oldest);
        m_lastUse.remove(oldest);
    }
    m_blocks.insert(block, rows);
    touch(block);

    const qint64 first = qint64(block) * PageLoader::BlockSize;
    if (m_counting && block == 0) {
        // Until the count arrives, show what the first block holds.
        if (rows.size() > m_rows)
            setRows(rows.size());
    }
    const qint64 last = qMin<qint64>(first + rows.size(), m_rows) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), CallFields::Count - 1));
    if (block == 0 && !m_firstLoaded) {
        m_firstLoaded = true;
        Q_EMIT firstRowsLoaded();
    }
}

void CallTableModel::onBlockDropped(quint64 generation, int block)
{
    if (generation != m_generation)
        return;
    m_pending.remove(block);
    // If the view still shows these rows it asks for them again when it repaints them.
    const qint64 first = qint64(block) * PageLoader::BlockSize;
    const qint64 last = qMin<qint64>(first + PageLoader::BlockSize, m_rows) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), CallFields::Count - 1));
}

void CallTableModel::onCounted(quint64 generation, qint64 rows)
{
    if (generation != m_generation)
        return;
    m_counting = false;
    setRows(rows);
    m_pageLoader->setRowCount(generation, rows);
    Q_EMIT countChanged(rows);
}

void CallTableModel::setRows(qint64 rows)
{
    const int target = int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    if (target > m_rows) {
        beginInsertRows({}, m_rows, target - 1);
        m_rows = target;
        endInsertRows();
    } else if (target < m_rows) {
        beginRemoveRows({}, target, m_rows - 1);
        m_rows = target;
        endRemoveRows();
    }
}

void CallTableModel::setMoneyDisplay(const DisplaySettings &display)
{
    if (display == m_money)
        return;
    m_money = display;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, CallFields::Count - 1), {Qt::DisplayRole});
}

void CallTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, CallFields::Count - 1), {Qt::DisplayRole});
}
