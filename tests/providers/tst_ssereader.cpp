#include "providers/protocol/ssereader.h"

#include <QTest>

using namespace Confer;

class TestSseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void events_data();
    void events();
    void crlfSplitAcrossReads();
    void incompleteEventAtEnd();
    void retryField_data();
    void retryField();
    void lineLengthCap();
    void eventLengthCap();
    void capAcrossReads();
};

namespace
{
QByteArrayList describe(const QList<SseEvent> &events)
{
    QByteArrayList lines;
    for (const SseEvent &event : events) {
        lines << event.type + '|' + event.data + '|' + event.lastEventId;
    }
    return lines;
}

QList<SseEvent> feedInPieces(SseReader &reader, const QByteArray &bytes, qsizetype splitAt, qsizetype readSize)
{
    QList<SseEvent> events;
    if (readSize > 0) {
        for (qsizetype at = 0; at < bytes.size(); at += readSize) {
            events += reader.feed(QByteArrayView(bytes).sliced(at, std::min(readSize, bytes.size() - at)));
        }
    } else {
        events += reader.feed(QByteArrayView(bytes).first(splitAt));
        events += reader.feed(QByteArrayView(bytes).sliced(splitAt));
    }
    return events;
}
}

void TestSseReader::events_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("expected"); // type|data|last event id

    QTest::newRow("LF line endings") << QByteArray("data: a\n\ndata: b\n\n")
                                     << QByteArrayList {"message|a|", "message|b|"};
    QTest::newRow("CRLF line endings") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                                       << QByteArrayList {"message|a|", "message|b|"};
    QTest::newRow("CR line endings") << QByteArray("data: a\r\rdata: b\r\r")
                                     << QByteArrayList {"message|a|", "message|b|"};
    QTest::newRow("mixed line endings") << QByteArray("data: a\r\ndata: b\r\n\rdata: c\n\r\n")
                                        << QByteArrayList {"message|a\nb|", "message|c|"};
    QTest::newRow("comment lines ignored")
        << QByteArray(": OPENROUTER PROCESSING\n\n: keep-alive\ndata: a\n: between\ndata: b\n\n")
        << QByteArrayList {"message|a\nb|"};
    QTest::newRow("event field names the event")
        << QByteArray("event: message_start\ndata: {}\n\n") << QByteArrayList {"message_start|{}|"};
    QTest::newRow("event type resets after dispatch")
        << QByteArray("event: ping\ndata: 1\n\ndata: 2\n\n") << QByteArrayList {"ping|1|", "message|2|"};
    QTest::newRow("event with empty data not dispatched")
        << QByteArray("event: ping\n\ndata: x\n\n") << QByteArrayList {"message|x|"};
    QTest::newRow("blank lines alone dispatch nothing") << QByteArray("\n\n\r\n\r\r") << QByteArrayList {};
    QTest::newRow("one leading space removed")
        << QByteArray("data:  two spaces\n\n") << QByteArrayList {"message| two spaces|"};
    QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << QByteArrayList {"message|x|"};
    QTest::newRow("value may contain colons")
        << QByteArray("data: {\"a\":\"b:c\"}\n\n") << QByteArrayList {"message|{\"a\":\"b:c\"}|"};
    QTest::newRow("field without colon has empty value")
        << QByteArray("data\ndata\n\n") << QByteArrayList {"message|\n|"};
    QTest::newRow("bare data dispatches empty data") << QByteArray("data\n\n") << QByteArrayList {"message||"};
    QTest::newRow("multi-line data joined with LF")
        << QByteArray("data: {\ndata: \"foo\":\ndata: \ndata:\ndata: true}\n\n")
        << QByteArrayList {"message|{\n\"foo\":\n\n\ntrue}|"};
    QTest::newRow("unknown field ignored") << QByteArray("foo: bar\ndata: a\n\n") << QByteArrayList {"message|a|"};
    QTest::newRow("space before colon makes another field")
        << QByteArray("data : x\ndata: y\n\n") << QByteArrayList {"message|y|"};
    QTest::newRow("id persists across events")
        << QByteArray("id: 7\ndata: a\n\ndata: b\n\n") << QByteArrayList {"message|a|7", "message|b|7"};
    QTest::newRow("bare id resets last event id")
        << QByteArray("id: 7\ndata: a\n\nid\ndata: b\n\n") << QByteArrayList {"message|a|7", "message|b|"};
    QTest::newRow("id containing NUL ignored")
        << (QByteArray("id: 1\ndata: a\n\nid: 2") + '\0' + QByteArray("x\ndata: b\n\n"))
        << QByteArrayList {"message|a|1", "message|b|1"};
    QTest::newRow("leading BOM stripped") << QByteArray("\xEF\xBB\xBF"
                                                        "data: a\n\n")
                                          << QByteArrayList {"message|a|"};
    QTest::newRow("BOM only stripped at the start") << QByteArray("data: a\n\n\xEF\xBB\xBF"
                                                                  "data: b\n\n")
                                                    << QByteArrayList {"message|a|"};
    QTest::newRow("UTF-8 text kept whole") << QByteArray("data: {\"content\":\"известни…日本\"}\n\n")
                                           << QByteArrayList {"message|{\"content\":\"известни…日本\"}|"};
    QTest::newRow("U+2028 is not a line break") << QByteArray("data: {\"content\":\" \xE2\x80\xA8\"}\n\n")
                                                << QByteArrayList {"message|{\"content\":\" \xE2\x80\xA8\"}|"};
    QTest::newRow("escaped newlines stay in data")
        << QByteArray("data: {\"t\":\"a\\n\\nb\"}\n\n") << QByteArrayList {"message|{\"t\":\"a\\n\\nb\"}|"};
    QTest::newRow("many events in one read")
        << QByteArray("data: 1\n\ndata: 2\n\ndata: 3\n\ndata: [DONE]\n\n")
        << QByteArrayList {"message|1|", "message|2|", "message|3|", "message|[DONE]|"};
    QTest::newRow("incomplete event at the end not dispatched")
        << QByteArray("data: a\n\nid: 123\ndata: data0") << QByteArrayList {"message|a|"};
    QTest::newRow("retry line does not dispatch")
        << QByteArray("retry: 10000\n\ndata: a\n\n") << QByteArrayList {"message|a|"};
}

void TestSseReader::events()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, expected);

    SseReader whole;
    QCOMPARE(describe(whole.feed(stream)), expected);
    QVERIFY(!whole.hasError());

    // Split once at every byte (mid-line, mid-CRLF, mid-BOM, mid-UTF-8 character)…
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        SseReader reader;
        const QByteArrayList actual = describe(feedInPieces(reader, stream, split, 0));
        if (actual != expected) {
            QFAIL(qPrintable(QStringLiteral("split at byte %1 gives a different result").arg(split)));
        }
    }
    // …and in 1-, 2- and 3-byte reads.
    for (qsizetype readSize : {1, 2, 3}) {
        SseReader reader;
        QCOMPARE(describe(feedInPieces(reader, stream, 0, readSize)), expected);
    }
}

void TestSseReader::crlfSplitAcrossReads()
{
    // eventsource-parser #17: the LF of a CRLF arriving in the next read is not a second line end.
    SseReader reader;
    QCOMPARE(describe(reader.feed("data: A\r")), QByteArrayList {});
    QCOMPARE(describe(reader.feed("\ndata: B\r")), QByteArrayList {});
    QCOMPARE(describe(reader.feed("\n\r")), QByteArrayList {"message|A\nB|"});
    QCOMPARE(describe(reader.feed("\n")), QByteArrayList {});
    QCOMPARE(describe(reader.feed("data: C\n\n")), QByteArrayList {"message|C|"});
}

void TestSseReader::incompleteEventAtEnd()
{
    SseReader reader;
    QCOMPARE(describe(reader.feed("data: a\n\ndata: [DONE]")), QByteArrayList {"message|a|"});
    const auto leftover = reader.finish();
    QVERIFY(leftover.has_value());
    QCOMPARE(leftover->data, QByteArray("[DONE]"));

    SseReader complete;
    QCOMPARE(describe(complete.feed("data: a\n\n")), QByteArrayList {"message|a|"});
    QVERIFY(!complete.finish().has_value());

    SseReader onlyBomPrefix;
    QVERIFY(onlyBomPrefix.feed("\xEF\xBB").isEmpty());
    QVERIFY(!onlyBomPrefix.finish().has_value());
}

void TestSseReader::retryField_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qint64>("expected"); // -1: none

    QTest::newRow("digits set the reconnection time") << QByteArray("retry: 10000\n\n") << qint64(10000);
    QTest::newRow("non-digits ignored") << QByteArray("retry: one thousand\n\n") << qint64(-1);
    QTest::newRow("bare retry ignored") << QByteArray("retry\n\n") << qint64(-1);
    QTest::newRow("later invalid value keeps earlier") << QByteArray("retry: 5\nretry: 5s\n\n") << qint64(5);
}

void TestSseReader::retryField()
{
    QFETCH(QByteArray, stream);
    QFETCH(qint64, expected);
    SseReader reader;
    QVERIFY(reader.feed(stream).isEmpty());
    QCOMPARE(reader.retryMs().value_or(-1), expected);
}

void TestSseReader::lineLengthCap()
{
    SseReader reader(64);
    const QList<SseEvent> before
        = reader.feed(QByteArray("data: fine\n\ndata: " + QByteArray(100, 'x') + "\n\ndata: after\n\n"));
    QCOMPARE(describe(before), QByteArrayList {"message|fine|"});
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().contains(QLatin1String("64")));
    QVERIFY(reader.feed("data: more\n\n").isEmpty());
    QVERIFY(!reader.finish().has_value());
}

void TestSseReader::eventLengthCap()
{
    SseReader reader(64);
    QByteArray stream;
    for (int i = 0; i < 10; ++i) {
        stream += "data: 0123456789\n";
    }
    QVERIFY(reader.feed(stream).isEmpty());
    QVERIFY(reader.hasError());
}

void TestSseReader::capAcrossReads()
{
    // A line that never ends must not grow the buffer past the cap, however it arrives.
    SseReader reader(1024);
    reader.feed("data: ");
    for (int i = 0; i < 100 && !reader.hasError(); ++i) {
        reader.feed(QByteArray(100, 'x'));
    }
    QVERIFY(reader.hasError());

    SseReader justUnder(1024);
    const QByteArray line = "data: " + QByteArray(1024 - 6, 'y');
    QCOMPARE(justUnder.feed(QByteArray(line + "\n\n")).size(), 1);
    QVERIFY(!justUnder.hasError());
}

QTEST_GUILESS_MAIN(TestSseReader)
#include "tst_ssereader.moc"
