#pragma once

#include "store/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace Confer::Store
{

struct SearchQuery {
    enum class Order { Newest, Relevance };

    QString text; // words (each matched as a prefix, diacritics ignored) and "quoted phrases"
    Order order = Order::Newest;
    QString model; // PROVIDER/MODEL: replies requested from or answered by it
    QString provider; // replies from any model of this provider
    std::optional<qint64> from; // created at or after (ms since the epoch)
    std::optional<qint64> until; // created before
    int limit = 50;
    // Put around each matched word in snippets.
    QString highlightStart = QStringLiteral("[");
    QString highlightEnd = QStringLiteral("]");
};

struct SearchHit {
    qint64 conversationId = 0;
    qint64 messageId = 0; // 0 when the conversation's title matched
    QString title;
    QString snippet; // a short extract with the matches highlighted
    QString model; // the reply's model; empty for prompts and titles
    qint64 createdAt = 0;
};

// Full-text search over message text and conversation titles (SQLite FTS5,
// unicode61 tokenizer with diacritics removed). Conversations in the trash
// are left out. Newest-first order is by storage order, which the index
// walks backwards without sorting, so it stays fast at a million messages.
class Search
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Store::Search)

public:
    explicit Search(Database &database);

    // Returns nullopt on failure (an empty or unusable query, a database
    // error); database.lastError() says why.
    std::optional<QList<SearchHit>> run(const SearchQuery &query);

    // The FTS5 query for a user's text: every word a quoted prefix term,
    // "phrases" kept as phrases; FTS5 syntax in the text has no effect.
    static QString matchExpression(const QString &text);

private:
    Database &m_database;
};

}
