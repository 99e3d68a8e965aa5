// `confer keys` as a user runs it: the key from standard input, never echoed
// or printed; a plain-words failure and a non-zero exit without a keychain;
// and no trace of the key anywhere in the profile.
#include "conferprocess.h"
#include "loopbackserver.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestKeysCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void setListRemove();
    void keyIsNeverAnArgument();
    void usageErrors_data();
    void usageErrors();
    void environmentKeysAreListedNotShown();
    void noKeychain_data();
    void noKeychain();
    void canaryLeavesNoTrace();
    void keyIsNotEchoedOnATerminal();
    void windowRunLeavesNoTrace();
    void testListsModelsWithTheStoredKey();
    void testReportsTheProvidersError();

private:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const;
    // Runs confer while this process's event loop keeps serving the loopback server.
    Run runServing(const QStringList &arguments) const;
    static QString canary();
    QStringList filesContaining(const QString &needle) const;

    QTemporaryDir m_scratch;
    QString m_profile;
};

void TestKeysCli::init()
{
    QVERIFY(m_scratch.isValid());
    m_profile = m_scratch.filePath(QStringLiteral("profile-") + QString::fromLatin1(QTest::currentTestFunction()));
    QDir(m_profile).removeRecursively();
}

TestKeysCli::Run TestKeysCli::run(
    const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(ConferTest::executable(), QStringList {QStringLiteral("--profile"), m_profile} + arguments);
    Run result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        result.err = process.errorString();
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

TestKeysCli::Run TestKeysCli::runServing(const QStringList &arguments) const
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(ConferTest::executable(), QStringList {QStringLiteral("--profile"), m_profile} + arguments);
    process.closeWriteChannel();
    Run result;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("confer did not finish");
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestKeysCli::canary()
{
    return QStringLiteral("sk-canary-") + QUuid::createUuid().toString(QUuid::Id128);
}

QStringList TestKeysCli::filesContaining(const QString &needle) const
{
    QStringList found;
    for (const QString &root : {m_profile, qEnvironmentVariable("HOME")}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8())) {
                found << file.fileName();
            }
        }
    }
    return found;
}

void TestKeysCli::setListRemove()
{
    const QString key = canary();
    Run result = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, key.toUtf8() + '\n');
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Saved the key for openai in the system keychain.\n"));
    QCOMPARE(result.err, QString());

    result = run({QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.startsWith(QLatin1String("openai  keychain (saved 20")), qPrintable(result.out));
    QVERIFY(!result.out.contains(key));

    // Overwrite, then remove.
    result = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, canary().toUtf8());
    QCOMPARE(result.status, 0);
    result = run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Removed the key for openai from the system keychain.\n"));
    result = run({QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(result.out, QStringLiteral("No API keys are stored in the keychain or set in the environment.\n"));
    result = run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("No key for openai was in the system keychain.\n"));
}

void TestKeysCli::keyIsNeverAnArgument()
{
    const QString key = canary();
    const Run result = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai"), key});
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.contains(QLatin1String("read from standard input")), qPrintable(result.err));
    QVERIFY(!result.err.contains(key));
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("list")}).out,
        QStringLiteral("No API keys are stored in the keychain or set in the environment.\n"));

    const Run empty = run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, "\n");
    QCOMPARE(empty.status, 1);
    QCOMPARE(empty.err, QStringLiteral("confer: No key was given on standard input; nothing was saved.\n"));
}

void TestKeysCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList {QStringLiteral("keys")}
                               << QStringLiteral("'keys' needs an action: set, list, remove or test.");
    QTest::newRow("unknown action") << QStringList {QStringLiteral("keys"), QStringLiteral("show")}
                                    << QStringLiteral("Unknown keys action 'show'.");
    QTest::newRow("no provider") << QStringList {QStringLiteral("keys"), QStringLiteral("remove")}
                                 << QStringLiteral("'keys remove' takes exactly one provider");
    QTest::newRow("list with argument") << QStringList {QStringLiteral("keys"), QStringLiteral("list"),
        QStringLiteral("openai")} << QStringLiteral("'keys list' takes no further arguments.");
    QTest::newRow("scope separator") << QStringList {QStringLiteral("keys"), QStringLiteral("set"),
        QStringLiteral("a@b")} << QStringLiteral("Unknown provider 'a@b'.");
    QTest::newRow("unknown provider") << QStringList {QStringLiteral("keys"), QStringLiteral("set"),
        QStringLiteral("nope")} << QStringLiteral("Unknown provider 'nope'. 'confer providers list' shows them.");
    QTest::newRow("local server takes no key") << QStringList {QStringLiteral("keys"), QStringLiteral("set"),
        QStringLiteral("ollama")} << QStringLiteral("ollama takes no API key.");
    QTest::newRow("remove with scope separator") << QStringList {QStringLiteral("keys"), QStringLiteral("remove"),
        QStringLiteral("x@y")} << QStringLiteral("Unknown provider 'x@y'.");
}

void TestKeysCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.status, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("confer: ") + message), qPrintable(result.err));
}

void TestKeysCli::environmentKeysAreListedNotShown()
{
    const QString key = canary();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GOOGLE_API_KEY"), key);
    const Run result = run({QStringLiteral("keys"), QStringLiteral("list")}, {}, environment);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("gemini  environment (GOOGLE_API_KEY)\n"));
    QVERIFY(filesContaining(key).isEmpty());
}

void TestKeysCli::noKeychain_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("message");
    QTest::newRow("set") << QStringLiteral("set") << QStringLiteral("confer: The key for openai was not saved. ");
    QTest::newRow("remove") << QStringLiteral("remove")
                            << QStringLiteral("confer: The key for openai could not be removed. ");
}

void TestKeysCli::noKeychain()
{
    QFETCH(QString, action);
    QFETCH(QString, message);
    const QString key = canary();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + m_scratch.filePath(QStringLiteral("no-such-bus")));
    const Run result = run({QStringLiteral("keys"), action, QStringLiteral("openai")}, key.toUtf8(), environment);
    QCOMPARE(result.status, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(message), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("The system keychain could not be reached")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("never in a file")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("or set OPENAI_API_KEY in the environment")), qPrintable(result.err));
    QVERIFY(!result.err.contains(key));
    QCOMPARE(filesContaining(key), QStringList());
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("list")}).out,
        QStringLiteral("No API keys are stored in the keychain or set in the environment.\n"));
}

void TestKeysCli::canaryLeavesNoTrace()
{
    const QString key = canary();
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("anthropic")}, key.toUtf8()).status, 0);
    const Run list = run({QStringLiteral("keys"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QLatin1String("anthropic  keychain")));
    QVERIFY(!list.out.contains(key) && !list.err.contains(key));
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("nope@x")}, key.toUtf8()).status, 2);
    QCOMPARE(filesContaining(key), QStringList());
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("anthropic")}).status, 0);
    QCOMPARE(filesContaining(key), QStringList());
}

void TestKeysCli::keyIsNotEchoedOnATerminal()
{
    // script(1) runs confer on a pseudo-terminal and copies everything the terminal shows to its output.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    QVERIFY2(!script.isEmpty(), "script(1) from util-linux is part of the build environment");
    const QString key = canary();
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(script,
        {QStringLiteral("-qec"),
            QStringLiteral("'%1' --profile '%2' keys set openai").arg(ConferTest::executable(), m_profile),
            QStringLiteral("/dev/null")});
    QVERIFY(process.waitForStarted(30000));
    QByteArray shown;
    QVERIFY(QTest::qWaitFor(
        [&] {
            shown += process.readAllStandardOutput();
            return shown.contains("(input is hidden): ");
        },
        30000));
    process.write(key.toUtf8() + '\r');
    QVERIFY(finished.wait(30000));
    shown += process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(shown.contains("Saved the key for openai in the system keychain."), shown.constData());
    QVERIFY2(!shown.contains(key.toUtf8()), shown.constData());
    QVERIFY(!shown.contains("sk-canary"));

    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")}).status, 0);
}

void TestKeysCli::windowRunLeavesNoTrace()
{
    const QString key = canary();
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, key.toUtf8()).status, 0);

    // The window starts with the key store and the settings behind it, paints, and quits.
    QProcess window;
    QString diagnostics;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QVERIFY2(ConferTest::startWindowAndWaitForPaint(
                 window, {QStringLiteral("--profile"), m_profile}, environment, &diagnostics),
        qPrintable(diagnostics));
    QVERIFY(ConferTest::closeAndWait(window));
    QCOMPARE(window.exitCode(), 0);
    QVERIFY(!QString::fromUtf8(window.readAllStandardError()).contains(key));

    QVERIFY(QFileInfo::exists(m_profile + QStringLiteral("/config/confer.conf")));
    QCOMPARE(filesContaining(key), QStringList());
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")}).status, 0);
}

void TestKeysCli::testListsModelsWithTheStoredKey()
{
    ConferTest::LoopbackServer server;
    QVERIFY(server.listen());
    server.setFallback(ConferTest::ScriptedResponse::json(
        200, R"({"object":"list","data":[{"id":"gpt-4.1","object":"model"},{"id":"o3","object":"model"}]})"));
    const QString url = server.url(QStringLiteral("/v1")).toString();
    QCOMPARE(run({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("openai"), url}).status, 0);
    const QString key = canary();
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, key.toUtf8()).status, 0);

    const Run result = runServing({QStringLiteral("keys"), QStringLiteral("test"), QStringLiteral("openai")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out,
        QStringLiteral("openai accepted the key (key in keychain). Its models:\n  openai/gpt-4.1\n  openai/o3\n"));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer " + key.toUtf8()));

    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")}).status, 0);
    QCOMPARE(filesContaining(key), QStringList());
}

void TestKeysCli::testReportsTheProvidersError()
{
    ConferTest::LoopbackServer server;
    QVERIFY(server.listen());
    server.setFallback(ConferTest::ScriptedResponse::json(
        401, R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"));
    const QString url = server.url(QStringLiteral("/v1")).toString();
    QCOMPARE(run({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("anthropic"), url}).status, 0);
    const QString key = canary();
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("anthropic")}, key.toUtf8()).status, 0);

    const Run result = runServing({QStringLiteral("keys"), QStringLiteral("test"), QStringLiteral("anthropic")});
    QCOMPARE(result.status, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QLatin1String("confer: Testing anthropic failed: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("invalid x-api-key")), qPrintable(result.err));
    QVERIFY(!result.err.contains(key));
    QCOMPARE(server.requests().first().header("x-api-key"), key.toUtf8());

    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("anthropic")}).status, 0);
    QCOMPARE(filesContaining(key), QStringList());
}

QTEST_GUILESS_MAIN(TestKeysCli)
#include "tst_keyscli.moc"
