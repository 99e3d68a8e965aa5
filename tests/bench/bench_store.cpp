// ./dev bench store: fills a temporary profile with 10 000 conversations and
// 1 000 000 messages of realistic lengths (one of them 2 000 messages long),
// then times what people wait for: the recent list, opening a long
// conversation, search, appending a message, exporting, and the file size.
// CONFER_BENCH_STORE_MESSAGES scales the message count for quick checks.
#include "store/conversationstore.h"
#include "store/search.h"
#include "transcripts/htmlexport.h"
#include "transcripts/jsonformat.h"
#include "transcripts/markdownexport.h"
#include "transcripts/pdfexport.h"

#include <KSyntaxHighlighting/Repository>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Confer::Store;
using namespace Confer::Transcripts;

namespace
{

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH store.%s %.2f %s\n", figure, value, unit);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Made-up words with a skewed frequency, so some words are everywhere and
// most are rare, as in real text.
class Words
{
public:
    Words()
    {
        static const char *const syllables[]
            = {"ka", "lo", "mi", "ren", "sto", "qua", "dri", "ve", "tor", "an", "pel", "xi", "bu", "sen", "gra", "fo",
                "lin", "ter", "mo", "cha", "ul", "ni", "zer", "pa", "dom", "ex", "ri", "wen", "jo", "ste"};
        for (int i = 0; i < 6000; ++i) {
            QString word;
            const int parts = 1 + int(m_random.bounded(3));
            for (int p = 0; p < parts; ++p) {
                word += QLatin1String(syllables[m_random.bounded(int(std::size(syllables)))]);
            }
            m_words.append(word);
        }
    }

    const QString &pick()
    {
        const double x = m_random.generateDouble();
        return m_words.at(int(x * x * x * double(m_words.size() - 1)));
    }

    QString text(int characters)
    {
        QString out;
        out.reserve(characters + 16);
        int sentence = 0;
        while (out.size() < characters) {
            out += pick();
            if (++sentence > 8 + int(m_random.bounded(10))) {
                out += QStringLiteral(". ");
                sentence = 0;
            } else {
                out += QLatin1Char(' ');
            }
        }
        return out;
    }

    QRandomGenerator &random() { return m_random; }
    const QString &at(int index) const { return m_words.at(index); }
    int size() const { return int(m_words.size()); }

private:
    QRandomGenerator m_random {20261121};
    QStringList m_words;
};

bool exec(QSqlQuery &query)
{
    if (!query.exec()) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// Inserts everything in one transaction with prepared statements. Returns the
// id of the 2 000-message conversation.
qint64 generate(Database &database, Words &words, int conversations, qint64 messages)
{
    QSqlDatabase db = database.connection();
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    QSqlQuery conversation(db);
    conversation.prepare(
        QStringLiteral("INSERT INTO conversations (uuid, title, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    QSqlQuery lane(db);
    lane.prepare(QStringLiteral("INSERT INTO lanes (conversation_id, position, model) VALUES (?, ?, ?)"));
    QSqlQuery message(db);
    message.prepare(QStringLiteral("INSERT INTO messages (conversation_id, parent_id, lane_id, role, content, model,"
                                   " answered_model, output_tokens, duration_ms, finish_reason, created_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'stop', ?)"));
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral("UPDATE conversations SET active_leaf_id = ?, updated_at = ? WHERE id = ?"));
    static const char *const models[] = {"openai/gpt-4o", "anthropic/claude-sonnet-4", "google/gemini-2.5-pro",
        "ollama/qwen3:8b", "openrouter/deepseek/deepseek-r1", "mistral/mistral-large"};

    const qint64 start = 1'700'000'000'000;
    const qint64 longOne = 2000;
    const qint64 perConversation = (messages - longOne) / std::max(1, conversations - 1);
    qint64 time = start;
    qint64 longId = 0;
    QRandomGenerator &random = words.random();
    for (int c = 0; c < conversations; ++c) {
        const qint64 count = c == conversations / 2 ? longOne : perConversation;
        const QString firstPrompt = words.text(40 + int(random.bounded(300)));
        conversation.addBindValue(QStringLiteral("bench-%1").arg(c));
        conversation.addBindValue(ConversationStore::titleFromPrompt(firstPrompt));
        conversation.addBindValue(time);
        conversation.addBindValue(time);
        if (!exec(conversation)) {
            return 0;
        }
        const qint64 conversationId = conversation.lastInsertId().toLongLong();
        if (count == longOne) {
            longId = conversationId;
        }
        // One conversation in ten compares three models.
        const int laneCount = c % 10 == 0 ? 3 : 1;
        QList<qint64> laneIds;
        QStringList laneModels;
        for (int l = 0; l < laneCount; ++l) {
            const QString model = QLatin1String(models[(c + l) % int(std::size(models))]);
            lane.addBindValue(conversationId);
            lane.addBindValue(l);
            lane.addBindValue(model);
            if (!exec(lane)) {
                return 0;
            }
            laneIds.append(lane.lastInsertId().toLongLong());
            laneModels.append(model);
        }
        QVariant previousTurn;
        qint64 written = 0;
        while (written < count) {
            time += 1000 + random.bounded(60000);
            message.addBindValue(conversationId);
            message.addBindValue(previousTurn);
            message.addBindValue(QVariant());
            message.addBindValue(QStringLiteral("user"));
            message.addBindValue(written == 0 ? firstPrompt : words.text(30 + int(random.bounded(400))));
            message.addBindValue(QStringLiteral(""));
            message.addBindValue(QStringLiteral(""));
            message.addBindValue(QVariant());
            message.addBindValue(QVariant());
            message.addBindValue(time);
            if (!exec(message)) {
                return 0;
            }
            const qint64 turnId = message.lastInsertId().toLongLong();
            previousTurn = turnId;
            ++written;
            for (int l = 0; l < laneCount && written < count; ++l, ++written) {
                const int length = 150 + int(random.bounded(1400));
                message.addBindValue(conversationId);
                message.addBindValue(turnId);
                message.addBindValue(laneIds.at(l));
                message.addBindValue(QStringLiteral("assistant"));
                message.addBindValue(words.text(length));
                message.addBindValue(laneModels.at(l));
                message.addBindValue(laneModels.at(l).section(QLatin1Char('/'), 1));
                message.addBindValue(length / 4);
                message.addBindValue(500 + random.bounded(20000));
                message.addBindValue(time + 500);
                if (!exec(message)) {
                    return 0;
                }
            }
        }
        finish.addBindValue(previousTurn);
        finish.addBindValue(time);
        finish.addBindValue(conversationId);
        if (!exec(finish)) {
            return 0;
        }
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    return longId;
}

}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // PDF layout needs fonts, not a screen
    QGuiApplication application(argc, argv);
    const qint64 messages = qEnvironmentVariableIsSet("CONFER_BENCH_STORE_MESSAGES")
        ? qEnvironmentVariable("CONFER_BENCH_STORE_MESSAGES").toLongLong()
        : 1'000'000;
    const int conversations = int(std::max<qint64>(2, messages / 100));

    // On disk in the build tree: a million messages are too big for a tmpfs.
    QTemporaryDir dir(QStringLiteral(CONFER_BUILD_DIR "/bench-store-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("conversations.sqlite"));
    Database database(path);
    if (!database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.lastError().message));
        return 1;
    }
    Words words;
    QElapsedTimer timer;
    timer.start();
    const qint64 longId = generate(database, words, conversations, messages);
    if (longId == 0) {
        return 1;
    }
    report("generate", elapsedMs(timer) / 1000.0, "s");
    ConversationStore store(database);

    QList<double> times;
    for (int i = 0; i < 30; ++i) {
        timer.restart();
        const auto list = store.recentConversations(100);
        times.append(elapsedMs(timer));
        if (list.size() != std::min(100, conversations)) {
            return 1;
        }
    }
    report("list_recent_100", percentile(times, 0.5), "ms");

    times.clear();
    std::optional<ConversationData> longConversation;
    for (int i = 0; i < 10; ++i) {
        timer.restart();
        longConversation = store.load(longId);
        times.append(elapsedMs(timer));
    }
    if (!longConversation || longConversation->messages.size() != 2000) {
        std::fprintf(stderr, "the long conversation has %lld messages\n",
            longConversation ? qint64(longConversation->messages.size()) : -1LL);
        return 1;
    }
    report("load_2000_messages", percentile(times, 0.5), "ms");

    // 100 varied queries: common and rare words, two words, prefixes, phrases.
    QStringList queries;
    QRandomGenerator random(7);
    for (int i = 0; i < 100; ++i) {
        const QString a = words.at(int(random.bounded(words.size())));
        const QString b = words.at(int(random.bounded(200)));
        switch (i % 5) {
        case 0:
            queries.append(b); // common
            break;
        case 1:
            queries.append(a); // anything
            break;
        case 2:
            queries.append(a + QLatin1Char(' ') + b);
            break;
        case 3:
            queries.append(a.left(3)); // prefix
            break;
        default:
            queries.append(
                QLatin1Char('"') + b + QLatin1Char(' ') + words.at(int(random.bounded(200))) + QLatin1Char('"'));
            break;
        }
    }
    Search search(database);
    times.clear();
    qint64 hits = 0;
    for (const QString &text : std::as_const(queries)) {
        SearchQuery query;
        query.text = text;
        query.limit = 50;
        timer.restart();
        const auto result = search.run(query);
        times.append(elapsedMs(timer));
        if (!result) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(database.lastError().message));
            return 1;
        }
        hits += result->size();
    }
    report("search_median", percentile(times, 0.5), "ms");
    report("search_p99", percentile(times, 0.99), "ms");
    report("search_hits_per_query", double(hits) / double(queries.size()), "hits");

    times.clear();
    for (int i = 0; i < 100; ++i) {
        timer.restart();
        if (!store.appendUserTurn(longId, words.text(200))) {
            return 1;
        }
        times.append(elapsedMs(timer));
    }
    report("append_message", percentile(times, 0.5), "ms");

    KSyntaxHighlighting::Repository repository;
    const ConversationData &data = *longConversation;
    timer.restart();
    const QString markdown = MarkdownExport::render(data);
    report("export_md_2000", elapsedMs(timer), "ms");
    timer.restart();
    const QString html = HtmlExport(repository).render(data);
    report("export_html_2000", elapsedMs(timer), "ms");
    timer.restart();
    const QByteArray json = JsonFormat::render({data}, 0);
    report("export_json_2000", elapsedMs(timer), "ms");
    timer.restart();
    const QByteArray pdf = PdfExport::render(html, data.conversation.title);
    report("export_pdf_2000", elapsedMs(timer), "ms");
    if (markdown.isEmpty() || json.isEmpty() || !pdf.startsWith("%PDF")) {
        return 1;
    }

    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    report("database_size", double(QFileInfo(path).size()) / (1024.0 * 1024.0), "MiB");
    report("messages", double(messages), "messages");
    return 0;
}
