#include "cli/invocation.h"

#include <QTest>

using Confer::Cli::Mode;

class TestInvocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mode_data();
    void mode();
    void profileArgument_data();
    void profileArgument();
};

void TestInvocation::mode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Mode>("expected");

    const QString program = QStringLiteral("confer");
    QTest::newRow("no arguments opens the window") << QStringList {program} << Mode::Window;
    QTest::newRow("--profile DIR opens the window")
        << QStringList {program, QStringLiteral("--profile"), QStringLiteral("/p")} << Mode::Window;
    QTest::newRow("--profile=DIR opens the window")
        << QStringList {program, QStringLiteral("--profile=/p")} << Mode::Window;
    QTest::newRow("Qt's -platform option opens the window")
        << QStringList {program, QStringLiteral("-platform"), QStringLiteral("offscreen")} << Mode::Window;
    QTest::newRow("Qt's -reverse flag opens the window")
        << QStringList {program, QStringLiteral("-reverse")} << Mode::Window;
    QTest::newRow("--new-conversation opens the window")
        << QStringList {program, QStringLiteral("--new-conversation")} << Mode::Window;
    QTest::newRow("--version is the command line")
        << QStringList {program, QStringLiteral("--version")} << Mode::CommandLine;
    QTest::newRow("--help is the command line") << QStringList {program, QStringLiteral("--help")} << Mode::CommandLine;
    QTest::newRow("a subcommand is the command line")
        << QStringList {program, QStringLiteral("version")} << Mode::CommandLine;
    QTest::newRow("a subcommand after --profile is the command line")
        << QStringList {program, QStringLiteral("--profile"), QStringLiteral("/p"), QStringLiteral("help")}
        << Mode::CommandLine;
    QTest::newRow("an unknown option is the command line (which reports it)")
        << QStringList {program, QStringLiteral("--bogus")} << Mode::CommandLine;
}

void TestInvocation::mode()
{
    QFETCH(QStringList, arguments);
    QFETCH(Mode, expected);
    QCOMPARE(Confer::Cli::invocationMode(arguments), expected);
}

void TestInvocation::profileArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    const QString program = QStringLiteral("confer");
    QTest::newRow("none") << QStringList {program} << QString();
    QTest::newRow("separate value") << QStringList {program, QStringLiteral("--profile"), QStringLiteral("/tmp/p")}
                                    << QStringLiteral("/tmp/p");
    QTest::newRow("joined value") << QStringList {program, QStringLiteral("--profile=/tmp/q")}
                                  << QStringLiteral("/tmp/q");
    QTest::newRow("last one wins") << QStringList {program, QStringLiteral("--profile=/a"), QStringLiteral("--profile"),
        QStringLiteral("/b")} << QStringLiteral("/b");
    QTest::newRow("missing value") << QStringList {program, QStringLiteral("--profile")} << QString();
}

void TestInvocation::profileArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(Confer::Cli::profileArgument(arguments), expected);
}

QTEST_APPLESS_MAIN(TestInvocation)
#include "tst_invocation.moc"
