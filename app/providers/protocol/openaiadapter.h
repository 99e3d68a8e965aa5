#pragma once

#include "providers/protocol/protocoladapter.h"

#include <QJsonObject>

namespace Confer
{

// OpenAI's Chat Completions protocol, spoken by OpenAI and most other
// providers (OpenRouter, Groq, Mistral, DeepSeek, xAI, LM Studio, llama.cpp, vLLM…).
// The base URL includes the version segment, e.g. https://api.openai.com/v1.
class OpenAiAdapter : public ProtocolAdapter
{
public:
    Protocol protocol() const override { return Protocol::OpenAI; }

    HttpRequestSpec chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const override;
    std::unique_ptr<StreamDecoder> newStreamDecoder() const override;
    ProviderError parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const override;
    HttpRequestSpec modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body, QString *error) const override;

    static FinishReason normalizeFinishReason(const QString &raw);
    // Reads the `{"error": {...}}` envelope shared by OpenAI, OpenRouter, llama.cpp and Ollama's /v1.
    static ProviderError errorFromObject(const QJsonObject &error, ErrorKind fallback);
};

}
