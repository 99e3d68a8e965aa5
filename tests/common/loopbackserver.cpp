#include "loopbackserver.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace ConferTest
{

struct LoopbackServer::Connection {
    QByteArray buffer;
    ScriptedResponse response;
    qsizetype nextChunk = 0;
    bool responding = false;
    bool waitingForRelease = false;
};

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

ScriptedResponse ScriptedResponse::stream(const QByteArray &contentType, const QByteArray &body, qsizetype pieceSize)
{
    ScriptedResponse response;
    response.headers = {{"Content-Type", contentType}};
    response.chunkedEncoding = true;
    if (pieceSize <= 0) {
        response.chunks = {body};
    } else {
        for (qsizetype i = 0; i < body.size(); i += pieceSize) {
            response.chunks.append(body.mid(i, pieceSize));
        }
    }
    return response;
}

ScriptedResponse ScriptedResponse::json(
    int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    ScriptedResponse response;
    response.status = status;
    response.reason = status < 400 ? "OK" : "Error";
    response.headers = {{"Content-Type", "application/json"}};
    response.headers.append(extraHeaders);
    response.chunks = {body};
    return response;
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_fallback = ScriptedResponse::json(404, R"({"error":{"message":"no scripted response"}})");
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer()
{
    qDeleteAll(m_connections);
}

bool LoopbackServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost);
}

quint16 LoopbackServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void LoopbackServer::enqueue(const ScriptedResponse &response)
{
    m_queue.append(response);
}

void LoopbackServer::setRoute(const QByteArray &pathSuffix, const ScriptedResponse &response)
{
    m_routes.append({pathSuffix, response});
}

void LoopbackServer::setFallback(const ScriptedResponse &response)
{
    m_fallback = response;
}

int LoopbackServer::heldCount() const
{
    int count = 0;
    for (const Connection *connection : m_connections) {
        count += connection->waitingForRelease ? 1 : 0;
    }
    return count;
}

void LoopbackServer::releaseHeld()
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.value()->waitingForRelease) {
            it.value()->waitingForRelease = false;
            QTcpSocket *socket = it.key();
            QTimer::singleShot(it.value()->response.firstByteDelayMs, socket, [this, socket] { writeHead(socket); });
        }
    }
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            Connection *connection = m_connections.take(socket);
            if (connection && connection->responding) {
                --m_openResponses;
            }
            delete connection;
            socket->deleteLater();
        });
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection) {
        return;
    }
    connection->buffer += socket->readAll();
    if (connection->responding) {
        return; // one request per connection: every response closes it
    }
    const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = connection->buffer.left(headEnd).split('\n');
    RecordedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length") {
            contentLength = value.toLongLong();
        }
    }
    if (connection->buffer.size() < headEnd + 4 + contentLength) {
        return;
    }
    request.body = connection->buffer.mid(headEnd + 4, contentLength);
    connection->buffer.clear();
    m_requests.append(request);
    const auto route = std::find_if(m_routes.cbegin(), m_routes.cend(),
        [&request](const auto &candidate) { return request.path.endsWith(candidate.first); });
    if (route != m_routes.cend()) {
        respond(socket, route->second);
    } else {
        respond(socket, m_queue.isEmpty() ? m_fallback : m_queue.takeFirst());
    }
    Q_EMIT requestReceived(int(m_requests.size() - 1));
}

void LoopbackServer::respond(QTcpSocket *socket, const ScriptedResponse &response)
{
    Connection *connection = m_connections.value(socket);
    if (!connection) {
        return;
    }
    connection->response = response;
    connection->responding = true;
    m_maxOpenResponses = std::max(m_maxOpenResponses, ++m_openResponses);
    if (response.held) {
        connection->waitingForRelease = true;
        return;
    }
    QTimer::singleShot(response.firstByteDelayMs, socket, [this, socket] { writeHead(socket); });
}

void LoopbackServer::writeHead(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection) {
        return;
    }
    const ScriptedResponse &response = connection->response;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    if (response.chunkedEncoding) {
        head += "Transfer-Encoding: chunked\r\n";
    } else {
        qsizetype length = 0;
        for (const QByteArray &chunk : response.chunks) {
            length += chunk.size();
        }
        // A dropped response announces more than it sends, so the client can tell.
        head += "Content-Length: "
            + QByteArray::number(length + (response.end == ScriptedResponse::End::Drop ? 1024 : 0)) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    writeNextChunk(socket);
}

void LoopbackServer::writeNextChunk(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection) {
        return;
    }
    const ScriptedResponse &response = connection->response;
    const bool paced = response.paced || response.chunkDelayMs > 0;
    do {
        if (connection->nextChunk >= response.chunks.size()) {
            finishResponse(socket);
            return;
        }
        const QByteArray &chunk = response.chunks.at(connection->nextChunk++);
        // An empty chunk would end a chunked body early, so empty pieces write nothing.
        if (!chunk.isEmpty() && response.chunkedEncoding) {
            socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        } else if (!chunk.isEmpty()) {
            socket->write(chunk);
        }
    } while (!paced);
    socket->flush();
    QTimer::singleShot(response.chunkDelayMs, socket, [this, socket] { writeNextChunk(socket); });
}

void LoopbackServer::finishResponse(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection) {
        return;
    }
    switch (connection->response.end) {
    case ScriptedResponse::End::Complete:
        if (connection->response.chunkedEncoding) {
            socket->write("0\r\n\r\n");
        }
        socket->disconnectFromHost();
        break;
    case ScriptedResponse::End::Drop:
        socket->flush();
        socket->abort();
        break;
    case ScriptedResponse::End::Stall:
        break;
    }
}

}
