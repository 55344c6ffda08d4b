#include "customerscopebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CustomerScopeBox::CustomerScopeBox(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_recurse(new QCheckBox(tr("With its sub-customers"), this))
    , m_error(new QLabel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"customerScope"_s);
    m_scope->setObjectName(u"customerScopeCombo"_s);
    m_scope->setAccessibleName(tr("Customers"));
    m_scope->addItem(tr("All customers under mine"), int(CustomerScope::All));
    m_scope->addItem(tr("My own customer"), int(CustomerScope::Own));
    m_scope->addItem(tr("One customer…"), int(CustomerScope::Id));
    m_scope->addItem(tr("Externally billed customers"), int(CustomerScope::External));
    m_scope->addItem(tr("Postpaid customers"), int(CustomerScope::Postpaid));
    m_scope->addItem(tr("Prepaid customers"), int(CustomerScope::Prepaid));
    m_scope->addItem(tr("Every customer on the system"), int(CustomerScope::System));

    m_search->setObjectName(u"customerSearch"_s);
    m_search->setAccessibleName(tr("Find a customer"));
    m_search->setPlaceholderText(tr("Find a customer…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_tree->setObjectName(u"customerTree"_s);
    m_tree->setAccessibleName(tr("Customer tree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(120);
    m_recurse->setObjectName(u"recurseCheck"_s);
    m_recurse->setToolTip(tr("Include the calls of every customer below the chosen one (spec 001 recurse=1)"));
    m_error->setObjectName(u"customerError"_s);
    m_error->setStyleSheet(u"color: #c0392b"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scope);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    layout->addWidget(m_recurse);
    layout->addWidget(m_error);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &CustomerScopeBox::onScopeChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_recurse, &QCheckBox::toggled, this, &CustomerScopeBox::edited);
    onScopeChanged();
}

void CustomerScopeBox::setCustomerModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (selectedCustomer() != 0) {
            m_pendingId = 0;
            m_scope->setCurrentIndex(m_scope->findData(int(CustomerScope::Id)));
        }
        Q_EMIT edited();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandToDepth(0);
        if (m_pendingId)
            selectCustomer(m_pendingId);
    });
}

void CustomerScopeBox::onScopeChanged()
{
    const bool one = CustomerScope(m_scope->currentData().toInt()) == CustomerScope::Id;
    m_recurse->setEnabled(one);
    Q_EMIT edited();
}

qint64 CustomerScopeBox::selectedCustomer() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : m_pendingId;
}

void CustomerScopeBox::selectCustomer(qint64 id)
{
    QAbstractItemModel *model = m_proxy->sourceModel();
    if (!model)
        return;
    const QModelIndexList found = model->match(model->index(0, 0), Qt::UserRole, id, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty()) {
        m_pendingId = id;  // not loaded (yet): kept as chosen
        m_tree->setCurrentIndex({});
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(found.first());
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void CustomerScopeBox::writeTo(CallFilter &filter) const
{
    filter.customer = CustomerScope(m_scope->currentData().toInt());
    filter.customerId = filter.customer == CustomerScope::Id ? selectedCustomer() : 0;
    filter.recurse = filter.customer == CustomerScope::Id && m_recurse->isChecked();
}

void CustomerScopeBox::readFrom(const CallFilter &filter)
{
    const QSignalBlocker blocker(this);
    m_scope->setCurrentIndex(m_scope->findData(int(filter.customer)));
    m_recurse->setChecked(filter.recurse);
    m_pendingId = 0;
    if (filter.customer == CustomerScope::Id)
        selectCustomer(filter.customerId);
    else
        m_tree->setCurrentIndex({});
}

QString CustomerScopeBox::problem() const
{
    if (CustomerScope(m_scope->currentData().toInt()) == CustomerScope::Id && selectedCustomer() == 0)
        return tr("Choose a customer in the tree.");
    return {};
}

void CustomerScopeBox::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}
