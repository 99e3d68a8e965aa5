#pragma once

// Exact response bytes in each provider protocol's shape, for replaying from
// a loopback server: the same answer, reasoning, usage and errors, four ways.

#include "providers/chattypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ProtocolScripts
{

using Confer::Protocol;

inline QList<Protocol> all()
{
    return {Protocol::OpenAI, Protocol::Anthropic, Protocol::Gemini, Protocol::Ollama};
}

inline const char *name(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return "openai";
    case Protocol::Anthropic:
        return "anthropic";
    case Protocol::Gemini:
        return "gemini";
    case Protocol::Ollama:
        return "ollama";
    }
    return "";
}

inline QByteArray contentType(Protocol protocol)
{
    return protocol == Protocol::Ollama ? "application/x-ndjson" : "text/event-stream";
}

// Appended to the server's URL to make the provider's base URL.
inline QString basePath(Protocol protocol)
{
    return protocol == Protocol::OpenAI ? QStringLiteral("/v1") : QString();
}

inline QByteArray chatPath(Protocol protocol, const QByteArray &model)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return "/v1/chat/completions";
    case Protocol::Anthropic:
        return "/v1/messages";
    case Protocol::Gemini:
        return "/v1beta/models/" + model + ":streamGenerateContent?alt=sse";
    case Protocol::Ollama:
        return "/api/chat";
    }
    return {};
}

// The header that carries the key, and its value for key.
inline QPair<QByteArray, QByteArray> keyHeader(Protocol protocol, const QByteArray &key)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return {"authorization", "Bearer " + key};
    case Protocol::Anthropic:
        return {"x-api-key", key};
    case Protocol::Gemini:
        return {"x-goog-api-key", key};
    case Protocol::Ollama:
        break;
    }
    return {};
}

inline QString responseModel(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return QStringLiteral("gpt-test-2025-01-01");
    case Protocol::Anthropic:
        return QStringLiteral("claude-test-4");
    case Protocol::Gemini:
        return QStringLiteral("gemini-test-2.5");
    case Protocol::Ollama:
        return QStringLiteral("llama-test:3b");
    }
    return {};
}

inline QByteArray openAiChunk(const QByteArray &delta, const QByteArray &finish = "null")
{
    return R"(data: {"id":"chatcmpl-42","object":"chat.completion.chunk","created":1,"model":"gpt-test-2025-01-01","choices":[{"index":0,"delta":)"
        + delta + R"(,"finish_reason":)" + finish + "}]}\n\n";
}

inline QByteArray geminiChunk(const QByteArray &parts, const QByteArray &extra = {})
{
    return R"(data: {"candidates": [{"content": {"parts": )" + parts + R"(,"role": "model"},"index": 0)" + extra
        + R"(}],"modelVersion": "gemini-test-2.5","responseId": "resp-42"})" + "\r\n\r\n";
}

inline QByteArray ollamaLine(const QByteArray &message, const QByteArray &extra = R"("done":false)")
{
    return R"({"model":"llama-test:3b","created_at":"2025-08-20T10:00:00Z","message":)" + message + "," + extra + "}\n";
}

// Everything before the first delta.
inline QByteArray head(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return openAiChunk(R"({"role":"assistant","content":""})");
    case Protocol::Anthropic:
        return "event: message_start\n"
               R"(data: {"type":"message_start","message":{"id":"msg_42","type":"message","role":"assistant","content":[],"model":"claude-test-4","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"output_tokens":1}}})"
               "\n\nevent: content_block_start\n"
               R"(data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})"
               "\n\nevent: ping\ndata: {\"type\": \"ping\"}\n\n";
    case Protocol::Gemini:
    case Protocol::Ollama:
        break;
    }
    return {};
}

inline QByteArray text(Protocol protocol, const QByteArray &text)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return openAiChunk(R"({"content":")" + text + R"("})");
    case Protocol::Anthropic:
        return "event: content_block_delta\n"
               R"(data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":")"
            + text + "\"}}\n\n";
    case Protocol::Gemini:
        return geminiChunk(R"([{"text": ")" + text + R"("}])");
    case Protocol::Ollama:
        return ollamaLine(R"({"role":"assistant","content":")" + text + R"("})");
    }
    return {};
}

inline QByteArray reasoning(Protocol protocol, const QByteArray &text)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return openAiChunk(R"({"content":null,"reasoning_content":")" + text + R"("})");
    case Protocol::Anthropic:
        return "event: content_block_delta\n"
               R"(data: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":")"
            + text + "\"}}\n\n";
    case Protocol::Gemini:
        return geminiChunk(R"([{"text": ")" + text + R"(","thought": true}])");
    case Protocol::Ollama:
        return ollamaLine(R"({"role":"assistant","content":"","thinking":")" + text + R"("})");
    }
    return {};
}

// The finish (stop) and usage: 12 input tokens, 5 output tokens.
inline QByteArray tail(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return openAiChunk("{}", R"("stop")")
            + R"(data: {"id":"chatcmpl-42","object":"chat.completion.chunk","created":1,"model":"gpt-test-2025-01-01","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17}})"
              "\n\ndata: [DONE]\n\n";
    case Protocol::Anthropic:
        return "event: content_block_stop\n"
               R"(data: {"type":"content_block_stop","index":0})"
               "\n\nevent: message_delta\n"
               R"(data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":5}})"
               "\n\nevent: message_stop\n"
               R"(data: {"type":"message_stop"})"
               "\n\n";
    case Protocol::Gemini:
        return R"(data: {"candidates": [{"content": {"parts": [{"text": ""}],"role": "model"},"finishReason": "STOP","index": 0}],"usageMetadata": {"promptTokenCount": 12,"candidatesTokenCount": 5,"totalTokenCount": 17},"modelVersion": "gemini-test-2.5","responseId": "resp-42"})"
               "\r\n\r\n";
    case Protocol::Ollama:
        return ollamaLine(R"({"role":"assistant","content":""})",
            R"("done_reason":"stop","done":true,"total_duration":5000000,"prompt_eval_count":12,"eval_count":5)");
    }
    return {};
}

// A whole answer: the start, the text in one delta, the finish and usage.
inline QByteArray answer(Protocol protocol, const QByteArray &text)
{
    return head(protocol) + ProtocolScripts::text(protocol, text) + tail(protocol);
}

inline QByteArray midStreamError(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return R"(data: {"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}})"
               "\n\ndata: [DONE]\n\n";
    case Protocol::Anthropic:
        return "event: error\n"
               R"(data: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"
               "\n\n";
    case Protocol::Gemini:
        return R"(data: {"error": {"code": 500,"message": "An internal error has occurred.","status": "INTERNAL"}})"
               "\r\n\r\n";
    case Protocol::Ollama:
        return R"({"error":"model runner has unexpectedly stopped"})"
               "\n";
    }
    return {};
}

inline QString midStreamErrorMessage(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return QStringLiteral("The server had an error while processing your request.");
    case Protocol::Anthropic:
        return QStringLiteral("Overloaded");
    case Protocol::Gemini:
        return QStringLiteral("An internal error has occurred.");
    case Protocol::Ollama:
        return QStringLiteral("model runner has unexpectedly stopped");
    }
    return {};
}

// An error body before any answer, in the protocol's envelope.
inline QByteArray errorBody(Protocol protocol, int status, const QByteArray &message)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return R"({"error":{"message":")" + message + R"(","type":"error","param":null,"code":null}})";
    case Protocol::Anthropic:
        return R"({"type":"error","error":{"type":"api_error","message":")" + message + R"("},"request_id":"req_011"})";
    case Protocol::Gemini:
        return "{\n  \"error\": {\n    \"code\": " + QByteArray::number(status) + ",\n    \"message\": \"" + message
            + "\",\n    \"status\": \"UNKNOWN\"\n  }\n}\n";
    case Protocol::Ollama:
        return R"({"error":")" + message + R"("})";
    }
    return {};
}

}
