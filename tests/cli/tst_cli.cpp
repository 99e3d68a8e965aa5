// The confer executable as a user runs it from a terminal.
#include "conferprocess.h"

#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void unknownOptionIsAUsageError();
    void windowWithoutDisplaySaysSo();
    void translatedHelp_data();
    void translatedHelp();

private:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

TestCli::Run TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(ConferTest::executable(), arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        result.err = process.errorString();
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::version()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.startsWith(QLatin1String("confer 0.1.0\nQt 6.")), qPrintable(result.out));
    QCOMPARE(result.err, QString());
}

void TestCli::help()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.startsWith(QLatin1String("Usage: confer [--profile DIR] [COMMAND [ARGUMENTS]]")),
        qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("Commands:")));
    QCOMPARE(result.err, QString());
}

void TestCli::unknownOptionIsAUsageError()
{
    const Run result = run({QStringLiteral("--frobnicate")});
    QCOMPARE(result.status, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("confer: Unknown option '--frobnicate'.\nRun 'confer --help' for usage.\n"));
}

void TestCli::windowWithoutDisplaySaysSo()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run result = run({}, environment);
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.startsWith(QLatin1String("confer: no graphical display found")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("QT_QPA_PLATFORM=offscreen")));
}

void TestCli::translatedHelp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("showThisHelp");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de_DE.UTF-8")
                            << QStringLiteral("Diese Hilfe anzeigen");
    QTest::newRow("Hindi") << QStringLiteral("hi") << QStringLiteral("hi_IN.UTF-8")
                           << QStringLiteral("यह सहायता दिखाएँ");
}

void TestCli::translatedHelp()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    QFETCH(QString, showThisHelp);
    // The system's locale picks the language.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    const Run result = run({QStringLiteral("--help")}, environment);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(showThisHelp), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
