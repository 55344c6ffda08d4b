#include "fakecalls.h"

#include "demo/demogenerator.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrl>

namespace FakeCalls {

void generate(const FakeOptions &options, const std::function<void(const CallRecord &, qint64)> &visit)
{
    DemoOptions demo;
    demo.calls = options.calls;
    demo.seed = options.seed;
    demo.until = options.until;
    demo.days = options.days;
    DemoGenerator generator(demo);
    CallRecord record;
    qint64 index = 0;
    while (generator.next(record))
        visit(record, index++);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {

void addPairs(QByteArray text, QHash<QString, QString> &out)
{
    text.replace(';', '&').replace('+', ' ');
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
}

} // namespace

QHash<QString, QString> parameters(const QHttpServerRequest &request)
{
    QHash<QString, QString> out;
    addPairs(request.url().query(QUrl::FullyEncoded).toLatin1(), out);
    if (request.method() == QHttpServerRequest::Method::Post
        && request.value("Content-Type").startsWith("application/x-www-form-urlencoded"))
        addPairs(request.body(), out);
    return out;
}

QString hexDigest(const QString &text, int width)
{
    QByteArray hex;
    QByteArray data = text.toUtf8();
    while (hex.size() < width) {
        data = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        hex += data.toHex();
    }
    return QString::fromLatin1(hex.left(width));
}

} // namespace FakeCalls
