#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Error sqlError(const QString &doing, const QSqlError &error)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    return Error{QCoreApplication::translate("Store", "%1 failed: %2").arg(doing, detail)};
}

Result<void> execute(QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return sqlError(doing, query.lastError());
    return {};
}

Result<void> execute(QSqlQuery &query, const QString &sql, const QString &doing)
{
    if (!query.exec(sql))
        return sqlError(doing, query.lastError());
    return {};
}

Result<void> execute(QSqlQuery &query, const SqlFragment &fragment, const QString &doing)
{
    query.setForwardOnly(true);
    if (!query.prepare(fragment.sql))
        return sqlError(doing, query.lastError());
    for (const QVariant &value : fragment.values)
        query.addBindValue(value);
    return execute(query, doing);
}
