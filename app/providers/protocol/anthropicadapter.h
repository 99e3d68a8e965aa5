#pragma once

#include "providers/protocol/protocoladapter.h"

namespace Confer
{

// Anthropic's Messages API. The base URL is the host (https://api.anthropic.com);
// one that already ends in /v1 is accepted too.
class AnthropicAdapter : public ProtocolAdapter
{
public:
    static constexpr int DefaultMaxTokens = 8192; // the API requires max_tokens; every current model allows this
    static constexpr const char *ApiVersion = "2023-06-01";

    Protocol protocol() const override { return Protocol::Anthropic; }

    HttpRequestSpec chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const override;
    std::unique_ptr<StreamDecoder> newStreamDecoder() const override;
    ProviderError parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const override;
    HttpRequestSpec modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body, QString *error) const override;

    static FinishReason normalizeStopReason(const QString &raw);
    // Extended thinking budget for an effort; 0 for the default (thinking off).
    static int thinkingBudget(ReasoningEffort effort);
};

}
