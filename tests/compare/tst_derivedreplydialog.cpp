// The Synthesize and Judge dialogs against a loopback server and a real
// store: the models offered (the comparison's own only when its names may be
// seen), the editable criteria, a refusal shown in the dialog, and a start
// that reaches the model with the criteria the user left.

#include "compare/comparisonactions.h"
#include "compare/derivedprompts.h"
#include "compare/derivedreply.h"
#include "compare/derivedreplydialog.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "protocolscripts.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<EnvironmentKeySource> m_keys;
    std::unique_ptr<ProviderServices> m_services;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<DerivedReplyRunner> m_runner;
    qint64 m_conversation = 0;
};

void TestDerivedReplyDialog::init()
{
    qputenv("OPENAI_API_KEY", "sk-dialog-openai");
    m_directory = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
    m_server->setFallback(ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "| A | 9 |")
            + ProtocolScripts::tail(Protocol::OpenAI)));
    const Profile profile = Profile::inDirectory(m_directory->filePath(QStringLiteral("profile")));
    QVERIFY(!profile.ensureDirectories());
    m_keys = std::make_unique<EnvironmentKeySource>();
    m_services = std::make_unique<ProviderServices>(profile, m_keys.get());
    QVERIFY(!m_services->registry().setBaseUrl(QStringLiteral("openai"), m_server->url(QStringLiteral("/v1"))));
    m_database = std::make_unique<Database>(m_directory->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    m_store = std::make_unique<ConversationStore>(*m_database);
    m_runner = std::make_unique<DerivedReplyRunner>(*m_store, *m_services);
}

void TestDerivedReplyDialog::cleanup()
{
    m_runner.reset();
    m_store.reset();
    m_database.reset();
    m_services.reset();
    m_keys.reset();
    m_server.reset();
    m_directory.reset();
}

qint64 TestDerivedReplyDialog::comparison(int finishedReplies)
{
    QList<Lane> lanes;
    for (const QString &model : {QStringLiteral("openai/gpt-left"), QStringLiteral("openai/gpt-right")}) {
        Lane lane;
        lane.model = model;
        lanes.append(lane);
    }
    m_conversation = m_store->createConversation(lanes).value();
    const qint64 turn = m_store->appendUserTurn(m_conversation, QStringLiteral("Tabs or spaces?")).value();
    const QList<Lane> stored = m_store->lanes(m_conversation);
    for (int i = 0; i < stored.size(); ++i) {
        const qint64 reply = m_store->beginReply(turn, stored.at(i).id).value();
        const bool finished = i < finishedReplies;
        m_store->finishReply(reply, finished ? QStringLiteral("Answer %1").arg(i) : QString(), {},
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
    ComparisonStore comparisons(*m_store);
    QVERIFY(comparisons.setBlind(m_conversation, blind));
    const QStringList models = DerivedReplyDialog::modelChoices(*m_services, *m_store, turn);
    QCOMPARE(models.contains(QStringLiteral("openai/gpt-left")), !blind);
    QCOMPARE(models.contains(QStringLiteral("openai/gpt-right")), !blind);
    DerivedReplyDialog dialog(DerivedReplyDialog::Task::Synthesize, *m_runner, *m_services, *m_store, turn);
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
    DerivedReplyDialog dialog(DerivedReplyDialog::Task::Judge, *m_runner, *m_services, *m_store, turn);
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
    DerivedReplyDialog *dialog = CompareActions::showJudge(nullptr, *m_runner, *m_services, *m_store, turn);
    QPointer<DerivedReplyDialog> guard(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy started(dialog, &DerivedReplyDialog::started);
    dialog->setModel(QStringLiteral("openai/gpt-judge"));
    dialog->startButton()->click();
    QCOMPARE(started.size(), 0);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorLabel()->isHidden());
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("two finished replies")));
    QCOMPARE(m_server->requests().size(), 0);
    dialog->reject();
    QTRY_VERIFY(guard.isNull());
}

void TestDerivedReplyDialog::judgeStartsWithTheChosenCriteria()
{
    const qint64 turn = comparison(2);
    DerivedReplyDialog dialog(DerivedReplyDialog::Task::Judge, *m_runner, *m_services, *m_store, turn);
    QSignalSpy started(&dialog, &DerivedReplyDialog::started);
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    dialog.setModel(QStringLiteral("openai/gpt-judge"));
    dialog.criteriaList()->item(1)->setText(QStringLiteral("readability"));
    dialog.startButton()->click();
    QCOMPARE(started.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(finished.wait(10000));
    const qint64 id = started.at(0).at(0).toLongLong();
    const Message stored = *m_store->message(id);
    QCOMPARE(stored.kind, MessageKind::Judgement);
    QCOMPARE(stored.model, QStringLiteral("openai/gpt-judge"));
    QCOMPARE(stored.content, QStringLiteral("| A | 9 |"));
    QVERIFY(m_server->requests().first().body.contains("2. readability"));
}

void TestDerivedReplyDialog::synthesizeStarts()
{
    const qint64 turn = comparison(2);
    DerivedReplyDialog *dialog = CompareActions::showSynthesize(nullptr, *m_runner, *m_services, *m_store, turn);
    QPointer<DerivedReplyDialog> guard(dialog);
    QSignalSpy started(dialog, &DerivedReplyDialog::started);
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    QCOMPARE(dialog->model(), QStringLiteral("openai/gpt-left")); // the comparison's first model to start with
    dialog->startButton()->click();
    QCOMPARE(started.size(), 1);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_store->message(started.at(0).at(0).toLongLong())->kind, MessageKind::Synthesis);
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(TestDerivedReplyDialog)
#include "tst_derivedreplydialog.moc"
