#include "providers/protocol/anthropicadapter.h"

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
    return appendPath(base, basePathEndsWith(base, QLatin1String("/v1")) ? path : QLatin1String("/v1") + path);
}

void addCommonHeaders(HttpRequestSpec &spec, const ProviderEndpoint &endpoint)
{
    if (!endpoint.apiKey.isEmpty()) {
        setHeader(spec.headers, "x-api-key", endpoint.apiKey.toUtf8());
    }
    setHeader(spec.headers, "anthropic-version", AnthropicAdapter::ApiVersion);
    applyExtraHeaders(spec.headers, endpoint.extraHeaders);
}

ProviderError errorFromBody(const QJsonObject &body, ErrorKind fallback)
{
    // {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_…"}
    const QJsonObject error = body.value(QLatin1String("error")).toObject();
    ProviderError result;
    result.providerCode = error.value(QLatin1String("type")).toString();
    result.providerMessage = error.value(QLatin1String("message")).toString();
    result.kind = result.providerCode.isEmpty() ? fallback : kindForCode(result.providerCode, fallback);
    return result;
}

class AnthropicStreamDecoder : public SseStreamDecoder
{
protected:
    void handleEvent(const SseEvent &event, QList<StreamEvent> &out) override;
    void handleIncompleteEvent(const SseEvent &event, QList<StreamEvent> &) override
    {
        // A final message_stop without its blank line still ends the answer; anything
        // else left incomplete is a cut-off event, discarded as WHATWG says.
        const auto object = parseObject(event.data, nullptr);
        if (object && object->value(QLatin1String("type")).toString() == QLatin1String("message_stop")) {
            markComplete();
        }
    }

private:
    TokenUsage m_usage;
};

std::optional<qint64> inputTokens(const QJsonObject &usage)
{
    // Cached prompt tokens are counted apart from input_tokens; all of them were read.
    const auto base = optionalInteger(usage.value(QLatin1String("input_tokens")));
    if (!base) {
        return std::nullopt;
    }
    return *base + optionalInteger(usage.value(QLatin1String("cache_creation_input_tokens"))).value_or(0)
        + optionalInteger(usage.value(QLatin1String("cache_read_input_tokens"))).value_or(0);
}

void AnthropicStreamDecoder::handleEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    if (event.type == "ping") {
        return;
    }
    const auto object = parseData(event, out);
    if (!object) {
        return;
    }
    QString type = object->value(QLatin1String("type")).toString();
    if (type.isEmpty()) {
        type = QString::fromUtf8(event.type);
    }

    if (type == QLatin1String("error") || event.type == "error") {
        fail(errorFromBody(*object, ErrorKind::Server), out);
    } else if (type == QLatin1String("message_start")) {
        const QJsonObject message = object->value(QLatin1String("message")).toObject();
        noteMetadata(
            message.value(QLatin1String("model")).toString(), message.value(QLatin1String("id")).toString(), out);
        const QJsonObject usage = message.value(QLatin1String("usage")).toObject();
        if (!usage.isEmpty()) {
            m_usage.inputTokens = inputTokens(usage);
            m_usage.outputTokens = optionalInteger(usage.value(QLatin1String("output_tokens")));
            out.append(usageEvent(m_usage));
        }
    } else if (type == QLatin1String("content_block_delta")) {
        const QJsonObject delta = object->value(QLatin1String("delta")).toObject();
        const QString deltaType = delta.value(QLatin1String("type")).toString();
        if (deltaType == QLatin1String("text_delta")) {
            const QString text = delta.value(QLatin1String("text")).toString();
            if (!text.isEmpty()) {
                out.append(textEvent(StreamEvent::Type::TextDelta, text));
            }
        } else if (deltaType == QLatin1String("thinking_delta")) {
            const QString thinking = delta.value(QLatin1String("thinking")).toString();
            if (!thinking.isEmpty()) {
                out.append(textEvent(StreamEvent::Type::ReasoningDelta, thinking));
            }
        }
        // signature_delta and input_json_delta carry nothing to show.
    } else if (type == QLatin1String("message_delta")) {
        const QString stopReason
            = object->value(QLatin1String("delta")).toObject().value(QLatin1String("stop_reason")).toString();
        // message_delta usage is cumulative.
        const QJsonObject usage = object->value(QLatin1String("usage")).toObject();
        if (!usage.isEmpty()) {
            if (const auto input = inputTokens(usage)) {
                m_usage.inputTokens = input;
            }
            if (const auto output = optionalInteger(usage.value(QLatin1String("output_tokens")))) {
                m_usage.outputTokens = output;
            }
            out.append(usageEvent(m_usage));
        }
        if (!stopReason.isEmpty()) {
            out.append(finishEvent(AnthropicAdapter::normalizeStopReason(stopReason), stopReason));
        }
    } else if (type == QLatin1String("message_stop")) {
        markComplete();
    }
    // content_block_start/stop and event types added later carry nothing to show.
}
}

FinishReason AnthropicAdapter::normalizeStopReason(const QString &raw)
{
    if (raw == QLatin1String("end_turn") || raw == QLatin1String("stop_sequence")) {
        return FinishReason::Stop;
    }
    if (raw == QLatin1String("max_tokens") || raw == QLatin1String("model_context_window_exceeded")) {
        return FinishReason::Length;
    }
    if (raw == QLatin1String("tool_use")) {
        return FinishReason::ToolCall;
    }
    if (raw == QLatin1String("refusal")) {
        return FinishReason::ContentFilter;
    }
    return FinishReason::Unknown; // pause_turn and reasons added later
}

int AnthropicAdapter::thinkingBudget(ReasoningEffort effort)
{
    switch (effort) {
    case ReasoningEffort::Low:
        return 1024; // the API's minimum
    case ReasoningEffort::Medium:
        return 8192;
    case ReasoningEffort::High:
        return 24576;
    case ReasoningEffort::Default:
        break;
    }
    return 0;
}

HttpRequestSpec AnthropicAdapter::chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const
{
    HttpRequestSpec spec;
    spec.url = apiUrl(endpoint.baseUrl, QStringLiteral("/messages"));
    setHeader(spec.headers, "content-type", "application/json");
    setHeader(spec.headers, "accept", "text/event-stream");
    addCommonHeaders(spec, endpoint);

    // No system role here: system text goes in the top-level `system` field.
    QStringList system;
    if (!request.systemPrompt.isEmpty()) {
        system << request.systemPrompt;
    }
    QJsonArray messages;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            system << message.content;
            continue;
        }
        messages.append(QJsonObject {
            {QLatin1String("role"),
                message.role == ChatMessage::Role::Assistant ? QStringLiteral("assistant") : QStringLiteral("user")},
            {QLatin1String("content"), message.content}});
    }

    const int budget = thinkingBudget(request.reasoning);
    // max_tokens counts thinking too, so the answer keeps its own allowance on top of the budget.
    const qint64 answerTokens = request.maxOutputTokens.value_or(DefaultMaxTokens);

    QJsonObject body;
    body.insert(QLatin1String("model"), request.model);
    if (!system.isEmpty()) {
        body.insert(QLatin1String("system"), system.join(QLatin1String("\n\n")));
    }
    body.insert(QLatin1String("messages"), messages);
    body.insert(QLatin1String("max_tokens"), answerTokens + budget);
    body.insert(QLatin1String("stream"), true);
    if (request.temperature) {
        body.insert(QLatin1String("temperature"), *request.temperature);
    }
    if (budget > 0) {
        body.insert(QLatin1String("thinking"),
            QJsonObject {{QLatin1String("type"), QStringLiteral("enabled")}, {QLatin1String("budget_tokens"), budget}});
    }
    spec.body = toJson(body);
    return spec;
}

std::unique_ptr<StreamDecoder> AnthropicAdapter::newStreamDecoder() const
{
    return std::make_unique<AnthropicStreamDecoder>();
}

ProviderError AnthropicAdapter::parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const
{
    const ErrorKind statusKind = kindForStatus(httpStatus);
    ProviderError error;
    const auto object = parseObject(body, nullptr);
    if (object && object->value(QLatin1String("error")).isObject()) {
        error = errorFromBody(*object, statusKind);
        // The status decides, but an overloaded_error is overload whatever the status.
        if (error.kind != ErrorKind::Overloaded) {
            error.kind = statusKind;
        }
    } else {
        error.kind = statusKind; // e.g. a 413 page from Cloudflare
        error.providerMessage = bodySnippet(body);
    }
    error.httpStatus = httpStatus;
    error.retryAfterMs = RetryHint::fromHeaders(headers, QDateTime::currentDateTimeUtc(), httpStatus == 429);
    return error;
}

HttpRequestSpec AnthropicAdapter::modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const
{
    HttpRequestSpec spec;
    spec.method = "GET";
    spec.url = apiUrl(endpoint.baseUrl, QStringLiteral("/models"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!pageToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("after_id"), pageToken);
    }
    spec.url.setQuery(query);
    setHeader(spec.headers, "accept", "application/json");
    addCommonHeaders(spec, endpoint);
    return spec;
}

ModelPage AnthropicAdapter::parseModels(const QByteArray &body, QString *error) const
{
    ModelPage page;
    QString what;
    const auto object = parseObject(body, &what);
    if (!object || !object->value(QLatin1String("data")).isArray()) {
        if (error) {
            *error = object
                ? QCoreApplication::translate("Confer::ProtocolAdapter", "the model list has no \"data\" array")
                : what;
        }
        return page;
    }
    const QJsonArray data = object->value(QLatin1String("data")).toArray();
    for (const QJsonValue &value : data) {
        const QJsonObject entry = value.toObject();
        ModelInfo model;
        model.id = entry.value(QLatin1String("id")).toString();
        if (model.id.isEmpty()) {
            continue;
        }
        model.displayName = entry.value(QLatin1String("display_name")).toString();
        model.contextLength = optionalInteger(entry.value(QLatin1String("max_input_tokens")));
        page.models.append(model);
    }
    if (object->value(QLatin1String("has_more")).toBool()) {
        page.nextPageToken = object->value(QLatin1String("last_id")).toString();
    }
    return page;
}

}
