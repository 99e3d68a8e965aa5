#pragma once

// Starting the real confer executable from tests and benchmarks.

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>

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

}
