#pragma once

#include "store/conversationstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Confer::Transcripts
{

enum class ImportSource { Auto, Confer, ChatGpt, Claude };

// A conversation read from a file, before it is stored; lane and message ids
// are keys local to it.
struct ImportedConversation {
    Store::ConversationData data;
    QString source; // "confer", "chatgpt", "claude"
    QString sourceId; // the conversation's id in that export
};

struct ImportResult {
    ImportSource source = ImportSource::Auto; // what the file turned out to be
    QList<qint64> imported; // new conversation ids
    int skipped = 0; // already in the store
};

// Reads Confer JSON (jsonformat.h), a ChatGPT data export's conversations.json
// (an array of conversations with a `mapping` message tree) or a Claude data
// export's conversations.json (an array with `chat_messages`), and stores all
// of it in one transaction. A malformed or truncated file, or one whose shape
// is wrong, is refused with the reason and the position (line and column, or
// the JSON path), and nothing is stored. Conversations already imported are
// skipped, so importing a file twice adds nothing.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Transcripts::Importer)

public:
    explicit Importer(Store::ConversationStore &store);

    std::optional<ImportResult> importFile(const QString &path, ImportSource source = ImportSource::Auto);
    std::optional<ImportResult> importBytes(const QByteArray &bytes, ImportSource source = ImportSource::Auto);
    QString errorString() const { return m_error; }

    static std::optional<ImportSource> sourceFromName(const QString &name);
    static QString sourceName(ImportSource source);

    // Parsing alone (no store), for each format; on failure *error says why and where.
    static std::optional<QList<ImportedConversation>> parseConfer(const QJsonObject &root, QString *error);
    static std::optional<QList<ImportedConversation>> parseChatGpt(const QJsonArray &root, QString *error);
    static std::optional<QList<ImportedConversation>> parseClaude(const QJsonArray &root, QString *error);

private:
    Store::ConversationStore &m_store;
    QString m_error;
};

}
