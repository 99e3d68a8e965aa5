// `confer ask` saves its conversation: the real executable, a temporary
// profile with a real SQLite file, a loopback Ollama server, and the store
// read back through `confer history` and `confer export`.

#include "conferprocess.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ConferTest;

namespace
{

using Run = ConferRun;

QByteArray ollamaLine(const QByteArray &model, const QByteArray &content)
{
    return R"({"model":")" + model
        + R"(","created_at":"2025-08-20T10:00:00Z","message":{"role":"assistant","content":")" + content
        + R"("},"done":false})" + "\n";
}

QByteArray ollamaStream(const QByteArray &model, const QByteArray &first, const QByteArray &second)
{
    return ollamaLine(model, first) + ollamaLine(model, second) + R"({"model":")" + model
        + R"(","created_at":"2025-08-20T10:00:01Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":100,"prompt_eval_count":26,"eval_count":3})"
          "\n";
}

ScriptedResponse answer(const QByteArray &model, const QByteArray &first, const QByteArray &second)
{
    return ScriptedResponse::stream("application/x-ndjson", ollamaStream(model, first, second));
}

QString dataDirectory(const QString &profile)
{
    return profile + QStringLiteral("/data");
}

QString databasePath(const QString &profile)
{
    return dataDirectory(profile) + QStringLiteral("/conversations.sqlite");
}

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
        m_server->enqueue(answer("llama3.2", "Hello from ", "Ollama"));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"),
            QStringLiteral("Say hello\nplease")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("Hello from Ollama\n"));
        const qint64 id = conversationId(run.err);
        QVERIFY2(id > 0, qPrintable(run.err));
        QVERIFY(QFile::exists(databasePath(m_profile->path())));

        const Run list = confer({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray conversations = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.at(0).toObject().value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(conversations.at(0).toObject().value(QLatin1String("title")).toString(), QStringLiteral("Say hello"));

        const Run show = confer({QStringLiteral("history"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QLatin1String("### ollama/llama3.2\n\nHello from Ollama")), qPrintable(show.out));
        QVERIFY2(show.out.contains(QLatin1String("26 in, 3 out tokens")), qPrintable(show.out));

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
        m_server->enqueue(answer("llama3.2", "a", "b"));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("--json"), QStringLiteral("-m"),
            QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(run.out.section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
        QCOMPARE(first.value(QLatin1String("event")).toString(), QStringLiteral("conversation"));
        QVERIFY(first.value(QLatin1String("id")).toInteger() > 0);
        QCOMPARE(first.value(QLatin1String("id")).toInteger(), conversationId(run.err));
    }

    // Ollama streams one answer at a time, so the server answers a, b, c in order.
    void severalModelsMakeOneConversation()
    {
        m_server->enqueue(answer("a-1", "Answer ", "A"));
        m_server->enqueue(answer("b-1", "Answer ", "B"));
        m_server->enqueue(answer("c-1", "Answer ", "C"));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/a"),
            QStringLiteral("-m"), QStringLiteral("ollama/b"), QStringLiteral("-m"), QStringLiteral("ollama/c"),
            QStringLiteral("Compare")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1String("conversation: ")), 1);
        const QJsonObject conversation = exported(conversationId(run.err));
        QCOMPARE(conversation.value(QLatin1String("title")).toString(), QStringLiteral("Compare"));
        const QJsonArray lanes = conversation.value(QLatin1String("lanes")).toArray();
        QCOMPARE(lanes.size(), 3);
        QHash<qint64, QString> laneModels;
        for (const QJsonValue &lane : lanes) {
            laneModels.insert(lane.toObject().value(QLatin1String("key")).toInteger(),
                lane.toObject().value(QLatin1String("model")).toString());
        }
        QCOMPARE(laneModels.size(), 3);
        QStringList answers;
        int turns = 0;
        for (const QJsonValue &value : conversation.value(QLatin1String("messages")).toArray()) {
            const QJsonObject message = value.toObject();
            if (message.value(QLatin1String("role")).toString() == QLatin1String("user")) {
                ++turns;
                continue;
            }
            const QString model = message.value(QLatin1String("model")).toString();
            QCOMPARE(laneModels.value(message.value(QLatin1String("lane")).toInteger()), model);
            const QString letter = model.section(QLatin1Char('/'), 1);
            QCOMPARE(message.value(QLatin1String("content")).toString(), QStringLiteral("Answer ") + letter.toUpper());
            const QJsonObject metrics = message.value(QLatin1String("metrics")).toObject();
            QCOMPARE(metrics.value(QLatin1String("answeredModel")).toString(), letter + QStringLiteral("-1"));
            QCOMPARE(metrics.value(QLatin1String("outputTokens")).toInt(), 3);
            answers.append(model);
        }
        QCOMPARE(turns, 1);
        answers.sort();
        QCOMPARE(answers,
            (QStringList {QStringLiteral("ollama/a"), QStringLiteral("ollama/b"), QStringLiteral("ollama/c")}));
    }

    void continuesEachLaneWithItsOwnHistory()
    {
        m_server->enqueue(answer("a", "First ", "from A"));
        m_server->enqueue(answer("b", "First ", "from B"));
        const Run first = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/a"),
            QStringLiteral("-m"), QStringLiteral("ollama/b"), QStringLiteral("--temperature"), QStringLiteral("0.25"),
            QStringLiteral("First question")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const qint64 id = conversationId(first.err);
        QVERIFY(id > 0);

        m_server->enqueue(answer("a", "Second ", "from A"));
        m_server->enqueue(answer("b", "Second ", "from B"));
        const Run second = confer({QStringLiteral("ask"), QStringLiteral("--conversation"), QString::number(id),
            QStringLiteral("Second question")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(conversationId(second.err), id);
        QCOMPARE(m_server->requests().size(), 4);
        for (const QByteArray &lane : {QByteArray("A"), QByteArray("B")}) {
            const QByteArray own = QByteArray("First from ") + lane;
            const QByteArray other = QByteArray("First from ") + (lane == "A" ? "B" : "A");
            const QByteArray body = requestFor(2, QByteArray("\"model\":\"") + lane.toLower() + '"');
            QVERIFY2(!body.isEmpty(), lane.constData());
            QVERIFY2(body.contains("First question"), body.constData());
            QVERIFY2(body.contains(own), body.constData());
            QVERIFY2(!body.contains(other), body.constData());
            QVERIFY2(body.contains("Second question"), body.constData());
            QVERIFY2(body.contains("\"temperature\":0.25"), body.constData()); // the lane kept its parameters
            QVERIFY(body.indexOf("First question") < body.indexOf(own));
            QVERIFY(body.indexOf(own) < body.indexOf("Second question"));
        }
        QCOMPARE(exported(id).value(QLatin1String("messages")).toArray().size(), 6);

        // A model named with -m takes its lane; a new one gets a lane of its own.
        m_server->enqueue(answer("c", "Third ", "from C"));
        const Run third = confer({QStringLiteral("ask"), QStringLiteral("--conversation"), QString::number(id),
            QStringLiteral("-m"), QStringLiteral("ollama/c"), QStringLiteral("Third question")});
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        const QByteArray body = m_server->requests().at(4).body;
        QVERIFY2(body.contains("Third question") && !body.contains("First question"), body.constData());
        QCOMPARE(exported(id).value(QLatin1String("lanes")).toArray().size(), 3);

        const Run missing = confer({QStringLiteral("ask"), QStringLiteral("--conversation"), QString::number(id + 100),
            QStringLiteral("Fourth")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("There is no conversation")), qPrintable(missing.err));
        QCOMPARE(m_server->requests().size(), 5);
    }

    void newConversationsTakeTheDefaults()
    {
        {
            const auto storage = Confer::Profile::inDirectory(m_profile->path()).openSettings();
            Confer::Settings settings(*storage);
            using Key = Confer::Settings::Key;
            settings.setValue(Key::DefaultModels, QStringList {QStringLiteral("ollama/a"), QStringLiteral("ollama/b")});
            settings.setValue(Key::SystemPrompt, QStringLiteral("Answer in one line."));
            settings.setValue(Key::Temperature, 0.3);
            settings.setValue(Key::MaxOutputTokens, 77);
            storage->sync();
            QCOMPARE(storage->status(), QSettings::NoError);
        }
        m_server->enqueue(answer("a", "From ", "A"));
        m_server->enqueue(answer("b", "From ", "B"));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("Question")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_server->requests().size(), 2);
        for (const char *model : {"a", "b"}) {
            const QByteArray body = requestFor(0, QByteArray("\"model\":\"") + model + QByteArray("\""));
            QVERIFY2(!body.isEmpty(), model);
            QVERIFY2(body.contains("{\"content\":\"Answer in one line.\",\"role\":\"system\"}"), body.constData());
            QVERIFY2(body.contains(R"("temperature":0.3)"), body.constData());
            QVERIFY2(body.contains(R"("num_predict":77)"), body.constData());
        }
        const QJsonObject conversation = exported(conversationId(run.err));
        QCOMPARE(conversation.value(QLatin1String("lanes")).toArray().size(), 2);

        // The command line wins over the defaults.
        m_server->enqueue(answer("c", "From ", "C"));
        const Run own = confer({QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/c"),
            QStringLiteral("--system"), QString(), QStringLiteral("--temperature"), QStringLiteral("0.9"),
            QStringLiteral("--max-tokens"), QStringLiteral("5"), QStringLiteral("Other")});
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        const QByteArray body = m_server->requests().at(2).body;
        QVERIFY2(body.contains(R"("model":"c")"), body.constData());
        QVERIFY2(!body.contains("Answer in one line."), body.constData());
        QVERIFY2(body.contains(R"("temperature":0.9)"), body.constData());
        QVERIFY2(body.contains(R"("num_predict":5)"), body.constData());
    }

    void noSaveWritesNothing()
    {
        m_server->enqueue(answer("llama3.2", "a", "b"));
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("--no-save"), QStringLiteral("-m"),
            QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("ab\n"));
        QVERIFY2(!run.err.contains(QLatin1String("conversation:")), qPrintable(run.err));
        QVERIFY(!QFile::exists(databasePath(m_profile->path())));

        const Run conflicting = confer({QStringLiteral("ask"), QStringLiteral("--no-save"),
            QStringLiteral("--conversation"), QStringLiteral("1"), QStringLiteral("hi")});
        QCOMPARE(conflicting.exitCode, 2);
    }

    void unwritableStoreKeepsTheAnswer_data()
    {
        QTest::addColumn<QString>("blocked"); // what stands where the store should be
        QTest::addColumn<bool>("directory");
        QTest::newRow("data directory is a file") << QStringLiteral("data") << false;
        QTest::newRow("database file is a directory") << QStringLiteral("data/conversations.sqlite") << true;
        QTest::newRow("database file is not SQLite") << QStringLiteral("data/conversations.sqlite") << false;
    }

    void unwritableStoreKeepsTheAnswer()
    {
        QFETCH(QString, blocked);
        QFETCH(bool, directory);
        const QString path = m_profile->filePath(blocked);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QDir(path).removeRecursively();
        if (directory) {
            QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        m_server->enqueue(answer("llama3.2", "Still ", "here"));
        const Run run = confer(
            {QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.out, QStringLiteral("Still here\n"));
        QVERIFY2(run.err.contains(QLatin1String("The conversation could not be saved: ")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1String("could not be saved")), 1);
        QVERIFY2(!run.err.contains(QLatin1String("conversation: ")), qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);

        // Continuing needs the stored history, so nothing is asked at all.
        const Run continued = confer({QStringLiteral("ask"), QStringLiteral("--conversation"), QStringLiteral("1"),
            QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("more")});
        QCOMPARE(continued.exitCode, 1);
        QVERIFY2(continued.err.contains(QLatin1String("could not be saved")), qPrintable(continued.err));
        QCOMPARE(m_server->requests().size(), 1);
    }

    // Another writer holds the database while the answer streams: the failure
    // is reported once, the answer still printed, and the reply saved on retry.
    void lockedStoreIsRetried()
    {
        ScriptedResponse held = answer("llama3.2", "Kept ", "anyway");
        held.held = true;
        m_server->enqueue(held);
        QProcess process;
        process.setProcessEnvironment(baseEnvironment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(executable(),
            {QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->heldCount(), 1, 15000);

        Confer::Store::Database database(databasePath(m_profile->path()));
        QVERIFY2(database.open(), qPrintable(database.lastError().message));
        QVERIFY(database.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        m_server->releaseHeld();
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("could not be saved"), 30000);
        QVERIFY(database.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(finished.wait(30000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, err.constData());
        QCOMPARE(process.readAllStandardOutput(), QByteArray("Kept anyway\n"));
        QCOMPARE(err.count("could not be saved"), 1);
        QVERIFY2(err.contains("The conversation was saved after all."), err.constData());
        const QJsonObject reply = lastReply(exported(conversationId(QString::fromUtf8(err))));
        QCOMPARE(reply.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(reply.value(QLatin1String("content")).toString(), QStringLiteral("Kept anyway"));
    }

    void brokenStreamKeepsPartialText_data()
    {
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("shown"); // in `confer history show`
        QTest::newRow("dropped connection") << int(ScriptedResponse::End::Drop) << 200 << QStringLiteral("interrupted")
                                            << QStringLiteral("Partial") << QStringLiteral("**Interrupted**");
        QTest::newRow("inactivity timeout") << int(ScriptedResponse::End::Stall) << 200 << QStringLiteral("interrupted")
                                            << QStringLiteral("Partial") << QStringLiteral("**Interrupted**");
        QTest::newRow("error before any text") << int(ScriptedResponse::End::Complete) << 404 << QStringLiteral("error")
                                               << QString() << QStringLiteral("**Error: not found (HTTP 404)");
    }

    void brokenStreamKeepsPartialText()
    {
        QFETCH(int, end);
        QFETCH(int, httpStatus);
        QFETCH(QString, status);
        QFETCH(QString, content);
        QFETCH(QString, shown);
        ScriptedResponse response = httpStatus == 200
            ? ScriptedResponse::stream("application/x-ndjson", ollamaLine("llama3.2", "Partial"))
            : ScriptedResponse::json(httpStatus, R"({"error":"model 'llama3.2' not found"})");
        response.end = ScriptedResponse::End(end);
        m_server->enqueue(response);
        const Run run = confer({QStringLiteral("ask"), QStringLiteral("--timeout"), QStringLiteral("1"),
            QStringLiteral("-m"), QStringLiteral("ollama/llama3.2"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, content.isEmpty() ? QString() : content + QLatin1Char('\n'));
        const qint64 id = conversationId(run.err);
        QVERIFY2(id > 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("could not be saved")), qPrintable(run.err));
        const QJsonObject reply = lastReply(exported(id));
        QCOMPARE(reply.value(QLatin1String("status")).toString(), status);
        QCOMPARE(reply.value(QLatin1String("content")).toString(), content);
        QVERIFY(reply.value(QLatin1String("error")).isObject());

        const Run show = confer({QStringLiteral("history"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(show.out.contains(shown), qPrintable(show.out));
    }

    void interruptSavesCancelled_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl+C (SIGINT)") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }

    void interruptSavesCancelled()
    {
        QFETCH(int, signal);
        ScriptedResponse response = ScriptedResponse::stream("application/x-ndjson", ollamaLine("llama3.2", "Partial"));
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
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY(finished.wait(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const qint64 id = conversationId(err);
        QVERIFY2(id > 0, qPrintable(err));
        const QJsonObject reply = lastReply(exported(id));
        QCOMPARE(reply.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(reply.value(QLatin1String("content")).toString(), QStringLiteral("Partial"));
        const Run show = confer({QStringLiteral("history"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(show.out.contains(QLatin1String("Partial\n\n**Stopped**")), qPrintable(show.out));
    }

private:
    static qint64 conversationId(const QString &err)
    {
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("conversation: (\\d+)")).match(err);
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

    // The body of the first request from index on that contains marker.
    QByteArray requestFor(qsizetype from, const QByteArray &marker) const
    {
        for (qsizetype i = from; i < m_server->requests().size(); ++i) {
            if (m_server->requests().at(i).body.contains(marker)) {
                return m_server->requests().at(i).body;
            }
        }
        return {};
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
    Run confer(const QStringList &arguments, const QByteArray &input = {})
    {
        return runConfer(arguments, baseEnvironment(), input);
    }

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<LoopbackServer> m_server;
};

QTEST_GUILESS_MAIN(TestAskSave)
#include "tst_asksave.moc"
