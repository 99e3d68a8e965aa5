// ./dev bench startup: time from starting `confer` to its first painted main
// window (median of 10 runs, each with a new empty profile), and its resident
// memory once idle. Prints BENCH lines; fails only if confer does not start.
#include "conferprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace
{
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// VmRSS of a process in MiB, from /proc.
double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const auto lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

void idleFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH startup.%s %.1f %s\n", figure, value, unit);
    std::fflush(stdout);
}
}

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const int runs
        = qEnvironmentVariableIsSet("CONFER_BENCH_RUNS") ? qEnvironmentVariableIntValue("CONFER_BENCH_RUNS") : 10;
    QList<double> startMs;
    QList<double> rssMiB;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir profile;
        QProcess confer;
        QString diagnostics;
        QElapsedTimer clock;
        clock.start();
        if (!ConferTest::startWindowAndWaitForPaint(confer, {QStringLiteral("--profile"), profile.path()},
                QProcessEnvironment::systemEnvironment(), &diagnostics)) {
            std::fprintf(stderr, "confer did not paint its window: %s\n", qPrintable(diagnostics));
            return 1;
        }
        startMs << clock.nsecsElapsed() / 1e6;
        idleFor(1500);
        rssMiB << residentMiB(confer.processId());
        if (!ConferTest::closeAndWait(confer) || confer.exitCode() != 0) {
            std::fprintf(stderr, "confer did not close cleanly: %s\n", confer.readAllStandardError().constData());
            return 1;
        }
    }
    report("cold_ms", median(startMs), "ms");
    report("first_run_ms", startMs.first(), "ms");
    report("max_ms", *std::max_element(startMs.cbegin(), startMs.cend()), "ms");
    report("idle_rss_mb", median(rssMiB), "MB");
    return 0;
}
