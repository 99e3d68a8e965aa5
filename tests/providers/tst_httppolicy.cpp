#include "providers/network/httppolicy.h"

#include <QHttp1Configuration>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Confer;

class TestHttpPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("key query") << QStringLiteral("https://g.example/v1beta/models?key=AIzaSECRET&pageSize=50")
                                   << QStringLiteral("https://g.example/v1beta/models?key=[redacted]&pageSize=50");
        QTest::newRow("password") << QStringLiteral("https://user:hunter2@proxy.example/v1")
                                  << QStringLiteral("https://user:[redacted]@proxy.example/v1");
        QTest::newRow("nothing secret") << QStringLiteral("http://127.0.0.1:11434/api/chat")
                                        << QStringLiteral("http://127.0.0.1:11434/api/chat");
    }

    void redactsUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QString redacted = Http::redactedUrl(QUrl(url));
        QCOMPARE(QUrl::fromPercentEncoding(redacted.toUtf8()), expected);
    }

    void redactsHeaders_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("sensitive");
        QTest::newRow("Authorization") << QByteArray("Authorization") << true;
        QTest::newRow("x-api-key") << QByteArray("x-api-key") << true;
        QTest::newRow("X-Goog-Api-Key") << QByteArray("X-Goog-Api-Key") << true;
        QTest::newRow("api-key") << QByteArray("api-key") << true;
        QTest::newRow("anthropic-version") << QByteArray("anthropic-version") << false;
        QTest::newRow("Content-Type") << QByteArray("Content-Type") << false;
    }

    void redactsHeaders()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, sensitive);
        const QString text = Http::redactedHeaders({{name, "s3cr3t-value"}});
        QCOMPARE(Http::isSensitiveHeader(name), sensitive);
        QCOMPARE(text.contains(QLatin1String("s3cr3t-value")), !sensitive);
        QVERIFY(text.startsWith(QString::fromLatin1(name)));
    }

    void stripsCredentialsForAnotherHost()
    {
        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("https://a.example/v1beta/models/x:streamGenerateContent?alt=sse&key=SECRET"));
        spec.headers = {{"Authorization", "Bearer SECRET"}, {"x-goog-api-key", "SECRET"},
            {"Content-Type", "application/json"}, {"anthropic-version", "2023-06-01"}};
        const HttpRequestSpec stripped = Http::withoutCredentials(spec);
        QCOMPARE(
            stripped.headers, (RawHeaders {{"Content-Type", "application/json"}, {"anthropic-version", "2023-06-01"}}));
        QVERIFY(!stripped.url.toString().contains(QLatin1String("SECRET")));
        QVERIFY(stripped.url.toString().contains(QLatin1String("alt=sse")));
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("path only") << QStringLiteral("https://a.example/v1") << QStringLiteral("https://a.example/v2/x")
                                   << true;
        QTest::newRow("default port") << QStringLiteral("https://a.example/")
                                      << QStringLiteral("https://a.example:443/") << true;
        QTest::newRow("host case") << QStringLiteral("https://A.example/") << QStringLiteral("https://a.example/")
                                   << true;
        QTest::newRow("other host") << QStringLiteral("https://a.example/") << QStringLiteral("https://b.example/")
                                    << false;
        QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:1/") << QStringLiteral("http://127.0.0.1:2/")
                                    << false;
        QTest::newRow("other scheme") << QStringLiteral("http://a.example/") << QStringLiteral("https://a.example/")
                                      << false;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Http::isSameOrigin(QUrl(a), QUrl(b)), same);
    }

    void requestPolicy()
    {
        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("https://api.example/v1/chat/completions"));
        spec.headers = {{"Authorization", "Bearer k"}};
        Http::RequestOptions options;
        options.inactivityTimeout = std::chrono::seconds(7);
        options.connectionsPerHost = 8;
        const QNetworkRequest request = Http::buildRequest(spec, options);
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer k"));
        QVERIFY(request.header(QNetworkRequest::UserAgentHeader).toString().startsWith(QLatin1String("Confer/")));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
            int(QNetworkRequest::UserVerifiedRedirectPolicy));
        QCOMPARE(request.transferTimeoutAsDuration(), std::chrono::milliseconds(7000));
        QCOMPARE(request.http1Configuration().numberOfConnectionsPerHost(), 8);

        const auto manager = Http::createNetworkAccessManager();
        QCOMPARE(manager->redirectPolicy(), QNetworkRequest::UserVerifiedRedirectPolicy);
    }
};

QTEST_GUILESS_MAIN(TestHttpPolicy)
#include "tst_httppolicy.moc"
