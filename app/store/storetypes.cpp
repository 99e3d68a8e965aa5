#include "store/storetypes.h"

namespace Confer::Store
{

namespace
{

template<typename Enum, size_t N> QString nameOf(Enum value, const std::pair<Enum, const char *> (&names)[N])
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value) {
            return QString::fromLatin1(name);
        }
    }
    return QString::fromLatin1(names[0].second);
}

template<typename Enum, size_t N> Enum valueOf(const QString &text, const std::pair<Enum, const char *> (&names)[N])
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return names[0].first;
}

const std::pair<ContextMode, const char *> contextModes[] = {
    {ContextMode::Independent, "independent"},
    {ContextMode::Shared, "shared"},
};

const std::pair<MessageKind, const char *> kinds[] = {
    {MessageKind::Reply, "reply"},
    {MessageKind::Synthesis, "synthesis"},
    {MessageKind::Judgement, "judgement"},
};

const std::pair<MessageStatus, const char *> statuses[] = {
    {MessageStatus::Complete, "complete"},
    {MessageStatus::Streaming, "streaming"},
    {MessageStatus::Cancelled, "cancelled"},
    {MessageStatus::Interrupted, "interrupted"},
    {MessageStatus::Error, "error"},
};

const std::pair<FinishReason, const char *> finishReasons[] = {
    {FinishReason::Unknown, "unknown"},
    {FinishReason::Stop, "stop"},
    {FinishReason::Length, "length"},
    {FinishReason::ContentFilter, "content_filter"},
    {FinishReason::ToolCall, "tool_call"},
    {FinishReason::Error, "error"},
    {FinishReason::Cancelled, "cancelled"},
};

const std::pair<ErrorKind, const char *> errorKinds[] = {
    {ErrorKind::Protocol, "protocol"},
    {ErrorKind::Auth, "auth"},
    {ErrorKind::Permission, "permission"},
    {ErrorKind::NotFound, "not_found"},
    {ErrorKind::RateLimited, "rate_limited"},
    {ErrorKind::Overloaded, "overloaded"},
    {ErrorKind::BadRequest, "bad_request"},
    {ErrorKind::Server, "server"},
    {ErrorKind::Network, "network"},
    {ErrorKind::Timeout, "timeout"},
};

const std::pair<ReasoningEffort, const char *> efforts[] = {
    {ReasoningEffort::Default, "default"},
    {ReasoningEffort::Low, "low"},
    {ReasoningEffort::Medium, "medium"},
    {ReasoningEffort::High, "high"},
};

}

QString toText(ContextMode mode)
{
    return nameOf(mode, contextModes);
}

ContextMode contextModeFromString(const QString &text)
{
    return valueOf(text, contextModes);
}

QString toText(MessageKind kind)
{
    return nameOf(kind, kinds);
}

MessageKind messageKindFromString(const QString &text)
{
    return valueOf(text, kinds);
}

QString toText(MessageStatus status)
{
    return nameOf(status, statuses);
}

MessageStatus messageStatusFromString(const QString &text)
{
    return valueOf(text, statuses);
}

QString toText(FinishReason reason)
{
    return nameOf(reason, finishReasons);
}

FinishReason finishReasonFromString(const QString &text)
{
    return valueOf(text, finishReasons);
}

QString toText(ErrorKind kind)
{
    return nameOf(kind, errorKinds);
}

ErrorKind errorKindFromString(const QString &text)
{
    return valueOf(text, errorKinds);
}

QString toText(ReasoningEffort effort)
{
    return nameOf(effort, efforts);
}

ReasoningEffort reasoningEffortFromString(const QString &text)
{
    return valueOf(text, efforts);
}

}
