// The key store when there is no Secret Service: the session bus address
// points at a socket that does not exist. Typed errors in plain words, one
// retry, the session-only choice, and nothing written to disk.
#include "secrets/apikeystore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Confer;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operationsFailClearly_data();
    void operationsFailClearly();
    void sessionOnlyPath();

private:
    static SecretResult wait(const std::function<void(QObject *, SecretCallback)> &operation);
    QTemporaryDir m_directory;
};

SecretResult TestNoKeychain::wait(const std::function<void(QObject *, SecretCallback)> &operation)
{
    QObject context;
    std::optional<SecretResult> outcome;
    operation(&context, [&outcome](const SecretResult &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000)) {
        return {SecretError::Failed, {}, QStringLiteral("no answer from the key store")};
    }
    return *outcome;
}

void TestNoKeychain::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // Before anything connects to D-Bus: every later connection goes nowhere.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
        m_directory.filePath(QStringLiteral("no-such-bus")).prepend(QStringLiteral("unix:path=")).toUtf8());
}

void TestNoKeychain::operationsFailClearly_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("read") << QStringLiteral("read");
    QTest::newRow("write") << QStringLiteral("write");
    QTest::newRow("remove") << QStringLiteral("remove");
}

void TestNoKeychain::operationsFailClearly()
{
    QFETCH(QString, operation);
    KeychainStore keychain(QStringLiteral("io.github.confer.Confer.test"));
    keychain.setRetryDelay(std::chrono::milliseconds(200));
    QElapsedTimer elapsed;
    elapsed.start();
    const SecretResult result = wait([&](QObject *c, SecretCallback done) {
        if (operation == QLatin1String("read")) {
            keychain.read(QStringLiteral("openai"), c, done);
        } else if (operation == QLatin1String("write")) {
            keychain.write(QStringLiteral("openai"), QStringLiteral("sk-not-stored"), c, done);
        } else {
            keychain.remove(QStringLiteral("openai"), c, done);
        }
    });
    QCOMPARE(result.error, SecretError::NoKeychain);
    QVERIFY(result.keychainUnavailable());
    QVERIFY2(result.message.contains(QLatin1String("keychain")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("Secret Service")), qPrintable(result.message));
    // It tried twice: the answer came only after the retry delay.
    QVERIFY2(elapsed.elapsed() >= 200, qPrintable(QString::number(elapsed.elapsed())));
}

void TestNoKeychain::sessionOnlyPath()
{
    const QString profile = m_directory.filePath(QStringLiteral("profile"));
    QVERIFY(QDir().mkpath(profile));
    const QString key = QStringLiteral("sk-canary-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSettings settings(profile + QStringLiteral("/confer.conf"), QSettings::IniFormat);
        KeychainStore keychain(QStringLiteral("io.github.confer.Confer.test"));
        keychain.setRetryDelay(std::chrono::milliseconds(10));
        ApiKeyStore keys(keychain, settings, QStringLiteral("scope"));
        const SecretResult write
            = wait([&](QObject *c, SecretCallback done) { keys.write(QStringLiteral("openai"), key, c, done); });
        QVERIFY(write.keychainUnavailable());
        QVERIFY(!keys.hasKeychainKey(QStringLiteral("openai")));

        // The user's choice: keep it for this session.
        QSignalSpy changed(&keys, &ApiKeyStore::keyChanged);
        keys.keepForSession(QStringLiteral("openai"), key);
        QCOMPARE(changed.count(), 1);
        const KeyRequest request {QStringLiteral("openai"), {QStringLiteral("CONFER_TEST_UNSET_VARIABLE")}};
        QCOMPARE(keys.origin(request), KeyOrigin::Session);
        std::optional<KeyResult> found;
        QObject context;
        keys.lookup(request, &context, [&found](const KeyResult &result) { found = result; });
        QTRY_VERIFY(found.has_value());
        QCOMPARE(found->origin, KeyOrigin::Session);
        QCOMPARE(found->key, key);

        // Removing it needs no keychain for the session part; the keychain's failure is still reported.
        const SecretResult removed
            = wait([&](QObject *c, SecretCallback done) { keys.remove(QStringLiteral("openai"), c, done); });
        QVERIFY(removed.keychainUnavailable());
        QVERIFY(!keys.hasSessionKey(QStringLiteral("openai")));
        QCOMPARE(changed.count(), 2);
        settings.sync();
    }
    // Nothing about the key reached the disk.
    QDirIterator files(m_directory.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
