#include "providers/protocol/openaiadapter.h"

#include "core/buildinfo.h"
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
const QLatin1String OpenRouterId("openrouter");

QString roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System:
        return QStringLiteral("system");
    case ChatMessage::Role::Assistant:
        return QStringLiteral("assistant");
    case ChatMessage::Role::User:
        break;
    }
    return QStringLiteral("user");
}

QString effortName(ReasoningEffort effort)
{
    switch (effort) {
    case ReasoningEffort::Low:
        return QStringLiteral("low");
    case ReasoningEffort::Medium:
        return QStringLiteral("medium");
    case ReasoningEffort::High:
        return QStringLiteral("high");
    case ReasoningEffort::Default:
        break;
    }
    return {};
}

// Prices come as decimal strings per token; shifting the decimal point in the
// text keeps "0.00003" at exactly 30 per million instead of 30.000000000000004.
std::optional<double> perMillion(const QJsonValue &value)
{
    QString text = value.isString() ? value.toString().trimmed() : QString();
    if (value.isDouble()) {
        text = QString::number(value.toDouble(), 'f', 12);
    }
    if (text.isEmpty() || text.startsWith(QLatin1Char('-'))) {
        return std::nullopt; // absent, or OpenRouter's "-1" for prices that vary per request
    }
    bool ok = false;
    if (text.contains(QLatin1Char('e'), Qt::CaseInsensitive)) {
        const double number = text.toDouble(&ok);
        return ok ? std::optional<double>(number * 1e6) : std::nullopt;
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QString integral = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    fraction = fraction.leftJustified(6, QLatin1Char('0'));
    integral += fraction.left(6);
    const double number = QString(integral + QLatin1Char('.') + fraction.mid(6) + QLatin1Char('0')).toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString()) {
            list.append(item.toString());
        }
    }
    return list;
}

// /v1/models of OpenAI-style servers lists every kind of model; without
// modality data, the id is all there is to tell the ones that cannot chat.
bool looksLikeChatModel(const QString &id)
{
    static const QLatin1String notChat[] = {
        QLatin1String("embed"),
        QLatin1String("whisper"),
        QLatin1String("tts"),
        QLatin1String("dall-e"),
        QLatin1String("moderation"),
        QLatin1String("transcribe"),
        QLatin1String("realtime"),
        QLatin1String("gpt-image"),
        QLatin1String("babbage"),
        QLatin1String("davinci"),
        QLatin1String("sora"),
    };
    for (const QLatin1String &part : notChat) {
        if (id.contains(part, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

class OpenAiStreamDecoder : public AdapterUtil::SseStreamDecoder
{
protected:
    void handleEvent(const SseEvent &event, QList<StreamEvent> &out) override;
    void handleIncompleteEvent(const SseEvent &event, QList<StreamEvent> &) override
    {
        // Some servers end with "data: [DONE]" and no blank line after it; anything
        // else left incomplete is a cut-off event, discarded as WHATWG says.
        if (event.data.startsWith("[DONE]")) {
            markComplete();
        }
    }
    // A finish reason already says the answer is whole; a few servers never send [DONE].
    void handleEnd(QList<StreamEvent> &) override
    {
        if (m_finishSeen) {
            markComplete();
        }
    }

private:
    bool m_finishSeen = false;
};

void OpenAiStreamDecoder::handleEvent(const SseEvent &event, QList<StreamEvent> &out)
{
    if (event.data.startsWith("[DONE]")) {
        markComplete();
        return;
    }
    const auto object = parseData(event, out);
    if (!object) {
        return;
    }
    noteMetadata(object->value(QLatin1String("model")).toString(), object->value(QLatin1String("id")).toString(), out);

    QString finishReason;
    const QJsonArray choices = object->value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(QLatin1String("index")).toInt(0) != 0) {
            continue; // only one answer is asked for
        }
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        QString reasoning = delta.value(QLatin1String("reasoning_content")).toString();
        if (reasoning.isEmpty()) {
            reasoning = delta.value(QLatin1String("reasoning")).toString();
        }
        if (!reasoning.isEmpty()) {
            out.append(textEvent(StreamEvent::Type::ReasoningDelta, reasoning));
        }
        for (const QLatin1String key : {QLatin1String("content"), QLatin1String("refusal")}) {
            const QString text = delta.value(key).toString();
            if (!text.isEmpty()) {
                out.append(textEvent(StreamEvent::Type::TextDelta, text));
            }
        }
        // Mistral's reasoning models send content as typed chunks instead of a string.
        const QJsonArray contentChunks = delta.value(QLatin1String("content")).toArray();
        for (const QJsonValue &chunkValue : contentChunks) {
            const QJsonObject chunk = chunkValue.toObject();
            const QString chunkType = chunk.value(QLatin1String("type")).toString();
            if (chunkType == QLatin1String("text")) {
                const QString text = chunk.value(QLatin1String("text")).toString();
                if (!text.isEmpty()) {
                    out.append(textEvent(StreamEvent::Type::TextDelta, text));
                }
            } else if (chunkType == QLatin1String("thinking")) {
                const QJsonArray thinking = chunk.value(QLatin1String("thinking")).toArray();
                for (const QJsonValue &part : thinking) {
                    const QString text = part.toObject().value(QLatin1String("text")).toString();
                    if (!text.isEmpty()) {
                        out.append(textEvent(StreamEvent::Type::ReasoningDelta, text));
                    }
                }
            }
        }
        finishReason = choice.value(QLatin1String("finish_reason")).toString();
    }

    QJsonValue usageValue = object->value(QLatin1String("usage"));
    if (!usageValue.isObject()) {
        // Groq has reported usage in its own x_groq object.
        usageValue = object->value(QLatin1String("x_groq")).toObject().value(QLatin1String("usage"));
    }
    if (usageValue.isObject()) {
        const QJsonObject usage = usageValue.toObject();
        TokenUsage tokens;
        tokens.inputTokens = optionalInteger(usage.value(QLatin1String("prompt_tokens")));
        tokens.outputTokens = optionalInteger(usage.value(QLatin1String("completion_tokens")));
        tokens.reasoningTokens = optionalInteger(usage.value(QLatin1String("completion_tokens_details"))
                .toObject()
                .value(QLatin1String("reasoning_tokens")));
        const QJsonValue cost = usage.value(QLatin1String("cost"));
        if (cost.isDouble()) {
            tokens.costUsd = cost.toDouble();
        }
        out.append(usageEvent(tokens));
    }

    const QJsonValue error = object->value(QLatin1String("error"));
    if (error.isObject()) {
        fail(OpenAiAdapter::errorFromObject(error.toObject(), ErrorKind::Server), out);
        return;
    }
    if (error.isString()) {
        fail(OpenAiAdapter::errorFromObject(QJsonObject {{QLatin1String("message"), error}}, ErrorKind::Server), out);
        return;
    }
    if (finishReason == QLatin1String("error")) {
        ProviderError providerError;
        providerError.kind = ErrorKind::Server;
        providerError.providerMessage
            = QCoreApplication::translate("Confer::ProtocolAdapter", "The provider stopped the answer with an error.");
        fail(providerError, out);
        return;
    }
    // OpenRouter sends finish_reason null again after the finish chunk: the first one counts.
    if (!finishReason.isEmpty() && !m_finishSeen) {
        m_finishSeen = true;
        out.append(finishEvent(OpenAiAdapter::normalizeFinishReason(finishReason), finishReason));
    }
}
}

FinishReason OpenAiAdapter::normalizeFinishReason(const QString &raw)
{
    if (raw == QLatin1String("stop")) {
        return FinishReason::Stop;
    }
    if (raw == QLatin1String("length")) {
        return FinishReason::Length;
    }
    if (raw == QLatin1String("content_filter")) {
        return FinishReason::ContentFilter;
    }
    if (raw == QLatin1String("tool_calls") || raw == QLatin1String("function_call")) {
        return FinishReason::ToolCall;
    }
    if (raw == QLatin1String("error")) {
        return FinishReason::Error;
    }
    return FinishReason::Unknown;
}

ProviderError OpenAiAdapter::errorFromObject(const QJsonObject &error, ErrorKind fallback)
{
    ProviderError result;
    result.providerMessage = error.value(QLatin1String("message")).toString();
    const QJsonObject metadata = error.value(QLatin1String("metadata")).toObject();
    // OpenRouter wraps an upstream provider's error body as a string in metadata.raw.
    const QString raw = metadata.value(QLatin1String("raw")).toString();
    if (!raw.isEmpty()) {
        result.providerMessage += QLatin1String(": ") + bodySnippet(raw.toUtf8());
    }
    result.providerCode = scalarText(error.value(QLatin1String("code")));
    const QString type = error.value(QLatin1String("type")).toString();
    const QString errorType = metadata.value(QLatin1String("error_type")).toString();
    if (result.providerCode.isEmpty()) {
        result.providerCode = type;
    }
    result.kind = fallback;
    // The most specific word wins: OpenRouter's error_type, then the code, then the type.
    for (const QString &word : {type, result.providerCode, errorType}) {
        if (!word.isEmpty()) {
            result.kind = kindForCode(word, result.kind);
        }
    }
    return result;
}

HttpRequestSpec OpenAiAdapter::chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const
{
    const bool openRouter = endpoint.providerId == OpenRouterId;
    const bool mistral = endpoint.providerId == QLatin1String("mistral");

    HttpRequestSpec spec;
    spec.url = appendPath(endpoint.baseUrl, QStringLiteral("/chat/completions"));
    setHeader(spec.headers, "Content-Type", "application/json");
    setHeader(spec.headers, "Accept", "text/event-stream");
    if (!endpoint.apiKey.isEmpty()) {
        setHeader(spec.headers, "Authorization", "Bearer " + endpoint.apiKey.toUtf8());
    }
    if (openRouter) {
        // App attribution (OpenRouter's app-attribution docs).
        setHeader(spec.headers, "HTTP-Referer", QByteArray(BuildInfo::homepage));
        setHeader(spec.headers, "X-Title", "Confer");
    }
    applyExtraHeaders(spec.headers, endpoint.extraHeaders);

    QJsonArray messages;
    if (!request.systemPrompt.isEmpty()) {
        messages.append(QJsonObject {
            {QLatin1String("role"), QStringLiteral("system")}, {QLatin1String("content"), request.systemPrompt}});
    }
    for (const ChatMessage &message : request.messages) {
        messages.append(
            QJsonObject {{QLatin1String("role"), roleName(message.role)}, {QLatin1String("content"), message.content}});
    }

    QJsonObject body;
    body.insert(QLatin1String("model"), request.model);
    body.insert(QLatin1String("messages"), messages);
    body.insert(QLatin1String("stream"), true);
    // Mistral rejects fields it does not know (HTTP 422) and reports usage anyway.
    if (!mistral) {
        body.insert(QLatin1String("stream_options"), QJsonObject {{QLatin1String("include_usage"), true}});
    }
    if (openRouter) {
        body.insert(QLatin1String("usage"), QJsonObject {{QLatin1String("include"), true}});
    }
    if (request.temperature) {
        body.insert(QLatin1String("temperature"), *request.temperature);
    }
    if (request.maxOutputTokens) {
        // OpenAI deprecated max_tokens (its reasoning models refuse it); other servers only know max_tokens.
        const bool openAi = endpoint.providerId == QLatin1String("openai");
        body.insert(openAi ? QLatin1String("max_completion_tokens") : QLatin1String("max_tokens"),
            qint64(*request.maxOutputTokens));
    }
    const QString effort = effortName(request.reasoning);
    if (!effort.isEmpty()) {
        if (openRouter) {
            body.insert(QLatin1String("reasoning"), QJsonObject {{QLatin1String("effort"), effort}});
        } else if (!mistral && endpoint.providerId != QLatin1String("deepseek")) {
            // DeepSeek and Mistral choose reasoning by model, not by a parameter.
            body.insert(QLatin1String("reasoning_effort"), effort);
        }
    }
    spec.body = toJson(body);
    return spec;
}

std::unique_ptr<StreamDecoder> OpenAiAdapter::newStreamDecoder() const
{
    return std::make_unique<OpenAiStreamDecoder>();
}

ProviderError OpenAiAdapter::parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const
{
    const ErrorKind statusKind = kindForStatus(httpStatus);
    ProviderError error;
    const auto object = parseObject(body, nullptr);
    if (object && object->value(QLatin1String("error")).isObject()) {
        error = errorFromObject(object->value(QLatin1String("error")).toObject(), statusKind);
    } else if (object && object->value(QLatin1String("error")).isString()) {
        error.providerMessage = object->value(QLatin1String("error")).toString();
    } else if (object && object->contains(QLatin1String("message"))) {
        // Mistral: {"object":"error","message":…,"type":…,"code":…}
        error = errorFromObject(*object, statusKind);
    } else {
        error.providerMessage = bodySnippet(body);
    }
    // The HTTP status decides, except where the body is more precise than the status can be.
    const ErrorKind bodyKind = error.kind;
    error.kind = statusKind;
    if (bodyKind == ErrorKind::Permission && statusKind == ErrorKind::RateLimited) {
        error.kind = ErrorKind::Permission; // 429 insufficient_quota: waiting will not help
    } else if (bodyKind == ErrorKind::Overloaded
        || (bodyKind == ErrorKind::Auth && statusKind == ErrorKind::BadRequest)) {
        error.kind = bodyKind;
    }
    error.httpStatus = httpStatus;
    error.retryAfterMs = RetryHint::fromHeaders(headers, QDateTime::currentDateTimeUtc(), httpStatus == 429);
    return error;
}

HttpRequestSpec OpenAiAdapter::modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const
{
    Q_UNUSED(pageToken) // the list comes whole
    HttpRequestSpec spec;
    spec.method = "GET";
    spec.url = appendPath(endpoint.baseUrl, QStringLiteral("/models"));
    setHeader(spec.headers, "Accept", "application/json");
    if (!endpoint.apiKey.isEmpty()) {
        setHeader(spec.headers, "Authorization", "Bearer " + endpoint.apiKey.toUtf8());
    }
    applyExtraHeaders(spec.headers, endpoint.extraHeaders);
    return spec;
}

ModelPage OpenAiAdapter::parseModels(const QByteArray &body, QString *error) const
{
    ModelPage page;
    const auto data = parseModelArray(body, QLatin1String("data"), error);
    if (!data) {
        return page;
    }
    for (const QJsonValue &value : std::as_const(*data)) {
        const QJsonObject entry = value.toObject();
        ModelInfo model;
        model.id = entry.value(QLatin1String("id")).toString();
        if (model.id.isEmpty()) {
            continue;
        }
        const QJsonObject architecture = entry.value(QLatin1String("architecture")).toObject();
        if (architecture.contains(QLatin1String("output_modalities"))) {
            if (!stringList(architecture.value(QLatin1String("output_modalities"))).contains(QLatin1String("text"))) {
                continue;
            }
        } else if (!looksLikeChatModel(model.id)) {
            continue;
        }
        model.displayName = entry.value(QLatin1String("name")).toString();
        model.contextLength = optionalInteger(entry.value(QLatin1String("context_length")));
        const QJsonObject pricing = entry.value(QLatin1String("pricing")).toObject();
        model.inputUsdPerMillionTokens = perMillion(pricing.value(QLatin1String("prompt")));
        model.outputUsdPerMillionTokens = perMillion(pricing.value(QLatin1String("completion")));
        model.inputModalities = stringList(architecture.value(QLatin1String("input_modalities")));
        model.supportedParameters = stringList(entry.value(QLatin1String("supported_parameters")));
        page.models.append(model);
    }
    return page;
}

}
