#pragma once

#include "providers/protocol/protocoladapter.h"

namespace Confer
{

// Ollama's native API: /api/chat streamed as NDJSON, /api/tags for models.
// The base URL is the server (http://localhost:11434); one ending in /api is accepted.
class OllamaAdapter : public ProtocolAdapter
{
public:
    Protocol protocol() const override { return Protocol::Ollama; }

    HttpRequestSpec chatRequest(const ProviderEndpoint &endpoint, const ChatRequest &request) const override;
    std::unique_ptr<StreamDecoder> newStreamDecoder() const override;
    ProviderError parseHttpError(int httpStatus, const RawHeaders &headers, const QByteArray &body) const override;
    // Ollama lists every model at once; pageToken is ignored.
    HttpRequestSpec modelsRequest(const ProviderEndpoint &endpoint, const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body, QString *error) const override;

    static FinishReason normalizeDoneReason(const QString &raw);
};

}
