// ChatJob against a real loopback HTTP server: streaming, errors, retries,
// timeouts, redirects, cancellation, metrics and log redaction.

#include "loopbackserver.h"
#include "protocolscripts.h"
#include "providers/network/chatjob.h"
#include "providers/network/httppolicy.h"
#include "providers/protocol/protocoladapter.h"
#include "secrets/keysource.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace Confer;
using namespace ConferTest;

namespace
{

using namespace ProtocolScripts;

const QByteArray testKey = "sk-test-6f1c2e9a0b7d";

// "Hé" + "llo, " + "wörld €": multi-byte characters for splits inside UTF-8.
QByteArray normalStream(Protocol protocol)
{
    return head(protocol) + text(protocol, "Hé") + text(protocol, "llo, ") + text(protocol, "wörld €") + tail(protocol);
}

QString normalText()
{
    return QStringLiteral("Héllo, wörld €");
}

QTestData &newRow(const QByteArray &name)
{
    return QTest::newRow(name.constData()); // the name is copied
}

// One row per protocol, named "protocol" or "protocol: suffix".
void protocolRows(const char *suffix = nullptr)
{
    for (Protocol protocol : all()) {
        const QByteArray row = suffix ? QByteArray(name(protocol)) + ": " + suffix : QByteArray(name(protocol));
        newRow(row) << int(protocol);
    }
}

}

class TestChatJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CONFER_TEST_KEY", testKey); }

    void init()
    {
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        m_network = Http::createNetworkAccessManager();
        m_keys = std::make_unique<EnvironmentKeySource>();
    }

    void cleanup()
    {
        m_keys.reset();
        m_network.reset();
        m_server.reset();
    }

    void normalAnswer_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("pieceSize");
        QTest::addColumn<bool>("chunked");
        for (Protocol protocol : all()) {
            const QByteArray prefix = QByteArray(name(protocol)) + ": ";
            newRow(prefix + "whole body") << int(protocol) << 0 << true;
            newRow(prefix + "every byte boundary") << int(protocol) << 1 << true;
            newRow(prefix + "3-byte reads, no chunking") << int(protocol) << 3 << false;
        }
    }

    void normalAnswer()
    {
        QFETCH(int, protocol);
        QFETCH(int, pieceSize);
        QFETCH(bool, chunked);
        const Protocol wire = Protocol(protocol);
        ScriptedResponse response = ScriptedResponse::stream(contentType(wire), normalStream(wire), pieceSize);
        response.chunkedEncoding = chunked;
        response.paced = pieceSize != 0;
        response.headers.append(QPair<QByteArray, QByteArray>("x-request-id", "req_header_1"));
        m_server->enqueue(response);

        auto job = makeJob(wire);
        QSignalSpy deltas(job.get(), &ChatJob::textDelta);
        QSignalSpy usage(job.get(), &ChatJob::usageReported);
        const ChatResult result = run(*job);

        QVERIFY2(result.status == ChatResult::Status::Completed, qPrintable(result.errorMessage));
        QCOMPARE(result.text, normalText());
        QVERIFY(!result.error);
        QVERIFY(deltas.size() >= 3);
        QVERIFY(!usage.isEmpty());
        QCOMPARE(result.metrics.finishReason, FinishReason::Stop);
        QCOMPARE(result.metrics.inputTokens, std::optional<qint64>(12));
        QCOMPARE(result.metrics.outputTokens, std::optional<qint64>(5));
        QVERIFY(!result.metrics.inputTokensEstimated);
        QVERIFY(!result.metrics.outputTokensEstimated);
        QCOMPARE(result.metrics.responseModel, responseModel(wire));
        QVERIFY(!result.metrics.requestId.isEmpty());
        QVERIFY(result.metrics.timeToFirstTokenMs);
        QVERIFY(result.metrics.durationMs >= *result.metrics.timeToFirstTokenMs);
        QCOMPARE(result.metrics.attempts, 1);

        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, chatPath(wire, "test-model"));
        const auto [keyName, keyValue] = keyHeader(wire, testKey);
        if (!keyName.isEmpty()) {
            QCOMPARE(request.header(keyName), keyValue);
        }
        QVERIFY(request.header("user-agent").startsWith("Confer/"));
        QVERIFY(request.body.contains("Say hello"));
    }

    void reasoning_data()
    {
        QTest::addColumn<int>("protocol");
        protocolRows();
    }

    void reasoning()
    {
        QFETCH(int, protocol);
        const Protocol wire = Protocol(protocol);
        const QByteArray body = head(wire) + ProtocolScripts::reasoning(wire, "Think")
            + ProtocolScripts::reasoning(wire, "ing…") + text(wire, "42") + tail(wire);
        m_server->enqueue(ScriptedResponse::stream(contentType(wire), body, 7));
        auto job = makeJob(wire);
        QSignalSpy reasoningSpy(job.get(), &ChatJob::reasoningDelta);
        const ChatResult result = run(*job);
        QVERIFY2(result.status == ChatResult::Status::Completed, qPrintable(result.errorMessage));
        QCOMPARE(result.reasoning, QStringLiteral("Thinking…"));
        QCOMPARE(result.text, QStringLiteral("42"));
        QCOMPARE(reasoningSpy.size(), 2);
        QVERIFY(result.metrics.reasoningTokens);
    }

    void estimatedWithoutUsage()
    {
        const QByteArray body
            = openAiChunk(R"({"content":"twelve chars"})") + openAiChunk("{}", R"("stop")") + "data: [DONE]\n\n";
        m_server->enqueue(ScriptedResponse::stream(contentType(Protocol::OpenAI), body));
        auto job = makeJob(Protocol::OpenAI);
        const ChatResult result = run(*job);
        QVERIFY(result.metrics.outputTokensEstimated);
        QVERIFY(result.metrics.inputTokensEstimated);
        QVERIFY(result.metrics.reasoningTokensEstimated);
        QCOMPARE(result.metrics.outputTokens, std::optional<qint64>(3));
        QCOMPARE(result.metrics.inputTokens, std::optional<qint64>(3)); // "Say hello"
    }

    void midStreamError_data()
    {
        QTest::addColumn<int>("protocol");
        protocolRows();
    }

    void midStreamError()
    {
        QFETCH(int, protocol);
        const Protocol wire = Protocol(protocol);
        const QByteArray body
            = head(wire) + text(wire, "Partial ") + text(wire, "answer") + ProtocolScripts::midStreamError(wire);
        m_server->enqueue(ScriptedResponse::stream(contentType(wire), body, 5));
        auto job = makeJob(wire);
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.text, QStringLiteral("Partial answer"));
        QVERIFY(result.error);
        QVERIFY2(result.errorMessage.contains(midStreamErrorMessage(wire)), qPrintable(result.errorMessage));
        QCOMPARE(result.metrics.finishReason, FinishReason::Error);
        QCOMPARE(retrying.size(), 0); // the answer had begun: never retried
        QCOMPARE(m_server->requests().size(), 1);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");

        for (Protocol protocol : all()) {
            const auto row
                = [protocol](const char *what) -> QByteArray { return QByteArray(name(protocol)) + ": " + what; };
            newRow(row("401")) << int(protocol) << 401 << QByteArray() << QByteArray() << int(ErrorKind::Auth)
                               << qint64(-1);
            newRow(row("403")) << int(protocol) << 403 << QByteArray() << QByteArray() << int(ErrorKind::Permission)
                               << qint64(-1);
            newRow(row("404")) << int(protocol) << 404 << QByteArray() << QByteArray() << int(ErrorKind::NotFound)
                               << qint64(-1);
            newRow(row("429 Retry-After seconds")) << int(protocol) << 429 << QByteArray("Retry-After")
                                                   << QByteArray("30") << int(ErrorKind::RateLimited) << qint64(30000);
            newRow(row("529 overloaded"))
                << int(protocol) << 529 << QByteArray() << QByteArray() << int(ErrorKind::Overloaded) << qint64(-1);
            newRow(row("503 retry-after-ms")) << int(protocol) << 503 << QByteArray("retry-after-ms")
                                              << QByteArray("1500") << int(ErrorKind::Overloaded) << qint64(1500);
            newRow(row("500")) << int(protocol) << 500 << QByteArray() << QByteArray() << int(ErrorKind::Server)
                               << qint64(-1);
        }
    }

    void httpErrors()
    {
        QFETCH(int, protocol);
        QFETCH(int, status);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);

        QList<QPair<QByteArray, QByteArray>> headers;
        if (!headerName.isEmpty()) {
            headers.append({headerName, headerValue});
        }
        const Protocol wire = Protocol(protocol);
        m_server->enqueue(ScriptedResponse::json(status, errorBody(wire, status, "Nope, not now."), headers));
        ChatJobOptions options;
        options.maxRetries = 0;
        auto job = makeJob(wire, options);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QVERIFY(result.error);
        QCOMPARE(int(result.error->kind), kind);
        QCOMPARE(result.error->httpStatus, status);
        QCOMPARE(result.error->retryAfterMs.value_or(-1), retryAfterMs);
        QCOMPARE(result.error->providerMessage, QStringLiteral("Nope, not now."));
        QVERIFY2(result.errorMessage.contains(QString::number(status)), qPrintable(result.errorMessage));
        QVERIFY(result.errorMessage.contains(QLatin1String("Nope, not now.")));
        QVERIFY(result.text.isEmpty());
        QCOMPARE(result.metrics.finishReason, FinishReason::Error);
    }

    void nonJsonErrorBody()
    {
        m_server->enqueue(ScriptedResponse::json(502, "<html><body>Bad Gateway</body></html>"));
        ChatJobOptions options;
        options.maxRetries = 0;
        auto job = makeJob(Protocol::OpenAI, options);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.error->httpStatus, 502);
        QVERIFY(result.errorMessage.contains(QLatin1String("Bad Gateway")));
    }

    void retryThenSuccess_data()
    {
        QTest::addColumn<int>("protocol");
        protocolRows();
    }

    void retryThenSuccess()
    {
        QFETCH(int, protocol);
        const Protocol wire = Protocol(protocol);
        m_server->enqueue(ScriptedResponse::json(429, errorBody(wire, 429, "slow down"), {{"Retry-After", "0"}}));
        m_server->enqueue(ScriptedResponse::json(503, errorBody(wire, 503, "busy")));
        m_server->enqueue(ScriptedResponse::stream(contentType(wire), normalStream(wire)));
        ChatJobOptions options;
        options.baseRetryDelay = std::chrono::milliseconds(20);
        auto job = makeJob(wire, options);
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QVERIFY2(result.status == ChatResult::Status::Completed, qPrintable(result.errorMessage));
        QCOMPARE(result.text, normalText());
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(0).toInt(), 1);
        QCOMPARE(retrying.at(0).at(2).value<ProviderError>().kind, ErrorKind::RateLimited);
        QCOMPARE(retrying.at(1).at(0).toInt(), 2);
        QCOMPARE(retrying.at(1).at(2).value<ProviderError>().httpStatus, 503);
        QCOMPARE(result.metrics.attempts, 3);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void retryHonoursHint()
    {
        m_server->enqueue(
            ScriptedResponse::json(429, errorBody(Protocol::OpenAI, 429, "slow down"), {{"retry-after-ms", "300"}}));
        m_server->enqueue(ScriptedResponse::stream(contentType(Protocol::OpenAI), normalStream(Protocol::OpenAI)));
        auto job = makeJob(Protocol::OpenAI);
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Completed));
        QCOMPARE(retrying.size(), 1);
        const qint64 delay = retrying.at(0).at(1).toLongLong();
        QVERIFY2(delay >= 300 && delay <= 360, qPrintable(QString::number(delay))); // the hint plus up to 20% jitter
        QVERIFY(result.metrics.durationMs >= 280);
    }

    void hintTooLongIsNotWaitedFor()
    {
        m_server->enqueue(
            ScriptedResponse::json(429, errorBody(Protocol::OpenAI, 429, "quota"), {{"Retry-After", "3600"}}));
        auto job = makeJob(Protocol::OpenAI);
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(result.error->retryAfterMs, std::optional<qint64>(3600000));
    }

    void retriesAreBounded()
    {
        m_server->setFallback(ScriptedResponse::json(500, errorBody(Protocol::OpenAI, 500, "boom")));
        ChatJobOptions options;
        options.baseRetryDelay = std::chrono::milliseconds(5);
        auto job = makeJob(Protocol::OpenAI, options);
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(retrying.size(), 3);
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(result.error->kind, ErrorKind::Server);
        QCOMPARE(result.metrics.attempts, 4);
    }

    void notRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void notRetried()
    {
        QFETCH(int, status);
        m_server->setFallback(ScriptedResponse::json(status, errorBody(Protocol::OpenAI, status, "no")));
        auto job = makeJob(Protocol::OpenAI);
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void serverSaysWhetherToRetry_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("shouldRetry");
        QTest::addColumn<int>("requests");
        QTest::newRow("500 with x-should-retry: false") << 500 << QByteArray("false") << 1;
        QTest::newRow("409 with x-should-retry: true") << 409 << QByteArray("true") << 2;
    }

    void serverSaysWhetherToRetry()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, shouldRetry);
        QFETCH(int, requests);
        m_server->enqueue(ScriptedResponse::json(
            status, errorBody(Protocol::OpenAI, status, "conflict"), {{"x-should-retry", shouldRetry}}));
        m_server->enqueue(ScriptedResponse::stream(contentType(Protocol::OpenAI), normalStream(Protocol::OpenAI)));
        ChatJobOptions options;
        options.baseRetryDelay = std::chrono::milliseconds(5);
        auto job = makeJob(Protocol::OpenAI, options);
        const ChatResult result = run(*job);
        QCOMPARE(m_server->requests().size(), requests);
        QCOMPARE(result.status == ChatResult::Status::Completed, requests == 2);
    }

    void droppedMidAnswer_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("chunked");
        for (Protocol protocol : all()) {
            newRow(QByteArray(name(protocol)) + ": chunked") << int(protocol) << true;
            newRow(QByteArray(name(protocol)) + ": content-length") << int(protocol) << false;
        }
    }

    void droppedMidAnswer()
    {
        QFETCH(int, protocol);
        QFETCH(bool, chunked);
        const Protocol wire = Protocol(protocol);
        ScriptedResponse response = ScriptedResponse::stream(contentType(wire), {});
        response.chunks = {head(wire) + text(wire, "Half an "), text(wire, "answer")};
        response.paced = true;
        response.chunkedEncoding = chunked;
        response.end = ScriptedResponse::End::Drop;
        m_server->enqueue(response);
        auto job = makeJob(wire);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.text, QStringLiteral("Half an answer"));
        QCOMPARE(result.error->kind, ErrorKind::Network);
        QVERIFY(!result.errorMessage.isEmpty());
        QVERIFY(result.metrics.timeToFirstTokenMs);
    }

    void stallHitsInactivityTimeout_data()
    {
        QTest::addColumn<int>("protocol");
        protocolRows();
    }

    void stallHitsInactivityTimeout()
    {
        QFETCH(int, protocol);
        const Protocol wire = Protocol(protocol);
        ScriptedResponse response
            = ScriptedResponse::stream(contentType(wire), head(wire) + text(wire, "Before the stall"));
        response.end = ScriptedResponse::End::Stall;
        m_server->enqueue(response);
        ChatJobOptions options;
        options.inactivityTimeout = std::chrono::milliseconds(400);
        auto job = makeJob(wire, options);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.error->kind, ErrorKind::Timeout);
        QCOMPARE(result.text, QStringLiteral("Before the stall"));
        QCOMPARE(result.errorMessage, QStringLiteral("Loopback sent nothing for 0.4 seconds."));
        // Qt's coarse timers may fire up to 5% early.
        QVERIFY(result.metrics.durationMs >= 350);
    }

    void slowFirstByte_data()
    {
        QTest::addColumn<int>("protocol");
        protocolRows();
    }

    void slowFirstByte()
    {
        QFETCH(int, protocol);
        const Protocol wire = Protocol(protocol);
        ScriptedResponse response = ScriptedResponse::stream(contentType(wire), normalStream(wire));
        response.firstByteDelayMs = 600;
        m_server->enqueue(response);
        ChatJobOptions options;
        options.inactivityTimeout = std::chrono::seconds(5);
        auto job = makeJob(wire, options);
        const ChatResult result = run(*job);
        QVERIFY2(result.status == ChatResult::Status::Completed, qPrintable(result.errorMessage));
        QCOMPARE(result.text, normalText());
        QVERIFY(*result.metrics.timeToFirstTokenMs >= 550);
    }

    void hugeAnswer_data()
    {
        QTest::addColumn<int>("protocol");
        protocolRows("10 MB");
    }

    void hugeAnswer()
    {
        QFETCH(int, protocol);
        const Protocol wire = Protocol(protocol);
        const QByteArray line(1000, 'x');
        QByteArray body = head(wire);
        body.reserve(12 * 1024 * 1024);
        for (int i = 0; i < 10 * 1024; ++i) {
            body += text(wire, line);
        }
        body += tail(wire);
        m_server->enqueue(ScriptedResponse::stream(contentType(wire), body, 64 * 1024));
        auto job = makeJob(wire);
        const ChatResult result = run(*job, 60000);
        QVERIFY2(result.status == ChatResult::Status::Completed, qPrintable(result.errorMessage));
        QCOMPARE(result.text.size(), qsizetype(10 * 1024 * 1000));
        QCOMPARE(result.metrics.finishReason, FinishReason::Stop);
    }

    void cancelMidStream_data()
    {
        QTest::addColumn<int>("protocol");
        protocolRows();
    }

    void cancelMidStream()
    {
        QFETCH(int, protocol);
        const Protocol wire = Protocol(protocol);
        ScriptedResponse response = ScriptedResponse::stream(contentType(wire), {});
        response.chunks = {head(wire) + text(wire, "First"), text(wire, " second"), text(wire, " third")};
        response.chunkDelayMs = 300;
        response.end = ScriptedResponse::End::Stall;
        m_server->enqueue(response);
        auto job = makeJob(wire);
        connect(job.get(), &ChatJob::textDelta, job.get(), [&job] { job->cancel(); });
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Cancelled));
        QCOMPARE(result.text, QStringLiteral("First"));
        QCOMPARE(result.metrics.finishReason, FinishReason::Cancelled);
        QVERIFY(!result.error);
        QVERIFY(result.metrics.timeToFirstTokenMs);
        QVERIFY(result.metrics.outputTokens);
    }

    void cancelBeforeAnswer()
    {
        ScriptedResponse response
            = ScriptedResponse::stream(contentType(Protocol::OpenAI), normalStream(Protocol::OpenAI));
        response.held = true;
        m_server->enqueue(response);
        auto job = makeJob(Protocol::OpenAI);
        QSignalSpy finished(job.get(), &ChatJob::finished);
        job->start();
        QTRY_COMPARE(m_server->heldCount(), 1);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(int(job->result().status), int(ChatResult::Status::Cancelled));
        QVERIFY(job->result().text.isEmpty());
        QTRY_COMPARE(m_server->openConnections(), 0); // the request was really aborted
    }

    void localServerNotRunning()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        ProviderInfo info = provider(Protocol::Ollama);
        info.displayName = QStringLiteral("Ollama");
        info.local = true;
        info.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        auto job = makeJob(Protocol::Ollama, {}, info);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.error->kind, ErrorKind::Network);
        QCOMPARE(result.errorMessage, QStringLiteral("Ollama is not running on 127.0.0.1:%1.").arg(port));
    }

    void tlsErrorsAreNeverIgnored()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QFile certificateFile(QStringLiteral(CONFER_SOURCE_DIR "/tests/data/tls/selfsigned.crt"));
        QFile keyFile(QStringLiteral(CONFER_SOURCE_DIR "/tests/data/tls/selfsigned.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requestsRead = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server, &requestsRead] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&requestsRead] { ++requestsRead; });
            }
        });

        ProviderInfo info = provider(Protocol::OpenAI);
        info.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort()));
        auto job = makeJob(Protocol::OpenAI, {}, info);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.error->kind, ErrorKind::Network);
        QVERIFY2(result.errorMessage.startsWith(QLatin1String("The secure connection to 127.0.0.1 failed")),
            qPrintable(result.errorMessage));
        QCOMPARE(requestsRead, 0); // the request, and its key, never left the client
    }

    void missingKeySendsNothing()
    {
        ProviderInfo info = provider(Protocol::OpenAI);
        info.displayName = QStringLiteral("OpenAI");
        info.keyEnvironmentVariables = {QStringLiteral("CONFER_TEST_UNSET_KEY")};
        auto job = makeJob(Protocol::OpenAI, {}, info);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.error->kind, ErrorKind::Auth);
        QCOMPARE(result.errorMessage, QStringLiteral("No API key for OpenAI. Set CONFER_TEST_UNSET_KEY."));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void costFromCatalogPrices()
    {
        m_server->enqueue(ScriptedResponse::stream(contentType(Protocol::OpenAI), normalStream(Protocol::OpenAI)));
        ChatJobOptions options;
        ModelInfo pricing;
        pricing.inputUsdPerMillionTokens = 1.0;
        pricing.outputUsdPerMillionTokens = 4.0;
        options.pricing = pricing;
        auto job = makeJob(Protocol::OpenAI, options);
        const ChatResult result = run(*job);
        QVERIFY(result.metrics.costUsd);
        QVERIFY(!result.metrics.costReportedByProvider);
        QCOMPARE(*result.metrics.costUsd, (12 * 1.0 + 5 * 4.0) / 1e6);
    }

    void providerReportedCostWins()
    {
        const QByteArray body = openAiChunk(R"({"content":"ok"})") + openAiChunk("{}", R"("stop")")
            + R"(data: {"id":"gen-1","model":"openai/gpt-4o","choices":[{"index":0,"delta":{"content":""},"finish_reason":null}],"usage":{"prompt_tokens":10,"completion_tokens":2,"total_tokens":12,"cost":0.00042}})"
              "\n\ndata: [DONE]\n\n";
        m_server->enqueue(ScriptedResponse::stream(contentType(Protocol::OpenAI), body));
        ChatJobOptions options;
        ModelInfo pricing;
        pricing.inputUsdPerMillionTokens = 1.0;
        pricing.outputUsdPerMillionTokens = 4.0;
        options.pricing = pricing;
        auto job = makeJob(Protocol::OpenAI, options);
        const ChatResult result = run(*job);
        QVERIFY(result.metrics.costReportedByProvider);
        QCOMPARE(*result.metrics.costUsd, 0.00042);
        QCOMPARE(result.metrics.finishReason, FinishReason::Stop); // latched before the usage chunk's null
    }

    void redirect_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("crossHost");
        QTest::addColumn<int>("status");
        for (Protocol protocol : {Protocol::OpenAI, Protocol::Anthropic, Protocol::Gemini}) {
            const QByteArray prefix = QByteArray(name(protocol)) + ": ";
            newRow(prefix + "same host keeps the key") << int(protocol) << false << 307;
            newRow(prefix + "other host drops the key (307)") << int(protocol) << true << 307;
            newRow(prefix + "other host drops the key (308)") << int(protocol) << true << 308;
        }
    }

    void redirect()
    {
        QFETCH(int, protocol);
        QFETCH(bool, crossHost);
        QFETCH(int, status);
        const Protocol wire = Protocol(protocol);
        LoopbackServer other;
        QVERIFY(other.listen());
        LoopbackServer &target = crossHost ? other : *m_server;
        const QUrl location = target.url(QStringLiteral("/moved/stream"));

        ScriptedResponse moved = ScriptedResponse::json(status, {}, {{"Location", location.toString().toLatin1()}});
        moved.reason = "Redirect";
        m_server->enqueue(moved);
        target.enqueue(ScriptedResponse::stream(contentType(wire), normalStream(wire)));

        auto job = makeJob(wire);
        const ChatResult result = run(*job);
        QVERIFY2(result.status == ChatResult::Status::Completed, qPrintable(result.errorMessage));
        QCOMPARE(result.text, normalText());
        const QByteArray keyName = keyHeader(wire, testKey).first;
        QCOMPARE(m_server->requests().constFirst().header(keyName), keyHeader(wire, testKey).second);
        const RecordedRequest &followed = target.requests().constLast();
        QCOMPARE(followed.path, QByteArray("/moved/stream"));
        QCOMPARE(followed.method, QByteArray("POST"));
        QVERIFY(followed.body.contains("Say hello"));
        QCOMPARE(followed.hasHeader(keyName), !crossHost);
        QVERIFY(!followed.path.contains(testKey));
    }

    void keyNeverLogged_data()
    {
        QTest::addColumn<int>("protocol");
        for (Protocol protocol : {Protocol::OpenAI, Protocol::Anthropic, Protocol::Gemini}) {
            QTest::newRow(name(protocol)) << int(protocol);
        }
    }

    void keyNeverLogged()
    {
        QFETCH(int, protocol);
        const Protocol wire = Protocol(protocol);
        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("confer.providers.debug=true\nconfer.providers.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { messages.append(message); });

        LoopbackServer other;
        QVERIFY(other.listen());
        m_server->enqueue(ScriptedResponse::json(503, errorBody(wire, 503, "busy"), {{"Retry-After", "0"}}));
        m_server->enqueue(ScriptedResponse::json(
            307, {}, {{"Location", other.url(QStringLiteral("/elsewhere")).toString().toLatin1()}}));
        other.enqueue(ScriptedResponse::json(401, errorBody(wire, 401, "bad key")));
        auto job = makeJob(wire);
        const ChatResult result = run(*job);

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QVERIFY(!messages.isEmpty());
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("[redacted]")));
        QVERIFY(all.contains(QLatin1String("retrying")));
        QVERIFY(all.contains(QLatin1String("credentials dropped")));
        QVERIFY2(!all.contains(QString::fromLatin1(testKey)), qPrintable(all));
        QVERIFY(!result.errorMessage.contains(QString::fromLatin1(testKey)));
        const auto [keyName, keyValue] = keyHeader(wire, testKey);
        QCOMPARE(m_server->requests().constFirst().header(keyName), keyValue);
    }

private:
    ProviderInfo provider(Protocol protocol) const
    {
        ProviderInfo info;
        info.id = QStringLiteral("loopback");
        info.displayName = QStringLiteral("Loopback");
        info.protocol = protocol;
        info.baseUrl = m_server->url(basePath(protocol));
        if (protocol != Protocol::Ollama) {
            info.keyEnvironmentVariables = {QStringLiteral("CONFER_TEST_KEY")};
        }
        return info;
    }

    std::unique_ptr<ChatJob> makeJob(
        Protocol protocol, ChatJobOptions options = {}, std::optional<ProviderInfo> info = std::nullopt)
    {
        ChatRequest request;
        request.model = QStringLiteral("test-model");
        request.messages = {{ChatMessage::Role::User, QStringLiteral("Say hello")}};
        return std::make_unique<ChatJob>(m_network.get(), m_keys.get(), info.value_or(provider(protocol)),
            ProtocolAdapter::forProtocol(protocol), request, options);
    }

    static ChatResult run(ChatJob &job, int timeoutMs = 15000)
    {
        QSignalSpy finished(&job, &ChatJob::finished);
        job.start();
        if (!finished.wait(timeoutMs)) {
            qWarning("job did not finish");
            return {ChatResult::Status::Failed, {}, {}, std::nullopt, QStringLiteral("no finish"), {}};
        }
        return finished.constFirst().constFirst().value<ChatResult>();
    }

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<EnvironmentKeySource> m_keys;
};

QTEST_GUILESS_MAIN(TestChatJob)
#include "tst_chatjob.moc"
