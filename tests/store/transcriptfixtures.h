#pragma once

// Conversations with every feature an export shows, at fixed times.

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

}
