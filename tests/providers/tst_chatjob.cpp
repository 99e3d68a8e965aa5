// ChatJob against a real loopback HTTP server: streaming, errors, retries,
// timeouts, redirects, cancellation, metrics and log redaction.

#include "loopbackserver.h"
#include "providers/network/chatjob.h"
#include "providers/network/httppolicy.h"
#include "providers/protocol/openaiadapter.h"
#include "secrets/keysource.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Confer;
using namespace ConferTest;

namespace
{

const QByteArray testKey = "sk-test-6f1c2e9a0b7d";
const QByteArray sse = "text/event-stream";

QByteArray chunk(const QByteArray &delta, const QByteArray &finish = "null")
{
    return R"(data: {"id":"chatcmpl-42","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":)"
        + delta + R"(,"finish_reason":)" + finish + "}]}\n\n";
}

QByteArray textChunk(const QByteArray &text)
{
    return chunk(R"({"content":")" + text + R"("})");
}

const QByteArray usageChunk
    = R"(data: {"id":"chatcmpl-42","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17,"completion_tokens_details":{"reasoning_tokens":2}}})"
      "\n\n";

QByteArray normalStream()
{
    return chunk(R"({"role":"assistant","content":""})") + textChunk("Hé") + textChunk("llo, ") + textChunk("wörld €")
        + chunk("{}", R"("stop")") + usageChunk + "data: [DONE]\n\n";
}

QString normalText()
{
    return QStringLiteral("Héllo, wörld €");
}

QList<QByteArray> sseEvents(const QByteArray &body)
{
    QList<QByteArray> events;
    for (const QByteArray &part : body.split('\n')) {
        if (!part.isEmpty()) {
            events.append(part + "\n\n");
        }
    }
    return events;
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
        QTest::addColumn<int>("pieceSize");
        QTest::addColumn<bool>("chunked");
        QTest::newRow("whole body") << 0 << true;
        QTest::newRow("every byte boundary") << 1 << true;
        QTest::newRow("3-byte reads, mid UTF-8") << 3 << false;
        QTest::newRow("one event per read") << -1 << true;
    }

    void normalAnswer()
    {
        QFETCH(int, pieceSize);
        QFETCH(bool, chunked);
        ScriptedResponse response = ScriptedResponse::stream(sse, normalStream(), std::max(0, pieceSize));
        if (pieceSize < 0) {
            response.chunks = sseEvents(normalStream());
        }
        response.chunkedEncoding = chunked;
        response.paced = pieceSize != 0;
        response.headers.append(QPair<QByteArray, QByteArray>("x-request-id", "req_header_1"));
        m_server->enqueue(response);

        auto job = makeJob();
        QSignalSpy deltas(job.get(), &ChatJob::textDelta);
        QSignalSpy usage(job.get(), &ChatJob::usageReported);
        const ChatResult result = run(*job);

        QCOMPARE(int(result.status), int(ChatResult::Status::Completed));
        QCOMPARE(result.text, normalText());
        QVERIFY(!result.error);
        QVERIFY(deltas.size() >= 3);
        QVERIFY(!usage.isEmpty());
        QCOMPARE(result.metrics.finishReason, FinishReason::Stop);
        QCOMPARE(result.metrics.inputTokens, std::optional<qint64>(12));
        QCOMPARE(result.metrics.outputTokens, std::optional<qint64>(5));
        QCOMPARE(result.metrics.reasoningTokens, std::optional<qint64>(2));
        QVERIFY(!result.metrics.inputTokensEstimated);
        QVERIFY(!result.metrics.outputTokensEstimated);
        QCOMPARE(result.metrics.responseModel, QStringLiteral("gpt-4o-mini-2024-07-18"));
        QVERIFY(!result.metrics.requestId.isEmpty());
        QVERIFY(result.metrics.timeToFirstTokenMs);
        QVERIFY(result.metrics.durationMs >= *result.metrics.timeToFirstTokenMs);
        QCOMPARE(result.metrics.attempts, 1);

        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.header("authorization"), "Bearer " + testKey);
        QVERIFY(request.header("user-agent").startsWith("Confer/"));
        QVERIFY(request.body.contains(R"("stream":true)"));
    }

    void reasoning()
    {
        const QByteArray body = chunk(R"({"role":"assistant","content":null,"reasoning_content":"Think"})")
            + chunk(R"({"content":null,"reasoning_content":"ing…"})") + textChunk("42") + chunk("{}", R"("stop")")
            + "data: [DONE]\n\n";
        m_server->enqueue(ScriptedResponse::stream(sse, body, 7));
        auto job = makeJob();
        QSignalSpy reasoningSpy(job.get(), &ChatJob::reasoningDelta);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Completed));
        QCOMPARE(result.reasoning, QStringLiteral("Thinking…"));
        QCOMPARE(result.text, QStringLiteral("42"));
        QVERIFY(!reasoningSpy.isEmpty());
        // No usage in this stream: counts are estimated from the text and say so.
        QVERIFY(result.metrics.outputTokensEstimated);
        QVERIFY(result.metrics.reasoningTokensEstimated);
        QVERIFY(result.metrics.inputTokensEstimated);
        QVERIFY(*result.metrics.outputTokens > 0);
    }

    void midStreamError()
    {
        const QByteArray body = textChunk("Partial ") + textChunk("answer")
            + R"(data: {"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}})"
              "\n\ndata: [DONE]\n\n";
        m_server->enqueue(ScriptedResponse::stream(sse, body, 5));
        auto job = makeJob();
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.text, QStringLiteral("Partial answer"));
        QVERIFY(result.error);
        QVERIFY(result.errorMessage.contains(QLatin1String("while processing your request")));
        QCOMPARE(result.metrics.finishReason, FinishReason::Error);
        QCOMPARE(retrying.size(), 0); // the answer had begun: never retried
        QCOMPARE(m_server->requests().size(), 1);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("retryAfterMs");

        const QByteArray authBody
            = R"({"error":{"message":"Incorrect API key provided: sk-abc.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})";
        QTest::newRow("401") << 401 << QByteArray() << QByteArray() << authBody << int(ErrorKind::Auth) << qint64(-1);
        QTest::newRow("403") << 403 << QByteArray() << QByteArray()
                             << QByteArray(R"({"error":{"message":"Country not supported","type":"permission_error"}})")
                             << int(ErrorKind::Permission) << qint64(-1);
        QTest::newRow("404")
            << 404 << QByteArray() << QByteArray()
            << QByteArray(R"({"error":{"message":"The model `gpt-9` does not exist","code":"model_not_found"}})")
            << int(ErrorKind::NotFound) << qint64(-1);
        QTest::newRow("429 Retry-After")
            << 429 << QByteArray("Retry-After") << QByteArray("30")
            << QByteArray(R"({"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}})")
            << int(ErrorKind::RateLimited) << qint64(30000);
        QTest::newRow("529 overloaded") << 529 << QByteArray() << QByteArray()
                                        << QByteArray(R"({"error":{"message":"Overloaded"}})")
                                        << int(ErrorKind::Overloaded) << qint64(-1);
        QTest::newRow("503 overloaded") << 503 << QByteArray("retry-after-ms") << QByteArray("1500")
                                        << QByteArray(R"({"error":{"message":"Service unavailable"}})")
                                        << int(ErrorKind::Overloaded) << qint64(1500);
        QTest::newRow("500") << 500 << QByteArray() << QByteArray()
                             << QByteArray("<html><body>Internal Server Error</body></html>") << int(ErrorKind::Server)
                             << qint64(-1);
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(qint64, retryAfterMs);

        QList<QPair<QByteArray, QByteArray>> headers;
        if (!headerName.isEmpty()) {
            headers.append({headerName, headerValue});
        }
        m_server->enqueue(ScriptedResponse::json(status, body, headers));
        ChatJobOptions options;
        options.maxRetries = 0;
        auto job = makeJob(options);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QVERIFY(result.error);
        QCOMPARE(int(result.error->kind), kind);
        QCOMPARE(result.error->httpStatus, status);
        QCOMPARE(result.error->retryAfterMs.value_or(-1), retryAfterMs);
        QVERIFY2(result.errorMessage.contains(QString::number(status)), qPrintable(result.errorMessage));
        QVERIFY(result.text.isEmpty());
        QCOMPARE(result.metrics.finishReason, FinishReason::Error);
    }

    void retryThenSuccess()
    {
        m_server->enqueue(ScriptedResponse::json(429, R"({"error":{"message":"slow down"}})", {{"Retry-After", "0"}}));
        m_server->enqueue(ScriptedResponse::json(503, R"({"error":{"message":"busy"}})"));
        m_server->enqueue(ScriptedResponse::stream(sse, normalStream()));
        ChatJobOptions options;
        options.baseRetryDelay = std::chrono::milliseconds(20);
        auto job = makeJob(options);
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Completed));
        QCOMPARE(result.text, normalText());
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(0).toInt(), 1);
        QCOMPARE(retrying.at(0).at(2).value<ProviderError>().kind, ErrorKind::RateLimited);
        QCOMPARE(retrying.at(1).at(2).value<ProviderError>().httpStatus, 503);
        QCOMPARE(result.metrics.attempts, 3);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void retriesAreBounded()
    {
        m_server->setFallback(ScriptedResponse::json(500, R"({"error":{"message":"boom"}})"));
        ChatJobOptions options;
        options.baseRetryDelay = std::chrono::milliseconds(5);
        auto job = makeJob(options);
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(retrying.size(), 3);
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(result.error->kind, ErrorKind::Server);
    }

    void notRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
        QTest::newRow("404") << 404;
    }

    void notRetried()
    {
        QFETCH(int, status);
        m_server->setFallback(ScriptedResponse::json(status, R"({"error":{"message":"no"}})"));
        auto job = makeJob();
        QSignalSpy retrying(job.get(), &ChatJob::retrying);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void droppedMidAnswer_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("chunked") << true;
        QTest::newRow("content-length") << false;
    }

    void droppedMidAnswer()
    {
        QFETCH(bool, chunked);
        ScriptedResponse response = ScriptedResponse::stream(sse, textChunk("Half an ") + textChunk("answer"));
        response.chunks = {textChunk("Half an "), textChunk("answer")};
        response.paced = true;
        response.chunkedEncoding = chunked;
        response.end = ScriptedResponse::End::Drop;
        m_server->enqueue(response);
        auto job = makeJob();
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.text, QStringLiteral("Half an answer"));
        QCOMPARE(result.error->kind, ErrorKind::Network);
        QVERIFY(!result.errorMessage.isEmpty());
        QVERIFY(result.metrics.timeToFirstTokenMs);
    }

    void stallHitsInactivityTimeout()
    {
        ScriptedResponse response = ScriptedResponse::stream(sse, textChunk("Before the stall"));
        response.end = ScriptedResponse::End::Stall;
        m_server->enqueue(response);
        ChatJobOptions options;
        options.inactivityTimeout = std::chrono::milliseconds(400);
        auto job = makeJob(options);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.error->kind, ErrorKind::Timeout);
        QCOMPARE(result.text, QStringLiteral("Before the stall"));
        QCOMPARE(result.errorMessage, QStringLiteral("Loopback sent nothing for 0.4 seconds."));
        // Qt's coarse timers may fire up to 5% early.
        QVERIFY2(result.metrics.durationMs >= 350,
            qPrintable(QString::number(result.metrics.durationMs) + result.errorMessage));
    }

    void slowFirstByte()
    {
        ScriptedResponse response = ScriptedResponse::stream(sse, normalStream());
        response.firstByteDelayMs = 600;
        m_server->enqueue(response);
        ChatJobOptions options;
        options.inactivityTimeout = std::chrono::seconds(5);
        auto job = makeJob(options);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Completed));
        QCOMPARE(result.text, normalText());
        QVERIFY(*result.metrics.timeToFirstTokenMs >= 500);
    }

    void hugeAnswer()
    {
        const QByteArray line(1000, 'x');
        QByteArray body;
        body.reserve(11 * 1024 * 1024);
        for (int i = 0; i < 10 * 1024; ++i) {
            body += textChunk(line);
        }
        body += chunk("{}", R"("stop")") + "data: [DONE]\n\n";
        m_server->enqueue(ScriptedResponse::stream(sse, body, 64 * 1024));
        auto job = makeJob();
        const ChatResult result = run(*job, 60000);
        QCOMPARE(int(result.status), int(ChatResult::Status::Completed));
        QCOMPARE(result.text.size(), qsizetype(10 * 1024 * 1000));
        QCOMPARE(result.metrics.finishReason, FinishReason::Stop);
        QVERIFY(result.metrics.outputTokensPerSecond);
    }

    void cancelMidStream()
    {
        ScriptedResponse response = ScriptedResponse::stream(sse, {});
        response.chunks = {textChunk("First"), textChunk(" second"), textChunk(" third")};
        response.chunkDelayMs = 300;
        response.end = ScriptedResponse::End::Stall;
        m_server->enqueue(response);
        auto job = makeJob();
        connect(job.get(), &ChatJob::textDelta, job.get(), [&job] { job->cancel(); });
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Cancelled));
        QCOMPARE(result.text, QStringLiteral("First"));
        QCOMPARE(result.metrics.finishReason, FinishReason::Cancelled);
        QVERIFY(!result.error);
        QVERIFY(result.metrics.timeToFirstTokenMs);
    }

    void localServerNotRunning()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        ProviderInfo info = provider();
        info.displayName = QStringLiteral("Ollama");
        info.local = true;
        info.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        auto job = makeJob({}, info);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.error->kind, ErrorKind::Network);
        QCOMPARE(result.errorMessage, QStringLiteral("Ollama is not running on 127.0.0.1:%1.").arg(port));
    }

    void missingKeySendsNothing()
    {
        ProviderInfo info = provider();
        info.displayName = QStringLiteral("OpenAI");
        info.keyEnvironmentVariables = {QStringLiteral("CONFER_TEST_UNSET_KEY")};
        auto job = makeJob({}, info);
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QCOMPARE(result.error->kind, ErrorKind::Auth);
        QVERIFY(result.errorMessage.contains(QLatin1String("CONFER_TEST_UNSET_KEY")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void costFromCatalogPrices()
    {
        m_server->enqueue(ScriptedResponse::stream(sse, normalStream()));
        ChatJobOptions options;
        ModelInfo pricing;
        pricing.inputUsdPerMillionTokens = 1.0;
        pricing.outputUsdPerMillionTokens = 4.0;
        options.pricing = pricing;
        auto job = makeJob(options);
        const ChatResult result = run(*job);
        QVERIFY(result.metrics.costUsd);
        QVERIFY(!result.metrics.costReportedByProvider);
        QCOMPARE(*result.metrics.costUsd, (12 * 1.0 + 5 * 4.0) / 1e6);
    }

    void providerReportedCostWins()
    {
        const QByteArray body = textChunk("ok") + chunk("{}", R"("stop")")
            + R"(data: {"id":"gen-1","model":"openai/gpt-4o","choices":[{"index":0,"delta":{"content":""},"finish_reason":null}],"usage":{"prompt_tokens":10,"completion_tokens":2,"total_tokens":12,"cost":0.00042}})"
              "\n\ndata: [DONE]\n\n";
        m_server->enqueue(ScriptedResponse::stream(sse, body));
        ChatJobOptions options;
        ModelInfo pricing;
        pricing.inputUsdPerMillionTokens = 1.0;
        pricing.outputUsdPerMillionTokens = 4.0;
        options.pricing = pricing;
        auto job = makeJob(options);
        const ChatResult result = run(*job);
        QVERIFY(result.metrics.costReportedByProvider);
        QCOMPARE(*result.metrics.costUsd, 0.00042);
    }

    void redirect_data()
    {
        QTest::addColumn<bool>("crossHost");
        QTest::addColumn<int>("status");
        QTest::newRow("same host keeps the key") << false << 307;
        QTest::newRow("other host drops the key (307)") << true << 307;
        QTest::newRow("other host drops the key (308)") << true << 308;
    }

    void redirect()
    {
        QFETCH(bool, crossHost);
        QFETCH(int, status);
        LoopbackServer other;
        QVERIFY(other.listen());
        LoopbackServer &target = crossHost ? other : *m_server;
        const QUrl location = target.url(QStringLiteral("/moved/chat/completions"));

        ScriptedResponse moved = ScriptedResponse::json(status, {}, {{"Location", location.toString().toLatin1()}});
        moved.reason = "Redirect";
        m_server->enqueue(moved);
        target.enqueue(ScriptedResponse::stream(sse, normalStream()));

        auto job = makeJob();
        const ChatResult result = run(*job);
        QCOMPARE(int(result.status), int(ChatResult::Status::Completed));
        QCOMPARE(result.text, normalText());
        QCOMPARE(m_server->requests().constFirst().header("authorization"), "Bearer " + testKey);
        const RecordedRequest &followed = target.requests().constLast();
        QCOMPARE(followed.path, QByteArray("/moved/chat/completions"));
        QCOMPARE(followed.method, QByteArray("POST"));
        QVERIFY(followed.body.contains(R"("stream":true)"));
        QCOMPARE(followed.hasHeader("authorization"), !crossHost);
    }

    void keyNeverLogged()
    {
        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("confer.providers.debug=true\nconfer.providers.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { messages.append(message); });

        m_server->enqueue(ScriptedResponse::json(401, R"({"error":{"message":"bad key"}})"));
        m_server->enqueue(ScriptedResponse::stream(sse, normalStream()));
        auto failing = makeJob();
        run(*failing);
        auto succeeding = makeJob();
        run(*succeeding);

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!messages.isEmpty());
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("chat/completions")));
        QVERIFY(all.contains(QLatin1String("Authorization: [redacted]")));
        QVERIFY2(!all.contains(QString::fromLatin1(testKey)), qPrintable(all));
        QCOMPARE(m_server->requests().constLast().header("authorization"), "Bearer " + testKey);
    }

private:
    ProviderInfo provider() const
    {
        ProviderInfo info;
        info.id = QStringLiteral("loopback");
        info.displayName = QStringLiteral("Loopback");
        info.protocol = Protocol::OpenAI;
        info.baseUrl = m_server->url(QStringLiteral("/v1"));
        info.keyEnvironmentVariables = {QStringLiteral("CONFER_TEST_KEY")};
        return info;
    }

    std::unique_ptr<ChatJob> makeJob(ChatJobOptions options = {}, std::optional<ProviderInfo> info = std::nullopt)
    {
        ChatRequest request;
        request.model = QStringLiteral("gpt-4o-mini");
        request.messages = {{ChatMessage::Role::User, QStringLiteral("Say hello")}};
        return std::make_unique<ChatJob>(
            m_network.get(), m_keys.get(), info.value_or(provider()), m_adapter, request, options);
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

    OpenAiAdapter m_adapter;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<EnvironmentKeySource> m_keys;
};

QTEST_GUILESS_MAIN(TestChatJob)
#include "tst_chatjob.moc"
