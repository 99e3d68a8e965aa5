#include "providers/protocol/ssereader.h"

#include <QCoreApplication>

#include <cstring>
#include <limits>
#include <utility>

namespace Confer
{

namespace
{
constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype BomLength = 3;

int capForMessage(qsizetype cap)
{
    return int(std::min<qsizetype>(cap, std::numeric_limits<int>::max()));
}

bool isAsciiDigits(QByteArrayView value)
{
    if (value.isEmpty()) {
        return false;
    }
    for (char c : value) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}
}

SseReader::SseReader(qsizetype maxLineLength)
    : m_maxLineLength(maxLineLength)
{
}

void SseReader::failLineTooLong()
{
    fail(QCoreApplication::translate("Confer::SseReader",
        "The server sent a line longer than %n bytes in its event stream.", nullptr, capForMessage(m_maxLineLength)));
}

void SseReader::fail(const QString &message)
{
    m_error = message;
    m_buffer.clear();
    m_data.clear();
}

QList<SseEvent> SseReader::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    if (hasError() || bytes.isEmpty()) {
        return events;
    }

    if (!m_bomChecked) {
        // The BOM itself may be split across reads: hold back a prefix of it.
        m_buffer.append(bytes);
        if (m_buffer.size() < BomLength && QByteArrayView(Bom, m_buffer.size()) == m_buffer) {
            return events;
        }
        m_bomChecked = true;
        if (m_buffer.startsWith(Bom)) {
            m_buffer.remove(0, BomLength);
        }
        const QByteArray pending = std::exchange(m_buffer, {});
        return feed(pending);
    }

    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    const char *p = begin;

    if (m_skipLf) {
        m_skipLf = false;
        if (*p == '\n') {
            ++p;
        }
    }

    while (p < end) {
        // Find the next CR or LF.
        const char *lineEnd = p;
        while (lineEnd < end && *lineEnd != '\n' && *lineEnd != '\r') {
            ++lineEnd;
        }
        if (lineEnd == end) {
            if (m_buffer.size() + (end - p) > m_maxLineLength) {
                failLineTooLong();
                return events;
            }
            m_buffer.append(p, end - p);
            break;
        }

        if (m_buffer.isEmpty()) {
            if (lineEnd - p > m_maxLineLength) {
                failLineTooLong();
                return events;
            }
            processLine(p, lineEnd - p, events);
        } else {
            m_buffer.append(p, lineEnd - p);
            if (m_buffer.size() > m_maxLineLength) {
                failLineTooLong();
                return events;
            }
            const QByteArray line = std::exchange(m_buffer, {});
            processLine(line.constData(), line.size(), events);
        }
        if (hasError()) {
            return events;
        }

        if (*lineEnd == '\r') {
            if (lineEnd + 1 == end) {
                m_skipLf = true;
                p = end;
            } else {
                p = lineEnd + (lineEnd[1] == '\n' ? 2 : 1);
            }
        } else {
            p = lineEnd + 1;
        }
    }
    return events;
}

void SseReader::processLine(const char *line, qsizetype length, QList<SseEvent> &events)
{
    if (length == 0) {
        if (m_data.isEmpty()) {
            m_eventType.clear();
            return;
        }
        m_data.chop(1); // the LF after the last data line
        SseEvent event;
        if (!m_eventType.isEmpty()) {
            event.type = std::exchange(m_eventType, {});
        }
        event.data = std::exchange(m_data, {});
        event.lastEventId = m_lastEventId;
        events.append(std::move(event));
        return;
    }
    if (line[0] == ':') {
        return; // a comment, e.g. ": OPENROUTER PROCESSING" or ": keep-alive"
    }

    QByteArrayView field(line, length);
    QByteArrayView value;
    if (const void *colon = std::memchr(line, ':', size_t(length))) {
        const qsizetype colonAt = static_cast<const char *>(colon) - line;
        field = QByteArrayView(line, colonAt);
        value = QByteArrayView(line + colonAt + 1, length - colonAt - 1);
        if (value.startsWith(' ')) {
            value = value.sliced(1);
        }
    }

    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxLineLength) {
            fail(QCoreApplication::translate("Confer::SseReader",
                "The server sent an event longer than %n bytes in its event stream.", nullptr,
                capForMessage(m_maxLineLength)));
            return;
        }
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastEventId = value.toByteArray();
        }
    } else if (field == "retry") {
        if (isAsciiDigits(value)) {
            bool ok = false;
            const qint64 ms = value.toLongLong(&ok);
            if (ok) {
                m_retryMs = ms;
            }
        }
    }
    // Any other field is ignored.
}

std::optional<SseEvent> SseReader::finish()
{
    if (hasError()) {
        return std::nullopt;
    }
    m_skipLf = false;
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (m_buffer.startsWith(QByteArrayView(Bom, std::min(m_buffer.size(), BomLength)))) {
            m_buffer.clear();
        }
    }
    // Interpret the unterminated last line, then a virtual blank line.
    QList<SseEvent> events;
    if (!m_buffer.isEmpty()) {
        const QByteArray line = std::exchange(m_buffer, {});
        processLine(line.constData(), line.size(), events);
    }
    processLine("", 0, events);
    m_eventType.clear();
    m_data.clear();
    if (events.isEmpty()) {
        return std::nullopt;
    }
    return events.constFirst();
}

}
