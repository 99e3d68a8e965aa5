#pragma once

// Shared by the provider-layer tests: reading recorded exchanges and decoding
// a body whole, split at one byte, or in reads of a fixed size.

#include "providers/protocol/protocoladapter.h"

#include <QFile>
#include <QStringList>
#include <QTest>

namespace StreamTesting
{

inline QString dataPath(const QString &name)
{
    return QStringLiteral(CONFER_SOURCE_DIR "/tests/data/provider-streams/") + name;
}

inline QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(name));
    }
    return file.readAll();
}

struct RecordedResponse {
    int status = 0;
    Confer::RawHeaders headers;
    QByteArray body; // de-chunked when the recording was chunk-encoded
};

inline QByteArray dechunk(const QByteArray &raw)
{
    QByteArray body;
    qsizetype at = 0;
    while (at < raw.size()) {
        const qsizetype lineEnd = raw.indexOf("\r\n", at);
        if (lineEnd < 0) {
            break;
        }
        bool ok = false;
        const qsizetype size = raw.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0) {
            break;
        }
        body += raw.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    return body;
}

// The responses of an `httprr trace v1` file: after the header line, each
// exchange is "<request length> <response length>\n", the request, the response.
inline QList<RecordedResponse> httprrResponses(const QByteArray &file)
{
    QList<RecordedResponse> responses;
    qsizetype at = file.indexOf('\n') + 1;
    while (at > 0 && at < file.size()) {
        const qsizetype lineEnd = file.indexOf('\n', at);
        const QList<QByteArray> lengths = file.mid(at, lineEnd - at).split(' ');
        if (lengths.size() != 2) {
            break;
        }
        const qsizetype requestLength = lengths[0].toLongLong();
        const qsizetype responseLength = lengths[1].toLongLong();
        const QByteArray response = file.mid(lineEnd + 1 + requestLength, responseLength);
        at = lineEnd + 1 + requestLength + responseLength;

        RecordedResponse recorded;
        const qsizetype headEnd = response.indexOf("\r\n\r\n");
        const QList<QByteArray> headLines = response.left(headEnd).split('\n');
        recorded.status = headLines.first().split(' ').value(1).toInt();
        bool chunked = false;
        for (qsizetype i = 1; i < headLines.size(); ++i) {
            const QByteArray line = headLines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 && value == "chunked") {
                chunked = true;
            }
            recorded.headers.append({name, value});
        }
        const QByteArray body = response.mid(headEnd + 4);
        recorded.body = chunked ? dechunk(body) : body;
        responses.append(recorded);
    }
    return responses;
}

// Feeds the body in pieces: split once at `splitAt`, or in reads of `readSize` bytes.
inline QList<Confer::StreamEvent> decode(
    const Confer::ProtocolAdapter &adapter, const QByteArray &body, qsizetype splitAt = -1, qsizetype readSize = 0)
{
    auto decoder = adapter.newStreamDecoder();
    QList<Confer::StreamEvent> events;
    if (readSize > 0) {
        for (qsizetype at = 0; at < body.size(); at += readSize) {
            events += decoder->feed(QByteArrayView(body).sliced(at, std::min(readSize, body.size() - at)));
        }
    } else if (splitAt >= 0) {
        events += decoder->feed(QByteArrayView(body).first(splitAt));
        events += decoder->feed(QByteArrayView(body).sliced(splitAt));
    } else {
        events += decoder->feed(body);
    }
    events += decoder->finish();
    return events;
}

inline QString optionalText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// One line per event, so whole and split decodings compare as text with a readable diff.
inline QStringList describe(const QList<Confer::StreamEvent> &events)
{
    using Type = Confer::StreamEvent::Type;
    QStringList lines;
    for (const Confer::StreamEvent &event : events) {
        switch (event.type) {
        case Type::TextDelta:
            lines << QStringLiteral("text:") + event.text;
            break;
        case Type::ReasoningDelta:
            lines << QStringLiteral("reasoning:") + event.text;
            break;
        case Type::Usage:
            lines << QStringLiteral("usage:in=%1 out=%2 reasoning=%3 cost=%4")
                         .arg(optionalText(event.usage.inputTokens), optionalText(event.usage.outputTokens),
                             optionalText(event.usage.reasoningTokens),
                             event.usage.costUsd ? QString::number(*event.usage.costUsd) : QStringLiteral("-"));
            break;
        case Type::Finish:
            lines << QStringLiteral("finish:%1 %2").arg(int(event.finishReason)).arg(event.rawFinishReason);
            break;
        case Type::Error:
            lines << QStringLiteral("error:%1 %2 %3 %4")
                         .arg(int(event.error.kind))
                         .arg(event.error.httpStatus)
                         .arg(event.error.providerCode, event.error.providerMessage);
            break;
        case Type::Metadata:
            lines << QStringLiteral("metadata:%1 %2").arg(event.responseModel, event.requestId);
            break;
        }
    }
    return lines;
}

// What a whole answer amounts to.
struct Summary {
    QString text;
    QString reasoning;
    Confer::TokenUsage usage; // the last usage event's fields, each refined by later ones
    Confer::FinishReason finish = Confer::FinishReason::Unknown;
    QString rawFinish;
    QString model;
    QString requestId;
    std::optional<Confer::ProviderError> error;
    int finishEvents = 0;
};

inline Summary summarize(const QList<Confer::StreamEvent> &events)
{
    using Type = Confer::StreamEvent::Type;
    Summary summary;
    for (const Confer::StreamEvent &event : events) {
        switch (event.type) {
        case Type::TextDelta:
            summary.text += event.text;
            break;
        case Type::ReasoningDelta:
            summary.reasoning += event.text;
            break;
        case Type::Usage:
            if (event.usage.inputTokens) {
                summary.usage.inputTokens = event.usage.inputTokens;
            }
            if (event.usage.outputTokens) {
                summary.usage.outputTokens = event.usage.outputTokens;
            }
            if (event.usage.reasoningTokens) {
                summary.usage.reasoningTokens = event.usage.reasoningTokens;
            }
            if (event.usage.costUsd) {
                summary.usage.costUsd = event.usage.costUsd;
            }
            break;
        case Type::Finish:
            summary.finish = event.finishReason;
            summary.rawFinish = event.rawFinishReason;
            ++summary.finishEvents;
            break;
        case Type::Error:
            summary.error = event.error;
            break;
        case Type::Metadata:
            summary.model = event.responseModel;
            summary.requestId = event.requestId;
            break;
        }
    }
    return summary;
}

// Decodes whole, then at every split point and in 1-byte reads; all must agree.
inline QList<Confer::StreamEvent> decodeEverySplit(const Confer::ProtocolAdapter &adapter, const QByteArray &body)
{
    const QList<Confer::StreamEvent> whole = decode(adapter, body);
    const QStringList expected = describe(whole);
    for (qsizetype split = 0; split <= body.size(); ++split) {
        const QStringList actual = describe(decode(adapter, body, split));
        if (actual != expected) {
            QTest::qFail(
                qPrintable(QStringLiteral("split at byte %1 decodes differently").arg(split)), __FILE__, __LINE__);
            return whole;
        }
    }
    if (describe(decode(adapter, body, -1, 1)) != expected) {
        QTest::qFail("1-byte reads decode differently", __FILE__, __LINE__);
    }
    return whole;
}

}
