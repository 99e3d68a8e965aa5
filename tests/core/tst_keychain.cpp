// Proves the test session's keyring harness: QtKeychain stores, reads and
// deletes a secret through the real Secret Service (gnome-keyring).
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();

private:
    static QKeychain::Error runJob(QKeychain::Job *job);
};

QKeychain::Error TestKeychain::runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(20000)) {
        qWarning("keychain job did not finish");
        return QKeychain::OtherError;
    }
    if (job->error() != QKeychain::NoError) {
        qWarning("keychain job failed: %s", qPrintable(job->errorString()));
    }
    return job->error();
}

void TestKeychain::roundTrip()
{
    const QString service = QStringLiteral("io.github.confer.Confer.test");
    const QString key = QStringLiteral("harness-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("sk-harness-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QKeychain::WritePasswordJob write(service);
    write.setKey(key);
    write.setTextData(secret);
    QCOMPARE(runJob(&write), QKeychain::NoError);

    QKeychain::ReadPasswordJob read(service);
    read.setKey(key);
    QCOMPARE(runJob(&read), QKeychain::NoError);
    QCOMPARE(read.textData(), secret);

    QKeychain::DeletePasswordJob remove(service);
    remove.setKey(key);
    QCOMPARE(runJob(&remove), QKeychain::NoError);

    QKeychain::ReadPasswordJob readAgain(service);
    readAgain.setKey(key);
    QCOMPARE(runJob(&readAgain), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
