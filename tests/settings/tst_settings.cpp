// The typed settings facade: defaults, persistence, the changed signal and the
// proxy it gives the network layer.
#include "settings/settings.h"

#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void everyKeyHasAUniqueName();
    void persistence();
    void changedSignal();
    void temperatureIsOptional();
    void colorSchemeKeepsTheWindowsKey();
    void proxy_data();
    void proxy();
    void systemProxyConfiguration();

private:
    QTemporaryDir m_directory;
    QString m_file;
};

void TestSettings::init()
{
    QVERIFY(m_directory.isValid());
    m_file = m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".conf"));
    QFile::remove(m_file);
}

void TestSettings::defaults()
{
    QSettings storage(m_file, QSettings::IniFormat);
    Settings settings(storage);
    QCOMPARE(settings.defaultModels(), QStringList());
    QCOMPARE(settings.systemPrompt(), QString());
    QCOMPARE(settings.temperature(), std::nullopt);
    QCOMPARE(settings.maxOutputTokens(), std::nullopt);
    QCOMPARE(settings.colorScheme(), QStringLiteral("system"));
    QCOMPARE(settings.fontSize(), 0);
    QCOMPARE(settings.sendShortcut(), Settings::SendShortcut::Enter);
    QCOMPARE(settings.proxyMode(), Settings::ProxyMode::System);
    QCOMPARE(settings.proxyPort(), quint16(8080));
    QCOMPARE(settings.inactivityTimeoutSeconds(), 120);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.networkProxy().type(), QNetworkProxy::DefaultProxy);
    // Reading defaults writes nothing.
    storage.sync();
    QVERIFY(storage.allKeys().isEmpty());
}

void TestSettings::everyKeyHasAUniqueName()
{
    QSet<QString> names;
    for (Settings::Key key : Settings::allKeys()) {
        QVERIFY(!Settings::name(key).isEmpty());
        QVERIFY2(!names.contains(Settings::name(key)), qPrintable(Settings::name(key)));
        names.insert(Settings::name(key));
    }
    QCOMPARE(names.size(), 14);
}

void TestSettings::persistence()
{
    {
        QSettings storage(m_file, QSettings::IniFormat);
        Settings settings(storage);
        settings.setValue(Settings::Key::DefaultModels,
            QStringList {QStringLiteral("openai/gpt-4.1"), QStringLiteral("openrouter/anthropic/claude-sonnet-4")});
        settings.setValue(Settings::Key::SystemPrompt, QStringLiteral("Be brief.\nAnswer in English."));
        settings.setTemperature(0.25);
        settings.setValue(Settings::Key::MaxOutputTokens, 4096);
        settings.setValue(Settings::Key::FontSize, 13);
        settings.setValue(Settings::Key::SendShortcut, QStringLiteral("ctrl+enter"));
        settings.setValue(Settings::Key::InactivityTimeout, 45);
        settings.setValue(Settings::Key::Language, QStringLiteral("de"));
    }
    QSettings storage(m_file, QSettings::IniFormat);
    Settings settings(storage);
    QCOMPARE(settings.defaultModels(),
        (QStringList {QStringLiteral("openai/gpt-4.1"), QStringLiteral("openrouter/anthropic/claude-sonnet-4")}));
    QCOMPARE(settings.systemPrompt(), QStringLiteral("Be brief.\nAnswer in English."));
    QCOMPARE(settings.temperature(), std::optional<double>(0.25));
    QCOMPARE(settings.maxOutputTokens(), std::optional<int>(4096));
    QCOMPARE(settings.fontSize(), 13);
    QCOMPARE(settings.sendShortcut(), Settings::SendShortcut::CtrlEnter);
    QCOMPARE(settings.inactivityTimeoutSeconds(), 45);
    QCOMPARE(settings.language(), QStringLiteral("de"));

    // Back to the default removes the entry rather than pinning today's default.
    settings.reset(Settings::Key::FontSize);
    QVERIFY(!storage.contains(Settings::name(Settings::Key::FontSize)));
    QCOMPARE(settings.fontSize(), 0);
}

void TestSettings::changedSignal()
{
    QSettings storage(m_file, QSettings::IniFormat);
    Settings settings(storage);
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(Settings::Key::FontSize, 14);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::FontSize);

    // The same value again (also as a string, as QSettings returns it) is no change.
    settings.setValue(Settings::Key::FontSize, 14);
    settings.setValue(Settings::Key::FontSize, QStringLiteral("14"));
    QCOMPARE(changed.count(), 1);

    settings.setValue(Settings::Key::ProxyMode, QStringLiteral("none"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<Settings::Key>(), Settings::Key::ProxyMode);
    settings.reset(Settings::Key::ProxyMode);
    QCOMPARE(changed.count(), 3);
    settings.reset(Settings::Key::ProxyMode);
    QCOMPARE(changed.count(), 3);
}

void TestSettings::temperatureIsOptional()
{
    QSettings storage(m_file, QSettings::IniFormat);
    Settings settings(storage);
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setTemperature(0.0);
    QCOMPARE(settings.temperature(), std::optional<double>(0.0));
    QCOMPARE(changed.count(), 1);
    settings.setTemperature(std::nullopt);
    QCOMPARE(settings.temperature(), std::nullopt);
    QCOMPARE(changed.count(), 2);
}

void TestSettings::colorSchemeKeepsTheWindowsKey()
{
    QSettings storage(m_file, QSettings::IniFormat);
    Settings settings(storage);
    QCOMPARE(Settings::name(Settings::Key::ColorScheme), QStringLiteral("appearance/colorScheme"));
    storage.setValue(QStringLiteral("appearance/colorScheme"), QStringLiteral("dark"));
    QCOMPARE(settings.colorScheme(), QStringLiteral("dark"));
    storage.setValue(QStringLiteral("appearance/colorScheme"), QStringLiteral("purple"));
    QCOMPARE(settings.colorScheme(), QStringLiteral("system"));
}

void TestSettings::proxy_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QNetworkProxy>("expected");

    QTest::newRow("system") << QStringLiteral("system") << QStringLiteral("ignored") << 3128 << QString() << QString()
                            << QNetworkProxy(QNetworkProxy::DefaultProxy);
    QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("ignored") << 3128 << QString() << QString()
                          << QNetworkProxy(QNetworkProxy::NoProxy);
    QTest::newRow("http") << QStringLiteral("http") << QStringLiteral("proxy.example.org") << 3128 << QString()
                          << QString()
                          << QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.example.org"), 3128);
    QTest::newRow("http with credentials")
        << QStringLiteral("http") << QStringLiteral("proxy.example.org") << 3128 << QStringLiteral("alice")
        << QStringLiteral("s3cret")
        << QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.example.org"), 3128, QStringLiteral("alice"),
               QStringLiteral("s3cret"));
    QTest::newRow("socks5") << QStringLiteral("socks5") << QStringLiteral("127.0.0.1") << 1080 << QString() << QString()
                            << QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), 1080);
    QTest::newRow("password without user is not sent")
        << QStringLiteral("socks5") << QStringLiteral("127.0.0.1") << 1080 << QString() << QStringLiteral("s3cret")
        << QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), 1080);
}

void TestSettings::proxy()
{
    QFETCH(QString, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QNetworkProxy, expected);

    QSettings storage(m_file, QSettings::IniFormat);
    Settings settings(storage);
    settings.setValue(Settings::Key::ProxyMode, mode);
    settings.setValue(Settings::Key::ProxyHost, host);
    settings.setValue(Settings::Key::ProxyPort, port);
    settings.setValue(Settings::Key::ProxyUser, user);
    const QNetworkProxy proxy = settings.networkProxy(password);
    QCOMPARE(proxy.type(), expected.type());
    if (expected.type() == QNetworkProxy::HttpProxy || expected.type() == QNetworkProxy::Socks5Proxy) {
        QCOMPARE(proxy.hostName(), expected.hostName());
        QCOMPARE(proxy.port(), expected.port());
        QCOMPARE(proxy.user(), expected.user());
        QCOMPARE(proxy.password(), expected.password());
    }
    // The password is never in the settings file.
    if (!password.isEmpty()) {
        storage.sync();
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(password.toUtf8()));
    }
}

void TestSettings::systemProxyConfiguration()
{
    QSettings storage(m_file, QSettings::IniFormat);
    Settings settings(storage);
    settings.applySystemProxyConfiguration();
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    settings.setValue(Settings::Key::ProxyMode, QStringLiteral("http"));
    settings.applySystemProxyConfiguration();
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
