#include "customertreemodel.h"

#include "store/storeworker.h"

using namespace Qt::StringLiterals;

CustomerTreeModel::CustomerTreeModel(StoreWorker *worker, QObject *parent)
    : QAbstractItemModel(parent)
    , m_worker(worker)
{
}

void CustomerTreeModel::reload()
{
    if (!m_worker->hasDatabase())
        return;
    m_worker->run<QList<Customer>>([](Database &database) { return CustomerStore(database).list(); },
                                   [this](const Result<QList<Customer>> &customers) {
                                       if (!customers) {
                                           Q_EMIT errorOccurred(customers.error());
                                           return;
                                       }
                                       setCustomers(*customers);
                                       Q_EMIT loaded();
                                   });
}

void CustomerTreeModel::setCustomers(const QList<Customer> &customers)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    for (const Customer &customer : customers) {
        m_byId.insert(customer.id, int(m_nodes.size()));
        m_nodes.append(Node{customer});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        const int parent = node.customer.parentId != node.customer.id ? m_byId.value(node.customer.parentId, -1) : -1;
        node.parent = parent;
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        node.row = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

const QList<int> &CustomerTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
}

QModelIndex CustomerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CustomerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int CustomerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int CustomerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CustomerTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Customer &customer = m_nodes.at(int(index.internalId())).customer;
    if (role == IdRole)
        return customer.id;
    if (role == Qt::ToolTipRole)
        return tr("%1 — %2, %3").arg(label(customer.id), customer.role, customer.billing);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return customer.name;
    case IdColumn:
        return customer.id;
    case BillingColumn:
        return customer.billing;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Customer");
    case IdColumn:
        return tr("ID");
    case BillingColumn:
        return tr("Billing");
    case ColumnCount:
        break;
    }
    return {};
}

QModelIndex CustomerTreeModel::indexOf(qint64 id, int column) const
{
    const int node = m_byId.value(id, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes.at(node).row, column, quintptr(node));
}

QString CustomerTreeModel::label(qint64 id) const
{
    const int node = m_byId.value(id, -1);
    if (node < 0)
        return tr("#%1").arg(id);
    return tr("%1 (#%2)").arg(m_nodes.at(node).customer.name).arg(id);
}
