#include "store/replyoutcome.h"

namespace Confer::Store
{

MessageStatus replyStatusOf(const ChatResult &result)
{
    switch (result.status) {
    case ChatResult::Status::Completed:
        return MessageStatus::Complete;
    case ChatResult::Status::Cancelled:
        return MessageStatus::Cancelled;
    case ChatResult::Status::Failed:
        break;
    }
    const bool brokeOff
        = result.error && (result.error->kind == ErrorKind::Network || result.error->kind == ErrorKind::Timeout);
    const bool answerBegun = !result.text.isEmpty() || !result.reasoning.isEmpty();
    return brokeOff && answerBegun ? MessageStatus::Interrupted : MessageStatus::Error;
}

ReplyMetrics replyMetricsOf(const ChatMetrics &metrics)
{
    ReplyMetrics stored;
    stored.ttftMs = metrics.timeToFirstTokenMs;
    stored.durationMs = metrics.durationMs;
    stored.usage.inputTokens = metrics.inputTokens;
    stored.usage.outputTokens = metrics.outputTokens;
    stored.usage.reasoningTokens = metrics.reasoningTokens;
    stored.usage.costUsd = metrics.costUsd;
    // An unreported reasoning count of zero is no estimate worth flagging.
    stored.tokensEstimated = metrics.inputTokensEstimated || metrics.outputTokensEstimated
        || (metrics.reasoningTokensEstimated && metrics.reasoningTokens.value_or(0) > 0);
    stored.finishReason = metrics.finishReason;
    stored.requestId = metrics.requestId;
    stored.answeredModel = metrics.responseModel;
    return stored;
}

}
