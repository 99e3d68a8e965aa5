// Proxy settings reaching the network layer: NetworkProxyPolicy sets the
// application proxy, and a request from a plain QNetworkAccessManager then
// goes through a loopback proxy, with the password from the real keychain.
#include "loopbackserver.h"
#include "secrets/apikeystore.h"
#include "settings/networkproxypolicy.h"
#include "settings/settings.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Confer;

class TestNetworkProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void systemMode();
    void manualHttpProxy();
    void proxyPasswordFromTheKeychain();
    void noProxyGoesDirect();

private:
    int get(const QUrl &url);

    QTemporaryDir m_directory;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
    KeychainStore m_keychain {QStringLiteral("io.github.confer.Confer.test")};
    QString m_scope;
};

void TestNetworkProxy::init()
{
    QVERIFY(m_directory.isValid());
    m_storage = std::make_unique<QSettings>(
        m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".conf")),
        QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(*m_storage);
    m_scope = QUuid::createUuid().toString(QUuid::Id128).left(16);
}

void TestNetworkProxy::cleanup()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    m_settings.reset();
    m_storage.reset();
}

int TestNetworkProxy::get(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000)) {
        return -1;
    }
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestNetworkProxy::systemMode()
{
    NetworkProxyPolicy policy(*m_settings, m_keychain, m_scope);
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    policy.apply();
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void TestNetworkProxy::manualHttpProxy()
{
    ConferTest::LoopbackServer proxy;
    QVERIFY(proxy.listen());
    proxy.setFallback(ConferTest::ScriptedResponse::json(200, R"({"proxied":true})"));
    NetworkProxyPolicy policy(*m_settings, m_keychain, m_scope);
    QSignalSpy applied(&policy, &NetworkProxyPolicy::applied);
    m_settings->setValue(Settings::Key::ProxyHost, QStringLiteral("127.0.0.1"));
    m_settings->setValue(Settings::Key::ProxyPort, proxy.port());
    m_settings->setValue(Settings::Key::ProxyMode, QStringLiteral("http"));
    QVERIFY(!applied.isEmpty());
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());

    QCOMPARE(get(QUrl(QStringLiteral("http://models.example.invalid/v1/models"))), 200);
    QCOMPARE(proxy.requests().size(), 1);
    // A proxy is asked for the absolute URL; the unresolvable host proves nothing went direct.
    QCOMPARE(proxy.requests().first().path, QByteArrayLiteral("http://models.example.invalid/v1/models"));
}

void TestNetworkProxy::proxyPasswordFromTheKeychain()
{
    const QString password = QStringLiteral("proxy-") + QUuid::createUuid().toString(QUuid::Id128);
    std::optional<SecretResult> saved;
    m_keychain.write(ApiKeyStore::proxyPasswordEntry(m_scope), password, this,
        [&saved](const SecretResult &result) { saved = result; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
    QVERIFY(saved->ok());

    NetworkProxyPolicy policy(*m_settings, m_keychain, m_scope);
    QSignalSpy applied(&policy, &NetworkProxyPolicy::applied);
    m_settings->setValue(Settings::Key::ProxyHost, QStringLiteral("127.0.0.1"));
    m_settings->setValue(Settings::Key::ProxyPort, 3128);
    m_settings->setValue(Settings::Key::ProxyUser, QStringLiteral("alice"));
    applied.clear();
    m_settings->setValue(Settings::Key::ProxyMode, QStringLiteral("socks5"));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
    QCOMPARE(applied.first().first().toString(), QString());
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(proxy.user(), QStringLiteral("alice"));
    QCOMPARE(proxy.password(), password);
    // The password lives in the keychain only.
    m_storage->sync();
    QFile file(m_storage->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));

    std::optional<SecretResult> removed;
    m_keychain.remove(
        ApiKeyStore::proxyPasswordEntry(m_scope), this, [&removed](const SecretResult &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
}

void TestNetworkProxy::noProxyGoesDirect()
{
    ConferTest::LoopbackServer server;
    QVERIFY(server.listen());
    server.setFallback(ConferTest::ScriptedResponse::json(200, R"({"direct":true})"));
    NetworkProxyPolicy policy(*m_settings, m_keychain, m_scope);
    m_settings->setValue(Settings::Key::ProxyHost, QStringLiteral("127.0.0.1"));
    m_settings->setValue(Settings::Key::ProxyPort, 9); // nothing listens there
    m_settings->setValue(Settings::Key::ProxyMode, QStringLiteral("http"));
    m_settings->setValue(Settings::Key::ProxyMode, QStringLiteral("none"));
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
    QCOMPARE(get(server.url(QStringLiteral("/v1/models"))), 200);
    QCOMPARE(server.requests().first().path, QByteArrayLiteral("/v1/models"));
}

QTEST_GUILESS_MAIN(TestNetworkProxy)
#include "tst_networkproxy.moc"
