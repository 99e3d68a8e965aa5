#include "cli/storecommands.h"

#include "store/conversationstore.h"
#include "store/search.h"
#include "transcripts/exporter.h"
#include "transcripts/htmlexport.h"
#include "transcripts/importer.h"
#include "transcripts/jsonformat.h"
#include "transcripts/markdownexport.h"
#include "transcripts/pdfexport.h"

#include <KSyntaxHighlighting/Repository>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Confer::Cli
{

using namespace Store;
using namespace Transcripts;

namespace
{

class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Cli::StoreCommands)

public:
    static int history(CommandContext &context);
    static int exportConversation(CommandContext &context);
    static int importFile(CommandContext &context);
};

int fail(CommandContext &context, const QString &message, int status = Failure)
{
    context.err << "confer: " << message << '\n';
    context.err.flush();
    return status;
}

// The profile's store, opened (and its trash emptied of what is older than
// 30 days); null after printing why not.
struct OpenStore {
    std::unique_ptr<Database> database;
    std::unique_ptr<ConversationStore> store;
};

std::optional<OpenStore> openStore(CommandContext &context)
{
    if (const auto problem = context.profile.ensureDirectories()) {
        fail(context, *problem);
        return std::nullopt;
    }
    OpenStore open;
    open.database = std::make_unique<Database>(Database::defaultFilePath(context.profile));
    if (!open.database->open()) {
        fail(context, open.database->lastError().message);
        return std::nullopt;
    }
    open.store = std::make_unique<ConversationStore>(*open.database);
    open.store->purgeTrash();
    return open;
}

std::optional<qint64> parseId(CommandContext &context, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(context, StoreCommands::tr("'%1' is not a conversation id (see 'confer history list').").arg(text),
            UsageError);
        return std::nullopt;
    }
    return id;
}

QString localTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool writeOutput(CommandContext &context, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return false;
        }
        context.out.flush();
        out.write(bytes);
        return true;
    }
    // QSaveFile: a failed or interrupted export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(context, StoreCommands::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int historyList(CommandContext &context, const QStringList &arguments)
{
    bool json = false;
    int limit = 20;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--limit") && i + 1 < arguments.size()) {
            bool ok = false;
            limit = arguments.at(++i).toInt(&ok);
            if (!ok || limit <= 0) {
                return fail(context, StoreCommands::tr("--limit needs a positive number."), UsageError);
            }
        } else {
            return fail(
                context, StoreCommands::tr("Unknown argument '%1' for 'history list'.").arg(argument), UsageError);
        }
    }
    auto open = openStore(context);
    if (!open) {
        return Failure;
    }
    const QList<ConversationSummary> list = open->store->recentConversations(limit);
    if (json) {
        QJsonArray array;
        for (const ConversationSummary &s : list) {
            array.append(QJsonObject {
                {QStringLiteral("id"), s.id},
                {QStringLiteral("title"), s.title},
                {QStringLiteral("updatedAt"), JsonFormat::isoTime(s.updatedAt)},
                {QStringLiteral("messages"), s.messageCount},
                {QStringLiteral("models"), QJsonArray::fromStringList(s.models)},
                {QStringLiteral("pinned"), s.pinned},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out.flush();
        return Success;
    }
    if (list.isEmpty()) {
        context.out << StoreCommands::tr("No conversations yet.") << '\n';
        context.out.flush();
        return Success;
    }
    for (const ConversationSummary &s : list) {
        context.out << QString::number(s.id).rightJustified(6) << "  " << localTime(s.updatedAt) << "  "
                    << StoreCommands::tr("%n message(s)", nullptr, int(s.messageCount)).leftJustified(13) << "  "
                    << s.title << "  [" << s.models.join(QStringLiteral(", ")) << "]\n";
    }
    context.out.flush();
    return Success;
}

int historySearch(CommandContext &context, const QStringList &arguments)
{
    SearchQuery query;
    bool json = false;
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--model") && i + 1 < arguments.size()) {
            query.model = arguments.at(++i);
        } else if (argument == QLatin1String("--provider") && i + 1 < arguments.size()) {
            query.provider = arguments.at(++i);
        } else if ((argument == QLatin1String("--since") || argument == QLatin1String("--until"))
            && i + 1 < arguments.size()) {
            // Whole days in local time: --since includes its day, --until excludes its day's end.
            const QDate date = QDate::fromString(arguments.at(++i), Qt::ISODate);
            if (!date.isValid()) {
                return fail(context, StoreCommands::tr("%1 needs a date as YYYY-MM-DD.").arg(argument), UsageError);
            }
            if (argument == QLatin1String("--since")) {
                query.from = date.startOfDay().toMSecsSinceEpoch();
            } else {
                query.until = date.addDays(1).startOfDay().toMSecsSinceEpoch();
            }
        } else if (argument == QLatin1String("--relevance")) {
            query.order = SearchQuery::Order::Relevance;
        } else if (argument.startsWith(QLatin1String("--"))) {
            return fail(
                context, StoreCommands::tr("Unknown option '%1' for 'history search'.").arg(argument), UsageError);
        } else {
            words.append(argument);
        }
    }
    query.text = words.join(QLatin1Char(' '));
    if (query.text.trimmed().isEmpty()) {
        return fail(context, StoreCommands::tr("'history search' needs something to search for."), UsageError);
    }
    auto open = openStore(context);
    if (!open) {
        return Failure;
    }
    if (json) {
        query.highlightStart = QStringLiteral("<mark>");
        query.highlightEnd = QStringLiteral("</mark>");
    }
    const auto hits = Search(*open->database).run(query);
    if (!hits) {
        return fail(context, open->database->lastError().message);
    }
    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            array.append(QJsonObject {
                {QStringLiteral("conversation"), hit.conversationId},
                {QStringLiteral("message"), hit.messageId ? QJsonValue(hit.messageId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("snippet"), hit.snippet},
                {QStringLiteral("model"), hit.model},
                {QStringLiteral("createdAt"), JsonFormat::isoTime(hit.createdAt)},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (hits->isEmpty()) {
        context.out << StoreCommands::tr("Nothing found.") << '\n';
    } else {
        for (const SearchHit &hit : *hits) {
            context.out << QString::number(hit.conversationId).rightJustified(6) << "  " << localTime(hit.createdAt)
                        << "  " << hit.title << '\n'
                        << "        " << (hit.model.isEmpty() ? QString() : hit.model + QStringLiteral(": "))
                        << QString(hit.snippet).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        }
    }
    context.out.flush();
    return Success;
}

}

int StoreCommands::history(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    const QStringList rest = context.arguments.mid(1);
    if (sub == QLatin1String("list")) {
        return historyList(context, rest);
    }
    if (sub == QLatin1String("search")) {
        return historySearch(context, rest);
    }
    if (sub == QLatin1String("show") || sub == QLatin1String("delete") || sub == QLatin1String("rename")) {
        const qsizetype expected = sub == QLatin1String("rename") ? 2 : 1;
        if (rest.size() != expected) {
            return fail(context,
                sub == QLatin1String("rename") ? tr("Usage: confer history rename ID TITLE")
                                               : tr("Usage: confer history %1 ID").arg(sub),
                UsageError);
        }
        const auto id = parseId(context, rest.first());
        if (!id) {
            return UsageError;
        }
        auto open = openStore(context);
        if (!open) {
            return Failure;
        }
        ConversationStore &store = *open->store;
        if (sub == QLatin1String("show")) {
            const auto data = store.load(*id);
            if (!data) {
                return fail(context, store.lastError().message);
            }
            context.out << MarkdownExport::render(*data);
        } else if (sub == QLatin1String("rename")) {
            if (!store.rename(*id, rest.at(1))) {
                return fail(context, store.lastError().message);
            }
            context.out << tr("Renamed conversation %1 to \"%2\".").arg(*id).arg(rest.at(1)) << '\n';
        } else {
            if (!store.moveToTrash(*id)) {
                return fail(context, store.lastError().message);
            }
            context.out << tr("Moved conversation %1 to the trash; it is deleted for good after 30 days.").arg(*id)
                        << '\n';
        }
        context.out.flush();
        return Success;
    }
    if (sub == QLatin1String("empty-trash") && rest.isEmpty()) {
        auto open = openStore(context);
        if (!open) {
            return Failure;
        }
        const auto removed = open->store->purgeTrash(true);
        if (!removed) {
            return fail(context, open->store->lastError().message);
        }
        context.out << tr("Deleted %n conversation(s) from the trash.", nullptr, int(*removed)) << '\n';
        context.out.flush();
        return Success;
    }
    return fail(context,
        sub.isEmpty() ? tr("'history' needs a subcommand: list, search, show, rename, delete or empty-trash.")
                      : tr("Unknown subcommand 'history %1'.").arg(sub),
        UsageError);
}

int StoreCommands::exportConversation(CommandContext &context)
{
    std::optional<qint64> id;
    bool all = false;
    QString format;
    QString output;
    ExportOptions options;
    const QStringList &arguments = context.arguments;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--all")) {
            all = true;
        } else if (argument == QLatin1String("--format") && i + 1 < arguments.size()) {
            format = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--format="))) {
            format = argument.mid(9);
        } else if ((argument == QLatin1String("-o") || argument == QLatin1String("--output"))
            && i + 1 < arguments.size()) {
            output = arguments.at(++i);
        } else if (argument == QLatin1String("--no-reasoning")) {
            options.reasoning = false;
        } else if (argument == QLatin1String("--no-metrics")) {
            options.metrics = false;
        } else if (argument == QLatin1String("--all-branches")) {
            options.allBranches = true;
        } else if (!argument.startsWith(QLatin1Char('-')) && !id) {
            id = parseId(context, argument);
            if (!id) {
                return UsageError;
            }
        } else {
            return fail(context, tr("Unknown argument '%1' for 'export'.").arg(argument), UsageError);
        }
    }
    if (all == id.has_value()) {
        return fail(context, tr("'export' needs a conversation id or --all."), UsageError);
    }
    if (all) {
        if (!format.isEmpty() && format != QLatin1String("json")) {
            return fail(context, tr("'export --all' writes JSON only."), UsageError);
        }
        if (output.isEmpty()) {
            return fail(context, tr("'export --all' needs -o FILE.json."), UsageError);
        }
        options.allBranches = true;
    } else if (format.isEmpty()) {
        format = QStringLiteral("md");
    }
    if (!all && format != QLatin1String("md") && format != QLatin1String("html") && format != QLatin1String("json")
        && format != QLatin1String("pdf")) {
        return fail(context, tr("Unknown format '%1': use md, html, json or pdf.").arg(format), UsageError);
    }
    auto open = openStore(context);
    if (!open) {
        return Failure;
    }
    ConversationStore &store = *open->store;
    QByteArray bytes;
    if (all) {
        QList<ConversationData> conversations;
        const QList<ConversationSummary> list = store.recentConversations(std::numeric_limits<int>::max());
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            const auto data = store.load(it->id);
            if (!data) {
                return fail(context, store.lastError().message);
            }
            conversations.append(*data);
        }
        bytes = JsonFormat::render(conversations, store.now(), options);
        if (!writeOutput(context, output, bytes)) {
            return Failure;
        }
        context.err << tr("Exported %n conversation(s) to %1.", nullptr, int(conversations.size())).arg(output) << '\n';
        context.err.flush();
        return Success;
    }
    const auto data = store.load(*id);
    if (!data) {
        return fail(context, store.lastError().message);
    }
    bytes = renderConversation(*data, formatForSuffix(format).value_or(Format::Markdown), store.now(), options);
    return writeOutput(context, output, bytes) ? Success : Failure;
}

int StoreCommands::importFile(CommandContext &context)
{
    QString path;
    ImportSource source = ImportSource::Auto;
    const QStringList &arguments = context.arguments;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--from") && i + 1 < arguments.size()) {
            const auto parsed = Importer::sourceFromName(arguments.at(++i));
            if (!parsed) {
                return fail(context, tr("--from takes auto, confer, chatgpt or claude."), UsageError);
            }
            source = *parsed;
        } else if (!argument.startsWith(QLatin1Char('-')) && path.isEmpty()) {
            path = argument;
        } else {
            return fail(context, tr("Unknown argument '%1' for 'import'.").arg(argument), UsageError);
        }
    }
    if (path.isEmpty()) {
        return fail(context, tr("'import' needs a FILE."), UsageError);
    }
    auto open = openStore(context);
    if (!open) {
        return Failure;
    }
    Importer importer(*open->store);
    const auto result = importer.importFile(path, source);
    if (!result) {
        return fail(context, importer.errorString());
    }
    const QString from = Importer::sourceName(result->source);
    context.out << tr("Imported %n conversation(s) from %1", nullptr, int(result->imported.size())).arg(from);
    if (result->skipped > 0) {
        context.out << tr("; %1 already present").arg(result->skipped);
    }
    context.out << ".\n";
    context.out.flush();
    return Success;
}

void addStoreCommands(CommandLine &commandLine)
{
    commandLine.addCommand(
        {QStringLiteral("history"), StoreCommands::tr("list|search|show|rename|delete|empty-trash …"),
            StoreCommands::tr("List, search, show, rename or delete saved conversations; empty the trash."),
            &StoreCommands::history});
    commandLine.addCommand({QStringLiteral("export"),
        StoreCommands::tr("ID|--all [--format md|html|json|pdf] [--no-reasoning] [--no-metrics] [-o FILE]"),
        StoreCommands::tr("Export a conversation, or the whole history as JSON."), &StoreCommands::exportConversation});
    commandLine.addCommand({QStringLiteral("import"), StoreCommands::tr("FILE [--from auto|confer|chatgpt|claude]"),
        StoreCommands::tr("Import conversations from Confer, ChatGPT or Claude export files."),
        &StoreCommands::importFile});
}

bool needsGuiApplication(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("export"))
        && (arguments.contains(QLatin1String("pdf")) || arguments.contains(QLatin1String("--format=pdf")));
}

}
