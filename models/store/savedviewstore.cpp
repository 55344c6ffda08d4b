#include "savedviewstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString columnsText(const QList<CallField> &columns)
{
    QStringList names;
    for (CallField field : columns)
        names.append(CallFields::column(field));
    return names.isEmpty() ? u""_s : names.join(u',');  // a null QString would bind as NULL
}

// Columns a newer program added and this one does not know are skipped, not an error.
QList<CallField> columnsFrom(const QString &text)
{
    QList<CallField> columns;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto field = CallFields::fromColumn(name); field && !columns.contains(*field))
            columns.append(*field);
    }
    return columns;
}

Result<CallFilter> filterFrom(const QString &json, const QString &view)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject())
        return Error{QCoreApplication::translate("SavedViewStore", "Saved view \"%1\": its filter is not a JSON object (%2).").arg(view, parseError.errorString())};
    Result<CallFilter> filter = CallFilter::fromJson(document.object());
    if (!filter)
        return Error{QCoreApplication::translate("SavedViewStore", "Saved view \"%1\": %2").arg(view, filter.error())};
    return filter;
}

} // namespace

SavedViewStore::SavedViewStore(Database &database) : m_database(database) {}

Result<QString> SavedViewStore::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{QCoreApplication::translate("SavedViewStore", "A saved view needs a name.")};
    if (trimmed.size() > MaxNameLength)
        return Error{QCoreApplication::translate("SavedViewStore", "A view name has at most %1 characters; this one has %2.").arg(MaxNameLength).arg(trimmed.size())};
    return trimmed;
}

Result<QList<SavedView>> SavedViewStore::list()
{
    const SqlDialect &d = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString sql = u"SELECT id, name, "_s + d.quotedList({u"filter"_s, u"period"_s, u"columns"_s, u"updated"_s})
                        + u" FROM "_s + d.quote(u"saved_views") + u" ORDER BY name, id"_s;
    if (auto ok = execute(q, sql, QCoreApplication::translate("SavedViewStore", "Listing the saved views")); !ok)
        return Error{ok.error()};
    QList<SavedView> views;
    while (q.next()) {
        SavedView view;
        view.id = q.value(0).toLongLong();
        view.name = q.value(1).toString();
        Result<CallFilter> filter = filterFrom(q.value(2).toString(), view.name);
        if (!filter)
            return Error{filter.error()};
        view.filter = *filter;
        view.period = q.value(3).toString();
        view.columns = columnsFrom(q.value(4).toString());
        view.updated = q.value(5).toLongLong();
        views.append(view);
    }
    return views;
}

Result<std::optional<qint64>> SavedViewStore::findId(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM "_s + m_database.dialect().quote(u"saved_views") + u" WHERE name = ?"_s);
    q.addBindValue(name);
    if (auto ok = execute(q, QCoreApplication::translate("SavedViewStore", "Looking up saved view \"%1\"").arg(name)); !ok)
        return Error{ok.error()};
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<qint64> SavedViewStore::save(const SavedView &view)
{
    const Result<QString> name = checkName(view.name);
    if (!name)
        return Error{name.error()};
    if (auto valid = view.filter.validate(); !valid)
        return Error{QCoreApplication::translate("SavedViewStore", "Saved view \"%1\": %2").arg(*name, valid.error())};
    const SqlDialect &d = m_database.dialect();
    qint64 id = 0;
    const QString doing = QCoreApplication::translate("SavedViewStore", "Saving view \"%1\"").arg(*name);
    auto ok = m_database.inTransaction(doing, [&]() -> Result<void> {
        const Result<std::optional<qint64>> existing = findId(*name);
        if (!existing)
            return Error{existing.error()};
        QSqlQuery q(m_database.connection());
        const QStringList columns = {u"filter"_s, u"period"_s, u"columns"_s, u"updated"_s};
        if (*existing) {
            q.prepare(u"UPDATE "_s + d.quote(u"saved_views") + u" SET "_s + d.quote(u"filter") + u" = ?, "_s
                      + d.quote(u"period") + u" = ?, "_s + d.quote(u"columns") + u" = ?, updated = ? WHERE id = ?"_s);
        } else {
            q.prepare(u"INSERT INTO "_s + d.quote(u"saved_views") + u" (name, "_s + d.quotedList(columns)
                      + u") VALUES (?, ?, ?, ?, ?)"_s);
            q.addBindValue(*name);
        }
        q.addBindValue(QString::fromUtf8(QJsonDocument(view.filter.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(view.period.isNull() ? u""_s : view.period);
        q.addBindValue(columnsText(view.columns));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (*existing)
            q.addBindValue(**existing);
        if (auto done = execute(q, doing); !done)
            return done;
        if (*existing) {
            id = **existing;
            return {};
        }
        const Result<std::optional<qint64>> inserted = findId(*name);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted->value_or(0);
        return {};
    });
    if (!ok)
        return Error{ok.error()};
    return id;
}

Result<void> SavedViewStore::rename(qint64 id, const QString &newName)
{
    const Result<QString> name = checkName(newName);
    if (!name)
        return Error{name.error()};
    const QString doing = QCoreApplication::translate("SavedViewStore", "Renaming a saved view to \"%1\"").arg(*name);
    return m_database.inTransaction(doing, [&]() -> Result<void> {
        const Result<std::optional<qint64>> existing = findId(*name);
        if (!existing)
            return Error{existing.error()};
        if (*existing && **existing != id)
            return Error{QCoreApplication::translate("SavedViewStore", "There is already a saved view named \"%1\".").arg(*name)};
        QSqlQuery q(m_database.connection());
        // Checked by reading: MariaDB counts only rows whose values changed as affected.
        q.prepare(u"SELECT COUNT(*) FROM "_s + m_database.dialect().quote(u"saved_views") + u" WHERE id = ?"_s);
        q.addBindValue(id);
        if (auto found = execute(q, doing); !found)
            return found;
        if (!q.next() || q.value(0).toLongLong() == 0)
            return Error{QCoreApplication::translate("SavedViewStore", "The saved view to rename no longer exists; someone may have deleted it.")};
        q.prepare(u"UPDATE "_s + m_database.dialect().quote(u"saved_views") + u" SET name = ?, updated = ? WHERE id = ?"_s);
        q.addBindValue(*name);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(id);
        return execute(q, doing);
    });
}

Result<void> SavedViewStore::remove(qint64 id)
{
    const QString doing = QCoreApplication::translate("SavedViewStore", "Deleting a saved view");
    return m_database.inTransaction(doing, [&]() -> Result<void> {
        QSqlQuery q(m_database.connection());
        q.prepare(u"DELETE FROM "_s + m_database.dialect().quote(u"saved_views") + u" WHERE id = ?"_s);
        q.addBindValue(id);
        return execute(q, doing);
    });
}
