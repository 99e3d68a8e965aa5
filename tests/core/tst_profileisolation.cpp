// --profile and CONFER_PROFILE put every file the window writes in one
// directory; nothing lands in HOME.
#include "conferprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestProfileIsolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void windowWritesOnlyIntoProfile_data();
    void windowWritesOnlyIntoProfile();
    void unusableProfileIsReported();

private:
    static QStringList filesUnder(const QString &directory);
    QString m_home;
};

QStringList TestProfileIsolation::filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(
        directory, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(directory).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

void TestProfileIsolation::init()
{
    // run-isolated.sh gives every test its own empty HOME.
    m_home = qEnvironmentVariable("HOME");
    QVERIFY(m_home.startsWith(qEnvironmentVariable("CONFER_TEST_SCRATCH")));
    QDir(m_home).removeRecursively();
    QVERIFY(QDir().mkpath(m_home));
}

void TestProfileIsolation::windowWritesOnlyIntoProfile_data()
{
    QTest::addColumn<bool>("viaEnvironment");
    QTest::newRow("--profile DIR") << false;
    QTest::newRow("CONFER_PROFILE") << true;
}

void TestProfileIsolation::windowWritesOnlyIntoProfile()
{
    QFETCH(bool, viaEnvironment);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString profile = scratch.filePath(QStringLiteral("my profile"));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CONFER_PROFILE"));
    QStringList arguments;
    if (viaEnvironment) {
        environment.insert(QStringLiteral("CONFER_PROFILE"), profile);
    } else {
        arguments << QStringLiteral("--profile") << profile;
    }

    for (int run = 1; run <= 2; ++run) {
        QProcess confer;
        QString diagnostics;
        QVERIFY2(ConferTest::startWindowAndWaitForPaint(confer, arguments, environment, &diagnostics),
            qPrintable(diagnostics));
        QVERIFY(ConferTest::closeAndWait(confer));
        QCOMPARE(confer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(confer.exitCode(), 0);
    }

    const QStringList written = filesUnder(profile);
    QVERIFY2(written.contains(QLatin1String("config/confer.conf")), qPrintable(written.join(QLatin1Char(' '))));
    for (const QString &file : written) {
        QVERIFY2(file.startsWith(QLatin1String("config/")) || file.startsWith(QLatin1String("logs/"))
                || file.startsWith(QLatin1String("data/")),
            qPrintable(file));
    }
    QSettings settings(profile + QStringLiteral("/config/confer.conf"), QSettings::IniFormat);
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());

    const QStringList inHome = filesUnder(m_home);
    QVERIFY2(inHome.isEmpty(), qPrintable(QStringLiteral("written to HOME: ") + inHome.join(QLatin1Char(' '))));
}

void TestProfileIsolation::unusableProfileIsReported()
{
    QTemporaryDir scratch;
    QFile blocker(scratch.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    // A profile whose directory cannot be created: Confer explains on stderr
    // and in a message box, then exits when the box is closed.
    QProcess confer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    confer.setProcessEnvironment(environment);
    confer.start(ConferTest::executable(), {QStringLiteral("--profile"), blocker.fileName() + QStringLiteral("/sub")});
    QVERIFY(confer.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += confer.readAllStandardError()).contains("\n"), 30000);
    QVERIFY2(err.startsWith("confer: could not prepare the profile: Could not create the directory "), err.constData());
    QVERIFY(err.contains(blocker.fileName().toUtf8()));
    confer.terminate();
    QVERIFY(confer.waitForFinished());
    QVERIFY(!QFileInfo::exists(blocker.fileName() + QStringLiteral("/sub")));
}

QTEST_GUILESS_MAIN(TestProfileIsolation)
#include "tst_profileisolation.moc"
