#pragma once

#include "providers/protocol/protocoladapter.h"

#include <QJsonObject>

namespace Confer
{

// Google's Gemini API (generateContent, streamed as SSE with ?alt=sse). The base
// URL is the host (https://generativelanguage.googleapis.com); one ending in a
// version segment (/v1beta, /v1) is used as it is.
class GeminiAdapter : public ProtocolAdapter
{
public:
    Protocol protocol() const override { return Protocol::Gemini; }

    HttpRequestSpec chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const override;
    std::unique_ptr<StreamDecoder> newStreamDecoder() const override;
    ProviderError parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const override;
    HttpRequestSpec modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body, QString *error) const override;

    static FinishReason normalizeFinishReason(const QString &raw);
    static int thinkingBudget(ReasoningEffort effort); // 0: the model's default
    // `{"error": {"code", "message", "status", "details"}}`
    static ProviderError errorFromObject(const QJsonObject &error, ErrorKind fallback);
};

}
