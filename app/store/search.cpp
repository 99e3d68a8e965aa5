#include "store/search.h"

#include <QSqlQuery>

namespace Confer::Store
{

Search::Search(Database &database)
    : m_database(database)
{
}

QString Search::matchExpression(const QString &text)
{
    QStringList terms;
    const auto quoted = [](const QString &term) -> QString {
        return QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    const QStringList pieces = text.split(QLatin1Char('"'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QString piece = pieces.at(i).simplified();
        if (piece.isEmpty()) {
            continue;
        }
        if (i % 2 == 1) {
            terms.append(quoted(piece)); // inside quotes: a phrase
            continue;
        }
        // Outside quotes: split into words the way the tokenizer does, each a prefix.
        QString word;
        const auto flush = [&] {
            if (!word.isEmpty()) {
                terms.append(quoted(word) + QLatin1Char('*'));
                word.clear();
            }
        };
        for (const QChar c : piece) {
            if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
                word += c;
            } else {
                flush();
            }
        }
        flush();
    }
    return terms.join(QLatin1Char(' '));
}

std::optional<QList<SearchHit>> Search::run(const SearchQuery &request)
{
    const QString match = matchExpression(request.text);
    if (match.isEmpty()) {
        m_database.setError(StoreError::Kind::Invalid, tr("Nothing to search for."));
        return std::nullopt;
    }
    QList<SearchHit> hits;
    const bool filtersReplies = !request.model.isEmpty() || !request.provider.isEmpty();

    // Titles first: a conversation named for what is sought is the best hit.
    if (!filtersReplies && !request.from && !request.until) {
        QSqlQuery titles(m_database.connection());
        titles.setForwardOnly(true);
        titles.prepare(QStringLiteral("SELECT c.id, c.title, highlight(titles_fts, 0, ?, ?), c.updated_at"
                                      " FROM titles_fts JOIN conversations c ON c.id = titles_fts.rowid"
                                      " WHERE titles_fts MATCH ? AND c.deleted_at IS NULL"
                                      " ORDER BY %1 LIMIT ?")
                .arg(request.order == SearchQuery::Order::Newest ? QStringLiteral("c.updated_at DESC")
                                                                 : QStringLiteral("titles_fts.rank")));
        titles.addBindValue(request.highlightStart);
        titles.addBindValue(request.highlightEnd);
        titles.addBindValue(match);
        titles.addBindValue(request.limit);
        if (!m_database.exec(titles)) {
            return std::nullopt;
        }
        while (titles.next()) {
            SearchHit hit;
            hit.conversationId = titles.value(0).toLongLong();
            hit.title = titles.value(1).toString();
            hit.snippet = titles.value(2).toString();
            hit.createdAt = titles.value(3).toLongLong();
            hits.append(hit);
        }
    }

    QStringList conditions {QStringLiteral("messages_fts MATCH ?"), QStringLiteral("c.deleted_at IS NULL")};
    QVariantList values {request.highlightStart, request.highlightEnd, match};
    if (!request.model.isEmpty()) {
        conditions.append(QStringLiteral("(m.model = ? OR m.answered_model = ?)"));
        values << request.model << request.model.section(QLatin1Char('/'), 1, -1);
    }
    if (!request.provider.isEmpty()) {
        conditions.append(QStringLiteral("m.model LIKE ? ESCAPE '\\'"));
        QString prefix = request.provider;
        prefix.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        values << QString(prefix + QStringLiteral("/%"));
    }
    if (request.from) {
        conditions.append(QStringLiteral("m.created_at >= ?"));
        values << *request.from;
    }
    if (request.until) {
        conditions.append(QStringLiteral("m.created_at < ?"));
        values << *request.until;
    }
    values << qMax(0, request.limit - int(hits.size()));

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.conversation_id, m.id, c.title, snippet(messages_fts, 0, ?, ?, '…', 12),"
                                 " m.model, m.created_at FROM messages_fts"
                                 " JOIN messages m ON m.id = messages_fts.rowid"
                                 " JOIN conversations c ON c.id = m.conversation_id"
                                 " WHERE %1 ORDER BY %2 LIMIT ?")
            .arg(conditions.join(QLatin1String(" AND ")),
                request.order == SearchQuery::Order::Newest ? QStringLiteral("messages_fts.rowid DESC")
                                                            : QStringLiteral("messages_fts.rank")));
    for (const QVariant &value : std::as_const(values)) {
        query.addBindValue(value);
    }
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    while (query.next()) {
        SearchHit hit;
        hit.conversationId = query.value(0).toLongLong();
        hit.messageId = query.value(1).toLongLong();
        hit.title = query.value(2).toString();
        hit.snippet = query.value(3).toString();
        hit.model = query.value(4).toString();
        hit.createdAt = query.value(5).toLongLong();
        hits.append(hit);
    }
    return hits;
}

}
