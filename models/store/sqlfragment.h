#pragma once

#include <QString>
#include <QVariantList>

// A piece of SQL with its bound values, in placeholder order. User text only ever travels in
// `values`.
struct SqlFragment
{
    QString sql;
    QVariantList values;

    bool isEmpty() const { return sql.isEmpty(); }
    SqlFragment &operator+=(const SqlFragment &other)
    {
        sql += other.sql;
        values += other.values;
        return *this;
    }
};
