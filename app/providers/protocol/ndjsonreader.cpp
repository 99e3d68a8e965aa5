#include "providers/protocol/ndjsonreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <utility>

namespace Confer
{

namespace
{
bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// %n takes an int. Kept out of the translate() call: lupdate's parser loops on
// a template argument list there.
int capForMessage(qsizetype cap)
{
    return int(std::min<qsizetype>(cap, std::numeric_limits<int>::max()));
}
}

NdjsonReader::NdjsonReader(qsizetype maxLineLength)
    : m_maxLineLength(maxLineLength)
{
}

void NdjsonReader::takeLine(QByteArray line, QList<QByteArray> &lines)
{
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (!isBlank(line)) {
        lines.append(std::move(line));
    }
}

QList<QByteArray> NdjsonReader::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    if (hasError()) {
        return lines;
    }
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', from);
        const qsizetype segmentEnd = lf < 0 ? bytes.size() : lf;
        if (m_buffer.size() + (segmentEnd - from) > m_maxLineLength + 1) { // + 1: a CR before the LF
            m_buffer.clear();
            m_error = QCoreApplication::translate("Confer::NdjsonReader",
                "The server sent a line longer than %n bytes in its stream.", nullptr, capForMessage(m_maxLineLength));
            return lines;
        }
        if (lf < 0) {
            m_buffer.append(bytes.sliced(from));
            break;
        }
        if (m_buffer.isEmpty()) {
            takeLine(bytes.sliced(from, lf - from).toByteArray(), lines);
        } else {
            m_buffer.append(bytes.sliced(from, lf - from));
            takeLine(std::exchange(m_buffer, {}), lines);
        }
        from = lf + 1;
    }
    return lines;
}

QList<QByteArray> NdjsonReader::finish()
{
    QList<QByteArray> lines;
    if (!hasError() && !m_buffer.isEmpty()) {
        takeLine(std::exchange(m_buffer, {}), lines);
    }
    return lines;
}

}
