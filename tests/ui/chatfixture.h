#pragma once

// A real SQLite store filled through ConversationStore, for the chat view's
// tests, screenshots and benchmark.

#include "store/conversationstore.h"
#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace ConferTest
{

struct ChatFixture {
    QTemporaryDir dir;
    std::unique_ptr<Confer::Store::Database> database;
    std::unique_ptr<Confer::Store::ConversationStore> store;

    ChatFixture()
    {
        database = std::make_unique<Confer::Store::Database>(dir.filePath(QStringLiteral("history.sqlite")));
        if (!database->open()) {
            qFatal("cannot open the test database: %s", qPrintable(database->lastError().message));
        }
        store = std::make_unique<Confer::Store::ConversationStore>(*database);
    }

    qint64 conversation(const QStringList &models = {QStringLiteral("openai/gpt-4o")})
    {
        QList<Confer::Store::Lane> lanes;
        for (const QString &model : models) {
            Confer::Store::Lane lane;
            lane.model = model;
            lanes.append(lane);
        }
        return store->createConversation(lanes).value();
    }

    qint64 laneOf(qint64 conversationId, int index = 0) { return store->lanes(conversationId).at(index).id; }

    static Confer::Store::ReplyMetrics metrics(qint64 ttftMs, qint64 durationMs, qint64 in, qint64 out,
        std::optional<double> cost = std::nullopt, bool estimated = false)
    {
        Confer::Store::ReplyMetrics m;
        m.ttftMs = ttftMs;
        m.durationMs = durationMs;
        m.usage.inputTokens = in;
        m.usage.outputTokens = out;
        m.usage.costUsd = cost;
        m.tokensEstimated = estimated;
        m.finishReason = Confer::FinishReason::Stop;
        return m;
    }

    // A prompt and its finished reply; returns {turn id, reply id}.
    std::pair<qint64, qint64> exchange(qint64 conversationId, const QString &prompt, const QString &reply,
        const Confer::Store::ReplyMetrics &m = {}, const QString &reasoning = {})
    {
        const qint64 turn = store->appendUserTurn(conversationId, prompt).value();
        const qint64 replyId = store->beginReply(turn, laneOf(conversationId)).value();
        if (!store->finishReply(replyId, reply, reasoning, Confer::Store::MessageStatus::Complete, m)) {
            qFatal("cannot finish a reply");
        }
        return {turn, replyId};
    }

    // A long conversation of `messages` messages (prompts and replies), written in one transaction.
    qint64 longConversation(int messages)
    {
        const qint64 id = conversation();
        const qint64 lane = laneOf(id);
        database->transaction([&] {
            for (int i = 0; i < messages / 2; ++i) {
                const qint64 turn = store->appendUserTurn(id, prompt(i)).value();
                const qint64 reply = store->beginReply(turn, lane).value();
                store->finishReply(reply, answer(i), {}, Confer::Store::MessageStatus::Complete,
                    metrics(300 + i % 200, 2000 + i % 900, 40 + i % 300, 120 + i % 500, 0.0004 * (i % 7)));
            }
            return true;
        });
        return id;
    }

    static QString prompt(int i)
    {
        static const QString prompts[] = {
            QStringLiteral("How do I reverse a list in Python?"),
            QStringLiteral("Explain the difference between a process and a thread, briefly."),
            QStringLiteral("Write a haiku about compilers."),
            QStringLiteral("What does `git rebase --onto` do?\nGive an example with three branches."),
        };
        return QStringLiteral("%1 (question %2)").arg(prompts[i % 4]).arg(i + 1);
    }

    static QString answer(int i)
    {
        static const QString answers[] = {
            QStringLiteral("Use slicing or `reversed()`:\n\n```python\nitems = [1, 2, 3]\nprint(items[::-1])\n"
                           "print(list(reversed(items)))\n```\n\nSlicing makes a copy; `list.reverse()` works "
                           "in place."),
            QStringLiteral("A **process** has its own address space; **threads** share the address space of "
                           "their process.\n\n- Processes are isolated: a crash stays inside.\n- Threads are "
                           "cheaper to create and to switch, but need locks around shared data.\n\nUse processes "
                           "for isolation and threads for shared-memory parallelism."),
            QStringLiteral("Tokens fall like rain\nthe parser gathers meaning\nbinaries bloom"),
            QStringLiteral("`git rebase --onto new-base old-base branch` moves the commits of *branch* that are "
                           "not in *old-base* on top of *new-base*.\n\n| Branch | Before | After |\n|---|---|---|\n"
                           "| main | A–B | A–B |\n| feature | B–C–D | B–C–D |\n| topic | D–E | B–E′ |\n\nThe "
                           "commits are rewritten, so their ids change."),
        };
        return answers[i % 4];
    }
};

}
