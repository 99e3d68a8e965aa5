#pragma once

#include "providers/chattypes.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace Confer
{

// Reads the many ways providers say "try again in …", as milliseconds from now.
// `now` is injectable so HTTP-date and timestamp values can be tested.
namespace RetryHint
{

// `Retry-After`: delta-seconds (fractions accepted) or an HTTP-date.
std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now);

// Go-style durations as in `x-ratelimit-reset-tokens`: "6m0s", "1.5s", "20ms", "1h2m3s", "500us";
// also Google's protobuf Duration ("34.4s") used by Gemini's RetryInfo.retryDelay.
std::optional<qint64> parseDuration(QByteArrayView value);

// A reset moment or delay of unknown style: a duration, epoch milliseconds or
// seconds (as OpenRouter's `X-RateLimit-Reset`), plain delta-seconds, or an RFC 3339 time.
std::optional<qint64> parseResetValue(QByteArrayView value, const QDateTime &now);

// The most specific hint in the headers: retry-after-ms, then Retry-After, then (for a
// rate-limit answer only: on others they describe limits that were not hit) the rate-limit
// reset headers, the later of the request and token resets.
std::optional<qint64> fromHeaders(const RawHeaders &headers, const QDateTime &now, bool rateLimited = true);

// Gemini's `error.details[]` entry of type RetryInfo, `{"retryDelay": "30s"}`.
std::optional<qint64> fromGoogleErrorDetails(const QJsonValue &details);

}

}
