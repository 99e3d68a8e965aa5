#include "providers/protocol/adapterutil.h"
#include "providers/protocol/openaiadapter.h"
#include "streamtesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Confer;

Q_DECLARE_METATYPE(ChatRequest)

class TestOpenAiAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBody_data();
    void requestBody();
    void requestHeaders();
    void errors_data();
    void errors();
    void recordedRateLimit();
    void models();
    void decoderStopsAtTheEnd();
    void decoderLineCap();
    void invalidUtf8IsReplaced();
};

namespace
{
ChatRequest sampleRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o");
    request.systemPrompt = QStringLiteral("You are terse.");
    request.messages
        = {{ChatMessage::Role::User, QStringLiteral("Hi")}, {ChatMessage::Role::Assistant, QStringLiteral("Hello.")},
            {ChatMessage::Role::User, QStringLiteral("Count to 3")}};
    return request;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
}

void TestOpenAiAdapter::requestBody_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<ChatRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject messages = json(R"({"messages": [{"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello."},
        {"role": "user", "content": "Count to 3"}]})");

    ChatRequest plain = sampleRequest();
    QJsonObject expected = json(R"({"model": "gpt-4o", "stream": true, "stream_options": {"include_usage": true}})");
    expected.insert(QLatin1String("messages"), messages.value(QLatin1String("messages")));
    QTest::newRow("openai, defaults") << QStringLiteral("openai") << plain << expected;

    ChatRequest tuned = sampleRequest();
    tuned.temperature = 0.5;
    tuned.maxOutputTokens = 100;
    tuned.reasoning = ReasoningEffort::High;
    QJsonObject openAi = expected;
    openAi.insert(QLatin1String("temperature"), 0.5);
    openAi.insert(QLatin1String("max_completion_tokens"), 100);
    openAi.insert(QLatin1String("reasoning_effort"), QStringLiteral("high"));
    QTest::newRow("openai, temperature, max tokens, effort") << QStringLiteral("openai") << tuned << openAi;

    QJsonObject openRouter = expected;
    openRouter.insert(QLatin1String("temperature"), 0.5);
    openRouter.insert(QLatin1String("max_tokens"), 100);
    openRouter.insert(QLatin1String("reasoning"), json(R"({"effort": "high"})"));
    openRouter.insert(QLatin1String("usage"), json(R"({"include": true})"));
    QTest::newRow("openrouter: reasoning object, usage accounting")
        << QStringLiteral("openrouter") << tuned << openRouter;

    QJsonObject groq = expected;
    groq.insert(QLatin1String("temperature"), 0.5);
    groq.insert(QLatin1String("max_tokens"), 100);
    groq.insert(QLatin1String("reasoning_effort"), QStringLiteral("high"));
    QTest::newRow("groq: max_tokens") << QStringLiteral("groq") << tuned << groq;

    QJsonObject mistral = groq;
    mistral.remove(QLatin1String("stream_options"));
    mistral.remove(QLatin1String("reasoning_effort"));
    QTest::newRow("mistral: no fields it rejects") << QStringLiteral("mistral") << tuned << mistral;

    ChatRequest noSystem = sampleRequest();
    noSystem.systemPrompt.clear();
    noSystem.reasoning = ReasoningEffort::Low;
    QJsonObject local = expected;
    QJsonArray withoutSystem = local.value(QLatin1String("messages")).toArray();
    withoutSystem.removeFirst();
    local.insert(QLatin1String("messages"), withoutSystem);
    local.insert(QLatin1String("reasoning_effort"), QStringLiteral("low"));
    QTest::newRow("llamacpp: no system prompt") << QStringLiteral("llamacpp") << noSystem << local;
}

void TestOpenAiAdapter::requestBody()
{
    QFETCH(QString, providerId);
    QFETCH(ChatRequest, request);
    QFETCH(QJsonObject, expected);

    const ProviderEndpoint endpoint {providerId, QUrl(QStringLiteral("https://api.example.com/v1")), {}, {}};
    const HttpRequestSpec spec = OpenAiAdapter().chatRequest(endpoint, request);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(spec.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(body.object(), expected);
}

void TestOpenAiAdapter::requestHeaders()
{
    const OpenAiAdapter adapter;
    ProviderEndpoint endpoint {QStringLiteral("openai"), QUrl(QStringLiteral("https://api.openai.com/v1/")),
        QStringLiteral("sk-test"), {{"OpenAI-Organization", "org-1"}}};
    HttpRequestSpec spec = adapter.chatRequest(endpoint, sampleRequest());
    QCOMPARE(spec.method, QByteArray("POST"));
    QCOMPARE(spec.url, QUrl(QStringLiteral("https://api.openai.com/v1/chat/completions")));
    QCOMPARE(AdapterUtil::headerValue(spec.headers, "authorization"), QByteArray("Bearer sk-test"));
    QCOMPARE(AdapterUtil::headerValue(spec.headers, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(AdapterUtil::headerValue(spec.headers, "OpenAI-Organization"), QByteArray("org-1"));
    QCOMPARE(AdapterUtil::headerValue(spec.headers, "X-Title"), QByteArray());

    endpoint.providerId = QStringLiteral("openrouter");
    endpoint.baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
    spec = adapter.chatRequest(endpoint, sampleRequest());
    QCOMPARE(spec.url, QUrl(QStringLiteral("https://openrouter.ai/api/v1/chat/completions")));
    QCOMPARE(AdapterUtil::headerValue(spec.headers, "X-Title"), QByteArray("Confer"));
    QVERIFY(AdapterUtil::headerValue(spec.headers, "HTTP-Referer").startsWith("https://"));

    // A local server without a key gets no Authorization header at all.
    endpoint = {QStringLiteral("lmstudio"), QUrl(QStringLiteral("http://localhost:1234/v1")), {}, {}};
    spec = adapter.chatRequest(endpoint, sampleRequest());
    QCOMPARE(spec.url, QUrl(QStringLiteral("http://localhost:1234/v1/chat/completions")));
    QCOMPARE(AdapterUtil::headerValue(spec.headers, "Authorization"), QByteArray());
    for (const auto &header : spec.headers) {
        QVERIFY(header.first.compare("Authorization", Qt::CaseInsensitive) != 0);
    }

    // Extra headers replace the adapter's own of the same name.
    endpoint.extraHeaders = {{"authorization", "Bearer from-proxy"}};
    spec = adapter.chatRequest(endpoint, sampleRequest());
    QCOMPARE(AdapterUtil::headerValue(spec.headers, "Authorization"), QByteArray("Bearer from-proxy"));
}

void TestOpenAiAdapter::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<RawHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<qint64>("retryAfterMs");

    QTest::newRow("401 invalid key")
        << 401 << RawHeaders {}
        << QByteArray(
               R"({"error":{"message":"Incorrect API key provided: sk-VKMIs***wjh3.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
        << ErrorKind::Auth << QStringLiteral("invalid_api_key") << QStringLiteral("Incorrect API key provided")
        << qint64(-1);
    QTest::newRow("404 model not found")
        << 404 << RawHeaders {}
        << QByteArray(
               R"({"error":{"message":"The model `fake-model` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}})")
        << ErrorKind::NotFound << QStringLiteral("model_not_found") << QStringLiteral("The model `fake-model`")
        << qint64(-1);
    QTest::newRow("400 unsupported parameter")
        << 400 << RawHeaders {}
        << QByteArray(
               R"({"error":{"message":"Unsupported parameter: 'max_tokens' is not supported with this model.","type":"invalid_request_error","param":"max_tokens","code":"unsupported_parameter"}})")
        << ErrorKind::BadRequest << QStringLiteral("unsupported_parameter") << QStringLiteral("Unsupported parameter")
        << qint64(-1);
    QTest::newRow("429 rate limit with retry-after-ms and reset")
        << 429
        << RawHeaders {{"retry-after", "46"}, {"retry-after-ms", "45190"}, {"x-ratelimit-reset-tokens", "51.189s"}}
        << QByteArray(
               R"({"error":{"message":"Rate limit reached for gpt-4o in organization org-XXXX on tokens per min (TPM).","type":"tokens","param":null,"code":"rate_limit_exceeded"}})")
        << ErrorKind::RateLimited << QStringLiteral("rate_limit_exceeded") << QStringLiteral("Rate limit reached")
        << qint64(45190);
    QTest::newRow("429 insufficient quota is not worth retrying")
        << 429 << RawHeaders {}
        << QByteArray(
               R"({"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})")
        << ErrorKind::Permission << QStringLiteral("insufficient_quota")
        << QStringLiteral("You exceeded your current quota") << qint64(-1);
    QTest::newRow("429 reset duration only")
        << 429 << RawHeaders {{"x-ratelimit-reset-requests", "6m0s"}}
        << QByteArray(
               R"({"error":{"message":"Slow down","type":"requests","param":null,"code":"rate_limit_exceeded"}})")
        << ErrorKind::RateLimited << QStringLiteral("rate_limit_exceeded") << QStringLiteral("Slow down")
        << qint64(360000);
    QTest::newRow("500 server error, null code")
        << 500 << RawHeaders {{"x-ratelimit-reset-requests", "6m0s"}}
        << QByteArray(
               R"({"error":{"message":"The server had an error processing your request.","type":"server_error","param":null,"code":null}})")
        << ErrorKind::Server << QStringLiteral("server_error") << QStringLiteral("The server had an error")
        << qint64(-1);
    QTest::newRow("503 overloaded")
        << 503 << RawHeaders {{"Retry-After", "2"}}
        << QByteArray(
               R"({"error":{"message":"The engine is currently overloaded, please try again later","type":"server_error","param":null,"code":null}})")
        << ErrorKind::Overloaded << QStringLiteral("server_error")
        << QStringLiteral("The engine is currently overloaded") << qint64(2000);
    QTest::newRow("openrouter 401, integer code")
        << 401 << RawHeaders {} << QByteArray(R"({"error":{"message":"No cookie auth credentials found","code":401}})")
        << ErrorKind::Auth << QStringLiteral("401") << QStringLiteral("No cookie auth credentials found") << qint64(-1);
    QTest::newRow("openrouter 402 credits")
        << 402 << RawHeaders {} << QByteArray(R"({"error":{"message":"Insufficient credits","code":402}})")
        << ErrorKind::Permission << QStringLiteral("402") << QStringLiteral("Insufficient credits") << qint64(-1);
    QTest::newRow("openrouter upstream error in metadata.raw")
        << 429 << RawHeaders {}
        << QByteArray(
               R"({"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"upstream is busy","provider_name":"Venice"}}})")
        << ErrorKind::RateLimited << QStringLiteral("429")
        << QStringLiteral("Provider returned error: upstream is busy") << qint64(-1);
    QTest::newRow("mistral 422 flat error")
        << 422 << RawHeaders {}
        << QByteArray(
               R"({"object":"error","message":"Extra inputs are not permitted","type":"invalid_request_error","param":null,"code":"1000"})")
        << ErrorKind::BadRequest << QStringLiteral("1000") << QStringLiteral("Extra inputs are not permitted")
        << qint64(-1);
    QTest::newRow("llama.cpp context size")
        << 400 << RawHeaders {}
        << QByteArray(
               R"({"error":{"code":400,"message":"the request exceeds the available context size","type":"exceed_context_size_error","n_prompt_tokens":1407,"n_ctx":256}})")
        << ErrorKind::BadRequest << QStringLiteral("400") << QStringLiteral("the request exceeds") << qint64(-1);
    QTest::newRow("HTML from a proxy") << 502 << RawHeaders {}
                                       << QByteArray("<html>\n<head><title>502 Bad Gateway</title></head></html>")
                                       << ErrorKind::Server << QString()
                                       << QStringLiteral("<html> <head><title>502 Bad Gateway") << qint64(-1);
    QTest::newRow("empty body") << 504 << RawHeaders {} << QByteArray() << ErrorKind::Timeout << QString() << QString()
                                << qint64(-1);
}

void TestOpenAiAdapter::errors()
{
    QFETCH(int, status);
    QFETCH(RawHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    QFETCH(QString, messageStart);
    QFETCH(qint64, retryAfterMs);

    const ProviderError error = OpenAiAdapter().parseHttpError(status, headers, body);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerCode, code);
    QVERIFY2(error.providerMessage.startsWith(messageStart), qPrintable(error.providerMessage));
    QCOMPARE(error.retryAfterMs.value_or(-1), retryAfterMs);
}

void TestOpenAiAdapter::recordedRateLimit()
{
    // OpenRouter's recorded 429: X-RateLimit-Reset in epoch milliseconds, relative to the real clock.
    const auto responses
        = StreamTesting::httprrResponses(StreamTesting::readData(QStringLiteral("lcgo_openrouter.httprr")));
    QCOMPARE(responses.size(), 2);
    const auto &recorded = responses[1];
    QCOMPARE(recorded.status, 429);
    const ProviderError error = OpenAiAdapter().parseHttpError(recorded.status, recorded.headers, recorded.body);
    QCOMPARE(error.kind, ErrorKind::RateLimited);
    QCOMPARE(error.providerCode, QStringLiteral("429"));
    QVERIFY(error.providerMessage.startsWith(QLatin1String("Rate limit exceeded: limit_rpm/meta-llama")));
    QCOMPARE(error.retryAfterMs.value_or(-1), 0); // that moment is long past
}

void TestOpenAiAdapter::models()
{
    const OpenAiAdapter adapter;
    const ProviderEndpoint endpoint {
        QStringLiteral("openai"), QUrl(QStringLiteral("https://api.openai.com/v1")), QStringLiteral("sk-test"), {}};
    const HttpRequestSpec spec = adapter.modelsRequest(endpoint, {});
    QCOMPARE(spec.method, QByteArray("GET"));
    QCOMPARE(spec.url, QUrl(QStringLiteral("https://api.openai.com/v1/models")));
    QCOMPARE(AdapterUtil::headerValue(spec.headers, "Authorization"), QByteArray("Bearer sk-test"));

    QString error;
    ModelPage page = adapter.parseModels(R"({"object": "list", "data": [
        {"id": "gpt-4o", "object": "model", "created": 1686935002, "owned_by": "openai"},
        {"id": "text-embedding-3-small", "object": "model", "created": 1, "owned_by": "openai"},
        {"id": "whisper-1", "object": "model", "created": 1, "owned_by": "openai"},
        {"id": "o3-mini", "object": "model", "created": 1, "owned_by": "openai", "shutdown_date": null}]})",
        &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(page.models.size(), 2);
    QCOMPARE(page.models[0].id, QStringLiteral("gpt-4o"));
    QCOMPARE(page.models[1].id, QStringLiteral("o3-mini"));
    QVERIFY(page.nextPageToken.isEmpty());

    // OpenRouter's catalog: prices are strings per token.
    page = adapter.parseModels(R"({"data": [
        {"id": "openai/gpt-4", "name": "GPT-4", "context_length": 8192,
         "architecture": {"input_modalities": ["text", "image"], "output_modalities": ["text"], "modality": "text->text"},
         "pricing": {"completion": "0.00006", "image": "0", "prompt": "0.00003", "request": "0"},
         "supported_parameters": ["temperature", "reasoning", "max_tokens"],
         "top_provider": {"context_length": 8192, "is_moderated": true, "max_completion_tokens": null}},
        {"id": "google/gemini-2.5-flash-lite", "name": "Gemini Flash Lite", "context_length": 1048576,
         "architecture": {"input_modalities": ["text"], "output_modalities": ["text"]},
         "pricing": {"prompt": "0.0000001", "completion": "0.0000004"}},
        {"id": "openrouter/auto", "name": "Auto Router", "context_length": 2000000,
         "architecture": {"input_modalities": ["text"], "output_modalities": ["text"]},
         "pricing": {"prompt": "-1", "completion": "-1"}},
        {"id": "black-forest-labs/flux", "name": "Flux",
         "architecture": {"input_modalities": ["text"], "output_modalities": ["image"]}}],
        "links": {"next": null}, "total_count": 4})",
        &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(page.models.size(), 3);
    const ModelInfo &gpt4 = page.models[0];
    QCOMPARE(gpt4.displayName, QStringLiteral("GPT-4"));
    QCOMPARE(gpt4.contextLength.value_or(-1), 8192);
    QCOMPARE(gpt4.inputUsdPerMillionTokens.value_or(-1), 30.0);
    QCOMPARE(gpt4.outputUsdPerMillionTokens.value_or(-1), 60.0);
    QCOMPARE(gpt4.inputModalities, QStringList({QStringLiteral("text"), QStringLiteral("image")}));
    QVERIFY(gpt4.supportedParameters.contains(QLatin1String("reasoning")));
    QCOMPARE(page.models[1].inputUsdPerMillionTokens.value_or(-1), 0.1);
    QCOMPARE(page.models[1].outputUsdPerMillionTokens.value_or(-1), 0.4);
    QVERIFY(!page.models[2].inputUsdPerMillionTokens.has_value());

    page = adapter.parseModels("<html>not json</html>", &error);
    QVERIFY(page.models.isEmpty());
    QVERIFY(error.contains(QLatin1String("invalid JSON")));
    error.clear();
    page = adapter.parseModels(R"({"object": "list"})", &error);
    QVERIFY(page.models.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestOpenAiAdapter::decoderStopsAtTheEnd()
{
    const OpenAiAdapter adapter;
    auto decoder = adapter.newStreamDecoder();
    QList<StreamEvent> events
        = decoder->feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n\ndata: [DONE]\n\n"
                        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"after the end\"}}]}\n\n");
    QCOMPARE(StreamTesting::describe(events), QStringList {QStringLiteral("text:a")});
    QVERIFY(decoder->feed("data: {\"choices\":[]}\n\n").isEmpty());
    QVERIFY(decoder->finish().isEmpty());

    // After an error nothing more is decoded, and finish() adds no second error.
    decoder = adapter.newStreamDecoder();
    events = decoder->feed("data: {\"error\":{\"message\":\"boom\",\"type\":\"server_error\",\"code\":null}}\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, StreamEvent::Type::Error);
    QVERIFY(decoder->feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"b\"}}]}\n\n").isEmpty());
    QVERIFY(decoder->finish().isEmpty());

    // An error without words still says something.
    decoder = adapter.newStreamDecoder();
    events = decoder->feed("data: {\"error\":{\"code\":null}}\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].error.kind, ErrorKind::Server);
    QVERIFY(!events[0].error.providerMessage.isEmpty());

    // An empty body is a connection that closed before anything came.
    decoder = adapter.newStreamDecoder();
    events = decoder->finish();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].error.kind, ErrorKind::Network);
}

void TestOpenAiAdapter::decoderLineCap()
{
    // A line that never ends stops the stream with a protocol error instead of filling memory.
    auto decoder = OpenAiAdapter().newStreamDecoder();
    QList<StreamEvent> events
        = decoder->feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n\ndata: ");
    const QByteArray block(64 * 1024, 'x');
    for (int i = 0; i < 300 && (events.isEmpty() || events.constLast().type != StreamEvent::Type::Error); ++i) {
        events += decoder->feed(block);
    }
    QCOMPARE(events.constLast().type, StreamEvent::Type::Error);
    QCOMPARE(events.constLast().error.kind, ErrorKind::Protocol);
    QVERIFY(events.constLast().error.providerMessage.contains(QLatin1String("line longer than")));
    QCOMPARE(events.constFirst().text, QStringLiteral("a"));
    QVERIFY(decoder->finish().isEmpty());
}

void TestOpenAiAdapter::invalidUtf8IsReplaced()
{
    auto decoder = OpenAiAdapter().newStreamDecoder();
    const QList<StreamEvent> events
        = decoder->feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\xFF\xFE"
                        "b\"}}]}\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].type, StreamEvent::Type::TextDelta);
    QVERIFY(events[0].text.startsWith(QLatin1Char('a')));
    QVERIFY(events[0].text.endsWith(QLatin1Char('b')));
    QVERIFY(events[0].text.contains(QChar::ReplacementCharacter));
}

QTEST_GUILESS_MAIN(TestOpenAiAdapter)
#include "tst_openaiadapter.moc"
