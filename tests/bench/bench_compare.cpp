// ./dev bench compare: eight lanes streaming at once into the real window, each
// at 100 tokens/s from its own loopback server, for 60 s (CONFER_BENCH_SECONDS
// or --seconds N shortens it; the ctest registration runs a short smoke run;
// --view-elsewhere leaves the conversation after sending, to measure without the view;
// --coalesce turns on TurnRunner::setCoalesceDeltas; --trace-paints samples
// what gets painted).
// The servers run in a thread of their own, so the main thread measures only
// the client: its busy share (time spent handling events, timed at
// QApplication::notify, and its CPU time), the worst stall of the event loop
// (the longest gap between ticks of a 1 ms timer, and the longest event),
// and the resident memory at the end; the send that starts the eight answers
// is timed on its own (send_wall, send_cpu). Targets: no stall over 16 ms, memory
// under 200 MB. An idle window is measured first, as the floor.
#include "chat/turnrunner.h"
#include "composer/composer.h"
#include "core/profile.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "settings/settings.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPaintEvent>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Confer;

namespace
{

constexpr int Lanes = 8;
constexpr int TokensPerSecond = 100;
constexpr double StallTargetMs = 16;

// Eight OpenAI-compatible presets, so each lane is its own provider with its own server.
const char *const Providers[Lanes]
    = {"openai", "openrouter", "groq", "mistral", "deepseek", "xai", "together", "fireworks"};
const char *const KeyVariables[Lanes] = {"OPENAI_API_KEY", "OPENROUTER_API_KEY", "GROQ_API_KEY", "MISTRAL_API_KEY",
    "DEEPSEEK_API_KEY", "XAI_API_KEY", "TOGETHER_API_KEY", "FIREWORKS_API_KEY"};

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH compare.%s %.2f %s\n", figure, value, unit);
    std::fflush(stdout);
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The i-th token of a lane's answer, JSON-escaped: prose in paragraphs, list
// items and now and then a fenced code block, as models write.
QByteArray tokenAt(int lane, qint64 i)
{
    static const char *const words[] = {"the", "model", "answer", "compares", "latency", "with", "quality", "and",
        "cost", "across", "several", "providers", "while", "streaming", "tokens", "into", "panes", "side", "by",
        "which", "makes", "differences", "visible", "at", "once"};
    constexpr qint64 wordCount = qint64(sizeof(words) / sizeof(words[0]));
    const qint64 cycle = i % 500;
    if (cycle == 400) {
        return "\\n\\n```cpp\\n";
    }
    if (cycle > 400 && cycle < 440) {
        return cycle % 4 == 0 ? QByteArray(";\\n") : QByteArray("    value") + QByteArray::number(cycle % 7) + " +=";
    }
    if (cycle == 440) {
        return "\\n```\\n\\n";
    }
    QByteArray token = (i % 200 == 0 ? "\\n- " : " ") + QByteArray(words[(i * 7 + lane) % wordCount]);
    if (i % 17 == 16) {
        token += '.';
    }
    if (i % 90 == 89) {
        token += "\\n\\n";
    }
    return token;
}

QByteArray sseChunk(const QByteArray &delta, const QByteArray &finish = "null")
{
    return R"(data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench","choices":[{"index":0,"delta":)"
        + delta + R"(,"finish_reason":)" + finish + "}]}\n\n";
}

QByteArray httpChunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

// Loopback servers streaming OpenAI-style answers at a steady rate, paced on
// the clock (not on timer intervals, which drift). Lives in its own thread.
class PacedServers : public QObject
{
public:
    PacedServers(qint64 tokensPerAnswer)
        : m_tokensPerAnswer(tokensPerAnswer)
    {
    }

    // Call in the servers' thread; returns the ports, lane by lane.
    QList<quint16> listen()
    {
        QList<quint16> ports;
        for (int lane = 0; lane < Lanes; ++lane) {
            auto *server = new QTcpServer(this);
            if (!server->listen(QHostAddress::LocalHost)) {
                return {};
            }
            connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server, lane] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    Stream added;
                    added.socket = socket;
                    added.lane = lane;
                    m_streams.append(added);
                    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                        m_streams.removeIf([socket](const Stream &stream) { return stream.socket == socket; });
                        socket->deleteLater();
                    });
                }
            });
            ports.append(server->serverPort());
        }
        m_ticker = new QTimer(this);
        m_ticker->setTimerType(Qt::PreciseTimer);
        m_ticker->setInterval(2);
        connect(m_ticker, &QTimer::timeout, this, &PacedServers::tick);
        m_ticker->start();
        return ports;
    }

private:
    struct Stream {
        QTcpSocket *socket = nullptr;
        int lane = 0;
        QByteArray request;
        bool streaming = false;
        QElapsedTimer clock;
        qint64 sent = 0;
    };

    Stream *find(QTcpSocket *socket)
    {
        for (Stream &stream : m_streams) {
            if (stream.socket == socket) {
                return &stream;
            }
        }
        return nullptr;
    }

    void onReadyRead(QTcpSocket *socket)
    {
        Stream *stream = find(socket);
        if (!stream || stream->streaming) {
            socket->readAll();
            return;
        }
        stream->request += socket->readAll();
        const qsizetype headEnd = stream->request.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return;
        }
        const QByteArray head = stream->request.left(headEnd);
        const qsizetype lengthAt = head.toLower().indexOf("content-length:");
        const qsizetype length = lengthAt < 0
            ? 0
            : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
        if (stream->request.size() < headEnd + 4 + length) {
            return;
        }
        const QByteArray path = head.left(head.indexOf('\r')).split(' ').value(1);
        if (!path.endsWith("/chat/completions")) {
            // The window's model list asks each provider for its models.
            const QByteArray body = R"({"object":"list","data":[{"id":"bench-model","object":"model"}]})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            return;
        }
        stream->streaming = true;
        stream->clock.start();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
                      "Connection: close\r\n\r\n");
        socket->write(httpChunk(sseChunk(R"({"role":"assistant","content":""})")));
    }

    void tick()
    {
        QList<QTcpSocket *> ended; // closed after the loop: closing may remove the stream at once
        for (Stream &stream : m_streams) {
            if (!stream.streaming || stream.sent >= m_tokensPerAnswer) {
                continue;
            }
            const qint64 due = std::min(m_tokensPerAnswer, stream.clock.elapsed() * TokensPerSecond / 1000 + 1);
            QByteArray data;
            for (; stream.sent < due; ++stream.sent) {
                data += sseChunk(R"({"content":")" + tokenAt(stream.lane, stream.sent) + "\"}");
            }
            if (data.isEmpty()) {
                continue;
            }
            stream.socket->write(httpChunk(data));
            if (stream.sent == m_tokensPerAnswer) {
                const QByteArray usage
                    = R"(data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench","choices":[],"usage":{"prompt_tokens":20,"completion_tokens":)"
                    + QByteArray::number(m_tokensPerAnswer) + "}}\n\n";
                stream.socket->write(httpChunk(sseChunk("{}", R"("stop")") + usage + "data: [DONE]\n\n") + "0\r\n\r\n");
                ended.append(stream.socket);
            }
        }
        for (QTcpSocket *socket : std::as_const(ended)) {
            socket->disconnectFromHost();
        }
    }

    qint64 m_tokensPerAnswer;
    QList<Stream> m_streams;
    QTimer *m_ticker = nullptr;
};

// Times the main thread's event handling: each outermost QApplication::notify()
// on the main thread is busy time (timers, socket reads, posted events, input,
// painting all arrive through it), and the slowest ones are kept by receiver
// and event type to say where a stall came from.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Painted {
        qint64 count = 0;
        qint64 pixels = 0;
    };

    struct Slow {
        qint64 ns = 0;
        qint64 atMs = 0;
        QByteArray what;
    };

    // An outermost event, as kept in the ring of recent ones (the class name is the meta-object's own).
    struct Recent {
        qint64 beginNs = 0;
        qint64 ns = 0;
        const char *className = nullptr;
        int type = 0;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || QThread::currentThread() != thread()) {
            return QApplication::notify(receiver, event);
        }
        const bool outermost = m_depth++ == 0;
        const qint64 begin = outermost ? m_clock.nsecsElapsed() : 0;
        // The receiver and the event may be gone afterwards.
        const int type = event->type();
        const char *className = receiver->metaObject()->className();
        if (type == QEvent::Paint) {
            // What gets painted, by class (a viewport is named by its scroll area).
            const QObject *owner
                = receiver->parent() && receiver->objectName() == QLatin1String("qt_scrollarea_viewport")
                ? receiver->parent()
                : receiver;
            const QRect area = static_cast<QPaintEvent *>(event)->region().boundingRect();
            Painted &painted = m_painted[QByteArray(owner->metaObject()->className())];
            ++painted.count;
            painted.pixels += qint64(area.width()) * area.height();
            if (m_tracePaints && painted.count % 200 == 1) {
                std::fprintf(stderr, "paint %s (%s) %d,%d %dx%d\n", owner->metaObject()->className(),
                    qPrintable(receiver->objectName()), area.x(), area.y(), area.width(), area.height());
            }
        }
        const bool result = QApplication::notify(receiver, event);
        if (--m_depth == 0 && outermost) {
            const qint64 spent = m_clock.nsecsElapsed() - begin;
            m_busyNs += spent;
            m_longestNs = std::max(m_longestNs, spent);
            m_recent[size_t(m_recentCount++ % RecentEvents)] = {begin, spent, className, type};
            if (m_slowest.size() < 8 || spent > m_slowest.constLast().ns) {
                Slow slow {spent, begin / 1000000, QByteArray(className) + " event " + QByteArray::number(type)};
                m_slowest.insert(std::upper_bound(m_slowest.begin(), m_slowest.end(), slow,
                                     [](const Slow &a, const Slow &b) { return a.ns > b.ns; }),
                    slow);
                m_slowest.resize(std::min<qsizetype>(m_slowest.size(), 8));
            }
        }
        return result;
    }

    void startTiming()
    {
        m_clock.start();
        m_busyNs = m_longestNs = 0;
        m_slowest.clear();
        m_painted.clear();
        m_timing = true;
    }
    void stopTiming() { m_timing = false; }
    qint64 busyNs() const { return m_busyNs; }
    qint64 longestNs() const { return m_longestNs; }
    const QList<Slow> &slowest() const { return m_slowest; }
    const QHash<QByteArray, Painted> &painted() const { return m_painted; }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    // The recent events that began at or after fromNs, oldest first.
    QList<Recent> recentSince(qint64 fromNs) const
    {
        QList<Recent> events;
        for (qint64 i = m_recentCount - 1; i >= 0 && i >= m_recentCount - RecentEvents; --i) {
            const Recent &event = m_recent[size_t(i % RecentEvents)];
            if (event.beginNs < fromNs) {
                break;
            }
            events.prepend(event);
        }
        return events;
    }
    // --trace-paints: every 200th paint of each class, with its rectangle, on stderr.
    void setTracePaints(bool trace) { m_tracePaints = trace; }

private:
    QElapsedTimer m_clock;
    bool m_timing = false;
    int m_depth = 0;
    qint64 m_busyNs = 0;
    qint64 m_longestNs = 0;
    QList<Slow> m_slowest;
    QHash<QByteArray, Painted> m_painted;
    bool m_tracePaints = false;
    static constexpr qint64 RecentEvents = 512;
    std::array<Recent, RecentEvents> m_recent {};
    qint64 m_recentCount = 0;
};

// One measured phase: the main thread's busy time (TimedApplication) and CPU
// time, and the longest gap between ticks of a 1 ms timer (a stall the user
// would see as a frozen window).
class LoopMonitor : public QObject
{
public:
    explicit LoopMonitor(TimedApplication &application)
        : m_application(application)
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            const qint64 now = m_application.nowNs(); // the clock the events are timed by
            const double cpuMs = threadCpuMs();
            if (m_lastTickNs >= 0) {
                const qint64 gap = now - m_lastTickNs;
                if (gap > m_worstGapNs) {
                    m_worstGapNs = gap;
                    m_worstGapAtNs = m_lastTickNs;
                    m_worstGapEvents = m_application.recentSince(m_lastTickNs);
                    m_worstGapCpuMs = cpuMs - m_lastTickCpuMs;
                }
                m_stalls += gap > qint64(StallTargetMs * 1e6) ? 1 : 0;
            }
            m_lastTickNs = now;
            m_lastTickCpuMs = cpuMs;
        });
    }

    void start()
    {
        m_clock.start();
        m_cpuStartMs = threadCpuMs();
        m_worstGapNs = m_worstGapAtNs = 0;
        m_worstGapEvents.clear();
        m_worstGapCpuMs = 0;
        m_lastTickNs = -1;
        m_stalls = 0;
        m_application.startTiming();
        m_ticker.start();
    }

    void stop()
    {
        m_ticker.stop();
        m_application.stopTiming();
        m_wallNs = m_clock.nsecsElapsed();
        m_cpuMs = threadCpuMs() - m_cpuStartMs;
    }

    double wallMs() const { return double(m_wallNs) / 1e6; }
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    double busyShare() const { return 100.0 * double(m_application.busyNs()) / double(std::max<qint64>(m_wallNs, 1)); }
    double cpuShare() const { return 100.0 * m_cpuMs / std::max(wallMs(), 1.0); }
    double longestEventMs() const { return double(m_application.longestNs()) / 1e6; }
    double worstGapMs() const { return double(m_worstGapNs) / 1e6; }
    qint64 worstGapAtNs() const { return m_worstGapAtNs; }
    // What the main thread handled during the worst gap.
    const QList<TimedApplication::Recent> &worstGapEvents() const { return m_worstGapEvents; }
    // The main thread's CPU time during the worst gap: far below the gap, the
    // thread was waiting (for the CPU, on a machine shared with the servers and X).
    double worstGapCpuMs() const { return m_worstGapCpuMs; }
    int stalls() const { return m_stalls; }

private:
    TimedApplication &m_application;
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_lastTickNs = -1;
    qint64 m_worstGapNs = 0;
    qint64 m_worstGapAtNs = 0;
    QList<TimedApplication::Recent> m_worstGapEvents;
    double m_lastTickCpuMs = 0;
    double m_worstGapCpuMs = 0;
    qint64 m_wallNs = 0;
    double m_cpuStartMs = 0;
    double m_cpuMs = 0;
    int m_stalls = 0;
};

// Runs the event loop until done() or the deadline; returns done().
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    if (!done()) {
        loop.exec();
    }
    return done();
}

void reportMonitor(const char *phase, const LoopMonitor &monitor)
{
    const auto figure = [phase](const char *name) { return QByteArray(QByteArray(phase) + name); };
    report(figure("_busy_share").constData(), monitor.busyShare(), "%");
    report(figure("_cpu_share").constData(), monitor.cpuShare(), "%");
    report(figure("_worst_stall").constData(), monitor.worstGapMs(), "ms");
    report(figure("_worst_stall_cpu").constData(), monitor.worstGapCpuMs(), "ms");
    report(figure("_longest_event").constData(), monitor.longestEventMs(), "ms");
    report(figure("_stalls_over_16ms").constData(), monitor.stalls(), "stalls");
}

// Stops the servers' thread on every way out of main.
struct ThreadStopper {
    QThread &thread;
    ~ThreadStopper()
    {
        thread.quit();
        thread.wait();
    }
};

}

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    int seconds = 60;
    if (qEnvironmentVariableIsSet("CONFER_BENCH_SECONDS")) {
        seconds = qEnvironmentVariableIntValue("CONFER_BENCH_SECONDS");
    }
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--seconds")); at >= 0) {
        seconds = arguments.value(at + 1).toInt();
    }
    seconds = std::max(seconds, 1);
    const qint64 tokensPerAnswer = qint64(seconds) * TokensPerSecond;
    app.setTracePaints(arguments.contains(QStringLiteral("--trace-paints")));
    std::fprintf(stderr, "%d lanes at %d tokens/s for %d s on the %s event dispatcher%s\n", Lanes, TokensPerSecond,
        seconds, QAbstractEventDispatcher::instance()->metaObject()->className(),
        arguments.contains(QStringLiteral("--coalesce")) ? ", deltas coalesced" : "");

    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("servers"));
    auto *servers = new PacedServers(tokensPerAnswer);
    servers->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, servers, &QObject::deleteLater);
    serverThread.start();
    const ThreadStopper stopper {serverThread};
    QList<quint16> ports;
    QMetaObject::invokeMethod(servers, [&] { ports = servers->listen(); }, Qt::BlockingQueuedConnection);
    if (ports.size() != Lanes) {
        std::fprintf(stderr, "the loopback servers did not start\n");
        return 1;
    }

    QTemporaryDir directory;
    QSettings settings(directory.filePath(QStringLiteral("confer.conf")), QSettings::IniFormat);
    Settings preferences(settings);
    const Profile profile = Profile::inDirectory(directory.filePath(QStringLiteral("profile")));
    if (profile.ensureDirectories()) {
        return 1;
    }
    for (int lane = 0; lane < Lanes; ++lane) {
        qputenv(KeyVariables[lane], "sk-bench");
    }
    EnvironmentKeySource keys;
    ProviderServices services(profile, &keys);
    QList<Store::Lane> lanes;
    for (int lane = 0; lane < Lanes; ++lane) {
        const QString provider = QString::fromLatin1(Providers[lane]);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1").arg(ports.at(lane)));
        if (const auto problem = services.registry().setBaseUrl(provider, url)) {
            std::fprintf(stderr, "%s\n", qPrintable(*problem));
            return 1;
        }
        Store::Lane stored;
        stored.model = provider + QStringLiteral("/bench-model");
        lanes.append(stored);
    }
    Store::Database database(directory.filePath(QStringLiteral("history.sqlite")));
    if (!database.open()) {
        return 1;
    }
    Store::ConversationStore store(database);
    const auto conversation = store.createConversation(lanes);
    if (!conversation) {
        return 1;
    }

    MainWindow window(settings);
    window.setConversationStore(store);
    window.setProviderServices(services);
    window.setPreferences(preferences);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    window.openConversation(*conversation);
    TurnRunner *runner = window.turnRunner();
    // --coalesce: the deltas each turn of the event loop brings, joined per reply.
    const bool coalesce = arguments.contains(QStringLiteral("--coalesce"));
    if (runner) {
        runner->setCoalesceDeltas(coalesce);
    }
    auto *editor = window.composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    if (!runner || !editor) {
        std::fprintf(stderr, "the window has no turn runner or composer editor\n");
        return 1;
    }

    // The floor: the same window, idle, with the model lists loaded.
    LoopMonitor monitor(app);
    monitor.start();
    runUntil([] { return false; }, 2000);
    monitor.stop();
    reportMonitor("idle", monitor);
    report("rss_idle", residentMegabytes(), "MB");

    int started = 0;
    int finished = 0;
    qint64 deltas = 0;
    qint64 characters = 0;
    QObject::connect(runner, &TurnRunner::replyStarted, &app, [&] { ++started; });
    QObject::connect(runner, &TurnRunner::replyFinished, &app, [&] { ++finished; });
    QObject::connect(runner, &TurnRunner::replyText, &app, [&](qint64, const QString &delta) {
        ++deltas;
        characters += delta.size();
    });

    // Sent from the composer, as a user would. The send itself (the prompt and
    // eight replies written to the store, eight requests made, eight panes laid
    // out) is timed on its own; the streaming phase begins once it returns.
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Compare these approaches"));
    QElapsedTimer sendClock;
    sendClock.start();
    const double sendCpuStart = threadCpuMs();
    QTest::keyClick(editor, Qt::Key_Return);
    report("send_wall", double(sendClock.nsecsElapsed()) / 1e6, "ms");
    report("send_cpu", threadCpuMs() - sendCpuStart, "ms");
    monitor.start();
    if (arguments.contains(QStringLiteral("--view-elsewhere"))) {
        // For telling the view's share from the rest: the window turns to a new
        // conversation, so the answers stream only through providers, runner and store.
        window.startNewConversation();
    }
    const bool done = runUntil([&] { return started == Lanes && finished == Lanes; }, (seconds + 60) * 1000);
    const double streamMs = monitor.elapsedMs();
    // What finishing sets off (the panes' last frames, the scoreboard measured
    // 25 ms later) belongs to the phase too.
    runUntil([] { return false; }, 500);
    monitor.stop();
    if (!done) {
        std::fprintf(stderr, "only %d of %d answers finished (%d started)\n", finished, Lanes, started);
        return 1;
    }
    int complete = 0;
    for (const Store::Message &message : store.activeBranch(*conversation)) {
        complete += message.role == Store::MessageRole::Assistant && message.status == Store::MessageStatus::Complete
            ? 1
            : 0;
    }
    if (complete != Lanes) {
        std::fprintf(stderr, "only %d of %d answers are complete\n", complete, Lanes);
        return 1;
    }

    report("lanes", Lanes, "lanes");
    report("stream_seconds", streamMs / 1000.0, "s");
    report("text_deltas_per_second", double(deltas) / (streamMs / 1000.0), "deltas/s");
    report("characters_received", double(characters), "chars");
    reportMonitor("streaming", monitor);
    std::fprintf(stderr, "the worst stall began %lld ms after sending; the slowest events:\n",
        qlonglong(monitor.worstGapAtNs() / 1000000));
    for (const TimedApplication::Slow &slow : app.slowest()) {
        std::fprintf(
            stderr, "  %7.2f ms at %6lld ms: %s\n", double(slow.ns) / 1e6, qlonglong(slow.atMs), slow.what.constData());
    }
    std::fprintf(stderr,
        "the events of the worst stall, on which the main thread spent %.2f ms of CPU"
        " (start in ms after its beginning, duration):\n",
        monitor.worstGapCpuMs());
    const qint64 gapBeginNs = monitor.worstGapAtNs();
    for (const TimedApplication::Recent &event : monitor.worstGapEvents()) {
        std::fprintf(stderr, "  %7.2f %6.2f ms  %s event %d\n", double(event.beginNs - gapBeginNs) / 1e6,
            double(event.ns) / 1e6, event.className, event.type);
    }
    std::fprintf(stderr, "painted while streaming (paint events, megapixels):\n");
    for (auto it = app.painted().cbegin(); it != app.painted().cend(); ++it) {
        std::fprintf(stderr, "  %8lld %9.1f  %s\n", qlonglong(it.value().count), double(it.value().pixels) / 1e6,
            it.key().constData());
    }
    report("rss_end", residentMegabytes(), "MB");
    return 0;
}
