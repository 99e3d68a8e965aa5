// Never lose a word: a child process streams into the store and is killed
// with SIGKILL at random moments, 50 times. After each kill the database
// passes its integrity check, everything the child reported committed is
// there, and the reply it was writing is marked interrupted with its text.
#include "storetesthelpers.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Confer::Store;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileStreaming();

private:
    // The text of reply `id` after `tokens` deltas.
    static QString expectedText(qint64 id, int tokens)
    {
        QString text;
        for (int i = 0; i < tokens; ++i) {
            text += QStringLiteral("%1.%2 ").arg(id).arg(i);
        }
        return text;
    }
};

void TestCrash::killedWhileStreaming()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conversations.sqlite"));
    QHash<qint64, qsizetype> completed; // reply → length, over all runs
    QList<qint64> turns;
    int interruptedSeen = 0;

    for (int run = 0; run < 50; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(STREAM_HELPER), {path, QStringLiteral("20")});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

        // Kill after a random number of commits: anywhere from the first
        // save to a few replies in.
        const int killAfter = int(QRandomGenerator::global()->bounded(1, 40));
        int saves = 0;
        QHash<qint64, qsizetype> saved;
        qint64 lastReply = 0;
        QByteArray pending;
        const auto readLines = [&] {
            pending += child.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> words = pending.left(end).split(' ');
                pending.remove(0, end + 1);
                if (words.value(0) == "turn") {
                    turns.append(words.value(1).toLongLong());
                } else if (words.value(0) == "reply") {
                    lastReply = words.value(1).toLongLong();
                } else if (words.value(0) == "saved") {
                    saved.insert(words.value(1).toLongLong(), words.value(2).toLongLong());
                    ++saves;
                } else if (words.value(0) == "done") {
                    completed.insert(words.value(1).toLongLong(), words.value(2).toLongLong());
                }
            }
        };
        while (saves < killAfter) {
            QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
            readLines();
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        readLines();

        Database database(path);
        QVERIFY2(database.open(), qPrintable(database.lastError().message));
        QCOMPARE(
            ConferTest::scalar(database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        ConversationStore store(database);
        for (qint64 turn : std::as_const(turns)) {
            QVERIFY2(store.message(turn), qPrintable(QStringLiteral("prompt %1 is lost").arg(turn)));
        }
        for (auto it = completed.cbegin(); it != completed.cend(); ++it) {
            const auto reply = store.message(it.key());
            QVERIFY(reply);
            QCOMPARE(reply->status, MessageStatus::Complete);
            QCOMPARE(reply->content, expectedText(it.key(), 60));
            QCOMPARE(reply->content.size(), it.value());
        }
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            const auto reply = store.message(it.key());
            QVERIFY(reply);
            QVERIFY2(reply->content.size() >= it.value(), "a committed part of a reply is lost");
        }
        if (lastReply && !completed.contains(lastReply)) {
            const auto reply = store.message(lastReply);
            QVERIFY(reply);
            // Killed after committing the finish but before saying so: complete.
            if (reply->status == MessageStatus::Complete) {
                QCOMPARE(reply->content, expectedText(lastReply, 60));
                completed.insert(lastReply, reply->content.size());
                continue;
            }
            QCOMPARE(reply->status, MessageStatus::Interrupted);
            // What is there is an intact prefix of what was streamed.
            const int tokens = int(reply->content.count(QLatin1Char(' ')));
            QCOMPARE(reply->content, expectedText(lastReply, tokens));
            QVERIFY(reply->content.size() >= saved.value(lastReply));
            ++interruptedSeen;
        }
        QCOMPARE(
            ConferTest::scalar(database, QStringLiteral("SELECT count(*) FROM messages WHERE status = 'streaming'"))
                .toInt(),
            0);
    }
    QVERIFY(interruptedSeen > 0);
    QVERIFY(!completed.isEmpty());
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
