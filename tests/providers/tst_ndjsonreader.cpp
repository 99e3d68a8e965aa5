#include "providers/protocol/ndjsonreader.h"

#include <QTest>

using namespace Confer;

class TestNdjsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void lineLengthCap();
};

void TestNdjsonReader::lines_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("LF line endings") << QByteArray("{\"a\":1}\n{\"b\":2}\n")
                                     << QByteArrayList {"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("CRLF line endings") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n")
                                       << QByteArrayList {"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("blank lines ignored") << QByteArray("\n{\"a\":1}\n\n\r\n{\"b\":2}\n\n")
                                         << QByteArrayList {"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("whitespace-only lines ignored")
        << QByteArray("  \t\n{\"a\":1}\n   \r\n") << QByteArrayList {"{\"a\":1}"};
    QTest::newRow("last line without LF")
        << QByteArray("{\"a\":1}\n{\"done\":true}") << QByteArrayList {"{\"a\":1}", "{\"done\":true}"};
    QTest::newRow("UTF-8 split anywhere")
        << QByteArray("{\"content\":\"известни…日本\"}\n") << QByteArrayList {"{\"content\":\"известни…日本\"}"};
    QTest::newRow("escaped newline is not a line end")
        << QByteArray("{\"content\":\"a\\nb\"}\n") << QByteArrayList {"{\"content\":\"a\\nb\"}"};
    QTest::newRow("empty stream") << QByteArray() << QByteArrayList {};
}

void TestNdjsonReader::lines()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, expected);

    NdjsonReader whole;
    QByteArrayList all = whole.feed(stream);
    all += whole.finish();
    QCOMPARE(all, expected);

    for (qsizetype split = 0; split <= stream.size(); ++split) {
        NdjsonReader reader;
        QByteArrayList actual = reader.feed(QByteArrayView(stream).first(split));
        actual += reader.feed(QByteArrayView(stream).sliced(split));
        actual += reader.finish();
        if (actual != expected) {
            QFAIL(qPrintable(QStringLiteral("split at byte %1 gives a different result").arg(split)));
        }
    }
    NdjsonReader bytewise;
    QByteArrayList actual;
    for (qsizetype at = 0; at < stream.size(); ++at) {
        actual += bytewise.feed(QByteArrayView(stream).sliced(at, 1));
    }
    actual += bytewise.finish();
    QCOMPARE(actual, expected);
}

void TestNdjsonReader::lineLengthCap()
{
    NdjsonReader reader(32);
    const QByteArrayList first
        = reader.feed(QByteArray("{\"ok\":1}\n{\"long\":\"" + QByteArray(100, 'x') + "\"}\n{\"after\":1}\n"));
    QCOMPARE(first, QByteArrayList {"{\"ok\":1}"});
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().contains(QLatin1String("32")));
    QVERIFY(reader.feed("{}\n").isEmpty());
    QVERIFY(reader.finish().isEmpty());

    NdjsonReader endless(1024);
    for (int i = 0; i < 100 && !endless.hasError(); ++i) {
        endless.feed(QByteArray(100, 'x'));
    }
    QVERIFY(endless.hasError());
}

QTEST_GUILESS_MAIN(TestNdjsonReader)
#include "tst_ndjsonreader.moc"
