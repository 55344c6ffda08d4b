#pragma once

#include "billing/customerstore.h"

#include <QAbstractItemModel>
#include <QHash>

class StoreWorker;

// The customer tree of the open store (system root, resellers, their clients) for a picker.
// reload() reads it through a StoreWorker; setCustomers() builds it from a list.
class CustomerTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, BillingColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole };

    explicit CustomerTreeModel(StoreWorker *worker, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    // Customers whose parent is not in the list become roots.
    void setCustomers(const QList<Customer> &customers);

    [[nodiscard]] QModelIndex indexOf(qint64 id, int column = NameColumn) const;
    // "Name (#id)", or "#id" for an unknown customer.
    [[nodiscard]] QString label(qint64 id) const;
    [[nodiscard]] int customerCount() const { return int(m_nodes.size()); }

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);

private:
    struct Node
    {
        Customer customer;
        int parent = -1;       // index in m_nodes, -1 for a root
        int row = 0;           // position among its siblings
        QList<int> children;   // indexes in m_nodes
    };

    [[nodiscard]] const QList<int> &childrenOf(const QModelIndex &parent) const;

    StoreWorker *m_worker;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_byId;
};
