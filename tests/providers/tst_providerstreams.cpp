// Every recorded and hand-made provider stream, decoded whole, split at every
// byte and in 1-byte reads, with what each answer must amount to.

#include "providers/protocol/openaiadapter.h"
#include "streamtesting.h"

#include <QTest>

using namespace Confer;
using namespace StreamTesting;

struct Expected {
    QString text;
    QString reasoning;
    FinishReason finish = FinishReason::Unknown;
    QString rawFinish;
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    qint64 reasoningTokens = -1;
    double costUsd = -1;
    QString model;
    QString requestId;
    int errorKind = -1; // -1: the answer completes without error
    QString errorCode;
    QString errorMessageContains;
};
Q_DECLARE_METATYPE(Expected)

class TestProviderStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streams_data();
    void streams();
};

namespace
{
void addRow(const char *name, Protocol protocol, const QString &file, const Expected &expected)
{
    QTest::newRow(name) << protocol << file << expected;
}

QByteArray streamBody(const QString &file)
{
    const QByteArray bytes = readData(file);
    if (file.endsWith(QLatin1String(".httprr"))) {
        return httprrResponses(bytes).value(0).body;
    }
    return bytes;
}
}

void TestProviderStreams::streams_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QString>("file");
    QTest::addColumn<Expected>("expected");

    // OpenAI-compatible: recorded
    {
        Expected e;
        e.text = QStringLiteral("1, 2, 3, 4, 5");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 14;
        e.outputTokens = 13;
        e.reasoningTokens = 0;
        e.model = QStringLiteral("gpt-3.5-turbo-0125");
        e.requestId = QStringLiteral("chatcmpl-C6bjxzOr3Oz1rTiafksd6himIit3q");
        addRow(
            "openai: usage chunk with empty choices", Protocol::OpenAI, QStringLiteral("lcgo_openai_stream.httprr"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("I'm sorry, I can't assist with that request.");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 79;
        e.outputTokens = 11;
        e.reasoningTokens = 0;
        e.model = QStringLiteral("gpt-4o-2024-08-06");
        e.requestId = QStringLiteral("chatcmpl-ABfw4IfQfCCrcuybFm41wJyxjbkz7");
        addRow("openai: refusal", Protocol::OpenAI,
            QStringLiteral("openai_173417d553406f034f643e5db3f8d591fb691ebac56f5ae39a22cc7d455c5353.bin"), e);
    }
    {
        Expected e;
        e.finish = FinishReason::ToolCall;
        e.rawFinish = QStringLiteral("tool_calls");
        e.inputTokens = 44;
        e.outputTokens = 16;
        e.reasoningTokens = 0;
        e.model = QStringLiteral("gpt-4o-2024-08-06");
        e.requestId = QStringLiteral("chatcmpl-ABfwERreu9s99xXsVuOWtIB2UOx62");
        addRow("openai: tool call", Protocol::OpenAI,
            QStringLiteral("openai_2018feb66ae13fcf5333d61b95849decc68d3f63bd38172889367e1afb1e04f7.bin"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("{\"");
        e.finish = FinishReason::Length;
        e.rawFinish = QStringLiteral("length");
        e.inputTokens = 79;
        e.outputTokens = 1;
        e.reasoningTokens = 0;
        e.model = QStringLiteral("gpt-4o-2024-08-06");
        e.requestId = QStringLiteral("chatcmpl-ABfw3Oqj8RD0z6aJiiX37oTjV2HFh");
        addRow("openai: length", Protocol::OpenAI,
            QStringLiteral("openai_4cc50a6135d254573a502310e6af1246f55edb6ad95fa24059f160996b68866d.bin"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral(
            "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I "
            "recommend checking a reliable weather website or a weather app.");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 14;
        e.outputTokens = 30;
        e.reasoningTokens = 0;
        e.model = QStringLiteral("gpt-4o-2024-08-06");
        e.requestId = QStringLiteral("chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL");
        addRow("openai: plain answer", Protocol::OpenAI,
            QStringLiteral("openai_e2aad469b71d1d4894ff833ea147020a9d875eb7ce644a0ff355581690a4cbfd.bin"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("test response");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 586;
        e.outputTokens = 3;
        e.reasoningTokens = 0;
        e.costUsd = 0;
        e.model = QStringLiteral("meta-llama/llama-3.2-3b-instruct:free");
        e.requestId = QStringLiteral("gen-1754667632-NNYO7FUAFP6cwNW8jL7x");
        addRow("openrouter: processing comment, usage with cost", Protocol::OpenAI,
            QStringLiteral("lcgo_openrouter.httprr"), e);
    }

    // OpenAI-compatible: hand-made
    {
        Expected e;
        e.text = QStringLiteral("There are **47** files.");
        e.reasoning = QStringLiteral("Count the files.");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 7007;
        e.outputTokens = 49;
        e.reasoningTokens = 12;
        e.costUsd = 0.00125;
        e.model = QStringLiteral("openai/gpt-oss-120b:free");
        e.requestId = QStringLiteral("gen-1768896871-9HgAQqS1Z72C6gApaidi");
        addRow("openrouter: reasoning, usage after finish", Protocol::OpenAI,
            QStringLiteral("handmade_openrouter_usage_after_finish.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Partial");
        e.model = QStringLiteral("gpt-4o-mini");
        e.requestId = QStringLiteral("chatcmpl-1");
        e.errorKind = int(ErrorKind::Server);
        e.errorCode = QStringLiteral("server_error");
        e.errorMessageContains = QStringLiteral("The server had an error processing your request.");
        addRow("openai: mid-stream error", Protocol::OpenAI, QStringLiteral("handmade_openai_midstream_error.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Hello");
        e.model = QStringLiteral("openai/gpt-4o");
        e.requestId = QStringLiteral("cmpl-abc123");
        e.errorKind = int(ErrorKind::Server);
        e.errorCode = QStringLiteral("server_error");
        e.errorMessageContains = QStringLiteral("Provider disconnected unexpectedly");
        addRow("openrouter: mid-stream error, string code", Protocol::OpenAI,
            QStringLiteral("handmade_openrouter_error_string_code.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Hi");
        e.model = QStringLiteral("openai/gpt-4o");
        e.requestId = QStringLiteral("gen-abc123");
        e.errorKind = int(ErrorKind::RateLimited);
        e.errorCode = QStringLiteral("429");
        e.errorMessageContains = QStringLiteral("Rate limit exceeded");
        addRow("openrouter: mid-stream error, integer code", Protocol::OpenAI,
            QStringLiteral("handmade_openrouter_error_int_code.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Hi");
        e.reasoning = QStringLiteral("Okay");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 5;
        e.outputTokens = 9;
        e.reasoningTokens = 7;
        e.model = QStringLiteral("deepseek-reasoner");
        e.requestId = QStringLiteral("fa7e4fc5");
        addRow("deepseek: reasoning_content, CR-only line endings", Protocol::OpenAI,
            QStringLiteral("handmade_deepseek_cr_only.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Здравствуйте…");
        e.finish = FinishReason::Length;
        e.rawFinish = QStringLiteral("length");
        e.model = QStringLiteral("llama");
        e.requestId = QStringLiteral("chatcmpl-9");
        addRow("llama.cpp: BOM, CRLF, [DONE] without blank line", Protocol::OpenAI,
            QStringLiteral("handmade_llamacpp_bom.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Once upon");
        e.model = QStringLiteral("gpt-4o");
        e.requestId = QStringLiteral("chatcmpl-2");
        e.errorKind = int(ErrorKind::Network);
        addRow("openai: truncated stream", Protocol::OpenAI, QStringLiteral("handmade_openai_truncated.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("ok");
        e.model = QStringLiteral("gpt-4o");
        e.requestId = QStringLiteral("chatcmpl-3");
        e.errorKind = int(ErrorKind::Protocol);
        e.errorMessageContains = QStringLiteral("invalid JSON");
        addRow("openai: malformed JSON", Protocol::OpenAI, QStringLiteral("handmade_openai_malformed.sse"), e);
    }
}

void TestProviderStreams::streams()
{
    QFETCH(Protocol, protocol);
    QFETCH(QString, file);
    QFETCH(Expected, expected);

    QCOMPARE(protocol, Protocol::OpenAI);
    const OpenAiAdapter adapter;
    const QByteArray body = streamBody(file);
    QVERIFY(!body.isEmpty());

    const QList<StreamEvent> events = decodeEverySplit(adapter, body);
    QVERIFY(!QTest::currentTestFailed());
    const Summary summary = summarize(events);

    QCOMPARE(summary.text, expected.text);
    QCOMPARE(summary.reasoning, expected.reasoning);
    QCOMPARE(summary.model, expected.model);
    QCOMPARE(summary.requestId, expected.requestId);
    QCOMPARE(summary.usage.inputTokens.value_or(-1), expected.inputTokens);
    QCOMPARE(summary.usage.outputTokens.value_or(-1), expected.outputTokens);
    QCOMPARE(summary.usage.reasoningTokens.value_or(-1), expected.reasoningTokens);
    QCOMPARE(summary.usage.costUsd.value_or(-1), expected.costUsd);
    if (expected.errorKind < 0) {
        QVERIFY2(!summary.error, qPrintable(summary.error ? summary.error->providerMessage : QString()));
        QCOMPARE(summary.finishEvents, 1);
        QCOMPARE(summary.finish, expected.finish);
        QCOMPARE(summary.rawFinish, expected.rawFinish);
    } else {
        QVERIFY(summary.error);
        QCOMPARE(int(summary.error->kind), expected.errorKind);
        QCOMPARE(summary.error->providerCode, expected.errorCode);
        QVERIFY2(summary.error->providerMessage.contains(expected.errorMessageContains),
            qPrintable(summary.error->providerMessage));
        QVERIFY(!summary.error->providerMessage.isEmpty());
        // The error ends the stream: it is the last event.
        QCOMPARE(events.constLast().type, StreamEvent::Type::Error);
    }
}

QTEST_GUILESS_MAIN(TestProviderStreams)
#include "tst_providerstreams.moc"
