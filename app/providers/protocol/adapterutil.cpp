#include "providers/protocol/adapterutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Confer::AdapterUtil
{

Q_LOGGING_CATEGORY(lcProtocol, "confer.providers.protocol")

QUrl appendPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return url;
}

bool basePathEndsWith(const QUrl &base, QLatin1String segment)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    return path.endsWith(segment);
}

void setHeader(RawHeaders &headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void applyExtraHeaders(RawHeaders &headers, const RawHeaders &extra)
{
    for (const auto &[name, value] : extra) {
        setHeader(headers, name, value);
    }
}

QByteArray headerValue(const RawHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value.trimmed();
        }
    }
    return {};
}

ErrorKind kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401:
        return ErrorKind::Auth;
    case 402: // OpenRouter: out of credits
    case 403:
        return ErrorKind::Permission;
    case 404:
        return ErrorKind::NotFound;
    case 408:
    case 504:
        return ErrorKind::Timeout;
    case 429:
        return ErrorKind::RateLimited;
    case 503:
    case 529: // Anthropic's "overloaded"
        return ErrorKind::Overloaded;
    default:
        break;
    }
    if (httpStatus >= 500) {
        return ErrorKind::Server;
    }
    if (httpStatus >= 400) {
        return ErrorKind::BadRequest;
    }
    return ErrorKind::Protocol;
}

ErrorKind kindForCode(const QString &code, ErrorKind fallback)
{
    bool isNumber = false;
    const int status = code.toInt(&isNumber);
    if (isNumber && status >= 400 && status < 600) {
        return kindForStatus(status);
    }
    static const struct {
        QLatin1String code;
        ErrorKind kind;
    } known[] = {
        {QLatin1String("invalid_api_key"), ErrorKind::Auth},
        {QLatin1String("authentication_error"), ErrorKind::Auth},
        {QLatin1String("authentication"), ErrorKind::Auth},
        {QLatin1String("permission_error"), ErrorKind::Permission},
        {QLatin1String("permission_denied"), ErrorKind::Permission},
        {QLatin1String("insufficient_quota"), ErrorKind::Permission},
        {QLatin1String("billing_error"), ErrorKind::Permission},
        {QLatin1String("payment_required"), ErrorKind::Permission},
        {QLatin1String("model_not_found"), ErrorKind::NotFound},
        {QLatin1String("not_found_error"), ErrorKind::NotFound},
        {QLatin1String("not_found"), ErrorKind::NotFound},
        {QLatin1String("rate_limit_exceeded"), ErrorKind::RateLimited},
        {QLatin1String("rate_limit_error"), ErrorKind::RateLimited},
        {QLatin1String("overloaded_error"), ErrorKind::Overloaded},
        {QLatin1String("provider_overloaded"), ErrorKind::Overloaded},
        {QLatin1String("provider_unavailable"), ErrorKind::Server},
        {QLatin1String("server_error"), ErrorKind::Server},
        {QLatin1String("api_error"), ErrorKind::Server},
        {QLatin1String("timeout_error"), ErrorKind::Timeout},
        {QLatin1String("invalid_request_error"), ErrorKind::BadRequest},
        {QLatin1String("context_length_exceeded"), ErrorKind::BadRequest},
    };
    for (const auto &entry : known) {
        if (code.compare(entry.code, Qt::CaseInsensitive) == 0) {
            return entry.kind;
        }
    }
    return fallback;
}

std::optional<QJsonArray> parseModelArray(const QByteArray &body, QLatin1String key, QString *error)
{
    QString what;
    const auto object = parseObject(body, &what);
    if (!object || !object->value(key).isArray()) {
        if (error) {
            *error = object
                ? QCoreApplication::translate("Confer::ProtocolAdapter", "the model list has no \"%1\" array").arg(key)
                : what;
        }
        return std::nullopt;
    }
    return object->value(key).toArray();
}

std::optional<QJsonObject> parseObject(QByteArrayView bytes, QString *what)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        // Event streams are decoded as UTF-8 with replacement (WHATWG), not rejected.
        document = QJsonDocument::fromJson(QString::fromUtf8(bytes).toUtf8(), &parseError);
    }
    if (parseError.error != QJsonParseError::NoError) {
        if (what) {
            *what = QCoreApplication::translate("Confer::ProtocolAdapter", "invalid JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset);
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (what) {
            *what = QCoreApplication::translate("Confer::ProtocolAdapter", "a JSON value that is not an object");
        }
        return std::nullopt;
    }
    return document.object();
}

QString bodySnippet(const QByteArray &body)
{
    constexpr qsizetype Limit = 300;
    QString text = QString::fromUtf8(body.left(Limit * 4)).simplified();
    if (text.size() > Limit) {
        text = text.left(Limit) + QChar(0x2026);
    }
    return text;
}

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        return std::nullopt;
    }
    return qint64(number);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return {};
}

ProviderError protocolError(const QString &message)
{
    ProviderError error;
    error.kind = ErrorKind::Protocol;
    error.providerMessage = message;
    return error;
}

ProviderError truncatedError()
{
    ProviderError error;
    error.kind = ErrorKind::Network;
    error.providerMessage = QCoreApplication::translate(
        "Confer::ProtocolAdapter", "The connection closed before the answer was complete.");
    return error;
}

StreamEvent errorEvent(ProviderError error)
{
    StreamEvent event;
    event.type = StreamEvent::Type::Error;
    event.error = std::move(error);
    return event;
}

StreamEvent textEvent(StreamEvent::Type type, QString text)
{
    StreamEvent event;
    event.type = type;
    event.text = std::move(text);
    return event;
}

StreamEvent finishEvent(FinishReason reason, const QString &raw)
{
    StreamEvent event;
    event.type = StreamEvent::Type::Finish;
    event.finishReason = reason;
    event.rawFinishReason = raw;
    return event;
}

StreamEvent usageEvent(const TokenUsage &usage)
{
    StreamEvent event;
    event.type = StreamEvent::Type::Usage;
    event.usage = usage;
    return event;
}

StreamEvent metadataEvent(const QString &model, const QString &requestId)
{
    StreamEvent event;
    event.type = StreamEvent::Type::Metadata;
    event.responseModel = model;
    event.requestId = requestId;
    return event;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<StreamEvent> SseStreamDecoder::feed(QByteArrayView bytes)
{
    QList<StreamEvent> out;
    if (ended()) {
        return out;
    }
    const QList<SseEvent> events = m_reader.feed(bytes);
    for (const SseEvent &event : events) {
        handleEvent(event, out);
        if (ended()) {
            return out;
        }
    }
    if (m_reader.hasError()) {
        fail(protocolError(m_reader.errorString()), out);
    }
    return out;
}

QList<StreamEvent> SseStreamDecoder::finish()
{
    QList<StreamEvent> out;
    if (ended()) {
        return out;
    }
    if (const auto incomplete = m_reader.finish()) {
        handleIncompleteEvent(*incomplete, out);
    }
    if (!ended()) {
        handleEnd(out);
    }
    if (!ended()) {
        fail(truncatedError(), out);
    }
    return out;
}

void SseStreamDecoder::fail(ProviderError error, QList<StreamEvent> &out)
{
    if (error.providerMessage.isEmpty()) {
        error.providerMessage = QCoreApplication::translate(
            "Confer::ProtocolAdapter", "The provider reported an error during the answer.");
    }
    qCDebug(lcProtocol) << "stream ended with an error:" << int(error.kind) << error.providerCode
                        << error.providerMessage;
    m_failed = true;
    out.append(errorEvent(std::move(error)));
}

void SseStreamDecoder::noteMetadata(const QString &model, const QString &requestId, QList<StreamEvent> &out)
{
    const bool newModel = !model.isEmpty() && model != m_model;
    const bool newId = !requestId.isEmpty() && requestId != m_requestId;
    if (!newModel && !newId) {
        return;
    }
    if (newModel) {
        m_model = model;
    }
    if (newId) {
        m_requestId = requestId;
    }
    out.append(metadataEvent(m_model, m_requestId));
}

std::optional<QJsonObject> SseStreamDecoder::parseData(const SseEvent &event, QList<StreamEvent> &out)
{
    QString what;
    auto object = parseObject(event.data, &what);
    if (!object) {
        fail(protocolError(QCoreApplication::translate(
                 "Confer::ProtocolAdapter", "The server sent an event that could not be read: %1.")
                     .arg(what)),
            out);
    }
    return object;
}

}
