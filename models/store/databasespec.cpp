#include "databasespec.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

DatabaseSpec DatabaseSpec::sqlite(const QString &path)
{
    DatabaseSpec spec;
    spec.kind = Kind::SQLite;
    spec.path = path;
    return spec;
}

Result<DatabaseSpec> DatabaseSpec::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{QCoreApplication::translate("DatabaseSpec", "No database given.")};

    const qsizetype schemeEnd = trimmed.indexOf(u"://");
    if (schemeEnd < 0) {
        const QString path = trimmed.startsWith(u"sqlite:") ? trimmed.mid(7) : trimmed;
        if (path.isEmpty())
            return Error{QCoreApplication::translate("DatabaseSpec", "No SQLite file given in \"%1\".").arg(trimmed)};
        return sqlite(path);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    DatabaseSpec spec;
    if (scheme == u"postgresql" || scheme == u"postgres")
        spec.kind = Kind::PostgreSQL;
    else if (scheme == u"mysql" || scheme == u"mariadb")
        spec.kind = Kind::MySQL;
    else if (scheme == u"sqlite" || scheme == u"file")
        return sqlite(url.toLocalFile().isEmpty() ? url.path() : url.toLocalFile());
    else
        return Error{QCoreApplication::translate("DatabaseSpec", "Unknown database kind \"%1\": use a SQLite file path, postgresql://… or mysql://….")
                         .arg(scheme)};

    // QUrl's error text would echo the whole URL, password included, so it is not shown.
    if (!url.isValid() || url.host().isEmpty())
        return Error{QCoreApplication::translate("DatabaseSpec", "The database address is not a valid URL; expected %1://user@host:port/database.")
                         .arg(scheme)};
    spec.host = url.host();
    spec.port = url.port(spec.defaultPort());
    spec.user = url.userName();
    spec.password = url.password();
    spec.database = url.path().mid(1);
    if (spec.database.isEmpty())
        return Error{QCoreApplication::translate("DatabaseSpec", "The database address names no database; expected %1://user@%2:port/database.")
                         .arg(scheme, spec.host)};
    if (auto ok = spec.parseOptions(QUrlQuery(url)); !ok)
        return Error{ok.error()};
    return spec;
}

Result<void> DatabaseSpec::parseOptions(const QUrlQuery &query)
{
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"attach") {
            if (value != u"asterisk")
                return Error{QCoreApplication::translate("DatabaseSpec", "attach: \"%1\" is not a kind of table to attach; use attach=asterisk.").arg(value)};
            attach = Attach::AsteriskCdr;
        } else if (key == u"table") {
            // Only a plain name: it becomes an identifier in the SQL.
            static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]{0,62}$"_s);
            if (!name.match(value).hasMatch())
                return Error{QCoreApplication::translate("DatabaseSpec", "table: \"%1\" is not a table name (letters, digits and _).").arg(value)};
            attachTable = value;
        } else {
            return Error{QCoreApplication::translate("DatabaseSpec", "Unknown database option \"%1\"; known: attach, table.").arg(key)};
        }
    }
    if (!attachTable.isEmpty() && attach == Attach::None)
        return Error{QCoreApplication::translate("DatabaseSpec", "table: only used with attach=asterisk.")};
    if (attach != Attach::None && attachTable.isEmpty())
        attachTable = u"cdr"_s;
    return {};
}

int DatabaseSpec::defaultPort() const
{
    switch (kind) {
    case Kind::PostgreSQL:
        return 5432;
    case Kind::MySQL:
        return 3306;
    case Kind::SQLite:
        break;
    }
    return 0;
}

QString DatabaseSpec::toUrl() const
{
    if (kind == Kind::SQLite)
        return path;
    QUrl url;
    url.setScheme(kind == Kind::PostgreSQL ? u"postgresql"_s : u"mysql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    if (attach == Attach::AsteriskCdr) {
        QUrlQuery query;
        query.addQueryItem(u"attach"_s, u"asterisk"_s);
        if (attachTable != u"cdr")
            query.addQueryItem(u"table"_s, attachTable);
        url.setQuery(query);
    }
    return url.toString();
}

QString DatabaseSpec::displayName() const
{
    if (kind == Kind::SQLite)
        return QDir::toNativeSeparators(path);
    return toUrl();
}
