#pragma once

#include "core/result.h"
#include "sqlfragment.h"

#include <QSqlError>

class QSqlQuery;

// An Error that says what the program was doing and what the database answered. The driver's
// text never holds credentials (they are never part of SQL text or connection names).
Error sqlError(const QString &doing, const QSqlError &error);

// Runs a statement (prepared or not) and turns failure into an Error naming `doing`.
Result<void> execute(QSqlQuery &query, const QString &doing);
Result<void> execute(QSqlQuery &query, const QString &sql, const QString &doing);
// Prepares `fragment` forward-only, binds its values in order and runs it.
Result<void> execute(QSqlQuery &query, const SqlFragment &fragment, const QString &doing);
