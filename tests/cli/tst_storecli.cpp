// `confer history`, `confer export` and `confer import`, running the real
// executable against a profile filled through the store.
#include "../store/transcriptfixtures.h"
#include "conferprocess.h"
#include "core/profile.h"
#include "store/database.h"
#include "transcripts/markdownexport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace Confer::Store;

class TestStoreCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listWhenEmpty();
    void list();
    void search();
    void show();
    void renameAndDelete();
    void exportFormats_data();
    void exportFormats();
    void exportAllAndImportBack();
    void importForeignAndRefuseBroken();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &profile = {});
    void fill();
    QString databasePath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    qint64 m_single = 0;
    qint64 m_comparison = 0;
};

void TestStoreCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
}

void TestStoreCli::cleanup()
{
    m_dir.reset();
}

QString TestStoreCli::databasePath() const
{
    return Database::defaultFilePath(Profile::inDirectory(m_profile));
}

void TestStoreCli::fill()
{
    Database database(databasePath());
    QVERIFY2(database.open(), qPrintable(database.lastError().message));
    ConversationStore store(database);
    m_single = ConferTest::addSingleLaneConversation(store);
    m_comparison = ConferTest::addComparison(store);
}

TestStoreCli::Run TestStoreCli::run(const QStringList &arguments, const QString &profile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A key in the environment must never reach an export.
    environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-canary-7f3a9c"));
    process.setProcessEnvironment(environment);
    process.start(ConferTest::executable(),
        QStringList {QStringLiteral("--profile"), profile.isEmpty() ? m_profile : profile} + arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        result.err = process.errorString();
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestStoreCli::listWhenEmpty()
{
    const Run result = run({QStringLiteral("history"), QStringLiteral("list")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("No conversations yet.\n"));
    QVERIFY(QFile::exists(databasePath()));
}

void TestStoreCli::list()
{
    fill();
    Run result = run({QStringLiteral("history"), QStringLiteral("list")});
    QCOMPARE(result.status, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(QLatin1String("Sorting algorithms, compared")), qPrintable(result.out));
    QVERIFY(lines.at(0).contains(QLatin1String("[openai/gpt-4o, anthropic/claude-sonnet-4, ollama/qwen3:8b]")));
    QVERIFY(lines.at(0).trimmed().startsWith(QString::number(m_comparison)));

    result = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(result.status, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.first()[QStringLiteral("id")].toInteger(), m_comparison);
    QCOMPARE(array.first()[QStringLiteral("messages")].toInt(), 9);
}

void TestStoreCli::search()
{
    fill();
    Run result
        = run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("stable"), QStringLiteral("merg")});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(QLatin1String("Sorting algorithms, compared")), qPrintable(result.out));
    QVERIFY(result.out.contains(QLatin1String("[Merge] sort is [stable]")));

    result = run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("--json"),
        QStringLiteral("--provider"), QStringLiteral("anthropic"), QStringLiteral("quicksort")});
    QCOMPARE(result.status, 0);
    const QJsonArray hits = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first()[QStringLiteral("model")].toString(), QStringLiteral("anthropic/claude-sonnet-4"));
    QVERIFY(hits.first()[QStringLiteral("snippet")].toString().contains(QLatin1String("<mark>Quicksort</mark>")));

    // The fixtures were written in November 2023.
    result = run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("--until"),
        QStringLiteral("2023-11-13"), QStringLiteral("stable")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Nothing found.\n"));
    result = run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("--since"),
        QStringLiteral("2023-11-13"), QStringLiteral("--json"), QStringLiteral("stable")});
    QCOMPARE(result.status, 0);
    QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).array().size() >= 4);
    result = run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("--since"),
        QStringLiteral("yesterday"), QStringLiteral("stable")});
    QCOMPARE(result.status, 2);

    result = run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("zebra")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Nothing found.\n"));
}

void TestStoreCli::show()
{
    fill();
    const Run result = run({QStringLiteral("history"), QStringLiteral("show"), QString::number(m_comparison)});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.startsWith(QLatin1String("# Sorting algorithms, compared\n")));
    QVERIFY(result.out.contains(QLatin1String("### anthropic/claude-sonnet-4 (kept)")));

    const Run missing = run({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("999")});
    QCOMPARE(missing.status, 1);
    QCOMPARE(missing.err, QStringLiteral("confer: There is no conversation 999.\n"));
}

void TestStoreCli::renameAndDelete()
{
    fill();
    Run result = run({QStringLiteral("history"), QStringLiteral("rename"), QString::number(m_single),
        QStringLiteral("Null pointers")});
    QCOMPARE(result.status, 0);
    result = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().first()[QStringLiteral("title")].toString(),
        QStringLiteral("Null pointers"));

    result = run({QStringLiteral("history"), QStringLiteral("delete"), QString::number(m_single)});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(QLatin1String("trash")));
    result = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray left = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first()[QStringLiteral("id")].toInteger(), m_comparison);
    result = run({QStringLiteral("history"), QStringLiteral("delete"), QString::number(m_single)});
    QCOMPARE(result.status, 1);

    result = run({QStringLiteral("history"), QStringLiteral("empty-trash")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Deleted 1 conversation from the trash.\n"));
    result = run({QStringLiteral("history"), QStringLiteral("show"), QString::number(m_single)});
    QCOMPARE(result.status, 1);
}

void TestStoreCli::exportFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("md") << QStringLiteral("md") << QByteArray("# Sorting algorithms, compared\n");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>\n");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("{\n");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-1.");
}

void TestStoreCli::exportFormats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    fill();
    const QString path = m_dir->filePath(QStringLiteral("out.") + format);
    const Run result = run({QStringLiteral("export"), QString::number(m_comparison), QStringLiteral("--format"), format,
        QStringLiteral("--no-metrics"), QStringLiteral("-o"), path});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.err, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(200).constData());
    QVERIFY(!bytes.contains("sk-canary-7f3a9c"));
    QVERIFY(!bytes.contains("first token")); // --no-metrics
    if (format == QLatin1String("md")) {
        Database database(databasePath());
        QVERIFY(database.open());
        ConversationStore store(database);
        Transcripts::ExportOptions options;
        options.metrics = false;
        QCOMPARE(
            QString::fromUtf8(bytes), Transcripts::MarkdownExport::render(store.load(m_comparison).value(), options));
    }
    // Without -o, text formats go to standard output.
    if (format != QLatin1String("pdf")) {
        const Run toStdout = run({QStringLiteral("export"), QString::number(m_comparison), QStringLiteral("--format"),
            format, QStringLiteral("--no-metrics")});
        QCOMPARE(toStdout.status, 0);
        if (format != QLatin1String("json")) { // JSON carries its export time
            QCOMPARE(toStdout.out.toUtf8(), bytes);
        }
    }
}

void TestStoreCli::exportAllAndImportBack()
{
    fill();
    const QString path = m_dir->filePath(QStringLiteral("all.json"));
    Run result = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"), path});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.err, QStringLiteral("Exported 2 conversations to %1.\n").arg(path));

    const QString other = m_dir->filePath(QStringLiteral("other-profile"));
    result = run({QStringLiteral("import"), path}, other);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Imported 2 conversations from confer.\n"));
    result = run({QStringLiteral("import"), path, QStringLiteral("--from"), QStringLiteral("confer")}, other);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Imported 0 conversations from confer; 2 already present.\n"));

    const Run original = run({QStringLiteral("history"), QStringLiteral("show"), QString::number(m_comparison)});
    const Run copy = run({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("2")}, other);
    QCOMPARE(copy.status, 0);
    QCOMPARE(copy.out, original.out);
}

void TestStoreCli::importForeignAndRefuseBroken()
{
    const QString fixtures = QStringLiteral(CONFER_SOURCE_DIR "/tests/store/fixtures/");
    Run result = run({QStringLiteral("import"), fixtures + QStringLiteral("chatgpt-conversations.json")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Imported 1 conversation from chatgpt.\n"));
    result = run({QStringLiteral("import"), fixtures + QStringLiteral("claude-conversations.json"),
        QStringLiteral("--from"), QStringLiteral("claude")});
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, QStringLiteral("Imported 1 conversation from claude.\n"));

    QFile source(fixtures + QStringLiteral("claude-conversations.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString truncated = m_dir->filePath(QStringLiteral("truncated.json"));
    QFile cut(truncated);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(source.readAll().left(900));
    cut.close();
    result = run({QStringLiteral("import"), truncated});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.startsWith(QLatin1String("confer: The file is not valid JSON (it may be truncated): ")),
        qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String(", column ")));
    result = run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 2);
}

void TestStoreCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("history alone") << QStringList {QStringLiteral("history")}
                                   << QStringLiteral("'history' needs a subcommand");
    QTest::newRow("bad id") << QStringList {QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("abc")}
                            << QStringLiteral("'abc' is not a conversation id");
    QTest::newRow("export without id") << QStringList {QStringLiteral("export")}
                                       << QStringLiteral("'export' needs a conversation id or --all.");
    QTest::newRow("export bad format") << QStringList {QStringLiteral("export"), QStringLiteral("1"),
        QStringLiteral("--format"), QStringLiteral("docx")}
                                       << QStringLiteral("Unknown format 'docx'");
    QTest::newRow("export all without file") << QStringList {QStringLiteral("export"), QStringLiteral("--all")}
                                             << QStringLiteral("'export --all' needs -o FILE.json.");
    QTest::newRow("import bad source") << QStringList {QStringLiteral("import"), QStringLiteral("x.json"),
        QStringLiteral("--from"), QStringLiteral("bard")}
                                       << QStringLiteral("--from takes auto");
}

void TestStoreCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Run result = run(arguments);
    QCOMPARE(result.status, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("confer: ") + error), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
