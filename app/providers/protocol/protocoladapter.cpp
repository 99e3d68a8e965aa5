#include "providers/protocol/protocoladapter.h"

#include "providers/protocol/anthropicadapter.h"
#include "providers/protocol/geminiadapter.h"
#include "providers/protocol/ollamaadapter.h"
#include "providers/protocol/openaiadapter.h"

namespace Confer
{

const ProtocolAdapter &ProtocolAdapter::forProtocol(Protocol protocol)
{
    // Adapters are stateless, so one constant instance of each serves every request.
    static const OpenAiAdapter openAi;
    static const AnthropicAdapter anthropic;
    static const GeminiAdapter gemini;
    static const OllamaAdapter ollama;
    switch (protocol) {
    case Protocol::OpenAI:
        break;
    case Protocol::Anthropic:
        return anthropic;
    case Protocol::Gemini:
        return gemini;
    case Protocol::Ollama:
        return ollama;
    }
    return openAi;
}

}
