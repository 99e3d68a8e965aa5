// The canary, end to end: a key like sk-canary-<random hex> goes into the
// keychain with `confer keys set`, a streaming `confer ask` sends it to a
// loopback server, the conversation is exported in every format, and the
// Settings window is opened and closed on the same profile. Afterwards the key
// must be nowhere: not in the profile, HOME, the exports, the log file, or any
// command's output — as bytes, UTF-16, hex or base64.
#include "conferprocess.h"
#include "core/appidentity.h"
#include "core/logfile.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "providers/providerservices.h"
#include "secrets/apikeystore.h"
#include "secrets/secretstore.h"
#include "settings/providerspage.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QDir>
#include <QDirIterator>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Confer;
using namespace ConferTest;

Q_LOGGING_CATEGORY(lcCanary, "confer.test.canary")

namespace
{

const QByteArray openAiStream
    = R"(data: {"id":"chatcmpl-9","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"role":"assistant","content":"Canary "},"finish_reason":null}]})"
      "\n\n"
      R"(data: {"id":"chatcmpl-9","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"content":"song"},"finish_reason":"stop"}]})"
      "\n\n"
      R"(data: {"id":"chatcmpl-9","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[],"usage":{"prompt_tokens":7,"completion_tokens":2,"total_tokens":9}})"
      "\n\ndata: [DONE]\n\n";

const QByteArray modelList = R"({"object":"list","data":[{"id":"gpt-4o-mini","object":"model"}]})";

// Every form in which a leaked key could sit in a file: as it is, in UTF-16,
// as hex, and in base64 (standard and URL-safe) at each of the three byte
// alignments it could have inside a longer encoded text (e.g. "Bearer <key>").
QList<QPair<QString, QByteArray>> encodedForms(const QByteArray &secret)
{
    QList<QPair<QString, QByteArray>> forms {
        {QStringLiteral("UTF-8"), secret},
        {QStringLiteral("UTF-16LE"), QStringEncoder(QStringEncoder::Utf16LE).encode(QString::fromUtf8(secret))},
        {QStringLiteral("UTF-16BE"), QStringEncoder(QStringEncoder::Utf16BE).encode(QString::fromUtf8(secret))},
        {QStringLiteral("hex"), secret.toHex()},
        {QStringLiteral("HEX"), secret.toHex().toUpper()},
    };
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(shift, 'x') + secret;
        for (const auto &[name, option] : {std::pair {"base64", QByteArray::Base64Encoding},
                 std::pair {"base64url", QByteArray::Base64UrlEncoding}}) {
            QByteArray encoded = shifted.toBase64(option | QByteArray::OmitTrailingEquals);
            // Characters that mix in bytes before or after the key depend on the surroundings.
            const qsizetype head = shift == 0 ? 0 : 4;
            encoded = encoded.mid(head, encoded.size() - head - 4);
            forms.append({QStringLiteral("%1 (shift %2)").arg(QLatin1String(name)).arg(shift), encoded});
        }
    }
    return forms;
}

// "where: form" for every place the secret is found in.
QStringList findIn(const QString &where, const QByteArray &contents, const QByteArray &secret)
{
    QStringList hits;
    for (const auto &[form, encoded] : encodedForms(secret)) {
        if (contents.contains(encoded)) {
            hits.append(where + QStringLiteral(": ") + form);
        }
    }
    return hits;
}

QStringList findInFiles(const QString &root, const QByteArray &secret, int *filesRead)
{
    QStringList hits;
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(file.fileName() + QStringLiteral(": unreadable, so not searched"));
            continue;
        }
        ++*filesRead;
        hits += findIn(file.fileName(), file.readAll(), secret);
    }
    return hits;
}

}

class TestCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchFindsTheKey_data();
    void searchFindsTheKey();
    void canaryLeavesNoTrace();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs confer while this process's event loop keeps serving the loopback
    // server; its arguments and output are kept for the search.
    Run confer(const QStringList &arguments, const QByteArray &input = {});
    void openAndCloseSettings();

    QByteArray m_canary;
    QString m_profile;
    QString m_home;
    std::unique_ptr<QTemporaryDir> m_exports;
    std::unique_ptr<LoopbackServer> m_server;
    QList<QStringList> m_arguments;
    QList<QPair<QString, QByteArray>> m_outputs; // label, captured bytes
};

void TestCanary::initTestCase()
{
    // 128 random bits in hex.
    m_canary = "sk-canary-";
    for (int i = 0; i < 4; ++i) {
        m_canary += QByteArray::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, '0');
    }
    QVERIFY(
        QRegularExpression(QStringLiteral("^sk-canary-[0-9a-f]{32}$")).match(QString::fromLatin1(m_canary)).hasMatch());
    m_profile = qEnvironmentVariable("CONFER_PROFILE");
    m_home = qEnvironmentVariable("HOME");
    QVERIFY2(!m_profile.isEmpty() && !m_home.isEmpty(), "run through tests/run-isolated.sh");
    QVERIFY(QDir(m_home).exists());
    m_exports = std::make_unique<QTemporaryDir>(
        qEnvironmentVariable("CONFER_TEST_SCRATCH", QDir::tempPath()) + QStringLiteral("/exports-XXXXXX"));
    QVERIFY(m_exports->isValid());
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
    qunsetenv("OPENAI_API_KEY");
}

void TestCanary::cleanupTestCase()
{
    if (!m_profile.isEmpty()) {
        confer({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("openai")});
    }
}

TestCanary::Run TestCanary::confer(const QStringList &arguments, const QByteArray &input)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONFER_PROFILE"), m_profile);
    environment.insert(QStringLiteral("HOME"), m_home);
    // Every confer log line, debug included, goes to the captured stderr.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("confer.*=true;qt.qpa.*=false"));
    environment.remove(QStringLiteral("OPENAI_API_KEY"));
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    m_arguments.append(arguments);
    process.start(executable(), arguments);
    Run run;
    if (!process.waitForStarted(30000)) {
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    const QString label = QStringLiteral("confer ") + arguments.join(QLatin1Char(' '));
    m_outputs.append({label + QStringLiteral(" (stdout)"), run.out});
    m_outputs.append({label + QStringLiteral(" (stderr)"), run.err});
    return run;
}

// The helper must be able to fail: a key written on purpose, in each form, is found.
void TestCanary::searchFindsTheKey_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("settings file") << QStringLiteral("settings");
    for (const auto &[form, encoded] : encodedForms(m_canary)) {
        QTest::newRow(qPrintable(form)) << form;
    }
}

void TestCanary::searchFindsTheKey()
{
    QFETCH(QString, form);
    QTemporaryDir planted;
    QVERIFY(planted.isValid());
    const QString path = planted.filePath(QStringLiteral("sub/leak.conf"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    if (form == QLatin1String("settings")) {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("providers/openai/apiKey"), QString::fromLatin1(m_canary));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    } else {
        QByteArray written = "Authorization: Bearer " + m_canary;
        if (form != QLatin1String("UTF-8")) {
            for (const auto &[name, encoded] : encodedForms(written)) {
                if (name == form) {
                    written = encoded;
                }
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prefix " + written + " suffix");
    }
    int filesRead = 0;
    const QStringList hits = findInFiles(planted.path(), m_canary, &filesRead);
    QCOMPARE(filesRead, 1);
    QVERIFY2(!hits.isEmpty(), qPrintable(form));
    QVERIFY2(hits.constFirst().startsWith(path), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(findIn(QStringLiteral("elsewhere"), "sk-canary-0123456789abcdef", m_canary).isEmpty());
}

void TestCanary::canaryLeavesNoTrace()
{
    // The key goes in on standard input only.
    const Run set = confer({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("openai")}, m_canary + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const Run list = confer({QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("openai"), list.out.constData());
    const Run url = confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("openai"),
        m_server->url(QStringLiteral("/v1")).toString()});
    QVERIFY2(url.exitCode == 0, url.err.constData());

    // A streaming answer, then a second turn of the same conversation.
    m_server->enqueue(ScriptedResponse::stream("text/event-stream", openAiStream, 7));
    const Run ask = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("openai/gpt-4o-mini"),
        QStringLiteral("Sing like a canary")});
    QVERIFY2(ask.exitCode == 0, ask.err.constData());
    QCOMPARE(ask.out, QByteArray("Canary song\n"));
    const QRegularExpressionMatch id
        = QRegularExpression(QStringLiteral("conversation: (\\d+)")).match(QString::fromUtf8(ask.err));
    QVERIFY2(id.hasMatch(), ask.err.constData());
    const QString conversation = id.captured(1);
    m_server->enqueue(ScriptedResponse::stream("text/event-stream", openAiStream, 7));
    const Run again = confer({QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("--conversation"),
        conversation, QStringLiteral("Once more")});
    QVERIFY2(again.exitCode == 0, again.err.constData());

    QCOMPARE(m_server->requests().size(), 2);
    for (const RecordedRequest &request : m_server->requests()) {
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer " + m_canary));
        QVERIFY(request.body.contains(R"("stream":true)"));
    }

    // Every export format, to files and to standard output, and the whole history.
    for (const QString &format :
        {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("pdf")}) {
        const QString file = m_exports->filePath(QStringLiteral("conversation.") + format);
        const Run exported = confer(
            {QStringLiteral("export"), conversation, QStringLiteral("--format"), format, QStringLiteral("-o"), file});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        if (format != QLatin1String("pdf")) {
            const Run printed = confer({QStringLiteral("export"), conversation, QStringLiteral("--format"), format});
            QVERIFY2(printed.exitCode == 0, printed.err.constData());
            QVERIFY(printed.out.contains("Canary song"));
        }
    }
    const QString all = m_exports->filePath(QStringLiteral("everything.json"));
    const Run exportAll = confer({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"), all});
    QVERIFY2(exportAll.exitCode == 0, exportAll.err.constData());
    QVERIFY(QFileInfo(all).size() > 0);
    QCOMPARE(confer({QStringLiteral("history"), QStringLiteral("show"), conversation}).exitCode, 0);
    QCOMPARE(confer({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode, 0);

    openAndCloseSettings();
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(m_server->requests().size(), 3); // the Settings window's Test listed the models with the key
    QCOMPARE(m_server->requests().last().header("authorization"), QByteArray("Bearer " + m_canary));

    // The key was never an argument of any command (so never in /proc/PID/cmdline).
    for (const QStringList &arguments : std::as_const(m_arguments)) {
        QVERIFY2(findIn(QStringLiteral("argv"), arguments.join(QLatin1Char('\0')).toUtf8(), m_canary).isEmpty(),
            qPrintable(arguments.join(QLatin1Char(' '))));
    }
    QStringList hits;
    for (const auto &[label, output] : std::as_const(m_outputs)) {
        hits += findIn(label, output, m_canary);
    }
    int filesRead = 0;
    for (const QString &root : {m_profile, m_home, m_exports->path()}) {
        hits += findInFiles(root, m_canary, &filesRead);
    }
    const QString logFile = Profile::inDirectory(m_profile).logFilePath();
    QVERIFY2(QFileInfo(logFile).size() > 0, qPrintable(logFile));
    hits += findInFiles(QFileInfo(logFile).path(), m_canary, &filesRead);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    // The search covered the database, the settings, the model cache, the log and the exports.
    QVERIFY2(filesRead >= 8, qPrintable(QString::number(filesRead)));
    QVERIFY(QFile::exists(m_exports->filePath(QStringLiteral("conversation.pdf"))));
}

// The Settings window as the desktop builds it, on the same profile, with
// every confer log line going to the profile's log file.
void TestCanary::openAndCloseSettings()
{
    const Profile profile = Profile::inDirectory(m_profile);
    QVERIFY(!profile.ensureDirectories());
    QVERIFY(LogFile::install(profile.logFilePath()));
    QLoggingCategory::setFilterRules(QStringLiteral("confer.*=true\nqt.qpa.*=false"));
    {
        const auto settings = profile.openSettings();
        Settings preferences(*settings);
        KeychainStore keychain(AppIdentity::appId());
        ApiKeyStore keys(keychain, *settings, profile.scopeId());
        ProviderServices providers(profile, &keys);
        m_server->setFallback(ScriptedResponse::json(200, modelList));

        SettingsDialog dialog(preferences, keys, providers.registry(), &providers.catalog());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.providersPage()->selectProvider(QStringLiteral("openai"));
        QTRY_VERIFY_WITH_TIMEOUT(keys.hasKeychainKey(QStringLiteral("openai")), 30000);
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
        QVERIFY(test && test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        auto *models = dialog.findChild<QListWidget *>(QStringLiteral("testModels"));
        QTRY_COMPARE_WITH_TIMEOUT(models->count(), 1, 30000);
        QVERIFY(dialog.close());
        settings->sync();
        QCOMPARE(settings->status(), QSettings::NoError);
    }
    qCInfo(lcCanary) << "the Settings window was opened and closed";
    LogFile::uninstall();
}

QTEST_MAIN(TestCanary)
#include "tst_canary.moc"
