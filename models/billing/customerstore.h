#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

class Database;

// One customer of the tree (table customers): resellers and their clients under the system root.
struct Customer
{
    qint64 id = 0;
    qint64 parentId = 0;  // 0 for a root
    QString name;
    QString role;         // system reseller client
    QString billing;      // prepaid postpaid external

    friend bool operator==(const Customer &, const Customer &) = default;
};

// Reads the customers of a store.
class CustomerStore
{
public:
    explicit CustomerStore(Database &database);

    // Every customer, by id.
    [[nodiscard]] Result<QList<Customer>> list();

private:
    Database &m_database;
};
