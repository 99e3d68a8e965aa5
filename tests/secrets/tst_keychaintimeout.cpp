// A keychain that never answers (a session bus that accepts the connection and
// then says nothing, as a hung Secret Service or an unanswered prompt would):
// the request ends with Timeout instead of waiting for ever.
#include "secrets/apikeystore.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void silentKeychainTimesOut_data();
    void silentKeychainTimesOut();
    void cleanupTestCase();

private:
    QTemporaryDir m_directory;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_connections;
    KeychainStore m_keychain {QStringLiteral("io.github.confer.Confer.test")};
};

void TestKeychainTimeout::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const QString path = m_directory.filePath(QStringLiteral("silent-bus"));
    QVERIFY(m_silentBus.listen(path));
    connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_silentBus.nextPendingConnection()) {
            m_connections << socket; // kept open, never written to
        }
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", (QStringLiteral("unix:path=") + path).toUtf8());
}

void TestKeychainTimeout::silentKeychainTimesOut_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("write") << QStringLiteral("write");
}

void TestKeychainTimeout::silentKeychainTimesOut()
{
    QFETCH(QString, operation);
    KeychainStore &keychain = m_keychain;
    keychain.setTimeout(std::chrono::milliseconds(500));
    std::optional<SecretResult> outcome;
    const auto done = [&outcome](const SecretResult &result) { outcome = result; };
    if (operation == QLatin1String("read")) {
        keychain.read(QStringLiteral("openai"), this, done);
    } else {
        keychain.write(QStringLiteral("openai"), QStringLiteral("sk-not-stored"), this, done);
    }
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QCOMPARE(outcome->error, SecretError::Timeout);
    QVERIFY(outcome->keychainUnavailable());
    QVERIFY2(outcome->message.contains(QLatin1String("did not answer in time")), qPrintable(outcome->message));
    QVERIFY(!m_connections.isEmpty());
}

void TestKeychainTimeout::cleanupTestCase()
{
    // The jobs given up on are still waiting; once the bus hangs up they end, and are freed.
    QVERIFY(m_keychain.pendingJobs() > 0);
    m_silentBus.close();
    for (QLocalSocket *socket : std::as_const(m_connections)) {
        socket->abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain.pendingJobs(), 0, 20000);
}

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychaintimeout.moc"
