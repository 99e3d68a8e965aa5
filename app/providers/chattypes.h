#pragma once

// The provider layer's vocabulary: what a chat request asks, and the typed
// events and errors a streamed answer turns into. Shared by the protocol
// adapters (app/providers/protocol/), the request jobs, the store and the UI.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Confer
{

enum class Protocol { OpenAI, Anthropic, Gemini, Ollama };

struct ChatMessage {
    enum class Role { System, User, Assistant };
    Role role = Role::User;
    QString content;
};

enum class ReasoningEffort { Default, Low, Medium, High };

struct ChatRequest {
    QString model; // the provider's own model id, without the "provider/" prefix
    QString systemPrompt;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<int> maxOutputTokens;
    ReasoningEffort reasoning = ReasoningEffort::Default;
};

enum class FinishReason { Unknown, Stop, Length, ContentFilter, ToolCall, Error, Cancelled };

struct TokenUsage {
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> reasoningTokens;
    std::optional<double> costUsd; // as reported by the provider (OpenRouter's usage.cost)
};

enum class ErrorKind {
    Auth,
    Permission,
    NotFound,
    RateLimited,
    Overloaded,
    BadRequest,
    Server,
    Network,
    Timeout,
    Protocol,
};

struct ProviderError {
    ErrorKind kind = ErrorKind::Protocol;
    int httpStatus = 0; // 0 when there was no HTTP response
    QString providerMessage; // the provider's own words
    QString providerCode; // e.g. "rate_limit_exceeded", "overloaded_error", "RESOURCE_EXHAUSTED"
    std::optional<qint64> retryAfterMs; // parsed retry hint, if the provider gave one
};

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One decoded piece of a streamed answer.
struct StreamEvent {
    enum class Type {
        TextDelta, // text
        ReasoningDelta, // text
        Usage, // usage (fields not reported stay empty; later events refine earlier ones)
        Finish, // finishReason, rawFinishReason
        Error, // error: a mid-stream error; the stream ends after it
        Metadata, // responseModel and/or requestId, as soon as they are known
    };
    Type type = Type::TextDelta;
    QString text;
    TokenUsage usage;
    FinishReason finishReason = FinishReason::Unknown;
    QString rawFinishReason;
    ProviderError error;
    QString responseModel;
    QString requestId;
};

// Where and how to reach one provider for one request.
struct ProviderEndpoint {
    QString providerId; // "openai", "openrouter", "anthropic", a custom provider's name…
    QUrl baseUrl; // e.g. https://api.openai.com/v1, https://api.anthropic.com, http://localhost:11434
    QString apiKey; // empty for servers without keys; never logged
    RawHeaders extraHeaders;
};

// A request ready to send; the job layer turns it into a QNetworkRequest.
struct HttpRequestSpec {
    QByteArray method = "POST";
    QUrl url;
    RawHeaders headers; // including authentication; redact before logging
    QByteArray body;
};

struct ModelInfo {
    QString id; // the provider's id (Gemini's "models/" prefix stripped)
    QString displayName;
    std::optional<qint64> contextLength;
    std::optional<double> inputUsdPerMillionTokens;
    std::optional<double> outputUsdPerMillionTokens;
    QStringList inputModalities; // "text", "image", …
    QStringList supportedParameters; // OpenRouter's list: "reasoning", "tools", …
};

struct ModelPage {
    QList<ModelInfo> models;
    QString nextPageToken; // empty on the last page
};

}
