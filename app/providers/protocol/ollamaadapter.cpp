#include "providers/protocol/ollamaadapter.h"

#include "providers/protocol/adapterutil.h"
#include "providers/protocol/ndjsonreader.h"
#include "providers/protocol/retryhint.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Confer
{

using namespace AdapterUtil;

namespace
{
QUrl apiUrl(const QUrl &base, const QString &path)
{
    return appendPath(base, basePathEndsWith(base, QLatin1String("/api")) ? path : QLatin1String("/api") + path);
}

void addCommonHeaders(HttpRequestSpec &spec, const ProviderEndpoint &endpoint)
{
    // Ollama itself has no keys; a proxy in front of it may want one.
    if (!endpoint.apiKey.isEmpty()) {
        setHeader(spec.headers, "Authorization", "Bearer " + endpoint.apiKey.toUtf8());
    }
    applyExtraHeaders(spec.headers, endpoint.extraHeaders);
}

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

class OllamaStreamDecoder : public StreamDecoder
{
public:
    QList<StreamEvent> feed(QByteArrayView bytes) override;
    QList<StreamEvent> finish() override;

private:
    void handleLine(const QByteArray &line, QList<StreamEvent> &out);
    void fail(ProviderError error, QList<StreamEvent> &out)
    {
        qCDebug(lcProtocol) << "stream ended with an error:" << int(error.kind) << error.providerMessage;
        m_ended = true;
        out.append(errorEvent(std::move(error)));
    }

    NdjsonReader m_reader;
    QString m_model;
    bool m_ended = false;
};

QList<StreamEvent> OllamaStreamDecoder::feed(QByteArrayView bytes)
{
    QList<StreamEvent> out;
    if (m_ended) {
        return out;
    }
    const QList<QByteArray> lines = m_reader.feed(bytes);
    for (const QByteArray &line : lines) {
        handleLine(line, out);
        if (m_ended) {
            return out;
        }
    }
    if (m_reader.hasError()) {
        fail(protocolError(m_reader.errorString()), out);
    }
    return out;
}

QList<StreamEvent> OllamaStreamDecoder::finish()
{
    QList<StreamEvent> out;
    if (m_ended) {
        return out;
    }
    const QList<QByteArray> lines = m_reader.finish();
    for (const QByteArray &line : lines) {
        if (!parseObject(line, nullptr)) {
            break; // a line cut off by the closed connection
        }
        handleLine(line, out);
        if (m_ended) {
            return out;
        }
    }
    fail(truncatedError(), out);
    return out;
}

void OllamaStreamDecoder::handleLine(const QByteArray &line, QList<StreamEvent> &out)
{
    QString what;
    const auto object = parseObject(line, &what);
    if (!object) {
        fail(protocolError(QCoreApplication::translate(
                 "Confer::ProtocolAdapter", "The server sent a line that could not be read: %1.")
                     .arg(what)),
            out);
        return;
    }
    const QJsonValue error = object->value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        ProviderError providerError;
        providerError.kind = ErrorKind::Server;
        providerError.providerMessage = error.isString() ? error.toString() : scalarText(error);
        fail(providerError, out);
        return;
    }
    const QString model = object->value(QLatin1String("model")).toString();
    if (!model.isEmpty() && model != m_model) {
        m_model = model;
        out.append(metadataEvent(model, {})); // Ollama has no response id
    }
    const QJsonObject message = object->value(QLatin1String("message")).toObject();
    const QString thinking = message.value(QLatin1String("thinking")).toString();
    if (!thinking.isEmpty()) {
        out.append(textEvent(StreamEvent::Type::ReasoningDelta, thinking));
    }
    const QString content = message.value(QLatin1String("content")).toString();
    if (!content.isEmpty()) {
        out.append(textEvent(StreamEvent::Type::TextDelta, content));
    }
    if (object->value(QLatin1String("done")).toBool()) {
        // Counts are omitted when zero (Go omitempty), so absent means none.
        TokenUsage usage;
        usage.inputTokens = optionalInteger(object->value(QLatin1String("prompt_eval_count"))).value_or(0);
        usage.outputTokens = optionalInteger(object->value(QLatin1String("eval_count"))).value_or(0);
        out.append(usageEvent(usage));
        const QString reason = object->value(QLatin1String("done_reason")).toString();
        out.append(finishEvent(OllamaAdapter::normalizeDoneReason(reason), reason));
        m_ended = true;
    }
}
}

FinishReason OllamaAdapter::normalizeDoneReason(const QString &raw)
{
    if (raw == QLatin1String("stop") || raw.isEmpty()) {
        return FinishReason::Stop;
    }
    if (raw == QLatin1String("length")) {
        return FinishReason::Length;
    }
    return FinishReason::Unknown; // "load", "unload" and reasons added later
}

HttpRequestSpec OllamaAdapter::chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const
{
    HttpRequestSpec spec;
    spec.url = apiUrl(endpoint.baseUrl, QStringLiteral("/chat"));
    setHeader(spec.headers, "Content-Type", "application/json");
    setHeader(spec.headers, "Accept", "application/x-ndjson");
    addCommonHeaders(spec, endpoint);

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
    QJsonObject options;
    if (request.temperature) {
        options.insert(QLatin1String("temperature"), *request.temperature);
    }
    if (request.maxOutputTokens) {
        options.insert(QLatin1String("num_predict"), qint64(*request.maxOutputTokens));
    }
    if (!options.isEmpty()) {
        body.insert(QLatin1String("options"), options);
    }
    // Effort levels are only understood by some models (gpt-oss); a boolean by every thinking model.
    if (request.reasoning != ReasoningEffort::Default) {
        body.insert(QLatin1String("think"), true);
    }
    spec.body = toJson(body);
    return spec;
}

std::unique_ptr<StreamDecoder> OllamaAdapter::newStreamDecoder() const
{
    return std::make_unique<OllamaStreamDecoder>();
}

ProviderError OllamaAdapter::parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const
{
    ProviderError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    const auto object = parseObject(body, nullptr);
    if (object && object->value(QLatin1String("error")).isString()) {
        error.providerMessage = object->value(QLatin1String("error")).toString();
    } else {
        error.providerMessage = bodySnippet(body);
    }
    error.retryAfterMs = RetryHint::fromHeaders(headers, QDateTime::currentDateTimeUtc(), httpStatus == 429);
    return error;
}

HttpRequestSpec OllamaAdapter::modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const
{
    Q_UNUSED(pageToken)
    HttpRequestSpec spec;
    spec.method = "GET";
    spec.url = apiUrl(endpoint.baseUrl, QStringLiteral("/tags"));
    setHeader(spec.headers, "Accept", "application/json");
    addCommonHeaders(spec, endpoint);
    return spec;
}

ModelPage OllamaAdapter::parseModels(const QByteArray &body, QString *error) const
{
    ModelPage page;
    const auto models = parseModelArray(body, QLatin1String("models"), error);
    if (!models) {
        return page;
    }
    for (const QJsonValue &value : std::as_const(*models)) {
        const QJsonObject entry = value.toObject();
        // Newer servers say what a model can do; embedding models cannot chat.
        const QJsonValue capabilities = entry.value(QLatin1String("capabilities"));
        if (capabilities.isArray() && !capabilities.toArray().contains(QStringLiteral("completion"))) {
            continue;
        }
        ModelInfo model;
        model.id = entry.value(QLatin1String("model")).toString();
        if (model.id.isEmpty()) {
            model.id = entry.value(QLatin1String("name")).toString();
        }
        if (model.id.isEmpty()) {
            continue;
        }
        model.displayName = entry.value(QLatin1String("name")).toString();
        page.models.append(model);
    }
    return page;
}

}
