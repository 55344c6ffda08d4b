#pragma once

#include "store/callfilter.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// Whose calls: spec 001's `customer` words (all under mine, own, external, postpaid, prepaid,
// system) or one customer picked from the tree, with or without its sub-customers (`recurse`).
// The tree is a CustomerTreeModel (IdRole on every row); a search field narrows it.
class CustomerScopeBox : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerScopeBox(QWidget *parent = nullptr);

    // A tree model whose rows carry the customer id in Qt::UserRole.
    void setCustomerModel(QAbstractItemModel *model);

    // Writes customer, customerId and recurse of `filter`.
    void writeTo(CallFilter &filter) const;
    void readFrom(const CallFilter &filter);
    // Why the choice is incomplete ("choose a customer"), or empty.
    [[nodiscard]] QString problem() const;
    void setError(const QString &message);

Q_SIGNALS:
    void edited();

private:
    void onScopeChanged();
    void selectCustomer(qint64 id);
    [[nodiscard]] qint64 selectedCustomer() const;

    QComboBox *m_scope;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QCheckBox *m_recurse;
    QLabel *m_error;
    QSortFilterProxyModel *m_proxy;
    qint64 m_pendingId = 0;  // chosen before the tree was loaded
};
