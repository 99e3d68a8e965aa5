// A child process for the crash test: streams replies into the store until it
// is killed, and reports on stdout what has been committed:
//   turn ID            a prompt was stored
//   reply ID           a reply began
//   saved ID LENGTH    the reply's first LENGTH characters are committed
//   done ID LENGTH     the reply is complete with LENGTH characters
// The text of reply R is "R.0 R.1 R.2 …", so a reader can check any prefix.
#include "store/conversationstore.h"
#include "store/replywriter.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Confer::Store;

namespace
{

void report(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

class Streamer : public QObject
{
public:
    Streamer(ConversationStore &store, int saveIntervalMs)
        : m_store(store)
        , m_saveIntervalMs(saveIntervalMs)
    {
        Lane lane;
        lane.model = QStringLiteral("test/streamer");
        m_conversation = m_store.createConversation({lane}).value_or(0);
        m_lane = m_store.lanes(m_conversation).value(0).id;
        m_tick.setInterval(2);
        connect(&m_tick, &QTimer::timeout, this, [this] { step(); });
    }

    bool isReady() const { return m_conversation > 0 && m_lane > 0; }
    void start() { m_tick.start(); }

private:
    void step()
    {
        if (!m_writer) {
            const auto turn = m_store.appendUserTurn(m_conversation, QStringLiteral("prompt %1").arg(++m_turns));
            const auto reply = turn ? m_store.beginReply(*turn, m_lane) : std::nullopt;
            if (!reply) {
                QCoreApplication::exit(1);
                return;
            }
            report("turn " + QByteArray::number(*turn));
            report("reply " + QByteArray::number(*reply));
            m_writer = std::make_unique<ReplyWriter>(m_store, *reply);
            m_writer->setInterval(m_saveIntervalMs);
            connect(m_writer.get(), &ReplyWriter::saved, this, [](qint64 id, qsizetype length) {
                report("saved " + QByteArray::number(id) + ' ' + QByteArray::number(length));
            });
            connect(m_writer.get(), &ReplyWriter::finished, this, [this](qint64 id) {
                report("done " + QByteArray::number(id) + ' ' + QByteArray::number(m_writer->text().size()));
                m_done = true;
            });
            m_deltas = 0;
            m_done = false;
            return;
        }
        if (m_done) {
            m_writer.reset();
            return;
        }
        if (m_deltas < 60) {
            m_writer->appendText(QStringLiteral("%1.%2 ").arg(m_writer->replyId()).arg(m_deltas++));
        } else if (!m_writer->hasUnsavedChanges() || m_deltas == 60) {
            ++m_deltas;
            m_writer->finish(MessageStatus::Complete, {});
        }
    }

    ConversationStore &m_store;
    int m_saveIntervalMs;
    qint64 m_conversation = 0;
    qint64 m_lane = 0;
    int m_turns = 0;
    int m_deltas = 0;
    bool m_done = false;
    QTimer m_tick;
    std::unique_ptr<ReplyWriter> m_writer;
};

}

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: confer_stream_helper DATABASE SAVE_INTERVAL_MS\n", stderr);
        return 2;
    }
    Database database(arguments.at(1));
    if (!database.open()) {
        std::fputs(qPrintable(database.lastError().message), stderr);
        return 1;
    }
    ConversationStore store(database);
    Streamer streamer(store, arguments.at(2).toInt());
    if (!streamer.isReady()) {
        return 1;
    }
    streamer.start();
    return application.exec();
}
