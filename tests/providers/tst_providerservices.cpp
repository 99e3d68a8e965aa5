// ProviderServices applies the profile's provider settings to every job it
// makes, including changes made after it was created: the inactivity timeout,
// each provider's stream limit, base URL and extra headers.

#include "core/profile.h"
#include "loopbackserver.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "settings/settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace ConferTest;

namespace
{

const QByteArray answer
    = R"(data: {"id":"c","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]})"
      "\n\ndata: [DONE]\n\n";

const QByteArray firstWords
    = R"(data: {"id":"c","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":"Half"},"finish_reason":null}]})"
      "\n\n";

ChatRequest hello()
{
    ChatRequest request;
    request.messages = {{ChatMessage::Role::User, QStringLiteral("Hello")}};
    return request;
}

}

class TestProviderServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("OPENAI_API_KEY", "sk-services-test"); }

    void init()
    {
        m_profileDirectory = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profileDirectory->isValid());
        m_profile = Profile::inDirectory(m_profileDirectory->path());
        QVERIFY(!m_profile.ensureDirectories());
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        m_services = std::make_unique<ProviderServices>(m_profile, &m_keys);
        // Set after the services exist: a change applies to the next job without a restart.
        QCOMPARE(m_services->registry().setBaseUrl(QStringLiteral("openai"), m_server->url(QStringLiteral("/v1"))),
            std::nullopt);
    }

    void cleanup()
    {
        m_jobs.clear();
        m_services.reset();
        m_server.reset();
        m_profileDirectory.reset();
    }

    void inactivityTimeoutFromSettings_data()
    {
        QTest::addColumn<int>("settingSeconds");
        QTest::addColumn<int>("optionSeconds"); // 0: the job's options leave it unset
        QTest::addColumn<QString>("message");
        QTest::newRow("the setting") << 1 << 0 << QStringLiteral("OpenAI sent nothing for 1 seconds.");
        QTest::newRow("the job's own option wins") << 3600 << 1 << QStringLiteral("OpenAI sent nothing for 1 seconds.");
    }

    void inactivityTimeoutFromSettings()
    {
        QFETCH(int, settingSeconds);
        QFETCH(int, optionSeconds);
        QFETCH(QString, message);
        {
            const auto storage = m_profile.openSettings();
            Settings(*storage).setValue(Settings::Key::InactivityTimeout, settingSeconds);
        }
        ScriptedResponse stall = ScriptedResponse::stream("text/event-stream", firstWords);
        stall.end = ScriptedResponse::End::Stall;
        m_server->enqueue(stall);

        ChatJobOptions options;
        if (optionSeconds > 0) {
            options.inactivityTimeout = std::chrono::seconds(optionSeconds);
        }
        QString error;
        auto job = m_services->createJob(*ModelReference::parse(QStringLiteral("openai/m")), hello(), options, &error);
        QVERIFY2(job, qPrintable(error));
        QSignalSpy finished(job.get(), &ChatJob::finished);
        m_services->submit(job.get());
        // Without the setting the job would wait the default 120 s.
        QVERIFY(finished.wait(20000));
        const ChatResult &result = job->result();
        QCOMPARE(int(result.status), int(ChatResult::Status::Failed));
        QVERIFY(result.error);
        QCOMPARE(int(result.error->kind), int(ErrorKind::Timeout));
        QCOMPARE(result.errorMessage, message);
        QCOMPARE(result.text, QStringLiteral("Half"));
    }

    void streamLimitFromSettings_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("limit");
        QTest::newRow("cloud preset lowered from 8 to 2") << QStringLiteral("openai") << 2;
        QTest::newRow("local preset raised from 1 to 3") << QStringLiteral("ollama") << 3;
    }

    void streamLimitFromSettings()
    {
        QFETCH(QString, provider);
        QFETCH(int, limit);
        QCOMPARE(m_services->registry().setBaseUrl(provider, m_server->url(QStringLiteral("/v1"))), std::nullopt);
        QCOMPARE(m_services->registry().setMaxConcurrentStreams(provider, limit), std::nullopt);
        ScriptedResponse response = provider == QLatin1String("ollama")
            ? ScriptedResponse::stream("application/x-ndjson",
                  R"({"model":"m","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":"ok"},"done":false})"
                  "\n"
                  R"({"model":"m","created_at":"2025-08-20T10:00:01Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true})"
                  "\n")
            : ScriptedResponse::stream("text/event-stream", answer);
        response.held = true;
        m_server->setFallback(response);

        const int count = limit + 2;
        for (int i = 0; i < count; ++i) {
            QString error;
            m_jobs.push_back(
                m_services->createJob(*ModelReference::parse(provider + QStringLiteral("/m")), hello(), {}, &error));
            QVERIFY2(m_jobs.back(), qPrintable(error));
            m_services->submit(m_jobs.back().get());
        }
        QCOMPARE(m_services->scheduler().runningCount(provider), limit);
        QCOMPARE(m_services->scheduler().queuedCount(provider), 2);
        QTRY_COMPARE(m_server->heldCount(), limit);
        QTRY_COMPARE(int(m_server->requests().size()), limit);
        while (m_server->heldCount() > 0) {
            m_server->releaseHeld();
            QTRY_VERIFY(m_server->heldCount() > 0 || m_jobs.back()->state() == ChatJob::State::Finished);
        }
        for (const auto &job : m_jobs) {
            QTRY_COMPARE(job->state(), ChatJob::State::Finished);
            QCOMPARE(job->result().text, QStringLiteral("ok"));
        }
        QCOMPARE(m_server->maxOpenResponses(), limit);
        QCOMPARE(int(m_server->requests().size()), count);
    }

    void extraHeadersFromSettings()
    {
        const RawHeaders headers {{"x-gateway-team", "research"}, {"x-trace", "on"}};
        QCOMPARE(m_services->registry().setExtraHeaders(QStringLiteral("openai"), headers), std::nullopt);
        QCOMPARE(m_services->registry().provider(QStringLiteral("openai"))->extraHeaders, headers);
        m_server->enqueue(ScriptedResponse::stream("text/event-stream", answer));
        QString error;
        auto job = m_services->createJob(*ModelReference::parse(QStringLiteral("openai/m")), hello(), {}, &error);
        QVERIFY2(job, qPrintable(error));
        QSignalSpy finished(job.get(), &ChatJob::finished);
        m_services->submit(job.get());
        QVERIFY(finished.wait(20000));
        QCOMPARE(job->result().text, QStringLiteral("ok"));
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &request = m_server->requests().constFirst();
        QCOMPARE(request.path, QByteArray("/v1/chat/completions")); // the base URL override
        QCOMPARE(request.header("x-gateway-team"), QByteArray("research"));
        QCOMPARE(request.header("x-trace"), QByteArray("on"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-services-test"));

        // Credentials are never stored as headers; an empty list clears them.
        QVERIFY(m_services->registry().setExtraHeaders(QStringLiteral("openai"), {{"Authorization", "Bearer x"}}));
        QVERIFY(m_services->registry().setExtraHeaders(QStringLiteral("openai"), {{"x-api-key", "x"}}));
        QVERIFY(m_services->registry().setExtraHeaders(QStringLiteral("nobody"), headers));
        QCOMPARE(m_services->registry().setExtraHeaders(QStringLiteral("openai"), {}), std::nullopt);
        QVERIFY(m_services->registry().provider(QStringLiteral("openai"))->extraHeaders.isEmpty());
    }

private:
    EnvironmentKeySource m_keys;
    std::unique_ptr<QTemporaryDir> m_profileDirectory;
    Profile m_profile = Profile::standard();
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<ProviderServices> m_services;
    std::vector<std::unique_ptr<ChatJob>> m_jobs;
};

QTEST_GUILESS_MAIN(TestProviderServices)
#include "tst_providerservices.moc"
