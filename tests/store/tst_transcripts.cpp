// Exports (golden files), the JSON round trip, and imports of Confer, ChatGPT
// and Claude files, good and bad. Set CONFER_REGENERATE_GOLDENS=1 to rewrite
// the golden files from the current output (then review the diff).
#include "storetesthelpers.h"
#include "transcriptfixtures.h"
#include "transcripts/htmlexport.h"
#include "transcripts/importer.h"
#include "transcripts/jsonformat.h"
#include "transcripts/markdownexport.h"
#include "transcripts/pdfexport.h"

#include <KSyntaxHighlighting/Repository>
#include <QFile>
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
};

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
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = openStore(QStringLiteral("conversations.sqlite"));
    QVERIFY(m_store);
    m_single = ConferTest::addSingleLaneConversation(*m_store);
    m_comparison = ConferTest::addComparison(*m_store);
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
}

void TestTranscripts::golden()
{
    QFETCH(QString, conversation);
    QFETCH(QString, format);
    QFETCH(bool, reasoning);
    QFETCH(bool, metrics);
    QFETCH(bool, allBranches);
    QFETCH(QString, file);
    ConversationData data = m_store->load(conversation == QLatin1String("single") ? m_single : m_comparison).value();
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
