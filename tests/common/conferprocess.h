#pragma once

// Starting the real confer executable from tests and benchmarks.

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

namespace ConferTest
{

inline QString executable()
{
    return QStringLiteral(CONFER_EXECUTABLE);
}

// Starts the window with CONFER_STARTUP_PROBE set and waits until it reports
// its first paint. Returns false (with the process's stderr in *diagnostics)
// when it does not.
inline bool startWindowAndWaitForPaint(QProcess &process, const QStringList &arguments, QProcessEnvironment environment,
    QString *diagnostics, int timeoutMs = 30000)
{
    environment.insert(QStringLiteral("CONFER_STARTUP_PROBE"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(executable(), arguments);
    if (!process.waitForStarted(timeoutMs)) {
        *diagnostics = process.errorString();
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (!process.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            break;
        }
        output += process.readAllStandardOutput();
        if (output.contains("confer-startup-probe: first-paint\n")) {
            return true;
        }
    }
    *diagnostics = QString::fromUtf8(process.readAllStandardError());
    return false;
}

// Asks a running confer to close (SIGTERM, as a session logout would) and
// waits for it to exit.
inline bool closeAndWait(QProcess &process, int timeoutMs = 30000)
{
    process.terminate();
    return process.waitForFinished(timeoutMs);
}

struct ConferRun {
    int exitCode = -1; // -1: did not start, crashed or ran out of time
    QString out;
    QString err;
};

// Runs confer to its end with input on stdin, while this thread's event loop
// keeps running, so that loopback servers in the test answer meanwhile.
inline ConferRun runConfer(
    const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(executable(), arguments);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

}
