// `confer ask`, `confer models` and `confer providers` end to end: the real
// executable, a temporary profile, and loopback servers speaking each protocol.

#include "conferprocess.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ConferTest;

namespace
{

using Run = ConferRun;

const QByteArray openAiStream
    = R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})"
      "\n\n"
      R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"content":"Hello from "},"finish_reason":null}]})"
      "\n\n"
      R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"content":"OpenAI ✓"},"finish_reason":"stop"}]})"
      "\n\n"
      R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":4,"total_tokens":13}})"
      "\n\ndata: [DONE]\n\n";

const QByteArray anthropicStream = R"(event: message_start
data: {"type": "message_start", "message": {"id": "msg_01", "type": "message", "role": "assistant", "content": [], "model": "claude-opus-4-6", "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": 25, "output_tokens": 1}}}

event: content_block_start
data: {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": ""}}

event: content_block_delta
data: {"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": "Pondering."}}

event: content_block_stop
data: {"type": "content_block_stop", "index": 0}

event: content_block_start
data: {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}}

event: ping
data: {"type": "ping"}

event: content_block_delta
data: {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "Hello from "}}

event: content_block_delta
data: {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": "Claude"}}

event: content_block_stop
data: {"type": "content_block_stop", "index": 1}

event: message_delta
data: {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence":null}, "usage": {"output_tokens": 15}}

event: message_stop
data: {"type": "message_stop"}

)";

const QByteArray geminiStream
    = "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hello from \"}],\"role\": \"model\"},\"index\": "
      "0}],"
      "\"usageMetadata\": {\"promptTokenCount\": 8,\"totalTokenCount\": 8},\"modelVersion\": "
      "\"gemini-2.5-flash\"}\r\n\r\n"
      "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Gemini\"}],\"role\": "
      "\"model\"},\"finishReason\": "
      "\"STOP\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 8,\"candidatesTokenCount\": 4,"
      "\"totalTokenCount\": 12},\"modelVersion\": \"gemini-2.5-flash\"}\r\n\r\n";

const QByteArray ollamaStream
    = R"({"model":"llama3.2","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":"Hello from "},"done":false})"
      "\n"
      R"({"model":"llama3.2","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":"Ollama"},"done":false})"
      "\n"
      R"({"model":"llama3.2","created_at":"2025-08-20T10:00:01Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":100,"prompt_eval_count":26,"eval_count":3})"
      "\n";

}

class TestAskCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_server.reset();
        m_profile.reset();
    }

    void singleModelStreams_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("keyHeader");
        QTest::addColumn<QByteArray>("keyValue");

        QTest::newRow("openai") << QStringLiteral("openai") << QByteArray("text/event-stream") << openAiStream
                                << QStringLiteral("Hello from OpenAI ✓") << QByteArray("/v1/chat/completions")
                                << QByteArray("authorization") << QByteArray("Bearer sk-openai-test");
        QTest::newRow("anthropic") << QStringLiteral("anthropic") << QByteArray("text/event-stream") << anthropicStream
                                   << QStringLiteral("Hello from Claude") << QByteArray("/v1/messages")
                                   << QByteArray("x-api-key") << QByteArray("sk-ant-test");
        QTest::newRow("gemini") << QStringLiteral("gemini") << QByteArray("text/event-stream") << geminiStream
                                << QStringLiteral("Hello from Gemini")
                                << QByteArray("/v1beta/models/m:streamGenerateContent?alt=sse")
                                << QByteArray("x-goog-api-key") << QByteArray("gemini-test-key");
        QTest::newRow("ollama") << QStringLiteral("ollama") << QByteArray("application/x-ndjson") << ollamaStream
                                << QStringLiteral("Hello from Ollama") << QByteArray("/api/chat") << QByteArray()
                                << QByteArray();
    }

    void singleModelStreams()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, stream);
        QFETCH(QString, expectedText);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, keyHeader);
        QFETCH(QByteArray, keyValue);

        const QString base = provider == QLatin1String("openai") ? m_server->url(QStringLiteral("/v1")).toString()
                                                                 : m_server->url().toString();
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), provider, base}).exitCode, 0);
        m_server->enqueue(ScriptedResponse::stream(contentType, stream, 5));

        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), provider + QStringLiteral("/m"),
            QStringLiteral("--max-tokens"), QStringLiteral("50"), QStringLiteral("Say hello")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, expectedText + QLatin1Char('\n'));
        QVERIFY2(run.err.contains(QLatin1String("TTFT")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("stop")));
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.path, path);
        if (!keyHeader.isEmpty()) {
            QCOMPARE(request.header(keyHeader), keyValue);
        }
        QVERIFY(request.body.contains("Say hello"));
        for (const char *key : {"sk-openai-test", "sk-ant-test", "gemini-test-key"}) {
            QVERIFY(!run.err.contains(QLatin1String(key)));
            QVERIFY(!run.out.contains(QLatin1String(key)));
        }
    }

    void reasoningGoesToStderr()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("anthropic"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::stream("text/event-stream", anthropicStream));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("anthropic/claude"),
            QStringLiteral("--no-save"), QStringLiteral("--reasoning"), QStringLiteral("low"),
            QStringLiteral("Think")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Hello from Claude\n"));
        QVERIFY2(run.err.startsWith(QLatin1String("Pondering.")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("\x1b["))); // not a terminal: no colour codes
    }

    void severalModelsCompared()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("gateway"),
                            QStringLiteral("--protocol"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                            m_server->url(QStringLiteral("/v1")).toString(), QStringLiteral("--header"),
                            QStringLiteral("X-Team: research")})
                     .exitCode,
            0);
        LoopbackServer ollama;
        QVERIFY(ollama.listen());
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            ollama.url().toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::stream("text/event-stream", openAiStream));
        ollama.enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream));

        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("gateway/org/model-a"),
            QStringLiteral("-m"), QStringLiteral("ollama/llama3.2:3b"), QStringLiteral("Compare")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("── gateway/org/model-a ──\nHello from OpenAI ✓\n")));
        QVERIFY(run.out.contains(QStringLiteral("── ollama/llama3.2:3b ──\nHello from Ollama\n")));
        const qsizetype table = run.out.indexOf(QLatin1String("MODEL"));
        QVERIFY(table > 0);
        QVERIFY(run.out.indexOf(QLatin1String("gateway/org/model-a"), table) > table);
        QVERIFY(run.out.indexOf(QLatin1String("ollama/llama3.2:3b"), table) > table);
        QCOMPARE(m_server->requests().constFirst().header("x-team"), QByteArray("research"));
        QVERIFY(m_server->requests().constFirst().body.contains(R"("model":"org/model-a")"));
        QVERIFY(ollama.requests().constFirst().body.contains(R"("model":"llama3.2:3b")"));
    }

    void jsonEvents()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("openai"),
                            m_server->url(QStringLiteral("/v1")).toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::stream("text/event-stream", openAiStream));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("-m"),
            QStringLiteral("openai/m"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 0);
        QStringList events;
        QString text;
        QJsonObject done;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            if (object.value(QLatin1String("event")).toString() == QLatin1String("conversation")) {
                QVERIFY(object.value(QLatin1String("id")).toInteger() > 0);
                continue;
            }
            QCOMPARE(object.value(QLatin1String("model")).toString(), QStringLiteral("openai/m"));
            QCOMPARE(object.value(QLatin1String("lane")).toInt(-1), 0);
            events.append(object.value(QLatin1String("event")).toString());
            if (events.last() == QLatin1String("delta")) {
                text += object.value(QLatin1String("text")).toString();
            }
            if (events.last() == QLatin1String("done")) {
                done = object;
            }
        }
        QCOMPARE(events.constFirst(), QStringLiteral("start"));
        QCOMPARE(events.constLast(), QStringLiteral("done"));
        QVERIFY(events.contains(QStringLiteral("usage")));
        QCOMPARE(text, QStringLiteral("Hello from OpenAI ✓"));
        QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        const QJsonObject metrics = done.value(QLatin1String("metrics")).toObject();
        QCOMPARE(metrics.value(QLatin1String("output_tokens")).toInt(), 4);
        QCOMPARE(metrics.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(metrics.value(QLatin1String("response_model")).toString(), QStringLiteral("gpt-4o-mini-2024-07-18"));
    }

    void jsonQueueRetryAndError()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::json(503, R"({"error":"server busy"})", {{"Retry-After", "0"}}));
        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream));
        m_server->enqueue(ScriptedResponse::json(404, R"({"error":"model 'missing' not found"})"));
        const Run run = confer(
            {QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"),
                QStringLiteral("-m"), QStringLiteral("ollama/missing"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 1);
        QHash<int, QStringList> events;
        QJsonObject error;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!object.isEmpty(), qPrintable(line));
            if (object.value(QLatin1String("event")).toString() == QLatin1String("conversation")) {
                continue;
            }
            const int lane = object.value(QLatin1String("lane")).toInt();
            events[lane].append(object.value(QLatin1String("event")).toString());
            if (events[lane].last() == QLatin1String("error")) {
                error = object.value(QLatin1String("error")).toObject();
                QCOMPARE(object.value(QLatin1String("model")).toString(), QStringLiteral("ollama/missing"));
            }
        }
        QCOMPARE(events[0].constFirst(), QStringLiteral("start"));
        QVERIFY(events[0].contains(QStringLiteral("retry")));
        QVERIFY(events[0].contains(QStringLiteral("delta")));
        QVERIFY(events[0].contains(QStringLiteral("usage")));
        QCOMPARE(events[0].constLast(), QStringLiteral("done"));
        QCOMPARE(events[1],
            (QStringList {
                QStringLiteral("queued"), QStringLiteral("start"), QStringLiteral("error"), QStringLiteral("done")}));
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("not_found"));
        QCOMPARE(error.value(QLatin1String("status")).toInt(), 404);
        QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("model 'missing' not found")));
        QVERIFY(run.err.contains(QLatin1String("model 'missing' not found")));
    }

    void promptFromStdin()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"),
                                   QStringLiteral("--system"), QStringLiteral("Be brief."), QStringLiteral("-")},
            "A prompt from standard input");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(m_server->requests().constFirst().body.contains("A prompt from standard input"));
        QVERIFY(m_server->requests().constFirst().body.contains("Be brief."));
    }

    void failureExitsOne_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("401") << 401 << QStringLiteral("did not accept the API key");
        QTest::newRow("404") << 404 << QStringLiteral("does not know this model");
    }

    void failureExitsOne()
    {
        QFETCH(int, status);
        QFETCH(QString, words);
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("openai"),
                            m_server->url(QStringLiteral("/v1")).toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::json(status, R"({"error":{"message":"Nope, not this time."}})"));
        const Run run
            = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("openai/m"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(words), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Nope, not this time.")));
        QVERIFY(run.out.isEmpty());
    }

    void localServerNotRunning()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            QStringLiteral("http://127.0.0.1:%1").arg(port)})
                     .exitCode,
            0);
        const Run run = confer(
            {QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("Ollama is not running on 127.0.0.1:%1.").arg(port)), qPrintable(run.err));

        const Run models = confer({QStringLiteral("models"), QStringLiteral("ollama")});
        QCOMPARE(models.exitCode, 1);
        QVERIFY(models.out.contains(QStringLiteral("Ollama is not running on 127.0.0.1:%1.").arg(port)));
    }

    void localModelsQueue()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        ScriptedResponse response = ScriptedResponse::stream("application/x-ndjson", ollamaStream);
        response.firstByteDelayMs = 100;
        m_server->setFallback(response);
        QStringList arguments {QStringLiteral("ask")};
        for (const char *model : {"a", "b", "c", "d"}) {
            arguments << QStringLiteral("-m") << QStringLiteral("ollama/") + QLatin1String(model);
        }
        arguments << QStringLiteral("Compare");
        const Run run = confer(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(m_server->maxOpenResponses(), 1); // Ollama answers one at a time, so Confer asks one at a time
        QCOMPARE(run.err.count(QLatin1String("waiting for a free stream at Ollama")), 3);
        QCOMPARE(run.out.count(QLatin1String("Hello from Ollama")), 4);
    }

    // `providers set-streams` and `set-headers` reach the requests `ask` sends.
    void providerSettingsReachTheRequests()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        Run run = confer({QStringLiteral("providers"), QStringLiteral("set-streams"), QStringLiteral("ollama"),
            QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = confer({QStringLiteral("providers"), QStringLiteral("set-headers"), QStringLiteral("ollama"),
            QStringLiteral("x-team: research"), QStringLiteral("x-trace:on")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = confer({QStringLiteral("providers"), QStringLiteral("list")});
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("\\nollama .* 2\\n"))), qPrintable(run.out));

        ScriptedResponse response = ScriptedResponse::stream("application/x-ndjson", ollamaStream);
        response.firstByteDelayMs = 100;
        m_server->setFallback(response);
        QStringList arguments {QStringLiteral("ask"), QStringLiteral("--no-save")};
        for (const char *model : {"a", "b", "c", "d"}) {
            arguments << QStringLiteral("-m") << QStringLiteral("ollama/") + QLatin1String(model);
        }
        arguments << QStringLiteral("Compare");
        run = confer(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(m_server->maxOpenResponses(), 2);
        QCOMPARE(run.err.count(QLatin1String("waiting for a free stream at Ollama")), 2);
        for (const RecordedRequest &request : m_server->requests()) {
            QCOMPARE(request.header("x-team"), QByteArray("research"));
            QCOMPARE(request.header("x-trace"), QByteArray("on"));
        }

        run = confer({QStringLiteral("providers"), QStringLiteral("set-headers"), QStringLiteral("ollama"),
            QStringLiteral("Authorization: Bearer sk-not-here")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("cannot be a stored header")), qPrintable(run.err));
        run = confer({QStringLiteral("providers"), QStringLiteral("set-streams"), QStringLiteral("ollama"),
            QStringLiteral("0")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(
            confer({QStringLiteral("providers"), QStringLiteral("set-headers"), QStringLiteral("ollama")}).exitCode, 0);
        m_server->setFallback(ScriptedResponse::stream("application/x-ndjson", ollamaStream));
        run = confer({QStringLiteral("ask"), QStringLiteral("--no-save"), QStringLiteral("-m"),
            QStringLiteral("ollama/a"), QStringLiteral("Again")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!m_server->requests().constLast().hasHeader("x-team"));
    }

    void oneOfSeveralFails()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("good"),
                            QStringLiteral("--protocol"), QStringLiteral("ollama"), QStringLiteral("--base-url"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        LoopbackServer failing;
        QVERIFY(failing.listen());
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("bad"),
                            QStringLiteral("--protocol"), QStringLiteral("anthropic"), QStringLiteral("--base-url"),
                            failing.url().toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream));
        failing.enqueue(ScriptedResponse::json(400,
            R"({"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: must be positive"}})"));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("good/m"),
            QStringLiteral("-m"), QStringLiteral("bad/m"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("── good/m ──\nHello from Ollama\n")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("── bad/m ──\n")));
        QVERIFY2(run.err.contains(QLatin1String(
                     "confer: bad/m: bad rejected the request (HTTP 400): max_tokens: must be positive.")),
            qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("error")));
    }

    void inactivityTimeoutOption()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        ScriptedResponse response = ScriptedResponse::stream("application/x-ndjson",
            R"({"model":"llama3.2","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":"Half"},"done":false})"
            "\n");
        response.end = ScriptedResponse::End::Stall;
        m_server->enqueue(response);
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"),
            QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QStringLiteral("Half\n"));
        QVERIFY2(run.err.contains(QLatin1String("Ollama sent nothing for 1 seconds.")), qPrintable(run.err));
    }

    void terminateCancelsAndKeepsPartialText()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        ScriptedResponse response = ScriptedResponse::stream("application/x-ndjson",
            R"({"model":"llama3.2","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":"Partial"},"done":false})"
            "\n");
        response.end = ScriptedResponse::End::Stall;
        m_server->enqueue(response);

        QProcess process;
        process.setProcessEnvironment(baseEnvironment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(executable(),
            {QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Partial"), 15000);
        process.terminate();
        QVERIFY(finished.wait(15000));
        QCOMPARE(process.exitCode(), 1);
        out += process.readAllStandardOutput();
        QCOMPARE(out, QByteArray("Partial\n"));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("cancelled")), qPrintable(err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no model") << QStringList {QStringLiteral("ask"), QStringLiteral("hi")};
        QTest::newRow("no prompt") << QStringList {
            QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("openai/m")};
        QTest::newRow("not provider/model") << QStringList {
            QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("gpt-4o"), QStringLiteral("hi")};
        QTest::newRow("unknown provider") << QStringList {
            QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("nowhere/m"), QStringLiteral("hi")};
        QTest::newRow("bad reasoning") << QStringList {QStringLiteral("ask"), QStringLiteral("-m"),
            QStringLiteral("openai/m"), QStringLiteral("--reasoning"), QStringLiteral("max"), QStringLiteral("hi")};
        QTest::newRow("bad temperature") << QStringList {QStringLiteral("ask"), QStringLiteral("-m"),
            QStringLiteral("openai/m"), QStringLiteral("--temperature"), QStringLiteral("hot"), QStringLiteral("hi")};
        QTest::newRow("providers without action") << QStringList {QStringLiteral("providers")};
        QTest::newRow("add without protocol") << QStringList {QStringLiteral("providers"), QStringLiteral("add"),
            QStringLiteral("x"), QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1")};
        QTest::newRow("key as header") << QStringList {QStringLiteral("providers"), QStringLiteral("add"),
            QStringLiteral("x"), QStringLiteral("--protocol"), QStringLiteral("openai"), QStringLiteral("--base-url"),
            QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--header"),
            QStringLiteral("Authorization: Bearer k")};
        QTest::newRow("models unknown provider") << QStringList {QStringLiteral("models"), QStringLiteral("nowhere")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = confer(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QLatin1String("confer: ")));
        QVERIFY(m_server->requests().isEmpty());
    }

    void providersLifecycle()
    {
        Run run = confer({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("lab"),
            QStringLiteral("--protocol"), QStringLiteral("anthropic"), QStringLiteral("--base-url"),
            QStringLiteral("http://127.0.0.1:9/anthropic")});
        QCOMPARE(run.exitCode, 0);
        run = confer({QStringLiteral("providers"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        for (const char *id : {"openai", "openrouter", "groq", "mistral", "deepseek", "xai", "together", "fireworks",
                 "lmstudio", "llamacpp", "vllm", "anthropic", "gemini", "ollama", "lab"}) {
            QVERIFY2(run.out.contains(QLatin1Char('\n') + QLatin1String(id) + QLatin1Char(' ')), id);
        }
        QVERIFY(run.out.contains(QLatin1String("http://127.0.0.1:9/anthropic (custom provider)")));

        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("groq"),
                            QStringLiteral("http://127.0.0.1:9/groq")})
                     .exitCode,
            0);
        run = confer({QStringLiteral("providers"), QStringLiteral("list")});
        QVERIFY(run.out.contains(QLatin1String("http://127.0.0.1:9/groq (changed)")));
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("groq"),
                            QStringLiteral("default")})
                     .exitCode,
            0);
        run = confer({QStringLiteral("providers"), QStringLiteral("list")});
        QVERIFY(run.out.contains(QLatin1String("https://api.groq.com/openai/v1")));

        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("remove"), QStringLiteral("lab")}).exitCode, 0);
        run = confer({QStringLiteral("providers"), QStringLiteral("list")});
        QVERIFY(!run.out.contains(QLatin1String("\nlab ")));
        run = confer({QStringLiteral("providers"), QStringLiteral("remove"), QStringLiteral("openai")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("built-in")));
    }

    void modelsCachedAndRefreshed()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("gemini"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::json(200,
            R"({"models":[{"name":"models/gemini-2.5-flash","displayName":"Gemini 2.5 Flash","inputTokenLimit":1048576,"supportedGenerationMethods":["generateContent","countTokens"]},{"name":"models/text-embedding-004","supportedGenerationMethods":["embedContent"]}],"nextPageToken":"page-2"})"));
        m_server->enqueue(ScriptedResponse::json(200,
            R"({"models":[{"name":"models/gemini-2.5-pro","displayName":"Gemini 2.5 Pro","supportedGenerationMethods":["generateContent"]}]})"));

        Run run = confer({QStringLiteral("models"), QStringLiteral("gemini")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains(QLatin1String("gemini/gemini-2.5-flash")));
        QVERIFY(run.out.contains(QLatin1String("gemini/gemini-2.5-pro")));
        QVERIFY(!run.out.contains(QLatin1String("embedding")));
        QVERIFY(run.out.contains(QLatin1String("fetched")));
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(m_server->requests().at(1).path.contains("pageToken=page-2"));
        QCOMPARE(m_server->requests().at(0).header("x-goog-api-key"), QByteArray("gemini-test-key"));

        // Offline: the cache answers, the server is not asked.
        run = confer({QStringLiteral("models"), QStringLiteral("gemini"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 2);
        const QJsonObject provider = QJsonDocument::fromJson(run.out.toUtf8())
                                         .object()
                                         .value(QLatin1String("providers"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(provider.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(provider.value(QLatin1String("from_cache")).toBool());
        QCOMPARE(provider.value(QLatin1String("models")).toArray().size(), 2);
        QVERIFY(!provider.value(QLatin1String("fetched_at")).toString().isEmpty());

        // --refresh asks again.
        m_server->enqueue(ScriptedResponse::json(
            200, R"({"models":[{"name":"models/gemini-3-pro","supportedGenerationMethods":["generateContent"]}]})"));
        run = confer({QStringLiteral("models"), QStringLiteral("gemini"), QStringLiteral("--refresh")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY(run.out.contains(QLatin1String("gemini/gemini-3-pro")));
        QVERIFY(!run.out.contains(QLatin1String("gemini-2.5-pro")));
    }

    void modelsOfEveryProvider()
    {
        QProcessEnvironment environment = baseEnvironment();
        for (const char *variable : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY",
                 "OPENROUTER_API_KEY", "MISTRAL_API_KEY", "GROQ_API_KEY", "DEEPSEEK_API_KEY", "XAI_API_KEY",
                 "TOGETHER_API_KEY", "FIREWORKS_API_KEY"}) {
            environment.remove(QString::fromLatin1(variable));
        }
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString closed = QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort());
        probe.close();
        for (const char *local : {"lmstudio", "llamacpp", "vllm"}) {
            QCOMPARE(
                confer({QStringLiteral("providers"), QStringLiteral("set-url"), QLatin1String(local), closed}).exitCode,
                0);
        }
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            m_server->url().toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::json(200,
            R"({"models":[{"name":"qwen3:8b","model":"qwen3:8b","modified_at":"2025-08-20T10:00:00Z","size":5225388164,"digest":"500a1f067a9f","details":{"family":"qwen3"}}]})"));

        const Run run = confer({QStringLiteral("models"), QStringLiteral("--json")}, {}, environment);
        QCOMPARE(run.exitCode, 0);
        QHash<QString, QJsonObject> providers;
        for (const QJsonValue &value :
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("providers")).toArray()) {
            providers.insert(value.toObject().value(QLatin1String("provider")).toString(), value.toObject());
        }
        QCOMPARE(providers.size(), 14);
        QCOMPARE(
            providers[QStringLiteral("openai")].value(QLatin1String("status")).toString(), QStringLiteral("no_key"));
        QCOMPARE(providers[QStringLiteral("gemini")].value(QLatin1String("message")).toString(),
            QStringLiteral("No API key for Google Gemini. Set GEMINI_API_KEY or GOOGLE_API_KEY."));
        QCOMPARE(providers[QStringLiteral("lmstudio")].value(QLatin1String("status")).toString(),
            QStringLiteral("not_running"));
        QVERIFY(providers[QStringLiteral("llamacpp")]
                .value(QLatin1String("message"))
                .toString()
                .startsWith(QLatin1String("llama.cpp is not running on 127.0.0.1:")));
        QCOMPARE(providers[QStringLiteral("ollama")].value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(providers[QStringLiteral("ollama")]
                     .value(QLatin1String("models"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
            QStringLiteral("qwen3:8b"));
    }

    void openRouterCatalogText()
    {
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("openrouter"),
                            m_server->url(QStringLiteral("/api/v1")).toString()})
                     .exitCode,
            0);
        m_server->enqueue(ScriptedResponse::json(200,
            R"({"data":[{"id":"anthropic/claude-sonnet-4","name":"Anthropic: Claude Sonnet 4","context_length":200000,"architecture":{"input_modalities":["text","image"],"output_modalities":["text"]},"pricing":{"prompt":"0.000003","completion":"0.000015"},"supported_parameters":["reasoning","tools"]}]})"));
        QProcessEnvironment environment = baseEnvironment();
        environment.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-test"));
        const Run run = confer({QStringLiteral("models"), QStringLiteral("openrouter")}, {}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QStringLiteral("  openrouter/anthropic/claude-sonnet-4  context 200000  $3.00 in / "
                                            "$15.00 out per M tokens  input: text,image  parameters: reasoning,tools")),
            qPrintable(run.out));
        QCOMPARE(m_server->requests().constFirst().path, QByteArray("/api/v1/models"));
        QCOMPARE(m_server->requests().constFirst().header("authorization"), QByteArray("Bearer sk-or-test"));
    }

    void keyFromTheKeychain()
    {
        QProcessEnvironment environment = baseEnvironment();
        environment.remove(QStringLiteral("OPENAI_API_KEY"));
        Run run = confer({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")},
            "sk-from-the-keychain\n", environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("openai"),
                            m_server->url(QStringLiteral("/v1")).toString()})
                     .exitCode,
            0);
        run = confer({QStringLiteral("providers"), QStringLiteral("list")}, {}, environment);
        QVERIFY(run.out.contains(QLatin1String("in the keychain")));
        m_server->enqueue(ScriptedResponse::stream("text/event-stream", openAiStream));
        run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("openai/m"), QStringLiteral("hi")},
            {}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_server->requests().constFirst().header("authorization"), QByteArray("Bearer sk-from-the-keychain"));
        QVERIFY(!run.err.contains(QLatin1String("sk-from-the-keychain")));
        QCOMPARE(confer({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")}, {}, environment)
                     .exitCode,
            0);
    }

    void modelsWithoutKey()
    {
        QProcessEnvironment environment = baseEnvironment();
        environment.remove(QStringLiteral("ANTHROPIC_API_KEY"));
        const Run run = confer({QStringLiteral("models"), QStringLiteral("anthropic")}, {}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.out.contains(QLatin1String("No API key for Anthropic. Set ANTHROPIC_API_KEY.")), qPrintable(run.out));
        QVERIFY(m_server->requests().isEmpty());
    }

private:
    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONFER_PROFILE"), m_profile->path());
        environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-openai-test"));
        environment.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test"));
        environment.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("gemini-test-key"));
        return environment;
    }

    // Runs confer while this test's event loop keeps serving the loopback servers.
    Run confer(const QStringList &arguments, const QByteArray &input = {},
        std::optional<QProcessEnvironment> environment = std::nullopt)
    {
        return runConfer(arguments, environment.value_or(baseEnvironment()), input);
    }

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<LoopbackServer> m_server;
};

QTEST_GUILESS_MAIN(TestAskCommand)
#include "tst_askcommand.moc"
