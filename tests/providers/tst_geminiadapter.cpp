#include "providers/protocol/adapterutil.h"
#include "providers/protocol/geminiadapter.h"
#include "streamtesting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Confer;

Q_DECLARE_METATYPE(ChatRequest)

class TestGeminiAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBody_data();
    void requestBody();
    void requestUrlAndHeaders();
    void errors_data();
    void errors();
    void recordedPermissionError();
    void models();
};

namespace
{
ChatRequest sampleRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("gemini-2.5-flash");
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

void TestGeminiAdapter::requestBody_data()
{
    QTest::addColumn<ChatRequest>("request");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("systemInstruction, user and model turns")
        << sampleRequest() << json(R"({"systemInstruction": {"parts": [{"text": "You are terse."}]},
            "contents": [{"role": "user", "parts": [{"text": "Hi"}]}, {"role": "model", "parts": [{"text": "Hello."}]},
            {"role": "user", "parts": [{"text": "Count to 3"}]}]})");

    ChatRequest tuned = sampleRequest();
    tuned.systemPrompt.clear();
    tuned.messages = {{ChatMessage::Role::User, QStringLiteral("Next number: 2, 6, 12, 20, 30?")}};
    tuned.temperature = 0.5;
    tuned.maxOutputTokens = 2048;
    tuned.reasoning = ReasoningEffort::Medium;
    QTest::newRow("generationConfig with thinking")
        << tuned << json(R"({"contents": [{"role": "user", "parts": [{"text": "Next number: 2, 6, 12, 20, 30?"}]}],
            "generationConfig": {"temperature": 0.5, "maxOutputTokens": 2048,
                "thinkingConfig": {"includeThoughts": true, "thinkingBudget": 8192}}})");
}

void TestGeminiAdapter::requestBody()
{
    QFETCH(ChatRequest, request);
    QFETCH(QJsonObject, expected);
    const ProviderEndpoint endpoint {QStringLiteral("gemini"),
        QUrl(QStringLiteral("https://generativelanguage.googleapis.com")), QStringLiteral("AIza-test"), {}};
    const HttpRequestSpec spec = GeminiAdapter().chatRequest(endpoint, request);
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(spec.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(body.object(), expected);
}

void TestGeminiAdapter::requestUrlAndHeaders()
{
    const GeminiAdapter adapter;
    ProviderEndpoint endpoint {QStringLiteral("gemini"),
        QUrl(QStringLiteral("https://generativelanguage.googleapis.com")), QStringLiteral("AIza-test"), {}};
    ChatRequest request = sampleRequest();
    request.model = QStringLiteral("models/gemini-2.5-pro");
    HttpRequestSpec spec = adapter.chatRequest(endpoint, request);
    QCOMPARE(spec.url.toString(),
        QStringLiteral(
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse"));
    QCOMPARE(header(spec, "x-goog-api-key"), QByteArray("AIza-test"));
    QCOMPARE(header(spec, "Content-Type"), QByteArray("application/json"));
    QVERIFY(!spec.url.toString().contains(QLatin1String("key=")));

    endpoint = {QStringLiteral("proxy"), QUrl(QStringLiteral("http://127.0.0.1:9000/gemini/v1beta")), {}, {}};
    spec = adapter.chatRequest(endpoint, sampleRequest());
    QCOMPARE(spec.url.toString(),
        QStringLiteral("http://127.0.0.1:9000/gemini/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"));
    QCOMPARE(header(spec, "x-goog-api-key"), QByteArray());
}

void TestGeminiAdapter::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<RawHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("retryAfterMs");

    QTest::newRow("400 invalid key is an auth error")
        << 400 << RawHeaders {} << QByteArray(R"({
  "error": {
    "code": 400,
    "message": "API key not valid. Please pass a valid API key.",
    "status": "INVALID_ARGUMENT",
    "details": [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": "API_KEY_INVALID",
        "domain": "googleapis.com",
        "metadata": {"service": "generativelanguage.googleapis.com"}
      }
    ]
  }
})") << ErrorKind::Auth
        << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("API key not valid. Please pass a valid API key.")
        << qint64(-1);
    QTest::newRow("400 bad parameter")
        << 400 << RawHeaders {}
        << QByteArray(
               R"({"error":{"code":400,"message":"Penalty is not enabled for models/gemini-2.5-flash","status":"INVALID_ARGUMENT"}})")
        << ErrorKind::BadRequest << QStringLiteral("INVALID_ARGUMENT")
        << QStringLiteral("Penalty is not enabled for models/gemini-2.5-flash") << qint64(-1);
    QTest::newRow("404 unknown model")
        << 404 << RawHeaders {}
        << QByteArray(
               R"({"error":{"code":404,"message":"models/gemini-1.5-flash is not found for API version v1beta.","status":"NOT_FOUND"}})")
        << ErrorKind::NotFound << QStringLiteral("NOT_FOUND")
        << QStringLiteral("models/gemini-1.5-flash is not found for API version v1beta.") << qint64(-1);
    QTest::newRow("429 with RetryInfo") << 429 << RawHeaders {} << QByteArray(R"({
  "error": {
    "code": 429,
    "message": "You exceeded your current quota, please check your plan.",
    "status": "RESOURCE_EXHAUSTED",
    "details": [
      {"@type": "type.googleapis.com/google.rpc.QuotaFailure",
       "violations": [{"quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"}]},
      {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "34.4s"}
    ]
  }
})") << ErrorKind::RateLimited << QStringLiteral("RESOURCE_EXHAUSTED")
                                        << QStringLiteral("You exceeded your current quota, please check your plan.")
                                        << qint64(34400);
    QTest::newRow("503 overloaded")
        << 503 << RawHeaders {}
        << QByteArray(
               R"({"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}})")
        << ErrorKind::Overloaded << QStringLiteral("UNAVAILABLE")
        << QStringLiteral("The model is overloaded. Please try again later.") << qint64(-1);
    QTest::newRow("error as a streamed JSON array")
        << 500 << RawHeaders {}
        << QByteArray("[{\n  \"error\": {\n    \"code\": 500,\n    \"message\": \"Internal error\",\n    \"status\": "
                      "\"INTERNAL\"\n  }\n}\n]")
        << ErrorKind::Server << QStringLiteral("INTERNAL") << QStringLiteral("Internal error") << qint64(-1);
}

void TestGeminiAdapter::errors()
{
    QFETCH(int, status);
    QFETCH(RawHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(qint64, retryAfterMs);

    const ProviderError error = GeminiAdapter().parseHttpError(status, headers, body);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.providerCode, code);
    QCOMPARE(error.providerMessage, message);
    QCOMPARE(error.retryAfterMs.value_or(-1), retryAfterMs);
}

void TestGeminiAdapter::recordedPermissionError()
{
    // A request without a key, recorded: 403 PERMISSION_DENIED, pretty-printed.
    const auto responses
        = StreamTesting::httprrResponses(StreamTesting::readData(QStringLiteral("lcgo_gemini_err.httprr")));
    QCOMPARE(responses.size(), 1);
    const ProviderError error
        = GeminiAdapter().parseHttpError(responses[0].status, responses[0].headers, responses[0].body);
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.kind, ErrorKind::Permission);
    QCOMPARE(error.providerCode, QStringLiteral("PERMISSION_DENIED"));
    QVERIFY(error.providerMessage.startsWith(QLatin1String("Method doesn't allow unregistered callers")));
}

void TestGeminiAdapter::models()
{
    const GeminiAdapter adapter;
    const ProviderEndpoint endpoint {QStringLiteral("gemini"),
        QUrl(QStringLiteral("https://generativelanguage.googleapis.com")), QStringLiteral("AIza-test"), {}};
    HttpRequestSpec spec = adapter.modelsRequest(endpoint, {});
    QCOMPARE(spec.method, QByteArray("GET"));
    QCOMPARE(
        spec.url.toString(), QStringLiteral("https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000"));
    QCOMPARE(header(spec, "x-goog-api-key"), QByteArray("AIza-test"));

    QString error;
    ModelPage page = adapter.parseModels(R"({
  "models": [
    {"name": "models/gemini-2.5-flash", "baseModelId": "gemini-2.5-flash", "version": "001",
     "displayName": "Gemini 2.5 Flash", "inputTokenLimit": 1048576, "outputTokenLimit": 65536,
     "supportedGenerationMethods": ["generateContent", "countTokens"], "thinking": true},
    {"name": "models/gemini-embedding-001", "displayName": "Gemini Embedding 001",
     "supportedGenerationMethods": ["embedContent"]},
    {"name": "models/gemini-2.0-flash", "displayName": "Gemini 2.0 Flash", "inputTokenLimit": 1048576,
     "supportedGenerationMethods": ["generateContent", "countTokens", "createCachedContent"]}
  ],
  "nextPageToken": "Chdtb2RlbHMvZ2VtaW5pLTIuMC1mbGFzaA=="
})",
        &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(page.models.size(), 2);
    QCOMPARE(page.models[0].id, QStringLiteral("gemini-2.5-flash"));
    QCOMPARE(page.models[0].displayName, QStringLiteral("Gemini 2.5 Flash"));
    QCOMPARE(page.models[0].contextLength.value_or(-1), 1048576);
    QCOMPARE(page.models[1].id, QStringLiteral("gemini-2.0-flash"));
    QCOMPARE(page.nextPageToken, QStringLiteral("Chdtb2RlbHMvZ2VtaW5pLTIuMC1mbGFzaA=="));

    spec = adapter.modelsRequest(endpoint, page.nextPageToken);
    QCOMPARE(QUrlQuery(spec.url).queryItemValue(QStringLiteral("pageToken"), QUrl::FullyDecoded),
        QStringLiteral("Chdtb2RlbHMvZ2VtaW5pLTIuMC1mbGFzaA=="));

    page = adapter.parseModels(R"({"models": [{"name": "models/gemini-2.5-pro",
        "supportedGenerationMethods": ["generateContent"]}]})",
        &error);
    QCOMPARE(page.models.size(), 1);
    QVERIFY(page.nextPageToken.isEmpty());

    page = adapter.parseModels("Not Found", &error);
    QVERIFY(page.models.isEmpty());
    QVERIFY(error.contains(QLatin1String("invalid JSON")));
}

QTEST_GUILESS_MAIN(TestGeminiAdapter)
#include "tst_geminiadapter.moc"
