#include "fakehttpserver.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 415: return "Unsupported Media Type";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray head(int status, const QByteArray &contentType, qint64 length,
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    return out + "\r\n";
}

bool every(int n, qint64 number)
{
    return n > 0 && number % n == 0;
}

// Streams a huge body in slices as the socket drains, so neither side needs it whole.
struct HugeStream : QObject
{
    FakeHugeShape shape;
    qint64 rowsLeft = 0;
    bool tailSent = false;

    void pump(QTcpSocket *socket)
    {
        constexpr qint64 Slice = 1 << 20;
        while (socket->bytesToWrite() < Slice && !tailSent) {
            QByteArray chunk;
            while (rowsLeft > 0 && chunk.size() < Slice) {
                chunk += shape.row;
                if (--rowsLeft > 0)
                    chunk += ',';
            }
            if (rowsLeft == 0) {
                chunk += shape.tail;
                tailSent = true;
            }
            socket->write(chunk);
        }
        if (tailSent)
            deleteLater();
    }
};

} // namespace

FakeHttpServer::FakeHttpServer(const FakeOptions &options, std::unique_ptr<FakeProvider> provider, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_provider(std::move(provider))
{
}

FakeHttpServer::Fault FakeHttpServer::faultFor(qint64 number) const
{
    if (every(m_options.dropEvery, number))
        return Fault::Drop;
    if (every(m_options.failEvery, number))
        return Fault::Fail;
    if (every(m_options.htmlEvery, number))
        return Fault::Html;
    if (every(m_options.wrongTypeEvery, number))
        return Fault::WrongType;
    if (every(m_options.hugeEvery, number))
        return Fault::Huge;
    if (every(m_options.truncateEvery, number))
        return Fault::Truncate;
    return Fault::None;
}

bool FakeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 number = ++m_requests;
    const Fault fault = faultFor(number);
    const FakeResponse response = answer(fault, request);
    if (!m_options.quiet) {
        // The path only: Enswitch and voip.ms carry credentials in the query string.
        QTextStream(stderr) << "fake-" << m_options.kind << " #" << number << ' ' << request.url().path() << " -> "
                            << (fault == Fault::Drop ? u"dropped"_s : QString::number(response.status)) << Qt::endl;
    }
    QPointer<QTcpSocket> guard(socket);
    const auto respond = [this, guard, fault, response] {
        if (guard)
            send(guard, fault, response);
    };
    if (m_options.delayMs > 0)
        QTimer::singleShot(m_options.delayMs, this, respond);
    else
        respond();
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(head(404, "text/plain", 9) + "Not Found");
}

FakeResponse FakeHttpServer::answer(Fault fault, const QHttpServerRequest &request)
{
    switch (fault) {
    case Fault::Drop:
    case Fault::Huge:
        return {};
    case Fault::Fail: {
        static constexpr int statuses[] = {500, 503, 504};
        const int status = statuses[m_failures++ % 3];
        return FakeResponse::raw(status, "text/plain", QByteArray::number(status) + ' ' + reason(status) + '\n');
    }
    case Fault::Html:
        return FakeResponse::raw(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                                   "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                                   "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    case Fault::WrongType:
        return FakeResponse::raw(200, "text/html; charset=utf-8",
                                 "<!DOCTYPE html><html><head><title>Sign in</title></head><body>"
                                 "<form method=\"post\"><input name=\"user\"><input type=\"password\" name=\"pass\">"
                                 "</form></body></html>");
    case Fault::Truncate:
    case Fault::None:
        break;
    }
    return m_provider->handle(request);
}

void FakeHttpServer::send(QTcpSocket *socket, Fault fault, const FakeResponse &response)
{
    if (fault == Fault::Drop) {
        socket->abort();
        return;
    }
    if (fault == Fault::Huge) {
        streamHuge(socket);
        return;
    }
    QByteArray body = response.body;
    if (fault == Fault::Truncate)
        body.truncate(body.size() / 2);
    socket->write(head(response.status, response.contentType, body.size(), response.headers) + body);
}

void FakeHttpServer::streamHuge(QTcpSocket *socket)
{
    auto *stream = new HugeStream;
    stream->setParent(socket);
    stream->shape = m_provider->hugeShape();
    const qint64 target = qint64(m_options.hugeMb) << 20;
    const qint64 fixed = stream->shape.head.size() + stream->shape.tail.size();
    const qint64 rowSize = stream->shape.row.size() + 1;
    stream->rowsLeft = qMax<qint64>(1, (target - fixed + 1) / rowSize);
    const qint64 length = fixed + stream->rowsLeft * rowSize - 1;
    socket->write(head(200, "application/json", length) + stream->shape.head);
    connect(socket, &QTcpSocket::bytesWritten, stream, [stream, socket] { stream->pump(socket); });
    stream->pump(socket);
}
