// The scheduler with real streams: a local server's lane queues, a cloud provider's runs at once.

#include "loopbackserver.h"
#include "providers/network/chatjob.h"
#include "providers/network/httppolicy.h"
#include "providers/network/streamscheduler.h"
#include "providers/protocol/openaiadapter.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Confer;
using namespace ConferTest;

namespace
{

const QByteArray answer
    = R"(data: {"id":"c","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]})"
      "\n\ndata: [DONE]\n\n";

}

class TestStreamScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        ScriptedResponse response = ScriptedResponse::stream("text/event-stream", answer);
        response.held = true;
        m_server->setFallback(response);
        m_network = Http::createNetworkAccessManager();
    }

    void cleanup()
    {
        m_jobs.clear();
        m_network.reset();
        m_server.reset();
    }

    void localServerQueues()
    {
        const ProviderInfo info = provider(QStringLiteral("ollama"), 1);
        StreamScheduler scheduler;
        QList<QSignalSpy *> queuedSpies;
        for (int i = 0; i < 4; ++i) {
            m_jobs.push_back(makeJob(info));
            queuedSpies.append(new QSignalSpy(m_jobs.back().get(), &ChatJob::queued));
            scheduler.submit(m_jobs.back().get());
        }
        QCOMPARE(scheduler.runningCount(info.id), 1);
        QCOMPARE(scheduler.queuedCount(info.id), 3);
        QCOMPARE(queuedSpies.at(0)->size(), 0);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(queuedSpies.at(i)->size(), 1);
        }
        qDeleteAll(queuedSpies);

        for (int answered = 0; answered < 4; ++answered) {
            QTRY_COMPARE(m_server->heldCount(), 1);
            QCOMPARE(int(m_server->requests().size()), answered + 1);
            m_server->releaseHeld();
            QTRY_COMPARE(m_jobs.at(answered)->state(), ChatJob::State::Finished);
        }
        QCOMPARE(m_server->maxOpenResponses(), 1);
        for (const auto &job : m_jobs) {
            QCOMPARE(int(job->result().status), int(ChatResult::Status::Completed));
            QCOMPARE(job->result().text, QStringLiteral("ok"));
        }
        QCOMPARE(scheduler.runningCount(info.id), 0);
    }

    void cloudProviderRunsAtOnce()
    {
        const ProviderInfo info = provider(QStringLiteral("openai"), 8);
        StreamScheduler scheduler;
        for (int i = 0; i < 8; ++i) {
            m_jobs.push_back(makeJob(info));
            QSignalSpy queued(m_jobs.back().get(), &ChatJob::queued);
            scheduler.submit(m_jobs.back().get());
            QCOMPARE(queued.size(), 0);
        }
        QCOMPARE(scheduler.runningCount(info.id), 8);
        // All eight requests reach the server before any answer: more than QNetworkAccessManager's
        // default six connections per host.
        QTRY_COMPARE(m_server->heldCount(), 8);
        m_server->releaseHeld();
        for (const auto &job : m_jobs) {
            QTRY_COMPARE(job->state(), ChatJob::State::Finished);
            QCOMPARE(job->result().text, QStringLiteral("ok"));
        }
        QCOMPARE(m_server->maxOpenResponses(), 8);
    }

    void cancellingAQueuedJobFreesItsPlace()
    {
        const ProviderInfo info = provider(QStringLiteral("lmstudio"), 1);
        StreamScheduler scheduler;
        for (int i = 0; i < 3; ++i) {
            m_jobs.push_back(makeJob(info));
            scheduler.submit(m_jobs.back().get());
        }
        m_jobs.at(1)->cancel();
        QCOMPARE(int(m_jobs.at(1)->result().status), int(ChatResult::Status::Cancelled));
        QCOMPARE(scheduler.queuedCount(info.id), 1);
        QTRY_COMPARE(m_server->heldCount(), 1);
        m_server->releaseHeld();
        QTRY_COMPARE(m_jobs.at(0)->state(), ChatJob::State::Finished);
        QTRY_COMPARE(m_server->heldCount(), 1);
        m_server->releaseHeld();
        QTRY_COMPARE(m_jobs.at(2)->state(), ChatJob::State::Finished);
        QCOMPARE(m_server->requests().size(), 2);
    }

private:
    ProviderInfo provider(const QString &id, int streams) const
    {
        ProviderInfo info;
        info.id = id;
        info.displayName = id;
        info.baseUrl = m_server->url(QStringLiteral("/v1"));
        info.maxConcurrentStreams = streams;
        return info;
    }

    std::unique_ptr<ChatJob> makeJob(const ProviderInfo &info)
    {
        ChatRequest request;
        request.model = QStringLiteral("m");
        request.messages = {{ChatMessage::Role::User, QStringLiteral("hi")}};
        return std::make_unique<ChatJob>(m_network.get(), nullptr, info, m_adapter, request);
    }

    OpenAiAdapter m_adapter;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::vector<std::unique_ptr<ChatJob>> m_jobs;
};

QTEST_GUILESS_MAIN(TestStreamScheduler)
#include "tst_streamscheduler.moc"
