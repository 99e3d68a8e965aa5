// Full-text search: diacritics, prefixes, phrases, order, filters, snippets.
#include "store/search.h"
#include "storetesthelpers.h"

using namespace Confer::Store;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchExpression_data();
    void matchExpression();
    void finds_data();
    void finds();
    void newestFirstAndByRelevance();
    void snippetsAreHighlighted();
    void filters();
    void trashIsNotSearched();
    void emptyQueryIsRefused();
    void aReplyIsFoundOnceItStops_data();
    void aReplyIsFoundOnceItStops();

private:
    QList<qint64> messageIds(const SearchQuery &query);

    qint64 m_clock = 1'700'000'000'000;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_french = 0;
    qint64 m_compare = 0;
    QHash<QString, qint64> m_ids;
};

void TestSearch::initTestCase()
{
    m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("conversations.sqlite")));
    QVERIFY(m_database->open());
    m_store = std::make_unique<ConversationStore>(*m_database);
    m_store->setClock([this] { return m_clock += 1000; });

    m_french = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))}).value();
    const qint64 frenchLane = m_store->lanes(m_french).first().id;
    const qint64 t1 = m_store->appendUserTurn(m_french, QStringLiteral("Comment faire une crème brûlée ?")).value();
    m_ids.insert(QStringLiteral("prompt"), t1);
    const qint64 r1 = m_store->beginReply(t1, frenchLane).value();
    QVERIFY(m_store->finishReply(r1,
        QStringLiteral("Pour une crème brûlée, il faut de la crème, des œufs et du sucre. Caramélisez le sucre."), {},
        MessageStatus::Complete, {}));
    m_ids.insert(QStringLiteral("french reply"), r1);

    m_compare = m_store
                    ->createConversation({ConferTest::lane(QStringLiteral("anthropic/claude-sonnet-4")),
                        ConferTest::lane(QStringLiteral("ollama/qwen3"))})
                    .value();
    QVERIFY(m_store->rename(m_compare, QStringLiteral("Naïve Bayes explained")));
    const QList<Lane> lanes = m_store->lanes(m_compare);
    const qint64 t2 = m_store->appendUserTurn(m_compare, QStringLiteral("Explain naive Bayes classifiers")).value();
    const qint64 a = m_store->beginReply(t2, lanes.at(0).id).value();
    QVERIFY(m_store->finishReply(a,
        QStringLiteral("A naive Bayes classifier assumes features are independent given the class. "
                       "Classifiers like this are fast."),
        {}, MessageStatus::Complete, {}));
    const qint64 b = m_store->beginReply(t2, lanes.at(1).id).value();
    QVERIFY(m_store->finishReply(
        b, QStringLiteral("Bayes' theorem with a naïve independence assumption."), {}, MessageStatus::Complete, {}));
    m_ids.insert(QStringLiteral("compare prompt"), t2);
    m_ids.insert(QStringLiteral("claude"), a);
    m_ids.insert(QStringLiteral("qwen"), b);
}

QList<qint64> TestSearch::messageIds(const SearchQuery &query)
{
    QList<qint64> ids;
    const auto hits = Search(*m_database).run(query);
    if (!hits) {
        return {-1};
    }
    for (const SearchHit &hit : *hits) {
        if (hit.messageId != 0) {
            ids.append(hit.messageId);
        }
    }
    return ids;
}

void TestSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << QStringLiteral("naive bay") << QStringLiteral("\"naive\"* \"bay\"*");
    QTest::newRow("phrase") << QStringLiteral("\"crème brûlée\" sucre")
                            << QStringLiteral("\"crème brûlée\" \"sucre\"*");
    QTest::newRow("fts syntax is inert") << QStringLiteral("a OR b NEAR(c) -d*")
                                         << QStringLiteral("\"a\"* \"OR\"* \"b\"* \"NEAR\"* \"c\"* \"d\"*");
    QTest::newRow("punctuation only") << QStringLiteral("?!.") << QString();
}

void TestSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(Search::matchExpression(text), expression);
}

void TestSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("diacritics in text") << QStringLiteral("creme brulee")
                                        << QStringList({QStringLiteral("french reply"), QStringLiteral("prompt")});
    QTest::newRow("diacritics in query") << QStringLiteral(
        "naïve") << QStringList({QStringLiteral("qwen"), QStringLiteral("claude"), QStringLiteral("compare prompt")});
    QTest::newRow("prefix") << QStringLiteral("classif")
                            << QStringList({QStringLiteral("claude"), QStringLiteral("compare prompt")});
    QTest::newRow("ligature") << QStringLiteral("caramelisez") << QStringList({QStringLiteral("french reply")});
    QTest::newRow("phrase") << QStringLiteral("\"independence assumption\"") << QStringList({QStringLiteral("qwen")});
    QTest::newRow("all words") << QStringLiteral("bayes fast") << QStringList({QStringLiteral("claude")});
    QTest::newRow("no match") << QStringLiteral("quantum") << QStringList();
}

void TestSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    SearchQuery query;
    query.text = text;
    QList<qint64> ids;
    for (const QString &name : std::as_const(expected)) {
        ids.append(m_ids.value(name));
    }
    QCOMPARE(messageIds(query), ids);
}

void TestSearch::newestFirstAndByRelevance()
{
    SearchQuery query;
    query.text = QStringLiteral("bayes");
    QCOMPARE(messageIds(query),
        QList<qint64>({m_ids.value(QStringLiteral("qwen")), m_ids.value(QStringLiteral("claude")),
            m_ids.value(QStringLiteral("compare prompt"))}));
    query.order = SearchQuery::Order::Relevance;
    const QList<qint64> ranked = messageIds(query);
    QCOMPARE(ranked.size(), 3);
    // The shortest text mentioning the word ranks first under BM25.
    QCOMPARE(ranked.first(), m_ids.value(QStringLiteral("compare prompt")));
}

void TestSearch::snippetsAreHighlighted()
{
    SearchQuery query;
    query.text = QStringLiteral("naive");
    query.highlightStart = QStringLiteral("<b>");
    query.highlightEnd = QStringLiteral("</b>");
    const QList<SearchHit> hits = Search(*m_database).run(query).value();
    QVERIFY(hits.size() >= 2);
    QCOMPARE(hits.first().messageId, 0); // the title
    QCOMPARE(hits.first().snippet, QStringLiteral("<b>Naïve</b> Bayes explained"));
    QCOMPARE(hits.at(1).snippet, QStringLiteral("Bayes' theorem with a <b>naïve</b> independence assumption."));
    QCOMPARE(hits.at(1).title, QStringLiteral("Naïve Bayes explained"));
    QCOMPARE(hits.at(1).model, QStringLiteral("ollama/qwen3"));
}

void TestSearch::filters()
{
    SearchQuery query;
    query.text = QStringLiteral("bayes");
    query.model = QStringLiteral("anthropic/claude-sonnet-4");
    QCOMPARE(messageIds(query), QList<qint64>({m_ids.value(QStringLiteral("claude"))}));
    query.model.clear();
    query.provider = QStringLiteral("ollama");
    QCOMPARE(messageIds(query), QList<qint64>({m_ids.value(QStringLiteral("qwen"))}));
    query.provider.clear();
    const qint64 claudeTime = m_store->message(m_ids.value(QStringLiteral("claude")))->createdAt;
    query.from = claudeTime;
    QCOMPARE(
        messageIds(query), QList<qint64>({m_ids.value(QStringLiteral("qwen")), m_ids.value(QStringLiteral("claude"))}));
    query.from.reset();
    query.until = claudeTime;
    QCOMPARE(messageIds(query), QList<qint64>({m_ids.value(QStringLiteral("compare prompt"))}));
}

void TestSearch::trashIsNotSearched()
{
    QVERIFY(m_store->moveToTrash(m_french));
    SearchQuery query;
    query.text = QStringLiteral("creme");
    QCOMPARE(messageIds(query), QList<qint64>());
    QVERIFY(m_store->restoreFromTrash(m_french));
    QCOMPARE(messageIds(query).size(), 2);
}

void TestSearch::emptyQueryIsRefused()
{
    SearchQuery query;
    query.text = QStringLiteral("  ");
    QVERIFY(!Search(*m_database).run(query));
    QCOMPARE(m_database->lastError().kind, StoreError::Kind::Invalid);
}

void TestSearch::aReplyIsFoundOnceItStops_data()
{
    QTest::addColumn<MessageStatus>("status");
    QTest::newRow("complete") << MessageStatus::Complete;
    QTest::newRow("stopped") << MessageStatus::Cancelled;
    QTest::newRow("failed") << MessageStatus::Error;
}

// Not while it streams (each save would index the whole reply again), and with
// its whole text once it stops, however it stops.
void TestSearch::aReplyIsFoundOnceItStops()
{
    QFETCH(MessageStatus, status);
    const qint64 lane = m_store->lanes(m_french).first().id;
    const qint64 turn = m_store->appendUserTurn(m_french, QStringLiteral("Et le dessert ?")).value();
    const qint64 reply = m_store->beginReply(turn, lane).value();
    SearchQuery query;
    query.text = QStringLiteral("clafoutis");
    const QList<qint64> before = messageIds(query);
    QVERIFY(m_store->saveReplyProgress(reply, QStringLiteral("Un clafoutis aux"), {}));
    QCOMPARE(messageIds(query), before);
    QVERIFY(m_store->saveReplyProgress(reply, QStringLiteral("Un clafoutis aux cerises"), {}));
    QVERIFY(m_store->finishReply(reply, QStringLiteral("Un clafoutis aux cerises noires."), {}, status, {}));
    QCOMPARE(messageIds(query), QList<qint64>({reply}) + before);
    query.text = QStringLiteral("noires");
    QCOMPARE(messageIds(query).value(0), reply);
    // The index agrees with the messages row for row.
    QVERIFY(m_database->exec(
        QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
