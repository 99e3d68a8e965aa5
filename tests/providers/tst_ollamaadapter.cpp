#include "providers/protocol/adapterutil.h"
#include "providers/protocol/ollamaadapter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Confer;

Q_DECLARE_METATYPE(ChatRequest)

class TestOllamaAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBody_data();
    void requestBody();
    void requestUrlAndHeaders();
    void errors_data();
    void errors();
    void models();
    void decoderLimits();
};

namespace
{
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QByteArray header(const HttpRequestSpec &spec, QByteArrayView name)
{
    return AdapterUtil::headerValue(spec.headers, name);
}
}

void TestOllamaAdapter::requestBody_data()
{
    QTest::addColumn<ChatRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    ChatRequest plain;
    plain.model = QStringLiteral("gemma3:1b");
    plain.messages = {{ChatMessage::Role::User, QStringLiteral("Count from 1 to 5")}};
    QTest::newRow("defaults") << plain << json(R"({"model": "gemma3:1b", "stream": true,
        "messages": [{"role": "user", "content": "Count from 1 to 5"}]})");

    ChatRequest tuned = plain;
    tuned.systemPrompt = QStringLiteral("You are terse.");
    tuned.temperature = 0;
    tuned.maxOutputTokens = 50;
    tuned.reasoning = ReasoningEffort::High;
    QTest::newRow("system message, options, think") << tuned << json(R"({"model": "gemma3:1b", "stream": true,
        "messages": [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Count from 1 to 5"}],
        "options": {"temperature": 0, "num_predict": 50}, "think": true})");
}

void TestOllamaAdapter::requestBody()
{
    QFETCH(ChatRequest, request);
    QFETCH(QJsonObject, expected);
    const ProviderEndpoint endpoint {QStringLiteral("ollama"), QUrl(QStringLiteral("http://localhost:11434")), {}, {}};
    const HttpRequestSpec spec = OllamaAdapter().chatRequest(endpoint, request);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(spec.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(body.object(), expected);
}

void TestOllamaAdapter::requestUrlAndHeaders()
{
    const OllamaAdapter adapter;
    ChatRequest request;
    request.model = QStringLiteral("llama3.2");
    ProviderEndpoint endpoint {QStringLiteral("ollama"), QUrl(QStringLiteral("http://localhost:11434")), {}, {}};
    HttpRequestSpec spec = adapter.chatRequest(endpoint, request);
    QCOMPARE(spec.method, QByteArray("POST"));
    QCOMPARE(spec.url, QUrl(QStringLiteral("http://localhost:11434/api/chat")));
    QCOMPARE(header(spec, "Authorization"), QByteArray());
    QCOMPARE(header(spec, "Content-Type"), QByteArray("application/json"));

    endpoint = {QStringLiteral("remote-ollama"), QUrl(QStringLiteral("https://ollama.example.com/api/")),
        QStringLiteral("proxy-key"), {{"X-Team", "research"}}};
    spec = adapter.chatRequest(endpoint, request);
    QCOMPARE(spec.url, QUrl(QStringLiteral("https://ollama.example.com/api/chat")));
    QCOMPARE(header(spec, "Authorization"), QByteArray("Bearer proxy-key"));
    QCOMPARE(header(spec, "X-Team"), QByteArray("research"));
}

void TestOllamaAdapter::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("404 model not found") << 404 << QByteArray(R"({"error":"model 'llama9' not found"})")
                                         << ErrorKind::NotFound << QStringLiteral("model 'llama9' not found");
    QTest::newRow("404 try pulling it first")
        << 404 << QByteArray(R"({"error":"model \"llama9\" not found, try pulling it first"})") << ErrorKind::NotFound
        << QStringLiteral("model \"llama9\" not found, try pulling it first");
    QTest::newRow("400 missing model") << 400 << QByteArray(R"({"error":"model is required"})") << ErrorKind::BadRequest
                                       << QStringLiteral("model is required");
    QTest::newRow("503 queue full")
        << 503 << QByteArray(R"({"error":"server busy, please try again.  maximum pending requests exceeded"})")
        << ErrorKind::Overloaded << QStringLiteral("server busy, please try again.  maximum pending requests exceeded");
    QTest::newRow("500 plain text") << 500 << QByteArray("Internal Server Error\n") << ErrorKind::Server
                                    << QStringLiteral("Internal Server Error");
}

void TestOllamaAdapter::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);

    const ProviderError error = OllamaAdapter().parseHttpError(status, {}, body);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerMessage, message);
    QVERIFY(error.providerCode.isEmpty());
}

void TestOllamaAdapter::models()
{
    const OllamaAdapter adapter;
    const ProviderEndpoint endpoint {QStringLiteral("ollama"), QUrl(QStringLiteral("http://localhost:11434")), {}, {}};
    const HttpRequestSpec spec = adapter.modelsRequest(endpoint, {});
    QCOMPARE(spec.method, QByteArray("GET"));
    QCOMPARE(spec.url, QUrl(QStringLiteral("http://localhost:11434/api/tags")));

    QString error;
    const ModelPage page = adapter.parseModels(R"({"models": [
        {"name": "deepseek-r1:latest", "model": "deepseek-r1:latest", "modified_at": "2025-05-10T08:06:48.639712648-07:00",
         "size": 4683075271, "digest": "0a8c2669",
         "details": {"parent_model": "", "format": "gguf", "family": "qwen2", "families": ["qwen2"],
                     "parameter_size": "7.6B", "quantization_level": "Q4_K_M"}},
        {"name": "nomic-embed-text:latest", "model": "nomic-embed-text:latest", "capabilities": ["embedding"]},
        {"name": "qwen3:8b", "model": "qwen3:8b", "capabilities": ["completion", "tools", "thinking"]}]})",
        &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(page.models.size(), 2);
    QCOMPARE(page.models[0].id, QStringLiteral("deepseek-r1:latest"));
    QCOMPARE(page.models[1].id, QStringLiteral("qwen3:8b"));
    QVERIFY(page.nextPageToken.isEmpty());

    QVERIFY(adapter.parseModels(R"({"error": "unauthorized"})", &error).models.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestOllamaAdapter::decoderLimits()
{
    const OllamaAdapter adapter;
    auto decoder = adapter.newStreamDecoder();
    QList<StreamEvent> events
        = decoder->feed("{\"model\":\"m\",\"message\":{\"content\":\"a\"},\"done\":false}\n{\"model\":");
    const QByteArray block(64 * 1024, 'x');
    for (int i = 0; i < 300 && events.constLast().type != StreamEvent::Type::Error; ++i) {
        events += decoder->feed(block);
    }
    QCOMPARE(events.constLast().type, StreamEvent::Type::Error);
    QCOMPARE(events.constLast().error.kind, ErrorKind::Protocol);
    QVERIFY(decoder->finish().isEmpty());

    // A line that is not JSON names what was wrong.
    decoder = adapter.newStreamDecoder();
    events = decoder->feed("{\"model\":\"m\",\"message\":{\"content\":\"a\"},\"done\":false}\nnot json\n");
    QCOMPARE(events.constLast().type, StreamEvent::Type::Error);
    QCOMPARE(events.constLast().error.kind, ErrorKind::Protocol);
    QVERIFY2(events.constLast().error.providerMessage.contains(QLatin1String("invalid JSON")),
        qPrintable(events.constLast().error.providerMessage));

    // Lines after done:true are not read.
    decoder = adapter.newStreamDecoder();
    events = decoder->feed("{\"model\":\"m\",\"message\":{\"content\":\"\"},\"done\":true}\n{\"error\":\"late\"}\n");
    QCOMPARE(events.constLast().type, StreamEvent::Type::Finish);
    QCOMPARE(events.constLast().finishReason, FinishReason::Stop);
    QVERIFY(decoder->finish().isEmpty());
}

QTEST_GUILESS_MAIN(TestOllamaAdapter)
#include "tst_ollamaadapter.moc"
