// `confer ask` saves its conversation: the real executable, a temporary
// profile, a loopback Ollama server, and the store read back through
// `confer history` and `confer export`.

#include "conferprocess.h"
#include "loopbackserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ConferTest;

namespace
{

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray ollamaStream(const QByteArray &first, const QByteArray &second)
{
    return R"({"model":"llama3.2","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":")"
        + first
        + R"("},"done":false})"
          "\n"
          R"({"model":"llama3.2","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":")"
        + second
        + R"("},"done":false})"
          "\n"
          R"({"model":"llama3.2","created_at":"2025-08-20T10:00:01Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":100,"prompt_eval_count":26,"eval_count":3})"
          "\n";
}

const QByteArray partialLine
    = R"({"model":"llama3.2","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":"Partial"},"done":false})"
      "\n";

}

class TestAskSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        QCOMPARE(confer({QStringLiteral("providers"), QStringLiteral("set-url"), QStringLiteral("ollama"),
                            m_server->url().toString()})
                     .exitCode,
            0);
    }

    void cleanup()
    {
        m_server.reset();
        m_profile.reset();
    }

    void savesTextAndMetrics()
    {
        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream("Hello from ", "Ollama")));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"),
            QStringLiteral("Say hello\nplease")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("Hello from Ollama\n"));
        const qint64 id = conversationId(run.err);
        QVERIFY2(id > 0, qPrintable(run.err));

        const Run list = confer({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray conversations = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.at(0).toObject().value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(conversations.at(0).toObject().value(QLatin1String("title")).toString(), QStringLiteral("Say hello"));

        const Run show = confer({QStringLiteral("history"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QLatin1String("Hello from Ollama")), qPrintable(show.out));

        const QJsonObject conversation = exported(id);
        const QJsonArray messages = conversation.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(
            messages.at(0).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Say hello\nplease"));
        const QJsonObject reply = messages.at(1).toObject();
        QCOMPARE(reply.value(QLatin1String("content")).toString(), QStringLiteral("Hello from Ollama"));
        QCOMPARE(reply.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(reply.value(QLatin1String("model")).toString(), QStringLiteral("ollama/llama3.2"));
        const QJsonObject metrics = reply.value(QLatin1String("metrics")).toObject();
        QCOMPARE(metrics.value(QLatin1String("inputTokens")).toInt(), 26);
        QCOMPARE(metrics.value(QLatin1String("outputTokens")).toInt(), 3);
        QCOMPARE(metrics.value(QLatin1String("finishReason")).toString(), QStringLiteral("stop"));
        QCOMPARE(metrics.value(QLatin1String("answeredModel")).toString(), QStringLiteral("llama3.2"));
        QVERIFY(metrics.value(QLatin1String("durationMs")).toDouble() >= 0);
    }

    void jsonModeEmitsTheId()
    {
        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream("a", "b")));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("-m"),
            QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(run.out.section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
        QCOMPARE(first.value(QLatin1String("event")).toString(), QStringLiteral("conversation"));
        QCOMPARE(first.value(QLatin1String("id")).toInteger(), conversationId(run.err));
    }

    void threeModelsThreeLanes()
    {
        for (int i = 0; i < 3; ++i) {
            m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream("Hello from ", "Ollama")));
        }
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/a"),
            QStringLiteral("-m"), QStringLiteral("ollama/b"), QStringLiteral("-m"), QStringLiteral("ollama/c"),
            QStringLiteral("Compare")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject conversation = exported(conversationId(run.err));
        const QJsonArray lanes = conversation.value(QLatin1String("lanes")).toArray();
        QCOMPARE(lanes.size(), 3);
        QStringList models;
        for (const QJsonValue &lane : lanes) {
            models.append(lane.toObject().value(QLatin1String("model")).toString());
        }
        QCOMPARE(
            models, (QStringList {QStringLiteral("ollama/a"), QStringLiteral("ollama/b"), QStringLiteral("ollama/c")}));
        int replies = 0;
        for (const QJsonValue &message : conversation.value(QLatin1String("messages")).toArray()) {
            if (message.toObject().value(QLatin1String("role")).toString() == QLatin1String("assistant")) {
                ++replies;
                QCOMPARE(
                    message.toObject().value(QLatin1String("content")).toString(), QStringLiteral("Hello from Ollama"));
            }
        }
        QCOMPARE(replies, 3);
    }

    void continuesWithHistory()
    {
        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream("First ", "answer")));
        const Run first = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"),
            QStringLiteral("First question")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const qint64 id = conversationId(first.err);

        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream("Second ", "answer")));
        const Run second = confer({QStringLiteral("ask"), QStringLiteral("--conversation"), QString::number(id),
            QStringLiteral("Second question")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(conversationId(second.err), id);
        QCOMPARE(m_server->requests().size(), 2);
        const QByteArray body = m_server->requests().at(1).body;
        QVERIFY2(body.contains("First question"), body.constData());
        QVERIFY(body.contains("First answer"));
        QVERIFY(body.contains("Second question"));
        QVERIFY(body.contains(R"("model":"llama3.2")"));
        QCOMPARE(exported(id).value(QLatin1String("messages")).toArray().size(), 4);

        const Run missing = confer({QStringLiteral("ask"), QStringLiteral("--conversation"), QString::number(id + 100),
            QStringLiteral("Third")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("No conversation")), qPrintable(missing.err));
    }

    void noSaveLeavesTheStoreEmpty()
    {
        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream("a", "b")));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("--no-save"), QStringLiteral("-m"),
            QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.err.contains(QLatin1String("conversation:")));
        const Run list = confer({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void errorKeepsPartialText()
    {
        ScriptedResponse response = ScriptedResponse::stream("application/x-ndjson", partialLine);
        response.end = ScriptedResponse::End::Stall;
        m_server->enqueue(response);
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("--timeout"), QStringLiteral("1"),
            QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject reply = lastReply(exported(conversationId(run.err)));
        QCOMPARE(reply.value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QCOMPARE(reply.value(QLatin1String("content")).toString(), QStringLiteral("Partial"));
        QVERIFY(reply.value(QLatin1String("error")).isObject());
    }

    void terminateKeepsCancelledPartialText()
    {
        ScriptedResponse response = ScriptedResponse::stream("application/x-ndjson", partialLine);
        response.end = ScriptedResponse::End::Stall;
        m_server->enqueue(response);
        QProcess process;
        process.setProcessEnvironment(baseEnvironment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(executable(),
            {QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Partial"), 15000);
        process.terminate();
        QVERIFY(finished.wait(15000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QJsonObject reply = lastReply(exported(conversationId(err)));
        QCOMPARE(reply.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(reply.value(QLatin1String("content")).toString(), QStringLiteral("Partial"));
    }

    void unwritableStoreKeepsTheAnswer()
    {
        // The store's directory is a file, so no database can be opened or created there.
        const QString data = m_profile->filePath(QStringLiteral("data"));
        QVERIFY(QDir(data).removeRecursively());
        QFile blocker(data);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_server->enqueue(ScriptedResponse::stream("application/x-ndjson", ollamaStream("Still ", "here")));
        const Run run = confer(
            {QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.out, QStringLiteral("Still here\n"));
        QVERIFY2(run.err.contains(QLatin1String("could not be saved")), qPrintable(run.err));
    }

private:
    static qint64 conversationId(const QString &err)
    {
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("conversation: (\\d+)")).match(err);
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

    QJsonObject exported(qint64 id)
    {
        const Run run = confer(
            {QStringLiteral("export"), QString::number(id), QStringLiteral("--format"), QStringLiteral("json")});
        if (run.exitCode != 0) {
            qWarning() << run.err;
            return {};
        }
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        return document.contains(QLatin1String("conversations"))
            ? document.value(QLatin1String("conversations")).toArray().at(0).toObject()
            : document;
    }

    static QJsonObject lastReply(const QJsonObject &conversation)
    {
        const QJsonArray messages = conversation.value(QLatin1String("messages")).toArray();
        return messages.isEmpty() ? QJsonObject() : messages.last().toObject();
    }

    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONFER_PROFILE"), m_profile->path());
        return environment;
    }

    // Runs confer while this test's event loop keeps serving the loopback server.
    Run confer(const QStringList &arguments, const QByteArray &input = {},
        std::optional<QProcessEnvironment> environment = std::nullopt)
    {
        QProcess process;
        process.setProcessEnvironment(environment.value_or(baseEnvironment()));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(executable(), arguments);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(30000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<LoopbackServer> m_server;
};

QTEST_GUILESS_MAIN(TestAskSave)
#include "tst_asksave.moc"
