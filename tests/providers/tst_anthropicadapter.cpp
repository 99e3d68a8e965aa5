#include "providers/protocol/adapterutil.h"
#include "providers/protocol/anthropicadapter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Confer;

Q_DECLARE_METATYPE(ChatRequest)

class TestAnthropicAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBody_data();
    void requestBody();
    void requestHeaders();
    void errors_data();
    void errors();
    void models();
};

namespace
{
ChatRequest sampleRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("claude-sonnet-4-5");
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

QByteArray header(const HttpRequestSpec &spec, QByteArrayView name)
{
    return AdapterUtil::headerValue(spec.headers, name);
}
}

void TestAnthropicAdapter::requestBody_data()
{
    QTest::addColumn<ChatRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("system at top level, default max_tokens")
        << sampleRequest() << json(R"({"model": "claude-sonnet-4-5", "system": "You are terse.", "max_tokens": 8192,
            "stream": true, "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello."},
            {"role": "user", "content": "Count to 3"}]})");

    ChatRequest tuned = sampleRequest();
    tuned.systemPrompt.clear();
    tuned.messages.prepend({ChatMessage::Role::System, QStringLiteral("Be kind.")});
    tuned.temperature = 0.2;
    tuned.maxOutputTokens = 512;
    QTest::newRow("system message moved to system, temperature, max tokens")
        << tuned << json(R"({"model": "claude-sonnet-4-5", "system": "Be kind.", "max_tokens": 512, "temperature": 0.2,
            "stream": true, "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello."},
            {"role": "user", "content": "Count to 3"}]})");

    ChatRequest thinking = sampleRequest();
    thinking.systemPrompt.clear();
    thinking.messages = {{ChatMessage::Role::User, QStringLiteral("What is 5 + 3?")}};
    thinking.reasoning = ReasoningEffort::Low;
    thinking.maxOutputTokens = 1000;
    QTest::newRow("thinking budget on top of the answer's tokens")
        << thinking << json(R"({"model": "claude-sonnet-4-5", "max_tokens": 2024, "stream": true,
            "thinking": {"type": "enabled", "budget_tokens": 1024},
            "messages": [{"role": "user", "content": "What is 5 + 3?"}]})");
}

void TestAnthropicAdapter::requestBody()
{
    QFETCH(ChatRequest, request);
    QFETCH(QJsonObject, expected);
    const ProviderEndpoint endpoint {
        QStringLiteral("anthropic"), QUrl(QStringLiteral("https://api.anthropic.com")), QStringLiteral("sk-ant"), {}};
    const HttpRequestSpec spec = AnthropicAdapter().chatRequest(endpoint, request);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(spec.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(body.object(), expected);
}

void TestAnthropicAdapter::requestHeaders()
{
    const AnthropicAdapter adapter;
    ProviderEndpoint endpoint {QStringLiteral("anthropic"), QUrl(QStringLiteral("https://api.anthropic.com")),
        QStringLiteral("sk-ant"), {{"anthropic-beta", "output-128k-2025-02-19"}}};
    HttpRequestSpec spec = adapter.chatRequest(endpoint, sampleRequest());
    QCOMPARE(spec.url, QUrl(QStringLiteral("https://api.anthropic.com/v1/messages")));
    QCOMPARE(header(spec, "x-api-key"), QByteArray("sk-ant"));
    QCOMPARE(header(spec, "anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(header(spec, "content-type"), QByteArray("application/json"));
    QCOMPARE(header(spec, "anthropic-beta"), QByteArray("output-128k-2025-02-19"));
    QCOMPARE(header(spec, "Authorization"), QByteArray());

    // A gateway whose base URL already carries the version segment, without a key.
    endpoint = {QStringLiteral("gateway"), QUrl(QStringLiteral("http://127.0.0.1:8080/anthropic/v1/")), {}, {}};
    spec = adapter.chatRequest(endpoint, sampleRequest());
    QCOMPARE(spec.url, QUrl(QStringLiteral("http://127.0.0.1:8080/anthropic/v1/messages")));
    QCOMPARE(header(spec, "x-api-key"), QByteArray());
}

void TestAnthropicAdapter::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<RawHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("retryAfterMs");

    QTest::newRow("400 invalid request")
        << 400 << RawHeaders {}
        << QByteArray(
               R"({"type":"error","error":{"type":"invalid_request_error","message":"Prefilling assistant messages is not supported for this model."}})")
        << ErrorKind::BadRequest << QStringLiteral("invalid_request_error")
        << QStringLiteral("Prefilling assistant messages is not supported for this model.") << qint64(-1);
    QTest::newRow("401 authentication")
        << 401 << RawHeaders {{"request-id", "req_018EeWyXxfu5pfWkrYcMdjWG"}}
        << QByteArray(R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})")
        << ErrorKind::Auth << QStringLiteral("authentication_error") << QStringLiteral("invalid x-api-key")
        << qint64(-1);
    QTest::newRow("403 permission")
        << 403 << RawHeaders {}
        << QByteArray(
               R"({"type":"error","error":{"type":"permission_error","message":"Your API key does not have permission to use the specified resource."}})")
        << ErrorKind::Permission << QStringLiteral("permission_error")
        << QStringLiteral("Your API key does not have permission to use the specified resource.") << qint64(-1);
    QTest::newRow("404 model")
        << 404 << RawHeaders {}
        << QByteArray(
               R"({"type":"error","error":{"type":"not_found_error","message":"model: haiku"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"})")
        << ErrorKind::NotFound << QStringLiteral("not_found_error") << QStringLiteral("model: haiku") << qint64(-1);
    QTest::newRow("413 from Cloudflare") << 413 << RawHeaders {}
                                         << QByteArray("<html><body>413 Request Entity Too Large</body></html>")
                                         << ErrorKind::BadRequest << QString()
                                         << QStringLiteral("<html><body>413 Request Entity Too Large</body></html>")
                                         << qint64(-1);
    QTest::newRow("429 with retry-after")
        << 429 << RawHeaders {{"retry-after", "17"}, {"anthropic-ratelimit-tokens-reset", "2026-01-26T23:34:10Z"}}
        << QByteArray(
               R"({"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization."}})")
        << ErrorKind::RateLimited << QStringLiteral("rate_limit_error")
        << QStringLiteral("This request would exceed the rate limit for your organization.") << qint64(17000);
    QTest::newRow("500 api error")
        << 500 << RawHeaders {}
        << QByteArray(R"({"type":"error","error":{"type":"api_error","message":"Internal server error"}})")
        << ErrorKind::Server << QStringLiteral("api_error") << QStringLiteral("Internal server error") << qint64(-1);
    QTest::newRow("529 overloaded")
        << 529 << RawHeaders {}
        << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
        << ErrorKind::Overloaded << QStringLiteral("overloaded_error") << QStringLiteral("Overloaded") << qint64(-1);
    QTest::newRow("overloaded_error under another status")
        << 500 << RawHeaders {}
        << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
        << ErrorKind::Overloaded << QStringLiteral("overloaded_error") << QStringLiteral("Overloaded") << qint64(-1);
}

void TestAnthropicAdapter::errors()
{
    QFETCH(int, status);
    QFETCH(RawHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(qint64, retryAfterMs);

    const ProviderError error = AnthropicAdapter().parseHttpError(status, headers, body);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerCode, code);
    QCOMPARE(error.providerMessage, message);
    QCOMPARE(error.retryAfterMs.value_or(-1), retryAfterMs);
}

void TestAnthropicAdapter::models()
{
    const AnthropicAdapter adapter;
    const ProviderEndpoint endpoint {
        QStringLiteral("anthropic"), QUrl(QStringLiteral("https://api.anthropic.com")), QStringLiteral("sk-ant"), {}};
    HttpRequestSpec spec = adapter.modelsRequest(endpoint, {});
    QCOMPARE(spec.method, QByteArray("GET"));
    QCOMPARE(spec.url, QUrl(QStringLiteral("https://api.anthropic.com/v1/models?limit=1000")));
    QCOMPARE(header(spec, "x-api-key"), QByteArray("sk-ant"));
    QCOMPARE(header(spec, "anthropic-version"), QByteArray("2023-06-01"));

    QString error;
    ModelPage page = adapter.parseModels(R"({"data": [
        {"created_at": "2025-02-19T00:00:00Z", "display_name": "Claude 3.7 Sonnet", "id": "claude-3-7-sonnet-20250219",
         "type": "model"},
        {"created_at": "2025-09-29T00:00:00Z", "display_name": "Claude Sonnet 4.5", "id": "claude-sonnet-4-5-20250929",
         "type": "model", "max_input_tokens": 200000, "max_tokens": 64000}],
        "first_id": "claude-3-7-sonnet-20250219", "has_more": true, "last_id": "claude-sonnet-4-5-20250929"})",
        &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(page.models.size(), 2);
    QCOMPARE(page.models[0].id, QStringLiteral("claude-3-7-sonnet-20250219"));
    QCOMPARE(page.models[0].displayName, QStringLiteral("Claude 3.7 Sonnet"));
    QVERIFY(!page.models[0].contextLength.has_value());
    QCOMPARE(page.models[1].contextLength.value_or(-1), 200000);
    QCOMPARE(page.nextPageToken, QStringLiteral("claude-sonnet-4-5-20250929"));

    spec = adapter.modelsRequest(endpoint, page.nextPageToken);
    QCOMPARE(spec.url,
        QUrl(QStringLiteral("https://api.anthropic.com/v1/models?limit=1000&after_id=claude-sonnet-4-5-20250929")));

    page = adapter.parseModels(
        R"({"data": [{"id": "claude-3-haiku-20240307", "display_name": "Claude Haiku 3", "type": "model"}],
            "first_id": "claude-3-haiku-20240307", "has_more": false, "last_id": "claude-3-haiku-20240307"})",
        &error);
    QCOMPARE(page.models.size(), 1);
    QVERIFY(page.nextPageToken.isEmpty());

    page = adapter.parseModels("{", &error);
    QVERIFY(page.models.isEmpty());
    QVERIFY(error.contains(QLatin1String("invalid JSON")));
}

QTEST_GUILESS_MAIN(TestAnthropicAdapter)
#include "tst_anthropicadapter.moc"
