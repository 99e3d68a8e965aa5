// Single instance with real processes: a second confer on the same profile
// hands its request to the running one and exits; another profile gets its own
// window; a lock and socket left by a killed instance are taken over.
#include "conferprocess.h"
#include "core/profile.h"
#include "core/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOver_data();
    void secondLaunchHandsOver();
    void otherProfileRunsBesideIt();
    void killedInstanceIsTakenOver();

private:
    static QProcessEnvironment environmentFor(const QString &profile);
    static QByteArray logOf(const QString &profile);
    // Runs a later launch to its end; returns its exit code, or -1.
    static int runLaterLaunch(const QString &profile, const QStringList &arguments, QByteArray *output);
};

QProcessEnvironment TestSingleInstance::environmentFor(const QString &profile)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONFER_PROFILE"), profile);
    environment.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), QStringLiteral("token-from-the-launcher"));
    return environment;
}

QByteArray TestSingleInstance::logOf(const QString &profile)
{
    QFile file(Profile::inDirectory(profile).logFilePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int TestSingleInstance::runLaterLaunch(const QString &profile, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment environment = environmentFor(profile);
    environment.insert(QStringLiteral("CONFER_STARTUP_PROBE"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(ConferTest::executable(), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestSingleInstance::secondLaunchHandsOver_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("logged");
    QTest::newRow("plain launch") << QStringList() << QByteArray("another launch asked for the window, arguments: \n");
    QTest::newRow("desktop action New Conversation")
        << QStringList {QStringLiteral("--new-conversation")}
        << QByteArray("another launch asked for the window, arguments: --new-conversation");
}

void TestSingleInstance::secondLaunchHandsOver()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, logged);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());

    QProcess first;
    QString diagnostics;
    QVERIFY2(ConferTest::startWindowAndWaitForPaint(first, {}, environmentFor(profile.path()), &diagnostics),
        qPrintable(diagnostics));
    QVERIFY(!logOf(profile.path()).contains("another launch asked for the window"));

    QByteArray output;
    QCOMPARE(runLaterLaunch(profile.path(), arguments, &output), 0);
    // The later launch never opened a window of its own.
    QVERIFY2(!output.contains("first-paint"), output.constData());
    QTRY_VERIFY2(logOf(profile.path()).contains(logged), logOf(profile.path()).constData());
    QCOMPARE(first.state(), QProcess::Running);

    // And again: the running instance keeps answering.
    QCOMPARE(runLaterLaunch(profile.path(), arguments, &output), 0);
    QTRY_COMPARE(logOf(profile.path()).count("another launch asked for the window"), 2);
    QVERIFY(ConferTest::closeAndWait(first));
    QCOMPARE(first.exitCode(), 0);
}

void TestSingleInstance::otherProfileRunsBesideIt()
{
    QTemporaryDir profileA;
    QTemporaryDir profileB;
    QVERIFY(profileA.isValid() && profileB.isValid());
    QVERIFY(SingleInstance::serverName(Profile::inDirectory(profileA.path()))
        != SingleInstance::serverName(Profile::inDirectory(profileB.path())));

    QProcess first;
    QProcess second;
    QString diagnostics;
    QVERIFY2(ConferTest::startWindowAndWaitForPaint(first, {}, environmentFor(profileA.path()), &diagnostics),
        qPrintable(diagnostics));
    QVERIFY2(ConferTest::startWindowAndWaitForPaint(second, {}, environmentFor(profileB.path()), &diagnostics),
        qPrintable(diagnostics));
    QVERIFY(!logOf(profileA.path()).contains("another launch asked for the window"));
    QVERIFY(ConferTest::closeAndWait(second));
    QVERIFY(ConferTest::closeAndWait(first));
}

void TestSingleInstance::killedInstanceIsTakenOver()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    const Profile resolved = Profile::inDirectory(profile.path());
    const QString lockFile = QDir(resolved.dataDirectory()).filePath(QStringLiteral("instance.lock"));
    const QString socketFile = QDir(QDir::tempPath()).filePath(SingleInstance::serverName(resolved));

    QProcess crashed;
    QString diagnostics;
    QVERIFY2(ConferTest::startWindowAndWaitForPaint(crashed, {}, environmentFor(profile.path()), &diagnostics),
        qPrintable(diagnostics));
    crashed.kill();
    QVERIFY(crashed.waitForFinished(30000));
    // What a crash leaves behind.
    QVERIFY(QFile::exists(lockFile));
    QVERIFY(QFile::exists(socketFile));

    QProcess next;
    QVERIFY2(ConferTest::startWindowAndWaitForPaint(next, {}, environmentFor(profile.path()), &diagnostics),
        qPrintable(diagnostics));
    QByteArray output;
    QCOMPARE(runLaterLaunch(profile.path(), {QStringLiteral("--new-conversation")}, &output), 0);
    QTRY_VERIFY(logOf(profile.path()).contains("arguments: --new-conversation"));
    QVERIFY(ConferTest::closeAndWait(next));
    // A clean exit leaves neither behind.
    QVERIFY(!QFile::exists(lockFile));
    QVERIFY(!QFile::exists(socketFile));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
