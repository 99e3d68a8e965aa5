#pragma once

#include "store/storetypes.h"

#include <QString>

namespace Confer::ChatFormat
{

// "TTFT 0.42 s · 38 tokens/s · 1,024 tokens · $0.0031"; "≈" marks counted (estimated) tokens.
// Empty for prompts and for replies that are still streaming.
QString metricsLine(const Store::Message &message);

// What went wrong, in plain words, with the provider's own message when it gave one.
QString errorText(const ProviderError &error);

// The model a reply names: the one that answered, else the one asked; for a
// synthesis or a judgement, what it is and by which model ("Synthesis by …").
QString modelName(const Store::Message &message);
// "Synthesis by MODEL", "Judgement by MODEL"; empty for a lane's reply.
QString derivedTitle(Store::MessageKind kind, const QString &model);

}
