#pragma once

#include "core/result.h"

#include <QStringList>
#include <QVariant>
#include <QVariantList>

class Database;

// Small statements the billing stores share, written once for every backend.
namespace SqlRows {

// INSERT INTO table (columns) VALUES (values); returns the new row's id (PostgreSQL through
// RETURNING, the others through the driver's last insert id).
[[nodiscard]] Result<qint64> insert(Database &database, const QString &table, const QStringList &columns,
                                    const QVariantList &values, const QString &doing);
// UPDATE table SET columns = values WHERE id = id; fails naming `doing` when no row has the id.
[[nodiscard]] Result<void> update(Database &database, const QString &table, qint64 id, const QStringList &columns,
                                  const QVariantList &values, const QString &doing);
// Text to bind into a NOT NULL column (a null QString would bind as NULL).
[[nodiscard]] inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}
// After rows were inserted with explicit ids: PostgreSQL's identity sequence does not follow
// them by itself, so the next generated id would collide. Nothing to do elsewhere.
[[nodiscard]] Result<void> followExplicitIds(Database &database, const QString &table);
// "?, ?, ?" for `count` values.
[[nodiscard]] QString placeholders(qsizetype count);

} // namespace SqlRows
