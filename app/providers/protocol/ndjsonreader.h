#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Confer
{

// An incremental reader of newline-delimited JSON (Ollama's /api/chat): one
// value per LF- or CRLF-terminated line, blank lines skipped, bytes split
// anywhere, and a cap on line length that stops with an error.
class NdjsonReader
{
public:
    static constexpr qsizetype DefaultMaxLineLength = 16 * 1024 * 1024;

    explicit NdjsonReader(qsizetype maxLineLength = DefaultMaxLineLength);

    // Returns the complete, non-blank lines these bytes finish, without their line end.
    QList<QByteArray> feed(QByteArrayView bytes);

    // The end of the stream: a last line without its LF is still a line.
    QList<QByteArray> finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    void takeLine(QByteArray line, QList<QByteArray> &lines);

    QByteArray m_buffer;
    QString m_error;
    qsizetype m_maxLineLength;
};

}
