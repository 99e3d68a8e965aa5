// Exports (golden files) of single chats and comparisons (scoreboard,
// synthesis and judgement, kept and voted replies, blind comparisons that name
// no model until revealed), the JSON round trip, and imports of Confer,
// ChatGPT and Claude files, good and bad. Set CONFER_REGENERATE_GOLDENS=1 to rewrite
// the golden files from the current output (then review the diff).
#include "storetesthelpers.h"
#include "transcriptfixtures.h"
#include "transcripts/exporter.h"
#include "transcripts/htmlexport.h"
#include "transcripts/importer.h"
#include "transcripts/jsonformat.h"
#include "transcripts/markdownexport.h"
#include "transcripts/pdfexport.h"

#include <KSyntaxHighlighting/Repository>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Confer;
using namespace Confer::Store;
using namespace Confer::Transcripts;

class TestTranscripts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void golden_data();
    void golden();
    void htmlIsSelfContainedAndEscaped();
    void pdf();
    void jsonRoundTrip();
    void blindExportsNameNoModel_data();
    void blindExportsNameNoModel();
    void comparisonRoundTrip();
    void judgementCriteriaRoundTrip();
    void blindRoundTripKeepsTheLetters();
    void versionOneImports();
    void importChatGpt();
    void importClaude();
    void refusedImports_data();
    void refusedImports();

private:
    std::unique_ptr<ConversationStore> openStore(const QString &name);
    static QByteArray fixture(const QString &name);

    KSyntaxHighlighting::Repository m_repository;
    qint64 m_clock = 1'700'000'000'000;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<std::shared_ptr<Database>> m_databases;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_single = 0;
    qint64 m_comparison = 0;
    qint64 m_judged = 0;
    qint64 m_blind = 0;
};

namespace
{

// Everything a conversation holds, with ids replaced by their place in it, so
// that two stores' copies compare equal.
QString canonical(const ConversationData &data)
{
    QHash<qint64, qsizetype> lane;
    QHash<qint64, qsizetype> message;
    for (qsizetype i = 0; i < data.lanes.size(); ++i) {
        lane.insert(data.lanes.at(i).id, i);
    }
    for (qsizetype i = 0; i < data.messages.size(); ++i) {
        message.insert(data.messages.at(i).id, i);
    }
    const auto ref = [](const QHash<qint64, qsizetype> &index, std::optional<qint64> id) {
        return id ? QString::number(index.value(*id, -1)) : QStringLiteral("-");
    };
    const auto number = [](auto value) { return value ? QString::number(*value) : QStringLiteral("-"); };
    const Conversation &c = data.conversation;
    QStringList lines {
        QStringList {c.uuid, c.title, c.systemPrompt, QString::number(c.createdAt), QString::number(c.updatedAt),
            QString::number(c.pinned), QString::number(c.archived), toText(c.contextMode), QString::number(c.blind),
            QString::number(c.revealed), c.viewState, c.tags.join(QLatin1Char(',')), ref(message, c.activeLeafId)}
            .join(QLatin1Char('|'))};
    for (const Lane &l : data.lanes) {
        lines.append(QStringList {QStringLiteral("lane"), QString::number(l.position), l.model, l.systemPrompt,
            number(l.temperature), number(l.maxOutputTokens), toText(l.reasoning), number(l.removedAt)}
                .join(QLatin1Char('|')));
    }
    for (const Message &m : data.messages) {
        const ReplyMetrics &x = m.metrics;
        lines.append(QStringList {QStringLiteral("message"), ref(message, m.parentId), ref(lane, m.laneId),
            QString::number(int(m.role)), toText(m.kind), m.content, m.reasoning, toText(m.status),
            m.error ? toText(m.error->kind) + QString::number(m.error->httpStatus) + m.error->providerMessage
                    : QString(),
            number(x.ttftMs), number(x.durationMs), number(x.usage.inputTokens), number(x.usage.outputTokens),
            number(x.usage.reasoningTokens), number(x.usage.costUsd), QString::number(x.tokensEstimated),
            toText(x.finishReason), x.requestId, x.answeredModel, m.model, QString::number(m.active),
            QString::number(m.chosen), number(m.rating), QString::number(m.createdAt),
            m.criteria.join(QLatin1Char(';'))}
                .join(QLatin1Char('|')));
    }
    for (const Vote &v : data.votes) {
        lines.append(QStringList {QStringLiteral("vote"), ref(message, v.turnId), ref(message, v.replyId),
            QString::number(v.blind), QString::number(v.createdAt)}
                .join(QLatin1Char('|')));
    }
    return lines.join(QLatin1Char('\n'));
}

}

std::unique_ptr<ConversationStore> TestTranscripts::openStore(const QString &name)
{
    auto database = std::make_shared<Database>(m_dir->filePath(name));
    if (!database->open()) {
        return nullptr;
    }
    m_databases.append(database);
    auto store = std::make_unique<ConversationStore>(*database);
    store->setClock([this] { return m_clock += 61'000; });
    return store;
}

QByteArray TestTranscripts::fixture(const QString &name)
{
    QFile file(QStringLiteral(CONFER_SOURCE_DIR "/tests/store/fixtures/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestTranscripts::init()
{
    m_clock = 1'700'000'000'000; // every test and data row sees the same times, whatever ran before
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = openStore(QStringLiteral("conversations.sqlite"));
    QVERIFY(m_store);
    m_single = ConferTest::addSingleLaneConversation(*m_store);
    m_comparison = ConferTest::addComparison(*m_store);
    m_judged = ConferTest::addJudgedComparison(*m_store);
    m_blind = ConferTest::addBlindComparison(*m_store);
}

void TestTranscripts::cleanup()
{
    m_store.reset();
    m_databases.clear();
    m_dir.reset();
}

void TestTranscripts::golden_data()
{
    QTest::addColumn<QString>("conversation");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("reasoning");
    QTest::addColumn<bool>("metrics");
    QTest::addColumn<bool>("allBranches");
    QTest::addColumn<QString>("file");
    for (const QString &format : {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")}) {
        QTest::newRow(qPrintable(QStringLiteral("single lane, ") + format))
            << QStringLiteral("single") << format << true << true << false << QStringLiteral("single.") + format;
        QTest::newRow(qPrintable(QStringLiteral("three-lane comparison, ") + format)) << QStringLiteral(
            "comparison") << format << true << true << false << QStringLiteral("comparison.") + format;
    }
    QTest::newRow("comparison without reasoning and metrics, md")
        << QStringLiteral("comparison") << QStringLiteral("md") << false << false << false
        << QStringLiteral("comparison-plain.md");
    QTest::newRow("comparison, all branches, md") << QStringLiteral("comparison") << QStringLiteral("md") << true
                                                  << true << true << QStringLiteral("comparison-branches.md");
    QTest::newRow("single lane, all branches, html") << QStringLiteral("single") << QStringLiteral("html") << true
                                                     << true << true << QStringLiteral("single-branches.html");
    for (const QString &format : {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")}) {
        QTest::newRow(qPrintable(QStringLiteral("synthesis, judgement, kept and voted, ") + format))
            << QStringLiteral("judged") << format << true << true << false << QStringLiteral("judged.") + format;
        QTest::newRow(qPrintable(QStringLiteral("blind, not revealed, ") + format))
            << QStringLiteral("blind") << format << true << true << false << QStringLiteral("blind.") + format;
    }
    QTest::newRow("blind, revealed, md") << QStringLiteral("blind-revealed") << QStringLiteral("md") << true << true
                                         << false << QStringLiteral("blind-revealed.md");
}

void TestTranscripts::golden()
{
    QFETCH(QString, conversation);
    QFETCH(QString, format);
    QFETCH(bool, reasoning);
    QFETCH(bool, metrics);
    QFETCH(bool, allBranches);
    QFETCH(QString, file);
    const QHash<QString, qint64> ids {{QStringLiteral("single"), m_single},
        {QStringLiteral("comparison"), m_comparison}, {QStringLiteral("judged"), m_judged},
        {QStringLiteral("blind"), m_blind}, {QStringLiteral("blind-revealed"), m_blind}};
    QVERIFY(ids.contains(conversation));
    ConversationData data = m_store->load(ids.value(conversation)).value();
    data.conversation.revealed = conversation == QLatin1String("blind-revealed");
    data.conversation.uuid
        = QStringLiteral("00000000-0000-4000-8000-%1").arg(data.conversation.id, 12, 10, QLatin1Char('0'));
    ExportOptions options;
    options.reasoning = reasoning;
    options.metrics = metrics;
    options.allBranches = allBranches;
    QByteArray actual;
    if (format == QLatin1String("md")) {
        actual = MarkdownExport::render(data, options).toUtf8();
    } else if (format == QLatin1String("html")) {
        actual = HtmlExport(m_repository).render(data, options).toUtf8();
    } else {
        actual = JsonFormat::render({data}, 1'700'100'000'000, options);
    }
    const QString path = QStringLiteral(CONFER_SOURCE_DIR "/tests/store/golden/") + file;
    if (qEnvironmentVariableIsSet("CONFER_REGENERATE_GOLDENS")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = golden.readAll();
    if (actual != expected) {
        QFile out(m_dir->filePath(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        out.close();
        QFAIL(qPrintable(QStringLiteral("%1 differs from its golden file; the output is in %2 "
                                        "(CONFER_REGENERATE_GOLDENS=1 rewrites the goldens)")
                .arg(path, out.fileName())));
    }
}

void TestTranscripts::htmlIsSelfContainedAndEscaped()
{
    const QString html = HtmlExport(m_repository).render(m_store->load(m_single).value());
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends")));
    QVERIFY(!html.contains(QLatin1String("http://")));
    QVERIFY(!html.contains(QLatin1String("https://")));
    QVERIFY(!html.contains(QLatin1String("<link")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    // The C++ code block was highlighted.
    QVERIFY(html.contains(QLatin1String("<pre><span style=\"color:")));
    QVERIFY(html.contains(QLatin1String("default-src 'none'")));
}

void TestTranscripts::pdf()
{
    const ConversationData data = m_store->load(m_comparison).value();
    const QByteArray pdf = PdfExport::render(HtmlExport(m_repository).render(data), data.conversation.title);
    QVERIFY(pdf.startsWith("%PDF-1."));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Type /Page"));
    QVERIFY(pdf.size() > 5000);
}

void TestTranscripts::jsonRoundTrip()
{
    QList<ConversationData> all {m_store->load(m_single).value(), m_store->load(m_comparison).value()};
    ExportOptions everything;
    everything.allBranches = true;
    const QByteArray file = JsonFormat::render(all, 1'700'100'000'000, everything);

    auto other = openStore(QStringLiteral("other.sqlite"));
    QVERIFY(other);
    Importer importer(*other);
    const auto result = importer.importBytes(file);
    QVERIFY2(result, qPrintable(importer.errorString()));
    QCOMPARE(result->source, ImportSource::Confer);
    QCOMPARE(result->imported.size(), 2);
    QCOMPARE(result->skipped, 0);
    for (int i = 0; i < 2; ++i) {
        const ConversationData restored = other->load(result->imported.at(i)).value();
        QCOMPARE(restored.conversation.uuid, all.at(i).conversation.uuid);
        QCOMPARE(MarkdownExport::render(restored, everything), MarkdownExport::render(all.at(i), everything));
        QCOMPARE(MarkdownExport::render(restored), MarkdownExport::render(all.at(i)));
        QCOMPARE(restored.conversation.tags, all.at(i).conversation.tags);
        QCOMPARE(restored.lanes.size(), all.at(i).lanes.size());
    }
    // What each lane would send next survives the trip.
    const QList<Lane> lanes = other->lanes(result->imported.at(1));
    QCOMPARE(other->historyForLane(lanes.at(0).id)->messages.size(),
        m_store->historyForLane(m_store->lanes(m_comparison).at(0).id)->messages.size());

    // A second import adds nothing.
    const auto again = importer.importBytes(file);
    QVERIFY(again);
    QCOMPARE(again->imported.size(), 0);
    QCOMPARE(again->skipped, 2);
    QCOMPARE(other->conversationCount(), 2);
}

void TestTranscripts::blindExportsNameNoModel_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("Markdown") << int(Format::Markdown);
    QTest::newRow("HTML") << int(Format::Html);
    QTest::newRow("JSON") << int(Format::Json);
    QTest::newRow("PDF") << int(Format::Pdf);
}

void TestTranscripts::blindExportsNameNoModel()
{
    QFETCH(int, format);
    ConversationData data = m_store->load(m_blind).value();
    QVERIFY(data.conversation.blind);
    QVERIFY(!data.conversation.revealed);
    ExportOptions everything;
    everything.allBranches = true;
    const QByteArray bytes = renderConversation(data, Format(format), 1'700'100'000'000, everything).toLower();
    QVERIFY(bytes.size() > 1000);
    // The PDF's text is compressed; what it prints is the HTML export, checked as it is laid out.
    const QByteArray text
        = Format(format) == Format::Pdf ? HtmlExport(m_repository).render(data, everything).toUtf8().toLower() : bytes;
    for (const QString &name : ConferTest::blindModelNames()) {
        QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(name));
        QVERIFY2(!text.contains(name.toUtf8()), qPrintable(name));
    }
    QVERIFY(text.contains("synthesis"));

    // Revealed, the same export names them.
    data.conversation.revealed = true;
    const QByteArray revealed = Format(format) == Format::Pdf
        ? HtmlExport(m_repository).render(data, everything).toUtf8()
        : renderConversation(data, Format(format), 1'700'100'000'000, everything);
    for (const QString &name : {QStringLiteral("openai/gpt-4o-mini"), QStringLiteral("anthropic/claude-haiku-4"),
             QStringLiteral("ollama/llama3.2:3b"), QStringLiteral("mistral/magistral-medium")}) {
        QVERIFY2(revealed.contains(name.toUtf8()), qPrintable(name));
    }
}

void TestTranscripts::comparisonRoundTrip()
{
    // A revealed blind comparison keeps its names; with the judged comparison
    // it covers kinds, kept and voted replies, blind votes and the view state.
    ComparisonStore comparisons(*m_store);
    QVERIFY(comparisons.setViewState(m_judged, QStringLiteral(R"({"layout":"grid","sizes":[3,2,2]})")));
    QVERIFY(comparisons.vote(m_store->activeBranch(m_blind).at(1).id)); // reveals
    const QList<ConversationData> all {m_store->load(m_judged).value(), m_store->load(m_blind).value()};
    QCOMPARE(all.at(1).conversation.revealed, true);
    QCOMPARE(all.at(1).votes.size(), 1);
    QVERIFY(all.at(1).votes.first().blind);
    QCOMPARE(all.at(0).votes.size(), 1);
    ExportOptions everything;
    everything.allBranches = true;
    const QByteArray file = JsonFormat::render(all, 1'700'100'000'000, everything);
    const QJsonObject root = QJsonDocument::fromJson(file).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), JsonFormat::Version);
    QCOMPARE(JsonFormat::Version, 2);

    auto other = openStore(QStringLiteral("other.sqlite"));
    QVERIFY(other);
    Importer importer(*other);
    const auto result = importer.importBytes(file);
    QVERIFY2(result, qPrintable(importer.errorString()));
    QCOMPARE(result->imported.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const ConversationData restored = other->load(result->imported.at(i)).value();
        QCOMPARE(canonical(restored), canonical(all.at(i)));
    }
    const ConversationData judged = other->load(result->imported.at(0)).value();
    QCOMPARE(judged.conversation.viewState, QStringLiteral(R"({"layout":"grid","sizes":[3,2,2]})"));
    QCOMPARE(std::count_if(judged.messages.cbegin(), judged.messages.cend(),
                 [](const Message &m) { return m.kind == MessageKind::Synthesis && !m.laneId; }),
        1);
    // Derived replies come after the lanes' in the store's order too.
    const QList<Message> replies = other->repliesTo(judged.messages.first().id);
    QCOMPARE(replies.size(), 5);
    QCOMPARE(replies.at(3).kind, MessageKind::Synthesis);
    QCOMPARE(replies.at(4).kind, MessageKind::Judgement);
}

// The criteria a judgement was asked with travel with it (so it can be asked
// again the same way after an import); a judgement with none names none.
void TestTranscripts::judgementCriteriaRoundTrip()
{
    const qint64 turn = m_store->activeTurns(m_judged).constFirst().id;
    const QStringList criteria = {QStringLiteral("Correct"), QStringLiteral("Names the \"early\" exit")};
    const qint64 judgement
        = ComparisonStore(*m_store)
              .beginDerivedReply(turn, MessageKind::Judgement, QStringLiteral("openai/o4-mini"), criteria)
              .value();
    QVERIFY(m_store->finishReply(judgement, QStringLiteral("| 3 | best |"), {}, MessageStatus::Complete, {}));
    const ConversationData data = m_store->load(m_judged).value();
    const QByteArray file = JsonFormat::render({data}, 1'700'100'000'000, {});
    int named = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(file)
             .object()
             .value(QLatin1String("conversations"))
             .toArray()
             .first()
             .toObject()
             .value(QLatin1String("messages"))
             .toArray()) {
        const QJsonObject message = value.toObject();
        if (message.contains(QLatin1String("criteria"))) {
            ++named;
            QCOMPARE(message.value(QLatin1String("model")).toString(), QStringLiteral("openai/o4-mini"));
            QCOMPARE(message.value(QLatin1String("criteria")).toArray(), QJsonArray::fromStringList(criteria));
        }
    }
    QCOMPARE(named, 1); // the fixture's own judgement was asked with none kept

    auto other = openStore(QStringLiteral("other.sqlite"));
    QVERIFY(other);
    Importer importer(*other);
    const auto result = importer.importBytes(file);
    QVERIFY2(result, qPrintable(importer.errorString()));
    const ConversationData restored = other->load(result->imported.value(0)).value();
    QCOMPARE(canonical(restored), canonical(data));
    const QList<Message> replies = other->repliesTo(restored.messages.first().id);
    QCOMPARE(replies.constLast().content, QStringLiteral("| 3 | best |"));
    QCOMPARE(ComparisonStore(*other).derivedCriteria(replies.constLast().id), std::optional<QStringList>(criteria));
}

void TestTranscripts::blindRoundTripKeepsTheLetters()
{
    const QByteArray file = JsonFormat::render({m_store->load(m_blind).value()}, 1'700'100'000'000);
    auto other = openStore(QStringLiteral("blind.sqlite"));
    QVERIFY(other);
    Importer importer(*other);
    const auto result = importer.importBytes(file);
    QVERIFY2(result, qPrintable(importer.errorString()));
    const ConversationData restored = other->load(result->imported.first()).value();
    QVERIFY(restored.conversation.blind);
    QVERIFY(!restored.conversation.revealed);
    QStringList models;
    for (const Lane &lane : restored.lanes) {
        models.append(lane.model);
    }
    QCOMPARE(models, (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(MarkdownExport::render(restored), MarkdownExport::render(m_store->load(m_blind).value()));
}

void TestTranscripts::versionOneImports()
{
    // A file from before comparisons: no kind, blind, revealed, viewState or votes.
    const QByteArray file = R"({"format": "confer-conversations", "version": 1, "conversations": [{"uuid": "v1",
        "createdAt": "2024-01-01T00:00:00.000Z", "contextMode": "shared",
        "lanes": [{"key": 1, "model": "a/b"}, {"key": 2, "model": "c/d"}],
        "messages": [{"key": 3, "parent": null, "lane": null, "role": "user", "content": "hi"},
                     {"key": 4, "parent": 3, "lane": 1, "role": "assistant", "content": "hello", "chosen": true},
                     {"key": 5, "parent": 3, "lane": 2, "role": "assistant", "content": "hey"}],
        "activeLeaf": 3}]})";
    Importer importer(*m_store);
    const auto result = importer.importBytes(file);
    QVERIFY2(result, qPrintable(importer.errorString()));
    const ConversationData data = m_store->load(result->imported.first()).value();
    QVERIFY(!data.conversation.blind);
    QVERIFY(!data.conversation.revealed);
    QVERIFY(data.conversation.viewState.isEmpty());
    QVERIFY(data.votes.isEmpty());
    QCOMPARE(data.messages.size(), 3);
    for (const Message &m : data.messages) {
        QCOMPARE(m.kind, MessageKind::Reply);
    }
    QVERIFY(data.messages.at(1).chosen);
}

void TestTranscripts::importChatGpt()
{
    auto store = openStore(QStringLiteral("chatgpt.sqlite"));
    Importer importer(*store);
    const auto result = importer.importBytes(fixture(QStringLiteral("chatgpt-conversations.json")));
    QVERIFY2(result, qPrintable(importer.errorString()));
    QCOMPARE(result->source, ImportSource::ChatGpt);
    QCOMPARE(result->imported.size(), 1);
    const ConversationData data = store->load(result->imported.first()).value();
    QCOMPARE(data.conversation.title, QStringLiteral("Sourdough starter"));
    QCOMPARE(data.conversation.createdAt, 1'700'000'000'500);
    QCOMPARE(data.lanes.size(), 1);
    QCOMPARE(data.lanes.first().model, QStringLiteral("openai/gpt-4o"));
    QCOMPARE(data.messages.size(), 5); // two prompts, two sibling replies, one reply with reasoning

    const QList<Message> branch = store->activeBranch(data.conversation.id);
    QCOMPARE(branch.size(), 4);
    QCOMPARE(branch.at(0).content, QStringLiteral("How do I feed a sourdough starter?"));
    QCOMPARE(
        branch.at(1).content, QStringLiteral("Feed it equal weights of flour and water.")); // on current_node's path
    QCOMPARE(branch.at(2).content, QStringLiteral("How often?"));
    QCOMPARE(branch.at(3).content, QStringLiteral("Once or twice a day at room temperature."));
    QCOMPARE(branch.at(3).reasoning, QStringLiteral("Frequency\nRoom temperature matters."));
    QCOMPARE(branch.at(3).model, QStringLiteral("openai/o3"));
    QCOMPARE(branch.at(3).metrics.answeredModel, QStringLiteral("o3"));
    // The regenerated alternative is kept as an inactive sibling.
    QCOMPARE(
        std::count_if(data.messages.begin(), data.messages.end(),
            [](const Message &m) { return m.content == QLatin1String("Discard half, then feed it.") && !m.active; }),
        1);

    const auto again = importer.importBytes(fixture(QStringLiteral("chatgpt-conversations.json")));
    QVERIFY(again);
    QCOMPARE(again->skipped, 1);
    QCOMPARE(store->conversationCount(), 1);
}

void TestTranscripts::importClaude()
{
    auto store = openStore(QStringLiteral("claude.sqlite"));
    Importer importer(*store);
    const auto result
        = importer.importBytes(fixture(QStringLiteral("claude-conversations.json")), ImportSource::Claude);
    QVERIFY2(result, qPrintable(importer.errorString()));
    QCOMPARE(result->imported.size(), 1);
    const ConversationData data = store->load(result->imported.first()).value();
    QCOMPARE(data.conversation.title, QStringLiteral("Haiku about rain"));
    QCOMPARE(JsonFormat::isoTime(data.conversation.createdAt), QStringLiteral("2024-05-01T12:00:00.123Z"));
    const QList<Message> branch = store->activeBranch(data.conversation.id);
    QCOMPARE(branch.size(), 4);
    QCOMPARE(branch.at(1).content,
        QStringLiteral("Soft rain on the roof\nthe gutters hum a low song\nthe street shines again"));
    QCOMPARE(branch.at(1).reasoning, QStringLiteral("Five, seven, five."));
    QCOMPARE(branch.at(2).content, QStringLiteral("Another one?"));
    QCOMPARE(branch.at(3).content, QStringLiteral("Grey clouds gather slow"));
    QCOMPARE(store->historyForLane(data.lanes.first().id)->messages.size(), 4);
    QCOMPARE(importer.importBytes(fixture(QStringLiteral("claude-conversations.json")))->skipped, 1);
}

void TestTranscripts::refusedImports_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("error");

    const QByteArray chatgpt = fixture(QStringLiteral("chatgpt-conversations.json"));
    QTest::newRow("truncated ChatGPT file") << chatgpt.left(chatgpt.size() / 2) << int(ImportSource::Auto)
                                            << QStringLiteral("The file is not valid JSON (it may be truncated): ");
    QTest::newRow("ChatGPT conversation without a mapping")
        << QByteArray(R"([{"title": "x", "id": "a", "mapping": {}}, {"title": "y", "id": "b"}])")
        << int(ImportSource::ChatGpt) << QStringLiteral("Nothing was imported: [1].mapping: missing or not an object");
    QTest::newRow("ChatGPT child that does not exist")
        << QByteArray(
               R"([{"id": "a", "mapping": {"r": {"id": "r", "message": null, "parent": null, "children": ["gone"]}}}])")
        << int(ImportSource::ChatGpt)
        << QStringLiteral("Nothing was imported: [0].mapping.r.children[0]: refers to a missing node");
    QByteArray claude = fixture(QStringLiteral("claude-conversations.json"));
    claude.replace("\"sender\": \"assistant\", \"created_at\": \"2024-05-01T12:00:05",
        "\"sender\": \"robot\", \"created_at\": \"2024-05-01T12:00:05");
    QTest::newRow("Claude message with an unknown sender")
        << claude << int(ImportSource::Claude)
        << QStringLiteral("Nothing was imported: [0].chat_messages[1].sender: must be \"human\" or \"assistant\"");
    QTest::newRow("Claude file cut off") << fixture(QStringLiteral("claude-conversations.json")).left(700)
                                         << int(ImportSource::Claude)
                                         << QStringLiteral("The file is not valid JSON (it may be truncated): ");
    QTest::newRow("newer Confer format") << QByteArray(
        R"({"format": "confer-conversations", "version": 99, "conversations": []})")
                                         << int(ImportSource::Auto)
                                         << QStringLiteral(
                                                "Nothing was imported: the file was written by a newer Confer");
    QTest::newRow("Confer reply before its prompt")
        << QByteArray(R"({"format": "confer-conversations", "version": 1, "conversations": [{"uuid": "u",
            "createdAt": "2024-01-01T00:00:00.000Z", "lanes": [{"key": 1, "model": "a/b"}],
            "messages": [{"key": 2, "parent": 1, "lane": 1, "role": "assistant", "content": "hi"}]}]})")
        << int(ImportSource::Auto)
        << QStringLiteral("Nothing was imported: conversations[0].messages[0].parent: refers to a message that does "
                          "not come before it");
    const auto withMessages = [](const QByteArray &messages, const QByteArray &votes = "[]") {
        return QByteArray(R"({"format": "confer-conversations", "version": 2, "conversations": [{"uuid": "u",
            "createdAt": "2024-01-01T00:00:00.000Z", "lanes": [{"key": 1, "model": "a/b"}], "messages": )")
            + messages + R"(, "votes": )" + votes + "}]}";
    };
    const QByteArray promptAndReply = R"([{"key": 1, "parent": null, "lane": null, "role": "user", "content": "q"},
        {"key": 2, "parent": 1, "lane": 1, "role": "assistant", "kind": "reply", "content": "a"})";
    QTest::newRow("Confer message of an unknown kind")
        << withMessages(R"([{"key": 1, "parent": null, "lane": null, "role": "user", "content": "q"},
            {"key": 2, "parent": 1, "lane": 1, "role": "assistant", "kind": "summary", "content": "a"}])")
        << int(ImportSource::Auto)
        << QStringLiteral("Nothing was imported: conversations[0].messages[1].kind: must be \"reply\", "
                          "\"synthesis\" or \"judgement\"");
    QTest::newRow("Confer synthesis in a lane")
        << withMessages(promptAndReply
               + R"(, {"key": 3, "parent": 1, "lane": 1, "role": "assistant", "kind": "synthesis", "content": "s"}])")
        << int(ImportSource::Auto)
        << QStringLiteral("Nothing was imported: conversations[0].messages[2]: a synthesis or judgement needs a "
                          "parent prompt and no lane");
    QTest::newRow("Confer vote for a reply the file does not hold")
        << withMessages(promptAndReply + "]", R"([{"turn": 1, "reply": 9, "blind": true}])") << int(ImportSource::Auto)
        << QStringLiteral("Nothing was imported: conversations[0].votes[0]: refers to an unknown message");
    QTest::newRow("not an export at all") << QByteArray(R"({"hello": "world"})") << int(ImportSource::Auto)
                                          << QStringLiteral("The file is neither a Confer export nor");
}

void TestTranscripts::refusedImports()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, source);
    QFETCH(QString, error);
    auto store = openStore(QStringLiteral("refused.sqlite"));
    const qint64 before = store->conversationCount();
    Importer importer(*store);
    QVERIFY(!importer.importBytes(bytes, ImportSource(source)));
    QVERIFY2(importer.errorString().startsWith(error), qPrintable(importer.errorString()));
    QCOMPARE(store->conversationCount(), before);
}

QTEST_MAIN(TestTranscripts)
#include "tst_transcripts.moc"
