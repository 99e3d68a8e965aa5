#pragma once

// Helpers shared by the protocol adapters; not part of their public interface.

#include "providers/chattypes.h"
#include "providers/protocol/protocoladapter.h"
#include "providers/protocol/ssereader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>

#include <optional>

namespace Confer::AdapterUtil
{

Q_DECLARE_LOGGING_CATEGORY(lcProtocol)

// Appends a path to the base URL's path, keeping exactly one slash between them.
QUrl appendPath(const QUrl &base, const QString &path);
// Whether the base URL's path already ends in this segment (e.g. "/v1"), ignoring a trailing slash.
bool basePathEndsWith(const QUrl &base, QLatin1String segment);

// Sets a header, replacing one of the same name (case-insensitive).
void setHeader(RawHeaders &headers, const QByteArray &name, const QByteArray &value);
// The endpoint's extra headers win over the adapter's own.
void applyExtraHeaders(RawHeaders &headers, const RawHeaders &extra);
QByteArray headerValue(const RawHeaders &headers, QByteArrayView name);

ErrorKind kindForStatus(int httpStatus);
// The HTTP status a provider put in an error body, e.g. OpenRouter's integer `code`.
ErrorKind kindForCode(const QString &code, ErrorKind fallback);

// A JSON object from bytes; on failure, *what says what was wrong.
std::optional<QJsonObject> parseObject(QByteArrayView bytes, QString *what);
// The array under `key` in a model-list body; on failure, *error (if given) says what was wrong.
std::optional<QJsonArray> parseModelArray(const QByteArray &body, QLatin1String key, QString *error);
// A short readable piece of a body that is not JSON (an HTML page from a proxy…).
QString bodySnippet(const QByteArray &body);
std::optional<qint64> optionalInteger(const QJsonValue &value);
// A JSON string or number as text (error codes come as both).
QString scalarText(const QJsonValue &value);

ProviderError protocolError(const QString &message);
ProviderError truncatedError();
StreamEvent errorEvent(ProviderError error);
StreamEvent textEvent(StreamEvent::Type type, QString text);
StreamEvent finishEvent(FinishReason reason, const QString &raw);
StreamEvent usageEvent(const TokenUsage &usage);
StreamEvent metadataEvent(const QString &model, const QString &requestId);

QByteArray toJson(const QJsonObject &object);

// The part every SSE-based decoder shares: the reader, the end marker, and
// stopping after an error.
class SseStreamDecoder : public StreamDecoder
{
public:
    QList<StreamEvent> feed(QByteArrayView bytes) override;
    QList<StreamEvent> finish() override;

protected:
    virtual void handleEvent(const SseEvent &event, QList<StreamEvent> &out) = 0;
    // An event left without its blank line at the end of the stream (discarded by WHATWG).
    virtual void handleIncompleteEvent(const SseEvent &, QList<StreamEvent> &) { }
    // The body ended cleanly (after any incomplete event): a decoder whose protocol has no
    // end marker emits what it held back and calls markComplete() when the answer was whole.
    virtual void handleEnd(QList<StreamEvent> &) { }

    // The protocol's end marker was seen: what follows is ignored.
    void markComplete() { m_complete = true; }
    // Ends the stream with this error.
    void fail(ProviderError error, QList<StreamEvent> &out);
    bool ended() const { return m_complete || m_failed; }

    // Emits a Metadata event when the model or request id is new.
    void noteMetadata(const QString &model, const QString &requestId, QList<StreamEvent> &out);

    // Parses an event's data as a JSON object, failing the stream when it is not one.
    std::optional<QJsonObject> parseData(const SseEvent &event, QList<StreamEvent> &out);

private:
    SseReader m_reader;
    QString m_model;
    QString m_requestId;
    bool m_complete = false;
    bool m_failed = false;
};

}
