// The API key store against the real Secret Service of the test session
// (gnome-keyring): set, read, overwrite, delete, profile scoping, the index,
// and the order of key sources.
#include "secrets/apikeystore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Confer;

class TestApiKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setReadOverwriteDelete();
    void profilesDoNotSeeEachOther();
    void indexFollowsTheKeychain();
    void lookupOrder_data();
    void lookupOrder();
    void environmentIsNeverCopied();
    void sessionKeys();
    void keychainStoreRoundTrip();

private:
    static SecretResult wait(const std::function<void(QObject *, SecretCallback)> &operation);
    static KeyResult lookup(KeySource &source, const KeyRequest &request);
    static QString uniqueProvider();
    static QString canary();

    QTemporaryDir m_directory;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainStore> m_keychain;
};

SecretResult TestApiKeyStore::wait(const std::function<void(QObject *, SecretCallback)> &operation)
{
    QObject context;
    std::optional<SecretResult> outcome;
    operation(&context, [&outcome](const SecretResult &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000)) {
        return {SecretError::Failed, {}, QStringLiteral("no answer from the key store")};
    }
    return *outcome;
}

KeyResult TestApiKeyStore::lookup(KeySource &source, const KeyRequest &request)
{
    QObject context;
    std::optional<KeyResult> outcome;
    source.lookup(request, &context, [&outcome](const KeyResult &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000)) {
        return {KeyOrigin::None, {}, QStringLiteral("no answer from the key source")};
    }
    return *outcome;
}

QString TestApiKeyStore::uniqueProvider()
{
    return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QString TestApiKeyStore::canary()
{
    return QStringLiteral("sk-canary-") + QUuid::createUuid().toString(QUuid::Id128);
}

void TestApiKeyStore::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_settings = std::make_unique<QSettings>(m_directory.filePath(QStringLiteral("confer.conf")), QSettings::IniFormat);
    // A test service: the session's keyring is private to the test run, but keep apart from the app's name anyway.
    m_keychain = std::make_unique<KeychainStore>(QStringLiteral("io.github.confer.Confer.test"));
}

void TestApiKeyStore::setReadOverwriteDelete()
{
    ApiKeyStore keys(*m_keychain, *m_settings, QStringLiteral("scope-a"));
    QSignalSpy changed(&keys, &ApiKeyStore::keyChanged);
    const QString provider = uniqueProvider();
    const QString first = canary();
    const QString second = canary();

    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.write(provider, first, c, done); }).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), provider);
    SecretResult read = wait([&](QObject *c, SecretCallback done) { keys.read(provider, c, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, first);

    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.write(provider, second, c, done); }).ok());
    read = wait([&](QObject *c, SecretCallback done) { keys.read(provider, c, done); });
    QCOMPARE(read.secret, second);

    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.remove(provider, c, done); }).ok());
    read = wait([&](QObject *c, SecretCallback done) { keys.read(provider, c, done); });
    QCOMPARE(read.error, SecretError::NotFound);
    QVERIFY(read.secret.isEmpty());
    QCOMPARE(changed.count(), 3);

    // Removing what is not there is not an error.
    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.remove(provider, c, done); }).ok());
}

void TestApiKeyStore::profilesDoNotSeeEachOther()
{
    QSettings otherSettings(m_directory.filePath(QStringLiteral("other.conf")), QSettings::IniFormat);
    ApiKeyStore mine(*m_keychain, *m_settings, QStringLiteral("scope-mine"));
    ApiKeyStore theirs(*m_keychain, otherSettings, QStringLiteral("scope-theirs"));
    const QString provider = uniqueProvider();
    const QString myKey = canary();
    const QString theirKey = canary();

    QVERIFY(wait([&](QObject *c, SecretCallback done) { mine.write(provider, myKey, c, done); }).ok());
    QCOMPARE(
        wait([&](QObject *c, SecretCallback done) { theirs.read(provider, c, done); }).error, SecretError::NotFound);
    QVERIFY(!theirs.hasKeychainKey(provider));

    QVERIFY(wait([&](QObject *c, SecretCallback done) { theirs.write(provider, theirKey, c, done); }).ok());
    QCOMPARE(wait([&](QObject *c, SecretCallback done) { mine.read(provider, c, done); }).secret, myKey);
    QCOMPARE(wait([&](QObject *c, SecretCallback done) { theirs.read(provider, c, done); }).secret, theirKey);

    QVERIFY(wait([&](QObject *c, SecretCallback done) { theirs.remove(provider, c, done); }).ok());
    QCOMPARE(wait([&](QObject *c, SecretCallback done) { mine.read(provider, c, done); }).secret, myKey);
    QVERIFY(wait([&](QObject *c, SecretCallback done) { mine.remove(provider, c, done); }).ok());

    QCOMPARE(ApiKeyStore::entryName(QStringLiteral("openai"), QString()), QStringLiteral("openai"));
    QVERIFY(ApiKeyStore::entryName(QStringLiteral("openai"), QStringLiteral("a"))
        != ApiKeyStore::entryName(QStringLiteral("openai"), QStringLiteral("b")));
}

void TestApiKeyStore::indexFollowsTheKeychain()
{
    ApiKeyStore keys(*m_keychain, *m_settings, QStringLiteral("scope-index"));
    const QString provider = uniqueProvider() + QStringLiteral("/with slash");
    QVERIFY(!keys.hasKeychainKey(provider));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.write(provider, canary(), c, done); }).ok());
    QVERIFY(keys.hasKeychainKey(provider));
    QVERIFY(keys.providersWithKeychainKeys().contains(provider));
    QVERIFY(keys.keychainKeySetAt(provider) >= before);
    QVERIFY(keys.keychainKeySetAt(provider) <= QDateTime::currentDateTimeUtc());

    // The index is in the settings file, and a fresh reader of that file sees it.
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    ApiKeyStore again(*m_keychain, reread, QStringLiteral("scope-index"));
    QVERIFY(again.hasKeychainKey(provider));

    // Deleted behind Confer's back: the next read notices and corrects the index.
    const QString entry = ApiKeyStore::entryName(provider, QStringLiteral("scope-index"));
    QVERIFY(wait([&](QObject *c, SecretCallback done) { m_keychain->remove(entry, c, done); }).ok());
    QVERIFY(keys.hasKeychainKey(provider));
    QSignalSpy changed(&keys, &ApiKeyStore::keyChanged);
    QCOMPARE(wait([&](QObject *c, SecretCallback done) { keys.read(provider, c, done); }).error, SecretError::NotFound);
    QVERIFY(!keys.hasKeychainKey(provider));
    QCOMPARE(changed.count(), 1);

    // Stored without the index (an index lost with an old settings file): a read restores the entry.
    QVERIFY(wait([&](QObject *c, SecretCallback done) { m_keychain->write(entry, canary(), c, done); }).ok());
    QVERIFY(!keys.hasKeychainKey(provider));
    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.read(provider, c, done); }).ok());
    QVERIFY(keys.hasKeychainKey(provider));
    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.remove(provider, c, done); }).ok());
    QVERIFY(!keys.hasKeychainKey(provider));
    QVERIFY(!keys.providersWithKeychainKeys().contains(provider));
}

void TestApiKeyStore::lookupOrder_data()
{
    QTest::addColumn<bool>("inKeychain");
    QTest::addColumn<bool>("inSession");
    QTest::addColumn<bool>("inEnvironment");
    QTest::addColumn<KeyOrigin>("expected");
    QTest::newRow("keychain beats session and environment") << true << true << true << KeyOrigin::Keychain;
    QTest::newRow("keychain beats environment") << true << false << true << KeyOrigin::Keychain;
    QTest::newRow("session beats environment") << false << true << true << KeyOrigin::Session;
    QTest::newRow("environment alone") << false << false << true << KeyOrigin::Environment;
    QTest::newRow("nothing") << false << false << false << KeyOrigin::None;
}

void TestApiKeyStore::lookupOrder()
{
    QFETCH(bool, inKeychain);
    QFETCH(bool, inSession);
    QFETCH(bool, inEnvironment);
    QFETCH(KeyOrigin, expected);

    ApiKeyStore keys(*m_keychain, *m_settings, QStringLiteral("scope-order"));
    const QString provider = uniqueProvider();
    const KeyRequest request {provider, {QStringLiteral("CONFER_TEST_ORDER_KEY")}};
    QHash<KeyOrigin, QString> values {
        {KeyOrigin::Keychain, canary()}, {KeyOrigin::Session, canary()}, {KeyOrigin::Environment, canary()}};
    if (inKeychain) {
        // The session key first: saving to the keychain replaces a session key.
        if (inSession) {
            QVERIFY(wait([&](QObject *c, SecretCallback done) {
                keys.write(provider, values[KeyOrigin::Keychain], c, done);
            }).ok());
            keys.keepForSession(provider, values[KeyOrigin::Session]);
        } else {
            QVERIFY(wait([&](QObject *c, SecretCallback done) {
                keys.write(provider, values[KeyOrigin::Keychain], c, done);
            }).ok());
        }
    } else if (inSession) {
        keys.keepForSession(provider, values[KeyOrigin::Session]);
    }
    if (inEnvironment) {
        qputenv("CONFER_TEST_ORDER_KEY", values[KeyOrigin::Environment].toUtf8());
    } else {
        qunsetenv("CONFER_TEST_ORDER_KEY");
    }

    QCOMPARE(keys.origin(request), expected);
    const KeyResult result = lookup(keys, request);
    QCOMPARE(result.origin, expected);
    QCOMPARE(result.key, values.value(expected));
    QCOMPARE(result.error, QString());

    qunsetenv("CONFER_TEST_ORDER_KEY");
    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.remove(provider, c, done); }).ok());
    QCOMPARE(keys.origin(request), KeyOrigin::None);
}

void TestApiKeyStore::environmentIsNeverCopied()
{
    ApiKeyStore keys(*m_keychain, *m_settings, QStringLiteral("scope-environment"));
    const QString provider = uniqueProvider();
    const QString key = canary();
    qputenv("CONFER_TEST_ENV_ONLY_KEY", key.toUtf8());
    const KeyResult result = lookup(keys, {provider, {QStringLiteral("CONFER_TEST_ENV_ONLY_KEY")}});
    qunsetenv("CONFER_TEST_ENV_ONLY_KEY");
    QCOMPARE(result.origin, KeyOrigin::Environment);
    QCOMPARE(result.key, key);

    QVERIFY(!keys.hasKeychainKey(provider));
    QVERIFY(!keys.hasSessionKey(provider));
    const QString entry = ApiKeyStore::entryName(provider, QStringLiteral("scope-environment"));
    QCOMPARE(
        wait([&](QObject *c, SecretCallback done) { m_keychain->read(entry, c, done); }).error, SecretError::NotFound);
}

void TestApiKeyStore::sessionKeys()
{
    ApiKeyStore keys(*m_keychain, *m_settings, QStringLiteral("scope-session"));
    const QString provider = uniqueProvider();
    const QString key = canary();
    QSignalSpy changed(&keys, &ApiKeyStore::keyChanged);
    keys.keepForSession(provider, key);
    QCOMPARE(changed.count(), 1);
    QVERIFY(keys.hasSessionKey(provider));
    QVERIFY(!keys.hasKeychainKey(provider));
    QCOMPARE(keys.providersWithSessionKeys(), QStringList {provider});
    QCOMPARE(wait([&](QObject *c, SecretCallback done) { keys.read(provider, c, done); }).secret, key);

    // Nothing of it reaches the keychain or the settings file.
    const QString entry = ApiKeyStore::entryName(provider, QStringLiteral("scope-session"));
    QCOMPARE(
        wait([&](QObject *c, SecretCallback done) { m_keychain->read(entry, c, done); }).error, SecretError::NotFound);
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (file.open(QIODevice::ReadOnly)) {
        QVERIFY(!file.readAll().contains(key.toUtf8()));
    }

    QVERIFY(wait([&](QObject *c, SecretCallback done) { keys.remove(provider, c, done); }).ok());
    QVERIFY(!keys.hasSessionKey(provider));
    QCOMPARE(changed.count(), 2);
}

void TestApiKeyStore::keychainStoreRoundTrip()
{
    // Secrets with characters a naive encoding would mangle.
    const QString entry = uniqueProvider();
    const QString secret = QStringLiteral("sk-ünï €—\"quoted\" \\ ") + canary();
    QVERIFY(wait([&](QObject *c, SecretCallback done) { m_keychain->write(entry, secret, c, done); }).ok());
    QCOMPARE(wait([&](QObject *c, SecretCallback done) { m_keychain->read(entry, c, done); }).secret, secret);
    QVERIFY(wait([&](QObject *c, SecretCallback done) { m_keychain->remove(entry, c, done); }).ok());

    // A callback whose context is gone is not called.
    bool called = false;
    auto *context = new QObject;
    m_keychain->read(entry, context, [&called](const SecretResult &) { called = true; });
    delete context;
    QVERIFY(wait([&](QObject *c, SecretCallback done) { m_keychain->read(entry, c, done); }).error
        == SecretError::NotFound);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
