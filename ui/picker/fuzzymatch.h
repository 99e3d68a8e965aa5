#pragma once

#include <QString>

#include <optional>

namespace Confer::Fuzzy
{

// How well pattern matches text as a case-insensitive subsequence; nullopt when
// it does not. Higher is better: consecutive characters, matches at the start
// of words ("cs4" in "claude-sonnet-4") and early matches score more.
std::optional<int> score(QStringView pattern, QStringView text);

// Every whitespace-separated word of query must match one of texts; the score
// is the sum of each word's best. An empty query matches with 0.
std::optional<int> scoreWords(const QString &query, std::initializer_list<QStringView> texts);

}
