// Every recorded and hand-made provider stream, decoded whole, split at every
// byte and in 1-byte reads, with what each answer must amount to.

#include "providers/protocol/protocoladapter.h"
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

// The whole answer of gemini_streaming-success-utf8.txt.
const char utf8Poem[] = "秋风瑟瑟，叶落纷纷，\n"
                        "西风残照，寒霜渐浓。\n"
                        "枫叶红了，菊花黄了，\n"
                        "秋雨绵绵，秋意浓浓。\n"
                        "\n"
                        "秋夜漫漫，思绪万千，\n"
                        "明月当空，星星眨眼。\n"
                        "思念远方的亲人，\n"
                        "祝愿他们幸福安康。\n"
                        "\n"
                        "秋天是收获的季节，\n"
                        "人们忙着收割庄稼，\n"
                        "为一年的辛劳画上圆满的句号。\n"
                        "秋天也是团圆的季节，\n"
                        "一家人围坐在一起，\n"
                        "分享丰收的喜悦，共度美好时光。\n"
                        "\n"
                        "秋天是一个美丽的季节，\n"
                        "它有着独特的韵味，\n"
                        "让人沉醉其中，流连忘返。\n"
                        "让我们一起欣赏秋天的美景，\n"
                        "感受秋天的气息，领悟秋天的哲理。";

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
        e.text = QStringLiteral("Fast.");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 18;
        e.outputTokens = 5;
        e.model = QStringLiteral("llama-3.1-8b-instant");
        e.requestId = QStringLiteral("chatcmpl-groq1");
        addRow("groq: usage in x_groq", Protocol::OpenAI, QStringLiteral("handmade_groq_x_groq_usage.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Twelve.");
        e.reasoning = QStringLiteral("Three times four.");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 10;
        e.outputTokens = 20;
        e.model = QStringLiteral("magistral-medium-2509");
        e.requestId = QStringLiteral("7c1e0c7d");
        addRow("mistral: typed content chunks", Protocol::OpenAI,
            QStringLiteral("handmade_mistral_thinking_chunks.sse"), e);
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
    // Anthropic: recorded
    {
        Expected e;
        e.text = QStringLiteral("Hello there!");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("end_turn");
        e.inputTokens = 11;
        e.outputTokens = 6;
        e.model = QStringLiteral("claude-3-opus-latest");
        e.requestId = QStringLiteral("msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK");
        addRow("anthropic: basic", Protocol::Anthropic, QStringLiteral("anthropic_basic_response.txt"), e);
    }
    {
        Expected e;
        e.finish = FinishReason::ContentFilter;
        e.rawFinish = QStringLiteral("refusal");
        e.inputTokens = 20;
        e.outputTokens = 0;
        e.model = QStringLiteral("claude-opus-4-7");
        e.requestId = QStringLiteral("msg_01RefusalTestMessage123456789");
        addRow("anthropic: refusal", Protocol::Anthropic, QStringLiteral("anthropic_refusal_response.txt"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("I'll check the current weather in Paris for you.");
        e.finish = FinishReason::ToolCall;
        e.rawFinish = QStringLiteral("tool_use");
        e.inputTokens = 377;
        e.outputTokens = 65;
        e.model = QStringLiteral("claude-sonnet-4-20250514");
        e.requestId = QStringLiteral("msg_019Q1hrJbZG26Fb9BQhrkHEr");
        addRow("anthropic: tool use, ping", Protocol::Anthropic, QStringLiteral("anthropic_tool_use_response.txt"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("1\n2\n3\n4\n5");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("end_turn");
        e.inputTokens = 15;
        e.outputTokens = 13;
        e.model = QStringLiteral("claude-3-opus-20240229");
        e.requestId = QStringLiteral("msg_01Ju7oPaDmjgrhWq8gNP4AUj");
        addRow("anthropic: recorded stream", Protocol::Anthropic, QStringLiteral("lcgo_anthropic_stream.httprr"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral(
            "# Adding 5 + 3\n\nLet me work through this step by step:\n\n**Step 1:** Start with the first "
            "number: **5**\n\n**Step 2:** Add the second number: **3**\n\n**Step 3:** Count up from 5, "
            "three times:\n- 5 + 1 = 6\n- 6 + 1 = 7\n- 7 + 1 = 8\n\n**Answer: 5 + 3 = 8**");
        e.reasoning
            = QStringLiteral("This is a simple addition problem. Let me think through it step by step.\n\n5 + 3\n\nI "
                             "need to add 3 to 5.\n\nStarting with 5, I add 3:\n5 + 1 = 6\n6 + 1 = 7\n7 + 1 = "
                             "8\n\nSo 5 + 3 = 8");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("end_turn");
        e.inputTokens = 50;
        e.outputTokens = 211;
        e.model = QStringLiteral("claude-sonnet-4-5-20250929");
        e.requestId = QStringLiteral("msg_015p8Cc5938XnHxgs9GKuBm5");
        addRow("anthropic: thinking, padded JSON", Protocol::Anthropic,
            QStringLiteral("lcgo_anthropic_thinking.httprr"), e);
    }
    // Anthropic: hand-made
    {
        Expected e;
        e.text = QStringLiteral("Partial");
        e.inputTokens = 112;
        e.outputTokens = 1;
        e.model = QStringLiteral("claude-sonnet-4-5-20250929");
        e.requestId = QStringLiteral("msg_01Partial");
        e.errorKind = int(ErrorKind::Overloaded);
        e.errorCode = QStringLiteral("overloaded_error");
        e.errorMessageContains = QStringLiteral("Overloaded");
        addRow("anthropic: mid-stream error event", Protocol::Anthropic,
            QStringLiteral("handmade_anthropic_midstream_error.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("All of it");
        e.inputTokens = 9;
        e.outputTokens = 3;
        e.model = QStringLiteral("claude-sonnet-4-5-20250929");
        e.requestId = QStringLiteral("msg_01Cut");
        e.errorKind = int(ErrorKind::Network);
        addRow("anthropic: no message_stop", Protocol::Anthropic,
            QStringLiteral("handmade_anthropic_no_message_stop.sse"), e);
    }

    // Gemini: recorded (CRLF framing)
    {
        Expected e;
        e.text = QStringLiteral("Cheyenne");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("STOP");
        addRow("gemini: short reply, CRLF", Protocol::Gemini,
            QStringLiteral("gemini_streaming-success-basic-reply-short.txt"), e);
    }
    {
        Expected e;
        e.text = QString::fromUtf8(utf8Poem);
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("STOP");
        addRow("gemini: UTF-8 text, CRLF", Protocol::Gemini, QStringLiteral("gemini_streaming-success-utf8.txt"), e);
    }
    {
        Expected e;
        e.finish = FinishReason::ContentFilter;
        e.rawFinish = QStringLiteral("SAFETY");
        addRow("gemini: prompt blocked", Protocol::Gemini,
            QStringLiteral("gemini_streaming-failure-prompt-blocked-safety.txt"), e);
    }
    // Gemini: hand-made
    {
        Expected e;
        e.text = QStringLiteral("The next number is **42**.");
        e.reasoning = QStringLiteral("**Sequencing**\n\nLooking at differences.");
        e.finish = FinishReason::Length;
        e.rawFinish = QStringLiteral("MAX_TOKENS");
        e.inputTokens = 34;
        e.outputTokens = 81;
        e.reasoningTokens = 70;
        e.model = QStringLiteral("gemini-2.5-pro");
        e.requestId = QStringLiteral("N7dxaoLECda-vdIP4fyR2A0");
        addRow("gemini: thought parts, signature-only final part", Protocol::Gemini,
            QStringLiteral("handmade_gemini_thinking.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Partial");
        e.inputTokens = 4;
        e.outputTokens = 1;
        e.model = QStringLiteral("gemini-2.5-flash");
        e.requestId = QStringLiteral("resp-err-1");
        e.errorKind = int(ErrorKind::Server);
        e.errorCode = QStringLiteral("INTERNAL");
        e.errorMessageContains = QStringLiteral("An internal error has occurred.");
        addRow("gemini: mid-stream error", Protocol::Gemini, QStringLiteral("handmade_gemini_midstream_error.sse"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Once upon");
        e.model = QStringLiteral("gemini-2.5-flash");
        e.requestId = QStringLiteral("resp-cut");
        e.errorKind = int(ErrorKind::Network);
        addRow("gemini: no finishReason", Protocol::Gemini, QStringLiteral("handmade_gemini_truncated.sse"), e);
    }

    // Ollama
    {
        Expected e;
        e.text = QStringLiteral("Okay, here we go!\n\n1, 2, 3, 4, 5\n");
        e.finish = FinishReason::Stop;
        e.rawFinish = QStringLiteral("stop");
        e.inputTokens = 16;
        e.outputTokens = 22;
        e.model = QStringLiteral("gemma3:1b");
        addRow("ollama: recorded chunked stream", Protocol::Ollama, QStringLiteral("lcgo_ollama_chat.httprr"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Autumn moon");
        e.reasoning = QStringLiteral("The user wants a haiku.");
        e.finish = FinishReason::Length;
        e.rawFinish = QStringLiteral("length");
        e.inputTokens = 12;
        e.outputTokens = 40;
        e.model = QStringLiteral("qwen3:8b");
        addRow("ollama: thinking, blank line", Protocol::Ollama, QStringLiteral("handmade_ollama_thinking.ndjson"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral(" Yes");
        e.model = QStringLiteral("gemma3:1b");
        e.errorKind = int(ErrorKind::Server);
        e.errorMessageContains = QStringLiteral("an error was encountered while running the model");
        addRow("ollama: mid-stream error, CRLF", Protocol::Ollama,
            QStringLiteral("handmade_ollama_midstream_error.ndjson"), e);
    }
    {
        Expected e;
        e.text = QStringLiteral("Once");
        e.model = QStringLiteral("gemma3:1b");
        e.errorKind = int(ErrorKind::Network);
        addRow("ollama: no done", Protocol::Ollama, QStringLiteral("handmade_ollama_truncated.ndjson"), e);
    }
}

void TestProviderStreams::streams()
{
    QFETCH(Protocol, protocol);
    QFETCH(QString, file);
    QFETCH(Expected, expected);

    const ProtocolAdapter &adapter = ProtocolAdapter::forProtocol(protocol);
    QCOMPARE(adapter.protocol(), protocol);
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
