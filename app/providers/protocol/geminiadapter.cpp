#include "providers/protocol/geminiadapter.h"

#include "providers/protocol/adapterutil.h"
#include "providers/protocol/retryhint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace Confer
{

using namespace AdapterUtil;

namespace
{
QUrl apiUrl(const QUrl &base, const QString &path)
{
    const bool versioned
        = basePathEndsWith(base, QLatin1String("/v1beta")) || basePathEndsWith(base, QLatin1String("/v1"));
    return appendPath(base, versioned ? path : QLatin1String("/v1beta") + path);
}

void addCommonHeaders(HttpRequestSpec &spec, const ProviderEndpoint &endpoint)
{
    if (!endpoint.apiKey.isEmpty()) {
        setHeader(spec.headers, "x-goog-api-key", endpoint.apiKey.toUtf8());
    }
    applyExtraHeaders(spec.headers, endpoint.extraHeaders);
}

QString stripModelsPrefix(QString name)
{
    if (name.startsWith(QLatin1String("models/"))) {
        name.remove(0, 7);
    }
    return name;
}

class GeminiStreamDecoder : public SseStreamDecoder
{
protected:
    void handleEvent(const SseEvent &event, QList<StreamEvent> &out) override;
    void handleEnd(QList<StreamEvent> &out) override
    {
        // No end marker: the stream simply ends after a chunk with a finishReason.
        if (!m_rawFinish.isEmpty()) {
            out.append(finishEvent(m_finish, m_rawFinish));
            markComplete();
        }
    }

private:
    TokenUsage m_lastUsage;
    FinishReason m_finish = FinishReason::Unknown;
    QString m_rawFinish;
};

void GeminiStreamDecoder::handleEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    const auto object = parseData(event, out);
    if (!object) {
        return;
    }
    if (object->value(QLatin1String("error")).isObject()) {
        fail(GeminiAdapter::errorFromObject(object->value(QLatin1String("error")).toObject(), ErrorKind::Server), out);
        return;
    }
    noteMetadata(object->value(QLatin1String("modelVersion")).toString(),
        object->value(QLatin1String("responseId")).toString(), out);

    QString finishReason;
    const QJsonArray candidates = object->value(QLatin1String("candidates")).toArray();
    if (!candidates.isEmpty()) {
        const QJsonObject candidate = candidates.first().toObject();
        const QJsonArray parts
            = candidate.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray();
        for (const QJsonValue &partValue : parts) {
            const QJsonObject part = partValue.toObject();
            const QString text = part.value(QLatin1String("text")).toString();
            if (text.isEmpty()) {
                continue; // e.g. the empty final part that only carries a thoughtSignature
            }
            const bool thought = part.value(QLatin1String("thought")).toBool();
            out.append(textEvent(thought ? StreamEvent::Type::ReasoningDelta : StreamEvent::Type::TextDelta, text));
        }
        finishReason = candidate.value(QLatin1String("finishReason")).toString();
    }

    // usageMetadata is cumulative and repeated on every chunk: report it when it changes.
    const QJsonObject usage = object->value(QLatin1String("usageMetadata")).toObject();
    if (!usage.isEmpty()) {
        TokenUsage tokens;
        tokens.inputTokens = optionalInteger(usage.value(QLatin1String("promptTokenCount")));
        const auto candidatesTokens = optionalInteger(usage.value(QLatin1String("candidatesTokenCount")));
        const auto thoughtTokens = optionalInteger(usage.value(QLatin1String("thoughtsTokenCount")));
        // Output counts thinking too, as every other protocol reports it (and as it is billed).
        if (candidatesTokens || thoughtTokens) {
            tokens.outputTokens = candidatesTokens.value_or(0) + thoughtTokens.value_or(0);
        }
        tokens.reasoningTokens = thoughtTokens;
        if (tokens.inputTokens != m_lastUsage.inputTokens || tokens.outputTokens != m_lastUsage.outputTokens
            || tokens.reasoningTokens != m_lastUsage.reasoningTokens) {
            m_lastUsage = tokens;
            out.append(usageEvent(tokens));
        }
    }

    // A prompt blocked outright comes back with promptFeedback and no candidates.
    const QString blockReason
        = object->value(QLatin1String("promptFeedback")).toObject().value(QLatin1String("blockReason")).toString();
    if (candidates.isEmpty() && !blockReason.isEmpty()) {
        m_finish = FinishReason::ContentFilter;
        m_rawFinish = blockReason;
    } else if (!finishReason.isEmpty()) {
        // Older models repeat finishReason on every chunk, so it is reported once, at the end.
        m_finish = GeminiAdapter::normalizeFinishReason(finishReason);
        m_rawFinish = finishReason;
    }
}
}

FinishReason GeminiAdapter::normalizeFinishReason(const QString &raw)
{
    if (raw == QLatin1String("STOP")) {
        return FinishReason::Stop;
    }
    if (raw == QLatin1String("MAX_TOKENS")) {
        return FinishReason::Length;
    }
    static const QLatin1String filtered[] = {
        QLatin1String("SAFETY"),
        QLatin1String("RECITATION"),
        QLatin1String("BLOCKLIST"),
        QLatin1String("PROHIBITED_CONTENT"),
        QLatin1String("SPII"),
        QLatin1String("IMAGE_SAFETY"),
        QLatin1String("LANGUAGE"),
    };
    for (const QLatin1String &reason : filtered) {
        if (raw == reason) {
            return FinishReason::ContentFilter;
        }
    }
    if (raw == QLatin1String("MALFORMED_FUNCTION_CALL") || raw == QLatin1String("UNEXPECTED_TOOL_CALL")) {
        return FinishReason::ToolCall;
    }
    return FinishReason::Unknown; // OTHER, FINISH_REASON_UNSPECIFIED and reasons added later
}

int GeminiAdapter::thinkingBudget(ReasoningEffort effort)
{
    switch (effort) {
    case ReasoningEffort::Low:
        return 1024;
    case ReasoningEffort::Medium:
        return 8192;
    case ReasoningEffort::High:
        return 24576; // Gemini 2.5 Flash's maximum
    case ReasoningEffort::Default:
        break;
    }
    return 0;
}

ProviderError GeminiAdapter::errorFromObject(const QJsonObject &error, ErrorKind fallback)
{
    ProviderError result;
    result.providerMessage = error.value(QLatin1String("message")).toString();
    result.providerCode = error.value(QLatin1String("status")).toString();
    const int code = error.value(QLatin1String("code")).toInt();
    result.kind = code >= 400 ? kindForStatus(code) : fallback;
    if (result.providerCode == QLatin1String("RESOURCE_EXHAUSTED")) {
        result.kind = ErrorKind::RateLimited;
    } else if (result.providerCode == QLatin1String("UNAVAILABLE")) {
        result.kind = ErrorKind::Overloaded;
    }
    // Gemini answers an invalid key with 400 INVALID_ARGUMENT; the ErrorInfo reason says what it is.
    const QJsonArray details = error.value(QLatin1String("details")).toArray();
    for (const QJsonValue &detail : details) {
        if (detail.toObject().value(QLatin1String("reason")).toString() == QLatin1String("API_KEY_INVALID")) {
            result.kind = ErrorKind::Auth;
        }
    }
    result.retryAfterMs = RetryHint::fromGoogleErrorDetails(details);
    return result;
}

HttpRequestSpec GeminiAdapter::chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const
{
    HttpRequestSpec spec;
    const QString model = stripModelsPrefix(request.model);
    spec.url = apiUrl(endpoint.baseUrl, QStringLiteral("/models/") + model + QStringLiteral(":streamGenerateContent"));
    // alt=sse: without it the stream is one JSON array rather than events.
    spec.url.setQuery(QStringLiteral("alt=sse"));
    setHeader(spec.headers, "Content-Type", "application/json");
    setHeader(spec.headers, "Accept", "text/event-stream");
    addCommonHeaders(spec, endpoint);

    QStringList system;
    if (!request.systemPrompt.isEmpty()) {
        system << request.systemPrompt;
    }
    QJsonArray contents;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            system << message.content;
            continue;
        }
        contents.append(QJsonObject {
            {QLatin1String("role"),
                message.role == ChatMessage::Role::Assistant ? QStringLiteral("model") : QStringLiteral("user")},
            {QLatin1String("parts"), QJsonArray {QJsonObject {{QLatin1String("text"), message.content}}}}});
    }

    QJsonObject body;
    body.insert(QLatin1String("contents"), contents);
    if (!system.isEmpty()) {
        body.insert(QLatin1String("systemInstruction"),
            QJsonObject {{QLatin1String("parts"),
                QJsonArray {QJsonObject {{QLatin1String("text"), system.join(QLatin1String("\n\n"))}}}}});
    }
    QJsonObject generationConfig;
    if (request.temperature) {
        generationConfig.insert(QLatin1String("temperature"), *request.temperature);
    }
    if (request.maxOutputTokens) {
        generationConfig.insert(QLatin1String("maxOutputTokens"), qint64(*request.maxOutputTokens));
    }
    if (const int budget = thinkingBudget(request.reasoning); budget > 0) {
        generationConfig.insert(QLatin1String("thinkingConfig"),
            QJsonObject {{QLatin1String("includeThoughts"), true}, {QLatin1String("thinkingBudget"), budget}});
    }
    if (!generationConfig.isEmpty()) {
        body.insert(QLatin1String("generationConfig"), generationConfig);
    }
    spec.body = toJson(body);
    return spec;
}

std::unique_ptr<StreamDecoder> GeminiAdapter::newStreamDecoder() const
{
    return std::make_unique<GeminiStreamDecoder>();
}

ProviderError GeminiAdapter::parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const
{
    const ErrorKind statusKind = kindForStatus(httpStatus);
    ProviderError error;
    auto object = parseObject(body, nullptr);
    if (!object) {
        // An error can also come as the first element of the streamed JSON array.
        const QByteArray trimmed = body.trimmed();
        if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
            object = parseObject(trimmed.sliced(1, trimmed.size() - 2), nullptr);
        }
    }
    if (object && object->value(QLatin1String("error")).isObject()) {
        error = errorFromObject(object->value(QLatin1String("error")).toObject(), statusKind);
        // The status decides, except for a key Gemini calls INVALID_ARGUMENT (400).
        if (error.kind != ErrorKind::Auth) {
            error.kind = statusKind;
        }
    } else {
        error.kind = statusKind;
        error.providerMessage = bodySnippet(body);
    }
    error.httpStatus = httpStatus;
    if (const auto fromHeaders = RetryHint::fromHeaders(headers, QDateTime::currentDateTimeUtc(), httpStatus == 429)) {
        error.retryAfterMs = fromHeaders;
    }
    return error;
}

HttpRequestSpec GeminiAdapter::modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const
{
    HttpRequestSpec spec;
    spec.method = "GET";
    spec.url = apiUrl(endpoint.baseUrl, QStringLiteral("/models"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
    if (!pageToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("pageToken"), pageToken);
    }
    spec.url.setQuery(query);
    setHeader(spec.headers, "Accept", "application/json");
    addCommonHeaders(spec, endpoint);
    return spec;
}

ModelPage GeminiAdapter::parseModels(const QByteArray &body, QString *error) const
{
    ModelPage page;
    QString what;
    const auto object = parseObject(body, &what);
    if (!object) {
        if (error) {
            *error = what;
        }
        return page;
    }
    // An empty account answers {} rather than {"models": []}.
    const QJsonArray models = object->value(QLatin1String("models")).toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject entry = value.toObject();
        const QJsonArray methods = entry.value(QLatin1String("supportedGenerationMethods")).toArray();
        if (!methods.contains(QStringLiteral("generateContent"))) {
            continue; // embeddings, AQA and other models that cannot chat
        }
        ModelInfo model;
        model.id = stripModelsPrefix(entry.value(QLatin1String("name")).toString());
        if (model.id.isEmpty()) {
            continue;
        }
        model.displayName = entry.value(QLatin1String("displayName")).toString();
        model.contextLength = optionalInteger(entry.value(QLatin1String("inputTokenLimit")));
        page.models.append(model);
    }
    page.nextPageToken = object->value(QLatin1String("nextPageToken")).toString();
    return page;
}

}
