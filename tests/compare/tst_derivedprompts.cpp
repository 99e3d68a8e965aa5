// The prompts for a synthesis and a judgement, built from a real store: the
// replies under their lane labels (letters only while a blind comparison is
// hidden), failed replies left out, the criteria listed, earlier turns given
// for context and shortened when long.

#include "compare/derivedprompts.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace Confer::Compare;
using namespace Confer::Store;

namespace
{

const QStringList Models = {
    QStringLiteral("openai/gpt-alpha"), QStringLiteral("anthropic/claude-beta"), QStringLiteral("gemini/gemini-gamma")};

}

class TestDerivedPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void laneLetters_data();
    void laneLetters();
    void labelsFollowBlindMode_data();
    void labelsFollowBlindMode();
    void failedRepliesAreSkipped();
    void tooFewRepliesIsRefused();
    void onlyTheActiveLaneRepliesCount();
    void criteriaAreListed_data();
    void criteriaAreListed();
    void synthesisAsksForOneAnswer();
    void historyIsIncluded();
    void sharedModeHistoryCarriesTheKeptReply();
    void longHistoryIsShortened();
    void explicitLabelsWin();

private:
    qint64 conversation(const QStringList &models = Models);
    qint64 turn(qint64 conversationId, const QString &prompt, const QStringList &answers);
    qint64 reply(qint64 turnId, int lane, const QString &text, MessageStatus status = MessageStatus::Complete);
    ConversationData load() { return *m_store->load(m_conversation); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_conversation = 0;
    QList<qint64> m_lanes;
};

void TestDerivedPrompts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    m_store = std::make_unique<ConversationStore>(*m_database);
}

void TestDerivedPrompts::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
    m_lanes.clear();
}

qint64 TestDerivedPrompts::conversation(const QStringList &models)
{
    QList<Lane> lanes;
    for (const QString &model : models) {
        Lane lane;
        lane.model = model;
        lanes.append(lane);
    }
    m_conversation = m_store->createConversation(lanes).value();
    m_lanes.clear();
    for (const Lane &lane : m_store->lanes(m_conversation)) {
        m_lanes.append(lane.id);
    }
    return m_conversation;
}

qint64 TestDerivedPrompts::reply(qint64 turnId, int lane, const QString &text, MessageStatus status)
{
    const qint64 id = m_store->beginReply(turnId, m_lanes.at(lane)).value();
    if (status != MessageStatus::Streaming) {
        std::optional<ProviderError> error;
        if (status == MessageStatus::Error) {
            error = ProviderError {ErrorKind::Server, 500, QStringLiteral("boom"), {}, {}};
        }
        m_store->finishReply(id, text, {}, status, {}, error);
    } else {
        m_store->saveReplyProgress(id, text, {});
    }
    return id;
}

qint64 TestDerivedPrompts::turn(qint64 conversationId, const QString &prompt, const QStringList &answers)
{
    const qint64 id = m_store->appendUserTurn(conversationId, prompt).value();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        reply(id, int(i), answers.at(i));
    }
    return id;
}

void TestDerivedPrompts::laneLetters_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("letters");
    QTest::newRow("first") << 0 << QStringLiteral("A");
    QTest::newRow("third") << 2 << QStringLiteral("C");
    QTest::newRow("last single") << 25 << QStringLiteral("Z");
    QTest::newRow("first double") << 26 << QStringLiteral("AA");
    QTest::newRow("second double") << 27 << QStringLiteral("AB");
}

void TestDerivedPrompts::laneLetters()
{
    QFETCH(int, index);
    QFETCH(QString, letters);
    QCOMPARE(laneLetter(index), letters);
}

void TestDerivedPrompts::labelsFollowBlindMode_data()
{
    QTest::addColumn<bool>("blind");
    QTest::addColumn<bool>("revealed");
    QTest::addColumn<bool>("namesShown");
    QTest::newRow("not blind") << false << false << true;
    QTest::newRow("blind, hidden") << true << false << false;
    QTest::newRow("blind, revealed") << true << true << true;
}

void TestDerivedPrompts::labelsFollowBlindMode()
{
    QFETCH(bool, blind);
    QFETCH(bool, revealed);
    QFETCH(bool, namesShown);
    const qint64 id = conversation();
    ComparisonStore comparisons(*m_store);
    QVERIFY(comparisons.setBlind(id, blind));
    QVERIFY(comparisons.setRevealed(id, revealed));
    turn(id, QStringLiteral("Earlier question"), {QStringLiteral("Old one"), QStringLiteral("Old two")});
    const qint64 last = turn(id, QStringLiteral("What is 6 × 7?"),
        {QStringLiteral("It is 42."), QStringLiteral("Forty-two."), QStringLiteral("6 × 7 = 42")});

    for (const DerivedTask task : {DerivedTask::Synthesis, DerivedTask::Judgement}) {
        QString error;
        const auto prompt = derivedPrompt(load(), last, task, {}, &error);
        QVERIFY2(prompt, qPrintable(error));
        QCOMPARE(prompt->replyIds.size(), 3);
        if (namesShown) {
            QCOMPARE(prompt->labels,
                QStringList({QStringLiteral("A · openai/gpt-alpha"), QStringLiteral("B · anthropic/claude-beta"),
                    QStringLiteral("C · gemini/gemini-gamma")}));
        } else {
            QCOMPARE(prompt->labels, QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        }
        for (const QString &model : Models) {
            QCOMPARE(prompt->message.contains(model), namesShown);
            QCOMPARE(prompt->systemPrompt.contains(model), false);
            QCOMPARE(prompt->message.contains(model.section(QLatin1Char('/'), 1)), namesShown);
        }
        QVERIFY(prompt->message.contains(QStringLiteral("<question>\nWhat is 6 × 7?\n</question>")));
        QVERIFY(prompt->message.contains(QStringLiteral("It is 42.")));
        QVERIFY(prompt->message.contains(QStringLiteral("Forty-two.")));
        QVERIFY(prompt->message.contains(QStringLiteral("6 × 7 = 42")));
        QVERIFY(
            prompt->message.indexOf(QStringLiteral("It is 42.")) < prompt->message.indexOf(QStringLiteral("Forty")));
    }
}

void TestDerivedPrompts::failedRepliesAreSkipped()
{
    const qint64 id = conversation();
    const qint64 t = m_store->appendUserTurn(id, QStringLiteral("Explain TCP.")).value();
    const qint64 good = reply(t, 0, QStringLiteral("TCP is a reliable stream."));
    reply(t, 1, QStringLiteral("FAILED HALFWAY"), MessageStatus::Error);
    const qint64 stopped = reply(t, 2, QStringLiteral("TCP retransmits lost"), MessageStatus::Cancelled);
    const qint64 fourthTurn = m_store->appendUserTurn(id, QStringLiteral("Another")).value();
    Q_UNUSED(fourthTurn)

    QString error;
    const auto prompt = derivedPrompt(load(), t, DerivedTask::Judgement, {}, &error);
    QVERIFY2(prompt, qPrintable(error));
    QCOMPARE(prompt->replyIds, QList<qint64>({good, stopped}));
    QCOMPARE(prompt->labels.size(), 2);
    QVERIFY(prompt->labels.at(0).startsWith(QLatin1String("A ")));
    QVERIFY(prompt->labels.at(1).startsWith(QLatin1String("C "))); // letters stay with their lanes
    QVERIFY(!prompt->message.contains(QStringLiteral("FAILED HALFWAY")));
    QVERIFY(!prompt->message.contains(QStringLiteral("claude-beta")));
    QVERIFY(prompt->message.contains(QStringLiteral("TCP retransmits lost")));
    QVERIFY(prompt->message.contains(QStringLiteral("cut off")));
}

void TestDerivedPrompts::tooFewRepliesIsRefused()
{
    const qint64 id = conversation();
    const qint64 t = m_store->appendUserTurn(id, QStringLiteral("Explain UDP.")).value();
    reply(t, 0, QStringLiteral("Datagrams."));
    reply(t, 1, QString(), MessageStatus::Error);
    reply(t, 2, QStringLiteral("Still writing"), MessageStatus::Streaming);
    for (const DerivedTask task : {DerivedTask::Synthesis, DerivedTask::Judgement}) {
        QString error;
        QVERIFY(!derivedPrompt(load(), t, task, {}, &error));
        QVERIFY(error.contains(QStringLiteral("two finished replies")));
    }
    QString error;
    QVERIFY(!derivedPrompt(load(), t + 1000, DerivedTask::Synthesis, {}, &error));
    QVERIFY(error.contains(QStringLiteral("no prompt")));
}

void TestDerivedPrompts::onlyTheActiveLaneRepliesCount()
{
    const qint64 id = conversation({Models.at(0), Models.at(1)});
    const qint64 t = turn(id, QStringLiteral("Name a colour."), {QStringLiteral("Old red"), QStringLiteral("Blue")});
    const qint64 newer = reply(t, 0, QStringLiteral("New green")); // regenerated: the active version
    ComparisonStore comparisons(*m_store);
    const qint64 synthesis = comparisons.beginDerivedReply(t, MessageKind::Synthesis, Models.at(0)).value();
    QVERIFY(m_store->finishReply(synthesis, QStringLiteral("SYNTHESIS TEXT"), {}, MessageStatus::Complete, {}));

    QString error;
    const auto prompt = derivedPrompt(load(), t, DerivedTask::Judgement, {}, &error);
    QVERIFY2(prompt, qPrintable(error));
    QCOMPARE(prompt->replyIds.size(), 2);
    QCOMPARE(prompt->replyIds.first(), newer);
    QVERIFY(prompt->message.contains(QStringLiteral("New green")));
    QVERIFY(!prompt->message.contains(QStringLiteral("Old red")));
    QVERIFY(!prompt->message.contains(QStringLiteral("SYNTHESIS TEXT")));
}

void TestDerivedPrompts::criteriaAreListed_data()
{
    QTest::addColumn<QStringList>("criteria");
    QTest::addColumn<QStringList>("listed");
    QTest::newRow("defaults") << QStringList()
                              << QStringList({QStringLiteral("1. correctness"), QStringLiteral("2. completeness"),
                                     QStringLiteral("3. clarity"), QStringLiteral("4. concision")});
    QTest::newRow("the user's own") << QStringList({QStringLiteral("accuracy"), QStringLiteral("tone of voice")})
                                    << QStringList({QStringLiteral("1. accuracy"), QStringLiteral("2. tone of voice")});
}

void TestDerivedPrompts::criteriaAreListed()
{
    QFETCH(QStringList, criteria);
    QFETCH(QStringList, listed);
    QCOMPARE(defaultCriteria().size(), 4);
    const qint64 id = conversation({Models.at(0), Models.at(1)});
    const qint64 t = turn(id, QStringLiteral("Why is the sky blue?"),
        {QStringLiteral("Rayleigh scattering."), QStringLiteral("Because of the air.")});
    QString error;
    const auto prompt = derivedPrompt(load(), t, DerivedTask::Judgement, criteria, &error);
    QVERIFY2(prompt, qPrintable(error));
    for (const QString &line : listed) {
        QVERIFY2(prompt->message.contains(line), qPrintable(line));
    }
    QVERIFY(prompt->message.contains(QStringLiteral("1 (poor) to 10 (excellent)")));
    QVERIFY(prompt->message.contains(QStringLiteral("table")));
    QVERIFY(prompt->message.contains(QStringLiteral("Verdict:")));
    QVERIFY(prompt->message.contains(QStringLiteral("(A · openai/gpt-alpha, B · anthropic/claude-beta)")));
}

void TestDerivedPrompts::synthesisAsksForOneAnswer()
{
    const qint64 id = conversation({Models.at(0), Models.at(1)});
    const qint64 t = turn(id, QStringLiteral("Why is the sky blue?"),
        {QStringLiteral("Rayleigh scattering."), QStringLiteral("Because of the air.")});
    QString error;
    const auto prompt = derivedPrompt(load(), t, DerivedTask::Synthesis, {QStringLiteral("ignored")}, &error);
    QVERIFY2(prompt, qPrintable(error));
    QVERIFY(prompt->message.contains(QStringLiteral("Write one answer")));
    QVERIFY(!prompt->message.contains(QStringLiteral("Verdict:")));
    QVERIFY(!prompt->message.contains(QStringLiteral("ignored")));
    QVERIFY(prompt->systemPrompt.contains(QStringLiteral("merge")));
}

void TestDerivedPrompts::historyIsIncluded()
{
    const qint64 id = conversation({Models.at(0), Models.at(1)});
    turn(id, QStringLiteral("FIRST PROMPT"), {QStringLiteral("first from A"), QStringLiteral("first from B")});
    turn(id, QStringLiteral("SECOND PROMPT"), {QStringLiteral("second from A"), QStringLiteral("second from B")});
    const qint64 t
        = turn(id, QStringLiteral("THIRD PROMPT"), {QStringLiteral("third from A"), QStringLiteral("third from B")});
    turn(id, QStringLiteral("LATER PROMPT"), {QStringLiteral("later from A"), QStringLiteral("later from B")});

    QString error;
    const auto prompt = derivedPrompt(load(), t, DerivedTask::Synthesis, {}, &error);
    QVERIFY2(prompt, qPrintable(error));
    const QString &m = prompt->message;
    QVERIFY(m.contains(QStringLiteral("The conversation so far")));
    QVERIFY(m.contains(QStringLiteral("**User:** FIRST PROMPT")));
    QVERIFY(m.contains(QStringLiteral("**Answer A · openai/gpt-alpha:** first from A")));
    QVERIFY(m.contains(QStringLiteral("**Answer B · anthropic/claude-beta:** second from B")));
    // In order, all before the question; nothing from after the turn.
    QVERIFY(m.indexOf(QStringLiteral("FIRST PROMPT")) < m.indexOf(QStringLiteral("SECOND PROMPT")));
    QVERIFY(m.indexOf(QStringLiteral("SECOND PROMPT")) < m.indexOf(QStringLiteral("<question>")));
    QVERIFY(m.contains(QStringLiteral("<question>\nTHIRD PROMPT\n</question>")));
    QVERIFY(!m.contains(QStringLiteral("LATER PROMPT")));
    QVERIFY(!m.contains(QStringLiteral("later from")));

    // The first turn has no history to give.
    const qint64 first = load().messages.first().id;
    const auto opening = derivedPrompt(load(), first, DerivedTask::Synthesis, {}, &error);
    QVERIFY2(opening, qPrintable(error));
    QVERIFY(!opening->message.contains(QStringLiteral("The conversation so far")));
}

void TestDerivedPrompts::sharedModeHistoryCarriesTheKeptReply()
{
    const qint64 id = conversation({Models.at(0), Models.at(1)});
    QVERIFY(m_store->setContextMode(id, ContextMode::Shared));
    const qint64 first = m_store->appendUserTurn(id, QStringLiteral("FIRST PROMPT")).value();
    reply(first, 0, QStringLiteral("not kept from A"));
    const qint64 kept = reply(first, 1, QStringLiteral("KEPT FROM B"));
    QVERIFY(m_store->chooseReply(kept));
    const qint64 t = turn(id, QStringLiteral("NEXT"), {QStringLiteral("next A"), QStringLiteral("next B")});

    QString error;
    const auto prompt = derivedPrompt(load(), t, DerivedTask::Judgement, {}, &error);
    QVERIFY2(prompt, qPrintable(error));
    QVERIFY(prompt->message.contains(QStringLiteral("**Kept answer:** KEPT FROM B")));
    QVERIFY(!prompt->message.contains(QStringLiteral("not kept from A")));
}

void TestDerivedPrompts::longHistoryIsShortened()
{
    const qint64 id = conversation({Models.at(0), Models.at(1)});
    const QString longText = QStringLiteral("word ").repeated(1000) + QStringLiteral("THE END");
    for (int i = 0; i < 20; ++i) {
        turn(id, QStringLiteral("PROMPT %1").arg(i, 2, 10, QLatin1Char('0')), {longText, longText});
    }
    const qint64 t = turn(id, QStringLiteral("LAST"), {QStringLiteral("a"), QStringLiteral("b")});
    QString error;
    const auto prompt = derivedPrompt(load(), t, DerivedTask::Synthesis, {}, &error);
    QVERIFY2(prompt, qPrintable(error));
    const QString &m = prompt->message;
    QVERIFY2(m.size() < HistoryBudget + 3000, qPrintable(QString::number(m.size())));
    QVERIFY(m.contains(QStringLiteral("PROMPT 19"))); // the latest turn stays
    QVERIFY(!m.contains(QStringLiteral("PROMPT 00"))); // the oldest go first
    QVERIFY(m.contains(QStringLiteral("earlier turns are left out")));
    QVERIFY(m.contains(QStringLiteral(" […] ")));
    QVERIFY(m.contains(QStringLiteral("THE END"))); // a long message keeps its end
}

void TestDerivedPrompts::explicitLabelsWin()
{
    const qint64 id = conversation({Models.at(0), Models.at(1)});
    const qint64 t = turn(id, QStringLiteral("Q"), {QStringLiteral("one"), QStringLiteral("two")});
    QHash<qint64, QString> labels;
    labels.insert(m_lanes.at(0), QStringLiteral("Left"));
    labels.insert(m_lanes.at(1), QStringLiteral("Right"));
    QString error;
    const auto prompt = derivedPrompt(load(), t, DerivedTask::Judgement, {}, &error, labels);
    QVERIFY2(prompt, qPrintable(error));
    QCOMPARE(prompt->labels, QStringList({QStringLiteral("Left"), QStringLiteral("Right")}));
    QVERIFY(prompt->message.contains(QStringLiteral("<answer label=\"Left\">\none\n</answer>")));
}

QTEST_GUILESS_MAIN(TestDerivedPrompts)
#include "tst_derivedprompts.moc"
