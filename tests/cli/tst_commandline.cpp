#include "cli/commandline.h"

#include <QTest>

using Confer::Cli::CommandLine;

// The command-line interface in-process: what it prints and the exit status.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void version_data();
    void version();
    void usageErrors_data();
    void usageErrors();
    void commandHelp();
    void registeredCommandRunsWithProfile();

private:
    struct Result {
        int status;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments, CommandLine *prepared = nullptr);
};

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

TestCommandLine::Result TestCommandLine::run(const QStringList &arguments, CommandLine *prepared)
{
    Result result {0, {}, {}};
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    if (prepared) {
        result.status = prepared->run(QStringList {QStringLiteral("confer")} + arguments);
    } else {
        CommandLine commandLine(out, err);
        result.status = commandLine.run(QStringList {QStringLiteral("confer")} + arguments);
    }
    out.flush();
    err.flush();
    return result;
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList {QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList {QStringLiteral("-h")};
    QTest::newRow("help command") << QStringList {QStringLiteral("help")};
    QTest::newRow("--help after --profile")
        << QStringList {QStringLiteral("--profile"), QStringLiteral("/tmp/x"), QStringLiteral("--help")};
}

void TestCommandLine::help()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.status, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.startsWith(QLatin1String("Usage: confer [--profile DIR] [COMMAND [ARGUMENTS]]\n")));
    QVERIFY(result.out.contains(QLatin1String("  --profile DIR    Keep settings, history, caches and logs in DIR\n")));
    QVERIFY(result.out.contains(QLatin1String("CONFER_PROFILE")));
    QVERIFY(result.out.contains(QLatin1String("\n  help     Show help for Confer or for one command.\n")));
    QVERIFY(result.out.contains(QLatin1String("\n  version  Show the version of Confer and its libraries.\n")));
}

void TestCommandLine::version_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--version") << QStringList {QStringLiteral("--version")};
    QTest::newRow("-v") << QStringList {QStringLiteral("-v")};
    QTest::newRow("version command") << QStringList {QStringLiteral("version")};
}

void TestCommandLine::version()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.status, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("confer 0.1.0"));
    QVERIFY(lines.at(1).startsWith(QLatin1String("Qt ") + QLatin1String(qVersion())));
    QVERIFY(lines.at(1).contains(QLatin1String("KSyntaxHighlighting 6.")));
    QVERIFY(lines.at(1).contains(QLatin1String("QtKeychain 0.")));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--bogus")}
                                    << QStringLiteral("confer: Unknown option '--bogus'.");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                     << QStringLiteral("confer: Unknown command 'frobnicate'.");
    QTest::newRow("--profile without a value")
        << QStringList {QStringLiteral("--profile")} << QStringLiteral("confer: --profile needs a directory.");
    QTest::newRow("--profile= without a value")
        << QStringList {QStringLiteral("--profile=")} << QStringLiteral("confer: --profile needs a directory.");
    QTest::newRow("only global options") << QStringList {QStringLiteral("--profile"), QStringLiteral("/tmp/p"),
        QStringLiteral("--")} << QStringLiteral("confer: No command given.");
    QTest::newRow("version with an argument") << QStringList {QStringLiteral("version"), QStringLiteral("x")}
                                              << QStringLiteral("confer: 'version' takes no arguments.");
    QTest::newRow("help for an unknown command") << QStringList {QStringLiteral("help"), QStringLiteral("nope")}
                                                 << QStringLiteral("confer: Unknown command 'nope'.");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err, message + QStringLiteral("\nRun 'confer --help' for usage.\n"));
}

void TestCommandLine::commandHelp()
{
    const Result result = run({QStringLiteral("help"), QStringLiteral("help")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out,
        QStringLiteral("Usage: confer [--profile DIR] help [COMMAND]\n\nShow help for Confer or for one command.\n"));
}

void TestCommandLine::registeredCommandRunsWithProfile()
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CommandLine commandLine(outStream, errStream);
    QStringList seenArguments;
    QString seenProfile;
    commandLine.addCommand({QStringLiteral("probe"), QStringLiteral("ARGS"), QStringLiteral("Test command."),
        [&](Confer::Cli::CommandContext &context) {
            seenArguments = context.arguments;
            seenProfile = context.profile.rootDirectory();
            context.out << "ran\n";
            return 7;
        }});
    const int status = commandLine.run({QStringLiteral("confer"), QStringLiteral("--profile=/tmp/probe-profile"),
        QStringLiteral("probe"), QStringLiteral("a"), QStringLiteral("--flag")});
    outStream.flush();
    QCOMPARE(status, 7);
    QCOMPARE(seenArguments, (QStringList {QStringLiteral("a"), QStringLiteral("--flag")}));
    QCOMPARE(seenProfile, QStringLiteral("/tmp/probe-profile"));
    QCOMPARE(out, QStringLiteral("ran\n"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
