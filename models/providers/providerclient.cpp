#include "providerclient.h"

#include "formats/recordmapper.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ProviderClient::ProviderClient(const ProviderAccess &access, const HttpSettings &settings, QObject *parent)
    : QObject(parent)
    , m_access(access)
{
    HttpSettings own = settings;
    own.allowHttp = settings.allowHttp || access.connection.allowHttp;
    m_http = new ProviderHttp(own, this);
}

QUrl ProviderClient::endpoint(const QString &path) const
{
    QUrl url = m_access.connection.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    QString tail = path;
    while (tail.startsWith(u'/'))
        tail.remove(0, 1);
    QString plainTail = tail;
    while (plainTail.endsWith(u'/'))
        plainTail.chop(1);
    if (!base.endsWith(u'/' + plainTail))
        base += u'/' + tail;
    else if (tail.endsWith(u'/'))
        base += u'/';
    url.setPath(base);
    return url;
}

ProviderError ProviderClient::mapRecords(const HttpReply &reply, const QJsonArray &rows, ObjectMapper &mapper,
                                         QList<CallRecord> &records) const
{
    records.reserve(records.size() + rows.size());
    const QString source = m_access.connection.source();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CallRecord record;
        FieldProblem problem;
        if (!rows.at(i).isObject())
            problem = {u"-"_s, QCoreApplication::translate("ProviderClient", "is not a JSON object")};
        else if (mapper.map(rows.at(i).toObject(), record, problem)) {
            record.source = source;
            records.append(std::move(record));
            continue;
        }
        ProviderError error;
        error.kind = ProviderError::Kind::Malformed;
        error.message = QCoreApplication::translate("ProviderClient", "%1: record %2: %3: %4")
                            .arg(reply.shownUrl)
                            .arg(i + 1)
                            .arg(problem.field, problem.message);
        return error;
    }
    return {};
}
