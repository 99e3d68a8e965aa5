// ./dev bench sseparse: Server-Sent Events parsing throughput on a 50 MB stream
// built from a recorded OpenAI answer, fed in reads of 1 to 4096 bytes (sizes
// drawn from a fixed seed): the bare SSE reader, then the whole OpenAI decoder
// (SSE + JSON + events). Prints BENCH lines; fails only if a pass loses events.
#include "providers/protocol/openaiadapter.h"
#include "providers/protocol/ssereader.h"
#include "streamtesting.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace Confer;

namespace
{
constexpr qsizetype TargetBytes = 50 * 1024 * 1024;

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH sseparse.%s %.1f %s\n", figure, value, unit);
    std::fflush(stdout);
}

QList<qsizetype> readSizes(qsizetype total)
{
    QRandomGenerator random(20261121);
    QList<qsizetype> sizes;
    for (qsizetype fed = 0; fed < total;) {
        const qsizetype size = std::min<qsizetype>(random.bounded(1, 4097), total - fed);
        sizes.append(size);
        fed += size;
    }
    return sizes;
}
}

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);

    // The recorded events without their [DONE], repeated, then one [DONE].
    QByteArray events
        = StreamTesting::httprrResponses(StreamTesting::readData(QStringLiteral("lcgo_openai_stream.httprr")))
              .value(0)
              .body;
    events.truncate(events.indexOf("data: [DONE]"));
    const qsizetype eventsPerCopy = events.count("\n\n");
    QByteArray stream;
    stream.reserve(TargetBytes + events.size());
    qsizetype copies = 0;
    while (stream.size() < TargetBytes) {
        stream += events;
        ++copies;
    }
    stream += "data: [DONE]\n\n";
    const QList<qsizetype> sizes = readSizes(stream.size());
    const double megabytes = double(stream.size()) / (1024.0 * 1024.0);

    {
        SseReader reader;
        qsizetype dispatched = 0;
        QElapsedTimer timer;
        timer.start();
        qsizetype at = 0;
        for (qsizetype size : sizes) {
            dispatched += reader.feed(QByteArrayView(stream).sliced(at, size)).size();
            at += size;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (dispatched != copies * eventsPerCopy + 1) {
            std::fprintf(stderr, "the reader dispatched %lld events, expected %lld\n", qlonglong(dispatched),
                qlonglong(copies * eventsPerCopy + 1));
            return 1;
        }
        report("reader_throughput", megabytes / seconds, "MB/s");
    }

    {
        const OpenAiAdapter adapter;
        auto decoder = adapter.newStreamDecoder();
        qsizetype textEvents = 0;
        QElapsedTimer timer;
        timer.start();
        qsizetype at = 0;
        for (qsizetype size : sizes) {
            const QList<StreamEvent> decoded = decoder->feed(QByteArrayView(stream).sliced(at, size));
            for (const StreamEvent &event : decoded) {
                textEvents += event.type == StreamEvent::Type::TextDelta;
            }
            at += size;
        }
        const QList<StreamEvent> tail = decoder->finish();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        // Each copy of the recorded answer has 13 text deltas ("1", ",", " ", …, "5").
        if (textEvents != copies * 13 || !tail.isEmpty()) {
            std::fprintf(stderr, "the decoder produced %lld text deltas, expected %lld\n", qlonglong(textEvents),
                qlonglong(copies * 13));
            return 1;
        }
        report("openai_decoder_throughput", megabytes / seconds, "MB/s");
    }
    report("stream_size", megabytes, "MB");
    return 0;
}
