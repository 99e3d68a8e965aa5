#include "secrets/conventionalkeys.h"

namespace Confer
{

QList<KeyRequest> conventionalKeyRequests()
{
    const auto one = [](const char *id, std::initializer_list<const char *> variables) {
        KeyRequest request {QString::fromLatin1(id), {}};
        for (const char *variable : variables) {
            request.environmentVariables << QString::fromLatin1(variable);
        }
        return request;
    };
    return {
        one("openai", {"OPENAI_API_KEY"}),
        one("anthropic", {"ANTHROPIC_API_KEY"}),
        one("gemini", {"GEMINI_API_KEY", "GOOGLE_API_KEY"}),
        one("openrouter", {"OPENROUTER_API_KEY"}),
        one("mistral", {"MISTRAL_API_KEY"}),
        one("groq", {"GROQ_API_KEY"}),
        one("deepseek", {"DEEPSEEK_API_KEY"}),
        one("xai", {"XAI_API_KEY"}),
        one("together", {"TOGETHER_API_KEY"}),
        one("fireworks", {"FIREWORKS_API_KEY"}),
    };
}

KeyRequest keyRequestFor(const QString &providerId)
{
    for (const KeyRequest &request : conventionalKeyRequests()) {
        if (request.providerId == providerId) {
            return request;
        }
    }
    return {providerId, {}};
}

}
