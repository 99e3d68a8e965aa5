#include "providers/protocol/retryhint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Confer;

class TestRetryHint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void durations_data();
    void durations();
    void googleRetryInfo();
};

namespace
{
// Fri, 08 Aug 2025 15:40:30 GMT
const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1754667630000, QTimeZone::UTC);
}

void TestRetryHint::headers_data()
{
    QTest::addColumn<RawHeaders>("headers");
    QTest::addColumn<qint64>("expected"); // -1: no hint
    QTest::addColumn<bool>("rateLimited");

    QTest::newRow("Retry-After seconds") << RawHeaders {{"Retry-After", "46"}} << qint64(46000) << true;
    QTest::newRow("Retry-After fractional seconds") << RawHeaders {{"retry-after", "1.5"}} << qint64(1500) << true;
    QTest::newRow("Retry-After HTTP-date")
        << RawHeaders {{"Retry-After", "Fri, 08 Aug 2025 15:41:00 GMT"}} << qint64(30000) << true;
    QTest::newRow("Retry-After RFC 850 date")
        << RawHeaders {{"Retry-After", "Friday, 08-Aug-25 15:40:40 GMT"}} << qint64(10000) << true;
    QTest::newRow("Retry-After asctime date")
        << RawHeaders {{"Retry-After", "Fri Aug  8 15:40:35 2025"}} << qint64(5000) << true;
    QTest::newRow("Retry-After date in the past")
        << RawHeaders {{"Retry-After", "Fri, 08 Aug 2025 15:00:00 GMT"}} << qint64(0) << true;
    QTest::newRow("retry-after-ms wins") << RawHeaders {{"retry-after", "46"}, {"retry-after-ms", "45190"}}
                                         << qint64(45190) << true;
    QTest::newRow("x-ratelimit-reset Go duration")
        << RawHeaders {{"x-ratelimit-reset-requests", "6m0s"}} << qint64(360000) << true;
    QTest::newRow("later of the request and token resets")
        << RawHeaders {{"X-Ratelimit-Reset-Requests", "6ms"}, {"X-Ratelimit-Reset-Tokens", "51.189s"}} << qint64(51189)
        << true;
    QTest::newRow("OpenRouter epoch milliseconds")
        << RawHeaders {{"X-Ratelimit-Reset", "1754667660000"}} << qint64(30000) << true;
    QTest::newRow("epoch seconds") << RawHeaders {{"X-Ratelimit-Reset", "1754667640"}} << qint64(10000) << true;
    QTest::newRow("Retry-After beats reset headers")
        << RawHeaders {{"Retry-After", "3"}, {"X-Ratelimit-Reset", "1754667660000"}} << qint64(3000) << true;
    QTest::newRow("garbage Retry-After falls through")
        << RawHeaders {{"Retry-After", "soon"}, {"x-ratelimit-reset-tokens", "1s"}} << qint64(1000) << true;
    QTest::newRow("no hint") << RawHeaders {{"Content-Type", "application/json"}} << qint64(-1) << true;
    QTest::newRow("reset headers ignored when not rate limited") << RawHeaders {{"x-ratelimit-reset-requests", "6m0s"},
        {"x-ratelimit-reset-tokens", "1s"}} << qint64(-1) << false;
    QTest::newRow("Retry-After honoured when not rate limited")
        << RawHeaders {{"Retry-After", "5"}, {"x-ratelimit-reset-requests", "6m0s"}} << qint64(5000) << false;
}

void TestRetryHint::headers()
{
    QFETCH(RawHeaders, headers);
    QFETCH(qint64, expected);
    QFETCH(bool, rateLimited);
    QCOMPARE(RetryHint::fromHeaders(headers, Now, rateLimited).value_or(-1), expected);
}

void TestRetryHint::durations_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("minutes and seconds") << QByteArray("6m0s") << qint64(360000);
    QTest::newRow("fractional seconds") << QByteArray("1.5s") << qint64(1500);
    QTest::newRow("milliseconds") << QByteArray("20ms") << qint64(20);
    QTest::newRow("hours") << QByteArray("1h2m3s") << qint64(3723000);
    QTest::newRow("microseconds round up") << QByteArray("500us") << qint64(1);
    QTest::newRow("zero") << QByteArray("0s") << qint64(0);
    QTest::newRow("protobuf duration") << QByteArray("34.4s") << qint64(34400);
    QTest::newRow("no unit") << QByteArray("12") << qint64(-1);
    QTest::newRow("unknown unit") << QByteArray("3d") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestRetryHint::durations()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    QCOMPARE(RetryHint::parseDuration(value).value_or(-1), expected);
}

void TestRetryHint::googleRetryInfo()
{
    const QJsonDocument details = QJsonDocument::fromJson(R"([
        {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"quotaId": "x"}]},
        {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "30s"}])");
    QCOMPARE(RetryHint::fromGoogleErrorDetails(QJsonValue(details.array())).value_or(-1), 30000);
    QVERIFY(!RetryHint::fromGoogleErrorDetails(QJsonValue(QJsonArray())).has_value());
}

QTEST_GUILESS_MAIN(TestRetryHint)
#include "tst_retryhint.moc"
