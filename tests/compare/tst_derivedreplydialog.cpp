// The Synthesize and Judge dialogs against a loopback server and a real
// store: the models offered (the comparison's own only when its names may be
// seen), the editable criteria, a refusal shown in the dialog, and a start
// that reaches the model with the criteria the user left.

#include "compare/comparisonactions.h"
#include "compare/derivedprompts.h"
#include "compare/derivedreply.h"
#include "compare/derivedreplydialog.h"
#include "protocolscripts.h"
#include "store/comparisonstore.h"
#include "storeandserver.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Confer;
using namespace Confer::Store;
using namespace ConferTest;

class TestDerivedReplyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offersTheComparisonsModels_data();
    void offersTheComparisonsModels();
    void criteriaAreEditable();
    void refusalIsShownInTheDialog();
    void judgeStartsWithTheChosenCriteria();
    void synthesizeStarts();

private:
    qint64 comparison(int finishedReplies);

    std::unique_ptr<StoreAndServer> m_world;
    std::unique_ptr<DerivedReplyRunner> m_runner;
    qint64 m_conversation = 0;
};

void TestDerivedReplyDialog::init()
{
    qputenv("OPENAI_API_KEY", "sk-dialog-openai");
    m_world = std::make_unique<StoreAndServer>();
    const QString problem = m_world->open();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_world->server->setFallback(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "| A | 9 |")));
    m_runner = std::make_unique<DerivedReplyRunner>(*m_world->store, *m_world->services);
}

void TestDerivedReplyDialog::cleanup()
{
    m_runner.reset();
    m_world.reset();
}

qint64 TestDerivedReplyDialog::comparison(int finishedReplies)
{
    QList<Lane> lanes;
    for (const QString &model : {QStringLiteral("openai/gpt-left"), QStringLiteral("openai/gpt-right")}) {
        Lane lane;
        lane.model = model;
        lanes.append(lane);
    }
    m_conversation = m_world->store->createConversation(lanes).value();
    const qint64 turn = m_world->store->appendUserTurn(m_conversation, QStringLiteral("Tabs or spaces?")).value();
    const QList<Lane> stored = m_world->store->lanes(m_conversation);
    for (int i = 0; i < stored.size(); ++i) {
        const qint64 reply = m_world->store->beginReply(turn, stored.at(i).id).value();
        const bool finished = i < finishedReplies;
        m_world->store->finishReply(reply, finished ? QStringLiteral("Answer %1").arg(i) : QString(), {},
            finished ? MessageStatus::Complete : MessageStatus::Error, {});
    }
    return turn;
}

void TestDerivedReplyDialog::offersTheComparisonsModels_data()
{
    QTest::addColumn<bool>("blind");
    QTest::newRow("names shown") << false;
    QTest::newRow("blind") << true;
}

void TestDerivedReplyDialog::offersTheComparisonsModels()
{
    QFETCH(bool, blind);
    const qint64 turn = comparison(2);
    ComparisonStore comparisons(*m_world->store);
    QVERIFY(comparisons.setBlind(m_conversation, blind));
    const QStringList models = DerivedReplyDialog::modelChoices(*m_world->services, *m_world->store, turn);
    QCOMPARE(models.contains(QStringLiteral("openai/gpt-left")), !blind);
    QCOMPARE(models.contains(QStringLiteral("openai/gpt-right")), !blind);
    DerivedReplyDialog dialog(
        DerivedReplyDialog::Task::Synthesize, *m_runner, *m_world->services, *m_world->store, turn);
    QCOMPARE(dialog.modelBox()->count(), int(models.size()));
    QVERIFY(dialog.modelBox()->isEditable());
    QVERIFY(!dialog.criteriaList()); // a synthesis has no criteria
    QVERIFY(dialog.criteria().isEmpty());
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QPushButton *>(widget)) {
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
}

void TestDerivedReplyDialog::criteriaAreEditable()
{
    const qint64 turn = comparison(2);
    DerivedReplyDialog dialog(DerivedReplyDialog::Task::Judge, *m_runner, *m_world->services, *m_world->store, turn);
    QCOMPARE(dialog.criteria(), Compare::defaultCriteria());
    QListWidget *list = dialog.criteriaList();
    QVERIFY(list->item(0)->flags() & Qt::ItemIsEditable);
    list->item(0)->setText(QStringLiteral("accuracy"));
    list->setCurrentRow(3);
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Remove the selected criterion")) {
            button->click();
        }
    }
    QCOMPARE(dialog.criteria(),
        QStringList({QStringLiteral("accuracy"), QStringLiteral("completeness"), QStringLiteral("clarity")}));
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Reset the criteria to the defaults")) {
            button->click();
        }
    }
    QCOMPARE(dialog.criteria(), Compare::defaultCriteria());
}

void TestDerivedReplyDialog::refusalIsShownInTheDialog()
{
    const qint64 turn = comparison(1);
    DerivedReplyDialog *dialog
        = CompareActions::showJudge(nullptr, *m_runner, *m_world->services, *m_world->store, turn);
    QPointer<DerivedReplyDialog> guard(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy started(dialog, &DerivedReplyDialog::started);
    dialog->setModel(QStringLiteral("openai/gpt-judge"));
    dialog->startButton()->click();
    QCOMPARE(started.size(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorLabel()->isHidden());
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("two finished replies")));
    QCOMPARE(m_world->server->requests().size(), 0);
    dialog->reject();
    QTRY_VERIFY(guard.isNull());
}

void TestDerivedReplyDialog::judgeStartsWithTheChosenCriteria()
{
    const qint64 turn = comparison(2);
    DerivedReplyDialog dialog(DerivedReplyDialog::Task::Judge, *m_runner, *m_world->services, *m_world->store, turn);
    QSignalSpy started(&dialog, &DerivedReplyDialog::started);
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    dialog.setModel(QStringLiteral("openai/gpt-judge"));
    dialog.criteriaList()->item(1)->setText(QStringLiteral("readability"));
    dialog.startButton()->click();
    QCOMPARE(started.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(finished.wait(10000));
    const qint64 id = started.at(0).at(0).toLongLong();
    const Message stored = *m_world->store->message(id);
    QCOMPARE(stored.kind, MessageKind::Judgement);
    QCOMPARE(stored.model, QStringLiteral("openai/gpt-judge"));
    QCOMPARE(stored.content, QStringLiteral("| A | 9 |"));
    QVERIFY(m_world->server->requests().first().body.contains("2. readability"));
}

void TestDerivedReplyDialog::synthesizeStarts()
{
    const qint64 turn = comparison(2);
    DerivedReplyDialog *dialog
        = CompareActions::showSynthesize(nullptr, *m_runner, *m_world->services, *m_world->store, turn);
    QPointer<DerivedReplyDialog> guard(dialog);
    QSignalSpy started(dialog, &DerivedReplyDialog::started);
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    QCOMPARE(dialog->model(), QStringLiteral("openai/gpt-left")); // the comparison's first model to start with
    dialog->startButton()->click();
    QCOMPARE(started.size(), 1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_world->store->message(started.at(0).at(0).toLongLong())->kind, MessageKind::Synthesis);
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(TestDerivedReplyDialog)
#include "tst_derivedreplydialog.moc"
