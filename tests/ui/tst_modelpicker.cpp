// The Models sidebar against loopback servers speaking OpenRouter's, Anthropic's
// and Ollama's model-list formats: grouping, fuzzy ranking, filters, favourites,
// keyless and stopped providers, picking by keyboard and mouse, and comparisons.
#include "core/translations.h"
#include "picker/fuzzymatch.h"
#include "picker/modeldelegate.h"
#include "picker/modelfiltermodel.h"
#include "picker/modellistmodel.h"
#include "picker/modelpicker.h"
#include "pickertesting.h"
#include "providers/providerservices.h"
#include "secrets/apikeystore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace PickerTesting;

class TestModelPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fuzzyScores_data();
    void fuzzyScores();
    void groupsModelsByProvider();
    void searchRanksFuzzyMatches_data();
    void searchRanksFuzzyMatches();
    void filters_data();
    void filters();
    void favouritesPersist();
    void keylessProviderIsDimmedWithAddKey();
    void addingAKeyListsTheModels();
    void localServerNotRunning();
    void catalogFailureShowsTheReason();
    void enterPicksAndArrowsMove();
    void ctrlClickComparesSeveral();
    void typingNarrowsALongList();

private:
    std::unique_ptr<ModelPicker> makePicker();

    std::unique_ptr<Environment> m_env;
};

void TestModelPicker::initTestCase()
{
    unsetProviderKeys();
    // English with its plural forms ("1 model", not "1 model(s)"), as the desktop installs it.
    Confer::Translations::install(QLocale(QStringLiteral("en_US")));
}

void TestModelPicker::init()
{
    m_env = std::make_unique<Environment>();
    const QString error = m_env->setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestModelPicker::cleanup()
{
    m_env.reset();
}

std::unique_ptr<ModelPicker> TestModelPicker::makePicker()
{
    auto picker = std::make_unique<ModelPicker>(*m_env->services, *m_env->settings);
    picker->resize(320, 2400); // every row on screen, so that rows can be clicked without scrolling
    picker->show();
    return picker;
}

void TestModelPicker::fuzzyScores_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("better");
    QTest::addColumn<QString>("worse");
    QTest::newRow("word start beats middle") << "son" << "claude-sonnet-4" << "mason-model";
    QTest::newRow("initials") << "cs4" << "claude-sonnet-4" << "chats-v4x";
    QTest::newRow("consecutive beats scattered") << "mini" << "gpt-4o-mini" << "my-instant-index";
    QTest::newRow("earlier beats later") << "llama" << "llama3.2:3b" << "meta/big-llama";
    QTest::newRow("case does not matter") << "GPT" << "gpt-4o" << "grandpa-t";
}

void TestModelPicker::fuzzyScores()
{
    QFETCH(QString, pattern);
    QFETCH(QString, better);
    QFETCH(QString, worse);
    const auto a = Fuzzy::score(pattern, better);
    const auto b = Fuzzy::score(pattern, worse);
    QVERIFY(a && b);
    QVERIFY2(*a > *b, qPrintable(QStringLiteral("%1 vs %2").arg(*a).arg(*b)));
    QVERIFY(!Fuzzy::score(pattern, QStringLiteral("xyz")));
    QVERIFY(!Fuzzy::scoreWords(pattern + QStringLiteral(" qqq"), {QStringView(better)}));
}

void TestModelPicker::groupsModelsByProvider()
{
    auto picker = makePicker();
    QAbstractItemModelTester sourceTester(picker->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(picker->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);

    const ModelListModel *model = picker->model();
    const auto children = [model](const QString &providerId) {
        QStringList refs;
        const QModelIndex parent = model->providerIndex(providerId);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            refs.append(model->index(row, 0, parent).data(ModelListModel::ModelRole).toString());
        }
        std::sort(refs.begin(), refs.end());
        return refs;
    };
    QCOMPARE(children(QStringLiteral("openrouter")), OpenRouterRefs);
    QCOMPARE(children(QStringLiteral("anthropic")), AnthropicRefs);
    QCOMPARE(children(QStringLiteral("ollama")), OllamaRefs);
    QVERIFY(m_env->openRouter->requests().constFirst().path.startsWith("/api/v1/models"));
    QCOMPARE(
        m_env->openRouter->requests().constFirst().header("authorization"), QByteArray("Bearer sk-or-picker-test"));

    // Providers that answer come first, in the registry's order; stopped servers, then keyless providers, last.
    const QStringList kinds = topLevelKinds(picker->filterModel());
    QCOMPARE(kinds.mid(0, 3),
        (QStringList {QStringLiteral("openrouter"), QStringLiteral("anthropic"), QStringLiteral("ollama")}));
    QVERIFY(kinds.indexOf(QStringLiteral("lmstudio")) < kinds.indexOf(QStringLiteral("openai")));
    QCOMPARE(kinds.size(), int(ProviderRegistry::presets().size()));

    // Each row shows context length and prices per million tokens when the catalog knows them.
    const QModelIndex sonnet = model->modelIndex(QStringLiteral("openrouter/anthropic/claude-sonnet-4"));
    QCOMPARE(sonnet.data(ModelListModel::DetailsRole).toString(), QStringLiteral("200K context · $3 / $15 per M"));
    QCOMPARE(sonnet.data(ModelListModel::InputPriceRole).toDouble(), 3.0);
    QCOMPARE(sonnet.data(ModelListModel::ContextLengthRole).toLongLong(), 200000);
    QCOMPARE(
        model->modelIndex(QStringLiteral("openrouter/openai/gpt-4o-mini")).data(ModelListModel::DetailsRole).toString(),
        QStringLiteral("128K context · $0.15 / $0.60 per M"));
    QCOMPARE(model->modelIndex(QStringLiteral("openrouter/meta-llama/llama-3.3-70b-instruct:free"))
                 .data(ModelListModel::DetailsRole)
                 .toString(),
        QStringLiteral("131K context · free"));
    QCOMPARE(model->modelIndex(QStringLiteral("ollama/qwen3:8b")).data(ModelListModel::DetailsRole).toString(),
        QStringLiteral("local"));
    QCOMPARE(model->providerIndex(QStringLiteral("openrouter")).data(ModelListModel::KeyStatusRole).toString(),
        QStringLiteral("from environment"));
    QCOMPARE(model->providerIndex(QStringLiteral("anthropic")).data(ModelListModel::KeyStatusRole).toString(),
        QStringLiteral("key for this session only"));
    QCOMPARE(model->providerIndex(QStringLiteral("ollama")).data(ModelListModel::StatusTextRole).toString(),
        QStringLiteral("2 models, running"));
    QVERIFY(!picker->view()->accessibleName().isEmpty());
    QVERIFY(!picker->searchBox()->accessibleName().isEmpty());
    QVERIFY(!picker->findChild<QWidget *>(QStringLiteral("modelFilterButton"))->accessibleName().isEmpty());
    QVERIFY(!picker->findChild<QWidget *>(QStringLiteral("modelRefreshButton"))->accessibleName().isEmpty());

    // Refresh asks every provider again, and the list comes back the same.
    const qsizetype before = m_env->openRouter->requests().size();
    picker->findChild<QAbstractButton *>(QStringLiteral("modelRefreshButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_env->openRouter->requests().size(), before + 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    QCOMPARE(children(QStringLiteral("openrouter")), OpenRouterRefs);
}

void TestModelPicker::searchRanksFuzzyMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // the best matches, in order

    // Both Sonnets; Anthropic's first, where the word comes earlier in the id.
    QTest::newRow("word") << "sonnet"
                          << QStringList {QStringLiteral("anthropic/claude-sonnet-4-5-20250929"),
                                 QStringLiteral("openrouter/anthropic/claude-sonnet-4")};
    QTest::newRow("abbreviation") << "gpt4m" << QStringList {QStringLiteral("openrouter/openai/gpt-4o-mini")};
    QTest::newRow("exact word first") << "opus" << QStringList {QStringLiteral("anthropic/claude-opus-4-1-20250805")};
    QTest::newRow("two words") << "llama free"
                               << QStringList {QStringLiteral("openrouter/meta-llama/llama-3.3-70b-instruct:free")};
    QTest::newRow("provider and model") << "ollama qwen" << QStringList {QStringLiteral("ollama/qwen3:8b")};
    QTest::newRow("no match") << "zzq" << QStringList {};
    QTest::newRow("display name") << "DeepSeek R1" << QStringList {QStringLiteral("openrouter/deepseek/deepseek-r1")};
}

void TestModelPicker::searchRanksFuzzyMatches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    auto picker = makePicker();
    QAbstractItemModelTester tester(picker->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    picker->model()->setFavourite(QStringLiteral("ollama/qwen3:8b"), true);

    QTest::keyClicks(picker->searchBox(), query);
    QStringList shown = visibleModels(picker->filterModel());
    QVERIFY2(shown.mid(0, expected.size()) == expected, qPrintable(shown.join(QLatin1Char(' '))));
    // While searching, each model appears once: the Favourites group steps aside.
    QCOMPARE(shown.removeDuplicates(), 0);
    QVERIFY(!topLevelKinds(picker->filterModel()).contains(QStringLiteral("Favourites")));
    auto *empty = picker->findChild<QLabel *>(QStringLiteral("modelEmptyLabel"));
    QCOMPARE(empty->isVisible(), expected.isEmpty());
    if (!expected.isEmpty()) {
        // The best match is current, so that Enter picks it.
        QCOMPARE(picker->view()->currentIndex().data(ModelListModel::ModelRole).toString(), expected.constFirst());
    }

    if (query == QLatin1String("sonnet")) {
        QCOMPARE(ModelDelegate::providerStatusLine(proxyProviderIndex(*picker, QStringLiteral("anthropic"))),
            QStringLiteral("1 of 2 models · key for this session only"));
    }

    // Esc clears the search and brings every provider back.
    QTest::keyClick(picker->searchBox(), Qt::Key_Escape);
    QVERIFY(picker->searchBox()->text().isEmpty());
    QVERIFY(!empty->isVisible());
    QCOMPARE(ModelDelegate::providerStatusLine(proxyProviderIndex(*picker, QStringLiteral("anthropic"))),
        QStringLiteral("2 models · key for this session only"));
    QCOMPARE(topLevelKinds(picker->filterModel()).constFirst(), QStringLiteral("Favourites"));
}

void TestModelPicker::filters_data()
{
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("vision") << QStringList {QStringLiteral("filterVision")}
                            << QStringList {QStringLiteral("openrouter/anthropic/claude-3.5-haiku"),
                                   QStringLiteral("openrouter/anthropic/claude-sonnet-4"),
                                   QStringLiteral("openrouter/openai/gpt-4o-mini")};
    QTest::newRow("reasoning") << QStringList {QStringLiteral("filterReasoning")}
                               << QStringList {QStringLiteral("openrouter/anthropic/claude-sonnet-4"),
                                      QStringLiteral("openrouter/deepseek/deepseek-r1")};
    QTest::newRow("vision and reasoning") << QStringList {QStringLiteral("filterVision"),
        QStringLiteral("filterReasoning")} << QStringList {QStringLiteral("openrouter/anthropic/claude-sonnet-4")};
    QTest::newRow("tools") << QStringList {QStringLiteral("filterTools")}
                           << QStringList {QStringLiteral("openrouter/anthropic/claude-3.5-haiku"),
                                  QStringLiteral("openrouter/anthropic/claude-sonnet-4"),
                                  QStringLiteral("openrouter/openai/gpt-4o-mini")};
    QTest::newRow("free") << QStringList {QStringLiteral("filterFree")}
                          << QStringList {QStringLiteral("ollama/llama3.2:3b"), QStringLiteral("ollama/qwen3:8b"),
                                 QStringLiteral("openrouter/meta-llama/llama-3.3-70b-instruct:free")};
    QTest::newRow("local") << QStringList {QStringLiteral("filterLocal")} << OllamaRefs;
    QTest::newRow("cloud") << QStringList {QStringLiteral("filterCloud")} << AnthropicRefs + OpenRouterRefs;
    QTest::newRow("local and tools") << QStringList {QStringLiteral("filterLocal"), QStringLiteral("filterTools")}
                                     << QStringList {};
}

void TestModelPicker::filters()
{
    QFETCH(QStringList, actions);
    QFETCH(QStringList, expected);
    auto picker = makePicker();
    QAbstractItemModelTester tester(picker->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    for (const QString &name : std::as_const(actions)) {
        auto *action = picker->findChild<QAction *>(name);
        QVERIFY(action);
        action->trigger();
    }
    QStringList shown = visibleModels(picker->filterModel());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
    QVERIFY(picker->findChild<QWidget *>(QStringLiteral("modelFilterSummary"))->isVisible());
    QCOMPARE(picker->findChild<QLabel *>(QStringLiteral("modelEmptyLabel"))->isVisible(), expected.isEmpty());

    picker->findChild<QAbstractButton *>(QStringLiteral("clearModelFilters"))->click();
    QCOMPARE(
        visibleModels(picker->filterModel()).size(), OpenRouterRefs.size() + AnthropicRefs.size() + OllamaRefs.size());
    QVERIFY(!picker->findChild<QWidget *>(QStringLiteral("modelFilterSummary"))->isVisible());
}

void TestModelPicker::favouritesPersist()
{
    const QString haiku = QStringLiteral("openrouter/anthropic/claude-3.5-haiku");
    {
        auto picker = makePicker();
        QAbstractItemModelTester tester(picker->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
        QVERIFY(QTest::qWaitForWindowExposed(picker.get()));
        const QModelIndex index = proxyIndexOf(*picker, haiku);
        QVERIFY(index.isValid());
        // A click on the star marks a favourite and picks nothing.
        QSignalSpy picked(picker.get(), &ModelPicker::modelPicked);
        const QRect rect = picker->view()->visualRect(index);
        QTest::mouseClick(picker->view()->viewport(), Qt::LeftButton, {}, ModelDelegate::starRect(rect).center());
        QCOMPARE(picker->model()->favourites(), QStringList {haiku});
        QCOMPARE(picked.size(), 0);
        QCOMPARE(topLevelKinds(picker->filterModel()).constFirst(), QStringLiteral("Favourites"));
        const QModelIndex favourites = picker->filterModel()->index(0, 0);
        QCOMPARE(picker->filterModel()->rowCount(favourites), 1);
        QCOMPARE(picker->filterModel()->index(0, 0, favourites).data(ModelListModel::ModelRole).toString(), haiku);
        QVERIFY(picker->model()->modelIndex(haiku).data(ModelListModel::FavouriteRole).toBool());
        picker->model()->setFavourite(QStringLiteral("ollama/qwen3:8b"), true);
        picker->recordUse(QStringLiteral("anthropic/claude-opus-4-1-20250805"));
        picker->recordUse(haiku); // a favourite is not repeated under Recently used
    }
    m_env->settings->sync();

    // A new model on the same profile (a later run) has the favourites and recent models, before any catalog load.
    const auto settings = m_env->profile->openSettings();
    ModelListModel later(*m_env->services, *settings);
    QAbstractItemModelTester tester(&later, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(later.favourites(), (QStringList {haiku, QStringLiteral("ollama/qwen3:8b")}));
    QCOMPARE(later.recentlyUsed(), (QStringList {haiku, QStringLiteral("anthropic/claude-opus-4-1-20250805")}));
    QCOMPARE(later.index(0, 0).data(ModelListModel::KindRole).value<Kind>(), Kind::Favourites);
    QCOMPARE(later.rowCount(later.index(0, 0)), 2);
    QCOMPARE(later.index(1, 0).data(ModelListModel::KindRole).value<Kind>(), Kind::Recent);
    QCOMPARE(later.rowCount(later.index(1, 0)), 1);
    QCOMPARE(later.index(0, 0, later.index(1, 0)).data(ModelListModel::ModelRole).toString(),
        QStringLiteral("anthropic/claude-opus-4-1-20250805"));

    // Taking the last favourites away removes the group.
    later.setFavourite(haiku, false);
    later.setFavourite(QStringLiteral("ollama/qwen3:8b"), false);
    QCOMPARE(later.index(0, 0).data(ModelListModel::KindRole).value<Kind>(), Kind::Recent);
    QCOMPARE(later.rowCount(later.index(0, 0)), 2);
}

void TestModelPicker::keylessProviderIsDimmedWithAddKey()
{
    auto picker = makePicker();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    QVERIFY(QTest::qWaitForWindowExposed(picker.get()));
    const QModelIndex openai = proxyProviderIndex(*picker, QStringLiteral("openai"));
    QVERIFY(openai.isValid());
    QVERIFY(!openai.data(ModelListModel::AvailableRole).toBool());
    QCOMPARE(openai.data(ModelListModel::StatusTextRole).toString(), QStringLiteral("No API key"));
    QCOMPARE(ModelDelegate::actionText(openai), QStringLiteral("Add key…"));
    QVERIFY(openai.flags() & Qt::ItemIsEnabled);
    // Providers with nothing to do are headings that the arrow keys skip.
    QVERIFY(!(proxyProviderIndex(*picker, QStringLiteral("openrouter")).flags() & Qt::ItemIsEnabled));

    QSignalSpy addKey(picker.get(), &ModelPicker::addKeyRequested);
    auto *view = picker->view();
    view->scrollTo(openai);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.rect = view->visualRect(openai);
    const QRect action = static_cast<ModelDelegate *>(view->itemDelegate())->actionRect(option, openai);
    QVERIFY(!action.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, action.center());
    QCOMPARE(addKey.size(), 1);
    QCOMPARE(addKey.constFirst().constFirst().toString(), QStringLiteral("openai"));

    // The keyboard reaches it too: Enter on the provider's row.
    view->setFocus();
    view->setCurrentIndex(proxyProviderIndex(*picker, QStringLiteral("gemini")));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(addKey.size(), 2);
    QCOMPARE(addKey.last().constFirst().toString(), QStringLiteral("gemini"));
}

void TestModelPicker::addingAKeyListsTheModels()
{
    auto picker = makePicker();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    LoopbackServer groq;
    QVERIFY(groq.listen());
    groq.setFallback(ScriptedResponse::json(200,
        R"({"object":"list","data":[{"id":"llama-3.3-70b-versatile","object":"model","created":1733447754,"owned_by":"Meta","active":true,"context_window":131072}]})"));
    QVERIFY(!m_env->services->registry().setBaseUrl(QStringLiteral("groq"), groq.url(QStringLiteral("/openai/v1"))));
    QCOMPARE(
        picker->model()->providerIndex(QStringLiteral("groq")).data(ModelListModel::ProviderStateRole).value<State>(),
        State::NoKey);

    m_env->keys->keepForSession(QStringLiteral("groq"), QStringLiteral("gsk-picker-test"));
    QTRY_COMPARE_WITH_TIMEOUT(
        picker->model()->providerIndex(QStringLiteral("groq")).data(ModelListModel::ProviderStateRole).value<State>(),
        State::Ready, 15000);
    QVERIFY(proxyIndexOf(*picker, QStringLiteral("groq/llama-3.3-70b-versatile")).isValid());
    QCOMPARE(groq.requests().constFirst().header("authorization"), QByteArray("Bearer gsk-picker-test"));
    QVERIFY(picker->model()->providerIndex(QStringLiteral("groq")).data(ModelListModel::AvailableRole).toBool());
}

void TestModelPicker::localServerNotRunning()
{
    auto picker = makePicker();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    const QModelIndex lmstudio = picker->model()->providerIndex(QStringLiteral("lmstudio"));
    QCOMPARE(lmstudio.data(ModelListModel::ProviderStateRole).value<State>(), State::NotRunning);
    QCOMPARE(lmstudio.data(ModelListModel::StatusTextRole).toString(),
        QStringLiteral("LM Studio is not running on 127.0.0.1:%1.").arg(m_env->closedPort));
    QVERIFY(lmstudio.data(ModelListModel::AvailableRole).toBool());
    QCOMPARE(ModelDelegate::actionText(lmstudio), QStringLiteral("Retry"));

    // Once the server runs, Retry lists its models.
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setFallback(ScriptedResponse::json(200,
        R"({"object":"list","data":[{"id":"qwen2.5-7b-instruct","object":"model","owned_by":"organization_owner"}]})"));
    QVERIFY(!m_env->services->registry().setBaseUrl(QStringLiteral("lmstudio"), server.url(QStringLiteral("/v1"))));
    auto *view = picker->view();
    view->setFocus();
    view->setCurrentIndex(proxyProviderIndex(*picker, QStringLiteral("lmstudio")));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()
                                  ->providerIndex(QStringLiteral("lmstudio"))
                                  .data(ModelListModel::ProviderStateRole)
                                  .value<State>(),
        State::Ready, 15000);
    QVERIFY(proxyIndexOf(*picker, QStringLiteral("lmstudio/qwen2.5-7b-instruct")).isValid());
    QCOMPARE(picker->model()->providerIndex(QStringLiteral("lmstudio")).data(ModelListModel::StatusTextRole).toString(),
        QStringLiteral("1 model, running"));
}

void TestModelPicker::catalogFailureShowsTheReason()
{
    m_env->openRouter->setFallback(
        ScriptedResponse::json(401, R"({"error":{"message":"No auth credentials found","code":401}})"));
    auto picker = makePicker();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    const QModelIndex openRouter = picker->model()->providerIndex(QStringLiteral("openrouter"));
    QCOMPARE(openRouter.data(ModelListModel::ProviderStateRole).value<State>(), State::Failed);
    const QString status = openRouter.data(ModelListModel::StatusTextRole).toString();
    QVERIFY2(status.contains(QLatin1String("No auth credentials found")), qPrintable(status));
    QCOMPARE(ModelDelegate::actionText(openRouter), QStringLiteral("Retry"));
    // The provider stays in view with its reason, rather than vanishing as an empty group.
    QVERIFY(proxyProviderIndex(*picker, QStringLiteral("openrouter")).isValid());

    // A later failure keeps the last list and says so.
    m_env->openRouter->setFallback(ScriptedResponse::json(200, OpenRouterModels));
    picker->model()->reloadProvider(QStringLiteral("openrouter"));
    QTRY_COMPARE_WITH_TIMEOUT(
        picker->model()->rowCount(picker->model()->providerIndex(QStringLiteral("openrouter"))), 5, 15000);
    m_env->openRouter->setFallback(
        ScriptedResponse::json(503, R"({"error":{"message":"Upstream overloaded","code":503}})"));
    picker->model()->reloadProvider(QStringLiteral("openrouter"));
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()
                                  ->providerIndex(QStringLiteral("openrouter"))
                                  .data(ModelListModel::ProviderStateRole)
                                  .value<State>(),
        State::Failed, 15000);
    const QModelIndex failed = picker->model()->providerIndex(QStringLiteral("openrouter"));
    QCOMPARE(picker->model()->rowCount(failed), 5);
    const QString message = failed.data(ModelListModel::StatusTextRole).toString();
    QVERIFY2(
        message.contains(QLatin1String("Upstream overloaded")) && message.contains(QLatin1String("Showing the list")),
        qPrintable(message));
}

void TestModelPicker::enterPicksAndArrowsMove()
{
    auto picker = makePicker();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    QSignalSpy picked(picker.get(), &ModelPicker::modelPicked);
    picker->focusSearch();

    QTest::keyClicks(picker->searchBox(), QStringLiteral("claude"));
    const QStringList shown = visibleModels(picker->filterModel());
    QVERIFY(shown.size() >= 3);
    QTest::keyClick(picker->searchBox(), Qt::Key_Return);
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.last().constFirst().toString(), shown.at(0));

    // Arrows move through the results while the typing stays in the search box.
    QTest::keyClick(picker->searchBox(), Qt::Key_Down);
    QTest::keyClick(picker->searchBox(), Qt::Key_Down);
    QTest::keyClick(picker->searchBox(), Qt::Key_Up);
    QTest::keyClick(picker->searchBox(), Qt::Key_Enter);
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked.last().constFirst().toString(), shown.at(1));

    // In the list itself, Enter picks as well, and a plain click picks.
    QTest::keyClick(picker->searchBox(), Qt::Key_Escape);
    const QModelIndex qwen = proxyIndexOf(*picker, QStringLiteral("ollama/qwen3:8b"));
    picker->view()->setFocus();
    picker->view()->setCurrentIndex(qwen);
    QTest::keyClick(picker->view(), Qt::Key_Return);
    QCOMPARE(picked.last().constFirst().toString(), QStringLiteral("ollama/qwen3:8b"));
    QVERIFY(QTest::qWaitForWindowExposed(picker.get()));
    clickRow(picker->view(), proxyIndexOf(*picker, QStringLiteral("anthropic/claude-opus-4-1-20250805")));
    QCOMPARE(picked.size(), 4);
    QCOMPARE(picked.last().constFirst().toString(), QStringLiteral("anthropic/claude-opus-4-1-20250805"));

    // A model of a provider without a key asks for the key instead.
    QSignalSpy addKey(picker.get(), &ModelPicker::addKeyRequested);
    m_env->keys->remove(QStringLiteral("anthropic"), this, [](const SecretResult &) { });
    QTRY_VERIFY(
        !picker->model()->providerIndex(QStringLiteral("anthropic")).data(ModelListModel::AvailableRole).toBool());
    picker->view()->setCurrentIndex(proxyIndexOf(*picker, QStringLiteral("anthropic/claude-opus-4-1-20250805")));
    QTest::keyClick(picker->view(), Qt::Key_Return);
    QCOMPARE(picked.size(), 4);
    QCOMPARE(addKey.size(), 1);
    QCOMPARE(addKey.constFirst().constFirst().toString(), QStringLiteral("anthropic"));
}

void TestModelPicker::ctrlClickComparesSeveral()
{
    auto picker = makePicker();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    QVERIFY(QTest::qWaitForWindowExposed(picker.get()));
    QSignalSpy picked(picker.get(), &ModelPicker::modelPicked);
    QSignalSpy compared(picker.get(), &ModelPicker::comparisonRequested);
    const QStringList models {QStringLiteral("openrouter/anthropic/claude-sonnet-4"),
        QStringLiteral("anthropic/claude-opus-4-1-20250805"), QStringLiteral("ollama/llama3.2:3b")};
    for (const QString &model : models) {
        clickRow(picker->view(), proxyIndexOf(*picker, model), Qt::ControlModifier);
    }
    QCOMPARE(picked.size(), 0);
    QCOMPARE(picker->selectedModels(), models);
    auto *compareBar = picker->findChild<QWidget *>(QStringLiteral("compareBar"));
    QVERIFY(compareBar->isVisible());
    picker->findChild<QPushButton *>(QStringLiteral("compareButton"))->click();
    QCOMPARE(compared.size(), 1);
    QCOMPARE(compared.constFirst().constFirst().toStringList(), models);
    QVERIFY(!compareBar->isVisible());

    // Ctrl+Enter compares the selection as well.
    clickRow(picker->view(), proxyIndexOf(*picker, models.at(0)), Qt::ControlModifier);
    clickRow(picker->view(), proxyIndexOf(*picker, models.at(2)), Qt::ControlModifier);
    QTest::keyClick(picker->view(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(compared.size(), 2);
    QCOMPARE(compared.last().constFirst().toStringList(), (QStringList {models.at(0), models.at(2)}));
    QCOMPARE(picked.size(), 0);
}

void TestModelPicker::typingNarrowsALongList()
{
    // 2000 models, more than OpenRouter lists: typing on only rescans what still matched, and
    // deleting a character brings back what it had excluded. The result must always equal
    // scoring every model afresh.
    QByteArray body = "{\"data\":[";
    QList<std::array<QString, 2>> models;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray id = "vendor" + QByteArray::number(i % 40) + "/model-" + QByteArray::number(i) + "-chat";
        const QByteArray name = "Vendor " + QByteArray::number(i % 40) + ": Model " + QByteArray::number(i);
        body += (i ? "," : "") + QByteArray("{\"id\":\"") + id + "\",\"name\":\"" + name
            + "\",\"architecture\":{\"input_modalities\":[\"text\"],\"output_modalities\":[\"text\"]}}";
        models.append({QString::fromLatin1(id), QString::fromLatin1(name)});
    }
    body += "]}";
    m_env->openRouter->setFallback(ScriptedResponse::json(200, body));
    auto picker = makePicker();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);

    const auto expected = [&models, &picker](const QString &query) {
        QSet<QString> result;
        for (const auto &[id, name] : models) {
            if (Fuzzy::scoreWords(query, {QStringView(id), QStringView(name), u"openrouter"})) {
                result.insert(QStringLiteral("openrouter/") + id);
            }
        }
        // The other providers' models take part too.
        for (const QString &other : AnthropicRefs + OllamaRefs) {
            const auto reference = ModelReference::parse(other);
            const QModelIndex index = picker->model()->modelIndex(other);
            if (Fuzzy::scoreWords(query,
                    {QStringView(reference->model), QStringView(index.data().toString()),
                        QStringView(reference->providerId)})) {
                result.insert(other);
            }
        }
        return result;
    };
    const auto shown = [&picker] {
        const QStringList list = visibleModels(picker->filterModel());
        return QSet<QString>(list.cbegin(), list.cend());
    };
    QElapsedTimer timer;
    timer.start();
    QTest::keyClicks(picker->searchBox(), QStringLiteral("vendor 12 model 7"));
    qInfo("typing 17 characters over 2009 models: %lld ms", qint64(timer.elapsed()));
    QCOMPARE(shown(), expected(QStringLiteral("vendor 12 model 7")));
    QVERIFY(!shown().isEmpty());
    QTest::keyClick(picker->searchBox(), Qt::Key_Backspace);
    QTest::keyClick(picker->searchBox(), Qt::Key_Backspace);
    QCOMPARE(shown(), expected(QStringLiteral("vendor 12 model")));
    QTest::keyClicks(picker->searchBox(), QStringLiteral(" 19"));
    QCOMPARE(shown(), expected(QStringLiteral("vendor 12 model 19")));
    picker->searchBox()->setText(QStringLiteral("model 1999"));
    QCOMPARE(shown(), expected(QStringLiteral("model 1999")));
    QCOMPARE(visibleModels(picker->filterModel()).constFirst(), QStringLiteral("openrouter/vendor39/model-1999-chat"));
}

QTEST_MAIN(TestModelPicker)
#include "tst_modelpicker.moc"
