#pragma once

// Conversations with every feature an export shows, at fixed times.

#include "store/comparisonstore.h"
#include "store/conversationstore.h"

namespace ConferTest
{

using namespace Confer;
using namespace Confer::Store;

inline ReplyMetrics metrics(qint64 ttft, qint64 duration, qint64 in, qint64 out, std::optional<double> cost,
    const QString &answered, bool estimated = false)
{
    ReplyMetrics m;
    m.ttftMs = ttft;
    m.durationMs = duration;
    m.usage.inputTokens = in;
    m.usage.outputTokens = out;
    m.usage.costUsd = cost;
    m.tokensEstimated = estimated;
    m.finishReason = FinishReason::Stop;
    m.answeredModel = answered;
    m.requestId = QStringLiteral("req_") + answered;
    return m;
}

// One lane; code, reasoning, text that needs escaping, a failed retry.
inline qint64 addSingleLaneConversation(ConversationStore &store)
{
    Lane lane;
    lane.model = QStringLiteral("openai/gpt-4o");
    const qint64 id
        = store.createConversation({lane}, ContextMode::Independent, QStringLiteral("You are a careful C++ reviewer."))
              .value();
    store.setTags(id, {QStringLiteral("c++"), QStringLiteral("review")});
    const qint64 laneId = store.lanes(id).first().id;
    const qint64 t1 = store
                          .appendUserTurn(id,
                              QStringLiteral("Is this safe? <script>alert(\"x\")</script> & friends\n\n"
                                             "```cpp\nint *p = nullptr;\nreturn *p; // boom\n```"))
                          .value();
    const qint64 failed = store.beginReply(t1, laneId).value();
    ProviderError error;
    error.kind = ErrorKind::RateLimited;
    error.httpStatus = 429;
    error.providerMessage = QStringLiteral("Rate limit reached for gpt-4o");
    store.finishReply(failed, {}, {}, MessageStatus::Error, {}, error);
    const qint64 reply = store.beginReply(t1, laneId).value();
    store.finishReply(reply,
        QStringLiteral("No: it dereferences a null pointer, which is undefined behaviour.\n\n"
                       "Check it first:\n\n```cpp\nif (p) {\n    return *p;\n}\nreturn 0;\n```\n\n"
                       "Use `std::optional<int>` when \"no value\" is expected."),
        QStringLiteral("The pointer is null; *p is UB."), MessageStatus::Complete,
        metrics(310, 2450, 42, 88, 0.00099, QStringLiteral("gpt-4o-2024-08-06")));
    return id;
}

// Three lanes side by side over two turns; one reply interrupted, one failed,
// one kept (shared mode), an edited prompt on another branch.
inline qint64 addComparison(ConversationStore &store)
{
    Lane a;
    a.model = QStringLiteral("openai/gpt-4o");
    Lane b;
    b.model = QStringLiteral("anthropic/claude-sonnet-4");
    b.temperature = 0.2;
    Lane c;
    c.model = QStringLiteral("ollama/qwen3:8b");
    c.systemPrompt = QStringLiteral("Answer in one sentence.");
    const qint64 id
        = store.createConversation({a, b, c}, ContextMode::Shared, {}, QStringLiteral("Sorting algorithms, compared"))
              .value();
    const QList<Lane> lanes = store.lanes(id);
    const qint64 t1
        = store.appendUserTurn(id, QStringLiteral("Which sort is stable: quicksort or merge sort?")).value();
    const QStringList answers {QStringLiteral("Merge sort is stable; quicksort usually is not."),
        QStringLiteral("Merge sort. Quicksort's partitioning can reorder equal keys."),
        QStringLiteral("Merge sort is stable.")};
    const QList<ReplyMetrics> m {metrics(280, 1900, 20, 14, 0.00019, QStringLiteral("gpt-4o-2024-08-06")),
        metrics(610, 2300, 22, 17, 0.00031, QStringLiteral("claude-sonnet-4-20250514")),
        metrics(95, 700, 30, 6, std::nullopt, QStringLiteral("qwen3:8b"), true)};
    qint64 kept = 0;
    for (int i = 0; i < 3; ++i) {
        const qint64 reply = store.beginReply(t1, lanes.at(i).id).value();
        store.finishReply(reply, answers.at(i),
            i == 2 ? QStringLiteral("Stable means equal keys keep their order.") : QString(), MessageStatus::Complete,
            m.at(i));
        if (i == 1) {
            kept = reply;
        }
    }
    store.chooseReply(kept);
    const qint64 draft = store.appendUserTurn(id, QStringLiteral("Show it in Python")).value();
    const qint64 t2 = store.editUserTurn(draft, QStringLiteral("Show a stable sort in Python")).value();
    const qint64 r1 = store.beginReply(t2, lanes.at(0).id).value();
    store.finishReply(r1,
        QStringLiteral("```python\nsorted(items, key=lambda item: item.age)\n```\nPython's sort is stable."), {},
        MessageStatus::Complete, metrics(300, 1200, 60, 22, 0.00041, QStringLiteral("gpt-4o-2024-08-06")));
    const qint64 r2 = store.beginReply(t2, lanes.at(1).id).value();
    store.finishReply(r2, QStringLiteral("`list.sort()` is guaranteed stable, so"), {}, MessageStatus::Interrupted, {});
    const qint64 r3 = store.beginReply(t2, lanes.at(2).id).value();
    ProviderError error;
    error.kind = ErrorKind::Network;
    error.providerMessage = QStringLiteral("Connection refused");
    store.finishReply(r3, {}, {}, MessageStatus::Error, {}, error);
    return id;
}

// A reply written about a turn (synthesis or judgement), finished.
inline qint64 addDerivedReply(ConversationStore &store, qint64 turnId, MessageKind kind, const QString &model,
    const QString &text, const ReplyMetrics &m)
{
    const qint64 id = ComparisonStore(store).beginDerivedReply(turnId, kind, model).value();
    store.finishReply(id, text, {}, MessageStatus::Complete, m);
    return id;
}

// Three lanes in shared mode, one turn: a lane's reply kept, another voted
// best, then a synthesis and a judgement by models of their own.
inline qint64 addJudgedComparison(ConversationStore &store)
{
    Lane a;
    a.model = QStringLiteral("openai/gpt-4.1");
    Lane b;
    b.model = QStringLiteral("anthropic/claude-opus-4");
    Lane c;
    c.model = QStringLiteral("gemini/gemini-2.5-pro");
    const qint64 id
        = store.createConversation({a, b, c}, ContextMode::Shared, {}, QStringLiteral("Binary search, judged")).value();
    const QList<Lane> lanes = store.lanes(id);
    const qint64 turn = store.appendUserTurn(id, QStringLiteral("When does a binary search loop stop?")).value();
    const QStringList answers {
        QStringLiteral("It stops when `low > high`: the range is empty."),
        QStringLiteral("When **low** passes **high**, the range is empty and the key is absent."),
        QStringLiteral("When the range is empty, or as soon as the middle element is the key."),
    };
    const QList<ReplyMetrics> m {
        metrics(350, 1500, 18, 15, 0.00012, QStringLiteral("gpt-4.1-2025-04-14")),
        metrics(900, 3100, 18, 21, 0.00160, QStringLiteral("claude-opus-4-20250514")),
        metrics(350, 2200, 18, 19, 0.00012, QStringLiteral("gemini-2.5-pro")),
    };
    QList<qint64> replies;
    for (int i = 0; i < 3; ++i) {
        replies.append(store.beginReply(turn, lanes.at(i).id).value());
        store.finishReply(replies.last(), answers.at(i), {}, MessageStatus::Complete, m.at(i));
    }
    ComparisonStore comparison(store);
    comparison.keepReply(replies.at(1));
    comparison.vote(replies.at(2));
    addDerivedReply(store, turn, MessageKind::Synthesis, QStringLiteral("anthropic/claude-sonnet-4"),
        QStringLiteral("The loop stops when the range is empty (`low > high`), or early when the middle element "
                       "is the key."),
        metrics(400, 1800, 120, 30, 0.00051, QStringLiteral("claude-sonnet-4-20250514")));
    addDerivedReply(store, turn, MessageKind::Judgement, QStringLiteral("openai/o3"),
        QStringLiteral("| Reply | Correct | Complete |\n|---|---|---|\n| 1 | yes | no |\n| 2 | yes | no |\n"
                       "| 3 | yes | yes |\n\nThe third reply also names the early exit."),
        metrics(2100, 6400, 150, 60, std::nullopt, QStringLiteral("o3-2025-04-16")));
    return id;
}

// The model names addBlindComparison uses, in every spelling an export could leak.
inline QStringList blindModelNames()
{
    return {QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), QStringLiteral("anthropic"),
        QStringLiteral("claude-haiku-4"), QStringLiteral("ollama"), QStringLiteral("llama3.2"),
        QStringLiteral("mistral"), QStringLiteral("magistral-medium")};
}

// A blind comparison of three lanes over two turns, not revealed: a failed
// reply, and a synthesis by a model of its own.
inline qint64 addBlindComparison(ConversationStore &store)
{
    Lane a;
    a.model = QStringLiteral("openai/gpt-4o-mini");
    Lane b;
    b.model = QStringLiteral("anthropic/claude-haiku-4");
    Lane c;
    c.model = QStringLiteral("ollama/llama3.2:3b");
    const qint64 id
        = store.createConversation({a, b, c}, ContextMode::Independent, {}, QStringLiteral("Autumn haiku")).value();
    ComparisonStore(store).setBlind(id, true);
    const QList<Lane> lanes = store.lanes(id);
    const qint64 t1 = store.appendUserTurn(id, QStringLiteral("Write a haiku about autumn.")).value();
    const QStringList answers {
        QStringLiteral("Red leaves drift and fall\nthe maple lets go of summer\ncold wind takes the rest"),
        QStringLiteral("Leaves drift and fall slow\nthe maple lets go of light\nthe cold wind takes it"),
        QStringLiteral("Crisp air, golden leaves\nthe harvest moon rises low\nthe year exhales"),
    };
    const QList<ReplyMetrics> m {
        metrics(220, 1400, 14, 19, 0.00002, QStringLiteral("gpt-4o-mini-2024-07-18")),
        metrics(310, 1250, 14, 20, 0.00004, QStringLiteral("claude-haiku-4-20251001")),
        metrics(90, 800, 14, 17, std::nullopt, QStringLiteral("llama3.2:3b"), true),
    };
    for (int i = 0; i < 3; ++i) {
        const qint64 reply = store.beginReply(t1, lanes.at(i).id).value();
        store.finishReply(reply, answers.at(i), {}, MessageStatus::Complete, m.at(i));
    }
    addDerivedReply(store, t1, MessageKind::Synthesis, QStringLiteral("mistral/magistral-medium"),
        QStringLiteral("Red leaves drift and fall\nthe maple lets go of light\nthe cold wind takes the rest"),
        metrics(500, 2000, 90, 20, 0.0001, QStringLiteral("magistral-medium-2506")));
    const qint64 t2 = store.appendUserTurn(id, QStringLiteral("Now one about winter.")).value();
    const qint64 r1 = store.beginReply(t2, lanes.at(0).id).value();
    store.finishReply(r1,
        QStringLiteral("Snow on the still pond\nfootprints fill before morning\nthe world holds its breath"), {},
        MessageStatus::Complete, metrics(250, 1500, 60, 18, 0.00003, QStringLiteral("gpt-4o-mini-2024-07-18")));
    const qint64 r2 = store.beginReply(t2, lanes.at(1).id).value();
    ProviderError error;
    error.kind = ErrorKind::Overloaded;
    error.httpStatus = 529;
    error.providerMessage = QStringLiteral("Overloaded");
    store.finishReply(r2, {}, {}, MessageStatus::Error, {}, error);
    const qint64 r3 = store.beginReply(t2, lanes.at(2).id).value();
    store.finishReply(r3,
        QStringLiteral("White hush on the fields\nthe crows write in black on snow\nthe sun rests early"), {},
        MessageStatus::Complete, metrics(80, 900, 60, 21, std::nullopt, QStringLiteral("llama3.2:3b"), true));
    return id;
}

}
