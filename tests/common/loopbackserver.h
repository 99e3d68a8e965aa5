#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1 for network tests: records every
// request and replays exact response bytes, split, delayed, dropped or stalled
// as a test asks. Timing runs on QTimer, never on sleeps.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace ConferTest
{

struct RecordedRequest {
    QByteArray method;
    QByteArray path; // with the query
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The body as a JSON object (empty when it is none).
    QJsonObject json() const;
};

struct ScriptedResponse {
    enum class End {
        Complete, // the whole body, then the connection closes
        Drop, // the chunks, then the connection closes although more was announced
        Stall, // the chunks, then nothing, with the connection left open
    };

    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QByteArray> chunks; // body bytes, each written on its own
    bool chunkedEncoding = false;
    int firstByteDelayMs = 0;
    int chunkDelayMs = 0;
    bool paced = false; // each chunk in its own event-loop turn, so the client reads them apart
    bool held = false; // waits for LoopbackServer::releaseHeld() before the first byte
    End end = End::Complete;

    // body split into pieces of pieceSize bytes (1 splits at every byte boundary).
    static ScriptedResponse stream(const QByteArray &contentType, const QByteArray &body, qsizetype pieceSize = 0);
    static ScriptedResponse json(
        int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
};

class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    bool listen();
    quint16 port() const;
    QUrl url(const QString &path = {}) const; // http://127.0.0.1:PORT/path

    // Responses are served in the order they were queued; when none is left, the fallback is.
    void enqueue(const ScriptedResponse &response);
    void setFallback(const ScriptedResponse &response);
    // Requests whose path ends with pathSuffix always get this response, ahead of the queue
    // (e.g. "/models", which a window's model list may ask for at any moment).
    void setRoute(const QByteArray &pathSuffix, const ScriptedResponse &response);
    void releaseHeld();

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int openConnections() const { return int(m_connections.size()); }
    int maxOpenResponses() const { return m_maxOpenResponses; }
    int heldCount() const;

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScriptedResponse &response);
    void writeHead(QTcpSocket *socket);
    void writeNextChunk(QTcpSocket *socket);
    void finishResponse(QTcpSocket *socket);

    QTcpServer *m_server;
    QList<ScriptedResponse> m_queue;
    ScriptedResponse m_fallback;
    QList<QPair<QByteArray, ScriptedResponse>> m_routes;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, Connection *> m_connections;
    int m_openResponses = 0;
    int m_maxOpenResponses = 0;
};

}
