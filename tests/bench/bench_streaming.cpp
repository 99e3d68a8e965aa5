// ./dev bench streaming: a loopback server streams 100 000 SSE chunks as fast
// as it can; Confer's ChatJob reads and decodes them. The floor is a bare
// QTcpSocket that only reads the same bytes (curl is not in the build root).
// Prints the median of 5 runs each, the ratio, and ChatJob's CPU time per
// chunk (process CPU minus the server's share, measured in the floor runs).
#include "loopbackserver.h"
#include "providers/network/chatjob.h"
#include "providers/network/httppolicy.h"
#include "providers/protocol/protocoladapter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Confer;
using namespace ConferTest;

namespace
{

constexpr int chunks = 100000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH streaming.%s %.2f %s\n", figure, value, unit);
    std::fflush(stdout);
}

ScriptedResponse streamResponse()
{
    const QByteArray chunk
        = R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"bench","choices":[{"index":0,"delta":{"content":"tok "},"finish_reason":null}]})"
          "\n\n";
    QByteArray body;
    body.reserve(chunk.size() * (chunks + 2));
    for (int i = 0; i < chunks; ++i) {
        body += chunk;
    }
    body += "data: [DONE]\n\n";
    ScriptedResponse response = ScriptedResponse::stream("text/event-stream", body, 256 * 1024);
    response.chunkedEncoding = false;
    return response;
}

// Reads the whole response with nothing but a socket; returns milliseconds, or -1.
double floorRun(LoopbackServer &server)
{
    QTcpSocket socket;
    qint64 received = 0;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll().size(); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
    if (!closed.wait(60000)) {
        return -1;
    }
    received += socket.readAll().size();
    return received > chunks ? double(timer.elapsed()) : -1;
}

double conferRun(QNetworkAccessManager &network, LoopbackServer &server)
{
    ProviderInfo provider;
    provider.id = QStringLiteral("bench");
    provider.displayName = QStringLiteral("Bench");
    provider.baseUrl = server.url(QStringLiteral("/v1"));
    ChatRequest request;
    request.model = QStringLiteral("bench");
    request.messages = {{ChatMessage::Role::User, QStringLiteral("go")}};
    ChatJob job(&network, nullptr, provider, ProtocolAdapter::forProtocol(Protocol::OpenAI), request);
    QSignalSpy finished(&job, &ChatJob::finished);
    QElapsedTimer timer;
    timer.start();
    job.start();
    if (!finished.wait(120000) || job.result().status != ChatResult::Status::Completed
        || job.result().text.size() != qsizetype(chunks) * 4) {
        std::fprintf(stderr, "the stream did not complete: %s\n", qPrintable(job.result().errorMessage));
        return -1;
    }
    return double(timer.elapsed());
}

}

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const int runs
        = qEnvironmentVariableIsSet("CONFER_BENCH_RUNS") ? qEnvironmentVariableIntValue("CONFER_BENCH_RUNS") : 5;
    LoopbackServer server;
    if (!server.listen()) {
        return 1;
    }
    server.setFallback(streamResponse());
    const auto network = Http::createNetworkAccessManager();

    QList<double> floorMs;
    QList<double> conferMs;
    double floorCpu = 0;
    double conferCpu = 0;
    for (int run = 0; run < runs; ++run) {
        double cpu = cpuSeconds();
        const double floor = floorRun(server);
        floorCpu += cpuSeconds() - cpu;
        cpu = cpuSeconds();
        const double confer = conferRun(*network, server);
        conferCpu += cpuSeconds() - cpu;
        if (floor < 0 || confer < 0) {
            return 1;
        }
        floorMs.append(floor);
        conferMs.append(confer);
    }
    const double floor = median(floorMs);
    const double confer = median(conferMs);
    report("floor_socket_ms", floor, "ms");
    report("confer_chatjob_ms", confer, "ms");
    report("ratio_to_floor", confer / std::max(floor, 1.0), "x");
    report("chatjob_cpu_per_chunk", (conferCpu - floorCpu) / runs / chunks * 1e6, "us");
    return 0;
}
