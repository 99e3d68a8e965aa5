#include "transcripts/importer.h"

#include "transcripts/jsonformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Confer::Transcripts
{

using namespace Store;

Importer::Importer(ConversationStore &store)
    : m_store(store)
{
}

std::optional<ImportSource> Importer::sourceFromName(const QString &name)
{
    if (name == QLatin1String("auto")) {
        return ImportSource::Auto;
    }
    if (name == QLatin1String("confer")) {
        return ImportSource::Confer;
    }
    if (name == QLatin1String("chatgpt")) {
        return ImportSource::ChatGpt;
    }
    if (name == QLatin1String("claude")) {
        return ImportSource::Claude;
    }
    return std::nullopt;
}

QString Importer::sourceName(ImportSource source)
{
    switch (source) {
    case ImportSource::Auto:
        return QStringLiteral("auto");
    case ImportSource::Confer:
        return QStringLiteral("confer");
    case ImportSource::ChatGpt:
        return QStringLiteral("chatgpt");
    case ImportSource::Claude:
        return QStringLiteral("claude");
    }
    return {};
}

std::optional<ImportResult> Importer::importFile(const QString &path, ImportSource source)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return importBytes(file.readAll(), source);
}

std::optional<ImportResult> Importer::importBytes(const QByteArray &bytes, ImportSource source)
{
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people want a line and column.
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        m_error = tr("The file is not valid JSON (it may be truncated): %1 at line %2, column %3 (byte %4).")
                      .arg(parseError.errorString())
                      .arg(line)
                      .arg(column)
                      .arg(parseError.offset);
        return std::nullopt;
    }

    if (source == ImportSource::Auto) {
        if (document.isObject()
            && document.object().value(QStringLiteral("format")).toString() == JsonFormat::FormatName) {
            source = ImportSource::Confer;
        } else if (document.isArray()) {
            const QJsonObject first = document.array().first().toObject();
            if (first.contains(QStringLiteral("mapping"))) {
                source = ImportSource::ChatGpt;
            } else if (first.contains(QStringLiteral("chat_messages"))) {
                source = ImportSource::Claude;
            }
        }
        if (source == ImportSource::Auto) {
            m_error = tr("The file is neither a Confer export nor a ChatGPT or Claude conversations.json.");
            return std::nullopt;
        }
    }

    std::optional<QList<ImportedConversation>> conversations;
    QString error;
    switch (source) {
    case ImportSource::Confer:
        if (!document.isObject()) {
            m_error = tr("A Confer export is a JSON object; this file holds something else.");
            return std::nullopt;
        }
        conversations = parseConfer(document.object(), &error);
        break;
    case ImportSource::ChatGpt:
    case ImportSource::Claude:
        if (!document.isArray()) {
            m_error = tr("A %1 conversations.json is a JSON array; this file holds something else.")
                          .arg(source == ImportSource::ChatGpt ? QStringLiteral("ChatGPT") : QStringLiteral("Claude"));
            return std::nullopt;
        }
        conversations = source == ImportSource::ChatGpt ? parseChatGpt(document.array(), &error)
                                                        : parseClaude(document.array(), &error);
        break;
    case ImportSource::Auto:
        break;
    }
    if (!conversations) {
        m_error = tr("Nothing was imported: %1").arg(error);
        return std::nullopt;
    }

    ImportResult result;
    result.source = source;
    const bool ok = m_store.database().transaction([&] {
        for (const ImportedConversation &conversation : std::as_const(*conversations)) {
            const std::optional<qint64> id
                = m_store.insertConversation(conversation.data, conversation.source, conversation.sourceId);
            if (!id) {
                return false;
            }
            if (*id == 0) {
                ++result.skipped;
            } else {
                result.imported.append(*id);
            }
        }
        return true;
    });
    if (!ok) {
        m_error = tr("Nothing was imported: %1").arg(m_store.lastError().message);
        return std::nullopt;
    }
    return result;
}

std::optional<QList<ImportedConversation>> Importer::parseConfer(const QJsonObject &root, QString *error)
{
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1) {
        *error = tr("version: missing");
        return std::nullopt;
    }
    if (version > JsonFormat::Version) {
        *error = tr("the file was written by a newer Confer (format version %1; this version reads up to %2).")
                     .arg(version)
                     .arg(JsonFormat::Version);
        return std::nullopt;
    }
    const QJsonValue list = root.value(QStringLiteral("conversations"));
    if (!list.isArray()) {
        *error = tr("conversations: missing or not an array");
        return std::nullopt;
    }
    QList<ImportedConversation> result;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("conversations[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = tr("%1: not an object").arg(path);
            return std::nullopt;
        }
        auto data = JsonFormat::conversationFromJson(array.at(i).toObject(), path, error);
        if (!data) {
            return std::nullopt;
        }
        result.append({*data, QStringLiteral("confer"), QString()});
    }
    return result;
}

}
