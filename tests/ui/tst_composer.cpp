#include "composer/composer.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using Confer::Composer;

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendNeedsATarget();
    void enterSendsShiftEnterBreaksLine();
    void growsWithTextUpToALimit();
};

void TestComposer::sendNeedsATarget()
{
    Composer composer;
    auto *editor = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    auto *send = composer.findChild<QPushButton *>(QStringLiteral("sendButton"));
    composer.setSendAvailable(false, QStringLiteral("Choose a model"));
    editor->setPlainText(QStringLiteral("hello"));
    QVERIFY(!send->isEnabled());
    QCOMPARE(editor->placeholderText(), QStringLiteral("Choose a model"));

    composer.setSendAvailable(true);
    QVERIFY(send->isEnabled());
    editor->setPlainText(QStringLiteral("   \n "));
    QVERIFY(!send->isEnabled()); // nothing but white space
}

void TestComposer::enterSendsShiftEnterBreaksLine()
{
    Composer composer;
    composer.setSendAvailable(true);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *editor = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    QSignalSpy sent(&composer, &Composer::sendRequested);

    QTest::keyClicks(editor, QStringLiteral("first"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("second"));
    QCOMPARE(sent.count(), 0);
    QCOMPARE(composer.text(), QStringLiteral("first\nsecond"));

    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("first\nsecond"));
}

void TestComposer::growsWithTextUpToALimit()
{
    Composer composer;
    composer.resize(600, 200);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *editor = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    const int empty = editor->height();
    editor->setPlainText(QStringLiteral("1\n2\n3\n4\n5"));
    const int five = editor->height();
    QVERIFY(five > empty);
    editor->setPlainText(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20"));
    const int twenty = editor->height();
    QVERIFY(twenty > five);
    editor->setPlainText(QString(QStringLiteral("x\n")).repeated(60));
    QCOMPARE(editor->height(), twenty); // capped: the rest scrolls
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
