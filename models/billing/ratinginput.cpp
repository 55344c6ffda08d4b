#include "ratinginput.h"

#include "store/database.h"
#include "store/filtersql.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <vector>


using namespace Qt::StringLiterals;

RatingInput::RatingInput(Database &database, CallFilter filter, int pageSize)
    : m_database(database), m_filter(std::move(filter)), m_pageSize(pageSize)
{
    m_filter.sort = u"start"_s;
    m_filter.descending = false;
}

Result<qint64> RatingInput::forEach(const std::function<bool(const CallRecord &)> &visit)
{
    const SqlDialect &d = m_database.dialect();
    const FilterSql sql(d, m_database.spec().ownCustomer);
    QString select = u"SELECT "_s;
    for (QStringView column : {u"id", u"start", u"talktime", u"status", u"cnumber", u"cnumber_e164", u"scustomer", u"invoice"})
        select += (select.size() > 7 ? u", "_s : QString()) + sql.column(column);
    select += u" FROM "_s + sql.table();
    const QString doing = QCoreApplication::translate("RatingInput", "Reading calls to rate");
    QSqlQuery query(m_database.connection());
    std::vector<CallRecord> page; // reused from page to page
    qint64 visited = 0;
    std::optional<SqlFragment> after; // the keyset of the last call seen
    for (;;) {
        const qint64 wanted = m_filter.limit > 0 ? qMin<qint64>(m_pageSize, m_filter.limit - visited) : m_pageSize;
        if (wanted <= 0)
            break;
        SqlFragment statement{select, {}};
        statement += sql.where(m_filter, after);
        statement.sql += sql.orderBy(m_filter, false) + u" LIMIT ? OFFSET ?"_s;
        statement.values << wanted << (after ? 0 : m_filter.offset);
        if (auto ok = execute(query, statement, doing); !ok)
            return Error{ok.error()};
        // The whole page first: the visitor may write on this connection, and a server driver
        // reading row by row (PostgreSQL's single-row mode) would lose the rest of the page.
        qsizetype rows = 0;
        while (query.next()) {
            if (rows == qsizetype(page.size()))
                page.emplace_back();
            CallRecord &call = page[size_t(rows++)];
            call.id = query.value(0).toLongLong();
            call.start = query.value(1).toLongLong();
            call.talktime = query.value(2).toLongLong();
            call.status = query.value(3).toString();
            call.cnumber = query.value(4).toString();
            call.cnumberE164 = query.value(5).toString();
            call.scustomer = query.value(6).toLongLong();
            call.invoice = query.value(7).toLongLong();
        }
        query.finish();
        for (qsizetype i = 0; i < rows; ++i) {
            ++visited;
            if (!visit(page[size_t(i)]))
                return visited;
        }
        if (rows < wanted)
            break;
        const CallRecord &last = page[size_t(rows - 1)];
        after = d.keysetCondition(sql.column(u"start"), sql.column(u"id"), u">", last.start, last.id);
    }
    return visited;
}
