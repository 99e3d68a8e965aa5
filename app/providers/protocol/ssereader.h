#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Confer
{

// One dispatched Server-Sent Event. Fields stay UTF-8 bytes: every consumer
// hands `data` straight to a JSON parser, and bytes are only complete lines.
struct SseEvent {
    QByteArray type = "message"; // the `event:` field, "message" when absent
    QByteArray data; // `data:` lines joined with LF
    QByteArray lastEventId; // the last-event-id buffer at dispatch time

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// An incremental Server-Sent Events parser following WHATWG HTML §9.2
// ("Server-sent events", event stream interpretation), fed however the
// bytes arrive: lines end in CRLF, LF or CR (a CRLF split across reads is one
// line end), a leading BOM is dropped, and a line or event longer than the
// cap stops the stream with an error instead of growing without bound.
class SseReader
{
public:
    static constexpr qsizetype DefaultMaxLineLength = 16 * 1024 * 1024;

    explicit SseReader(qsizetype maxLineLength = DefaultMaxLineLength);

    // Returns the events these bytes complete. After an error, returns nothing.
    QList<SseEvent> feed(QByteArrayView bytes);

    // The end of the stream. WHATWG discards an event that was not ended by a
    // blank line; it is returned here (already discarded from the reader) so a
    // caller can decide, e.g. to accept a final `data: [DONE]` without a blank line.
    std::optional<SseEvent> finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // The reconnection time from the last valid `retry:` field.
    std::optional<qint64> retryMs() const { return m_retryMs; }
    QByteArray lastEventId() const { return m_lastEventId; }

private:
    void processLine(const char *line, qsizetype length, QList<SseEvent> &events);
    void fail(const QString &message);
    void failLineTooLong();

    QByteArray m_buffer; // bytes of the current, incomplete line
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_lastEventId;
    std::optional<qint64> m_retryMs;
    QString m_error;
    qsizetype m_maxLineLength;
    bool m_bomChecked = false;
    bool m_skipLf = false; // the previous read ended in CR: a leading LF belongs to it
};

}
