#include "mainwindow/mainwindow.h"

#include "chat/chatview.h"
#include "chat/turnrunner.h"
#include "chat/welcomeview.h"
#include "common/messagebox.h"
#include "compare/compareview.h"
#include "compare/derivedreply.h"
#include "compare/lanepane.h"
#include "compare/leaderboardwindow.h"
#include "compare/modelchooserdialog.h"
#include "composer/composer.h"
#include "conversations/conversationexport.h"
#include "conversations/conversationsview.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/shortcutsdialog.h"
#include "picker/modellistmodel.h"
#include "picker/modelpicker.h"
#include "providers/providerservices.h"
#include "settings/settings.h"
#include "sidebar/sidebarsection.h"
#include "store/conversationstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Confer
{

namespace
{
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString MainSplitterKey = QStringLiteral("window/mainSplitter");
const QString SidebarSplitterKey = QStringLiteral("window/sidebarSplitter");
const QString ColorSchemeKey = QStringLiteral("appearance/colorScheme");

// The key we promise on every platform, then the platform's standard ones (none on some desktops).
QList<QKeySequence> shortcutsWith(const QKeySequence &ours, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys {ours};
    for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    return keys;
}
}

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.confer.Confer.svg")));
    buildLayout();
    buildMenus();
    retranslate();
    restoreLayout();
}

void MainWindow::buildLayout()
{
    m_conversations = new SidebarSection;
    m_conversations->setObjectName(QStringLiteral("conversationsSection"));

    m_models = new SidebarSection;
    m_models->setObjectName(QStringLiteral("modelsSection"));

    m_sidebarSplitter = new QSplitter(Qt::Vertical);
    m_sidebarSplitter->setObjectName(QStringLiteral("sidebar"));
    m_sidebarSplitter->setChildrenCollapsible(false);
    m_sidebarSplitter->addWidget(m_conversations);
    m_sidebarSplitter->addWidget(m_models);
    m_sidebarSplitter->setStretchFactor(0, 3);
    m_sidebarSplitter->setStretchFactor(1, 2);

    m_conversationArea = new QStackedWidget;
    m_conversationArea->setObjectName(QStringLiteral("conversationArea"));
    m_welcome = new WelcomeView(m_conversationArea);
    m_welcome->setObjectName(QStringLiteral("welcomeView"));
    m_conversationArea->addWidget(m_welcome);
    connect(m_welcome, &WelcomeView::addKeyRequested, this, [this] { Q_EMIT providerSettingsRequested({}); });

    m_composer = new Composer;
    m_composer->setObjectName(QStringLiteral("composer"));
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::sendPrompt);
    connect(m_composer, &Composer::stopRequested, this, [this] {
        if (m_turnRunner) {
            m_turnRunner->stop(m_currentConversationId);
        }
    });
    connect(this, &MainWindow::currentConversationChanged, this, &MainWindow::updateComposer);

    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_conversationArea, 1);
    centralLayout->addWidget(m_composer);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sidebarSplitter);
    m_mainSplitter->addWidget(central);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setCollapsible(1, false);
    m_mainSplitter->setSizes({280, 1000});

    setCentralWidget(m_mainSplitter);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newConversation = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-new")), QString(), this, &MainWindow::startNewConversation);
    newConversation->setObjectName(QStringLiteral("newConversationAction"));
    newConversation->setShortcut(QKeySequence::New);
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), QString());
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    exportAction->setEnabled(false); // enabled while a conversation is open
    connect(exportAction, &QAction::triggered, this, [this] {
        if (m_store && m_currentConversationId != 0) {
            Confer::exportConversation(this, *m_store, m_currentConversationId);
        }
    });
    connect(this, &MainWindow::currentConversationChanged, exportAction,
        [exportAction](qint64 conversationId) { exportAction->setEnabled(conversationId != 0); });
    file->addSeparator();
    QAction *quit
        = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *sidebar = view->addAction(QString());
    sidebar->setObjectName(QStringLiteral("showSidebarAction"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    sidebar->setShortcut(Qt::Key_F9);
    connect(sidebar, &QAction::toggled, m_sidebarSplitter, &QWidget::setVisible);
    QAction *fullScreen = view->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), QString());
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    // F11 everywhere, plus the platform's own key where it has another one.
    fullScreen->setShortcuts(shortcutsWith(Qt::Key_F11, QKeySequence::FullScreen));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    QAction *searchConversations = view->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString());
    searchConversations->setObjectName(QStringLiteral("searchConversationsAction"));
    searchConversations->setShortcut(QKeySequence::Find);
    connect(searchConversations, &QAction::triggered, this, [this, sidebar] {
        sidebar->setChecked(true);
        if (m_conversationsView) {
            m_conversationsView->focusSearch();
        }
    });
    QAction *chooseModel = view->addAction(QString());
    chooseModel->setObjectName(QStringLiteral("chooseModelAction"));
    chooseModel->setShortcut(Qt::CTRL | Qt::Key_K);
    connect(chooseModel, &QAction::triggered, this, [this, sidebar] {
        sidebar->setChecked(true);
        if (m_modelPicker) {
            m_modelPicker->focusSearch();
        }
    });
    // In a comparison the chip says "4 models" and adds one more.
    connect(m_composer, &Composer::modelChipClicked, this, [this, chooseModel] {
        if (isComparisonShown()) {
            m_compareView->addLane();
        } else {
            chooseModel->trigger();
        }
    });
    view->addSeparator();
    QAction *leaderboard = view->addAction(QIcon::fromTheme(QStringLiteral("games-highscores")), QString());
    leaderboard->setObjectName(QStringLiteral("leaderboardAction"));
    leaderboard->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    connect(leaderboard, &QAction::triggered, this, [this] {
        if (!m_store) {
            return;
        }
        // One window, brought forward (and re-read) if already open.
        auto *board = findChild<LeaderboardWindow *>();
        if (!board) {
            board = new LeaderboardWindow(*m_store, this);
        }
        board->refresh();
        board->show();
        board->raise();
        board->activateWindow();
    });

    QMenu *settings = menuBar()->addMenu(QString());
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *scheme = settings->addMenu(QString());
    scheme->setObjectName(QStringLiteral("colorSchemeMenu"));
    m_colorSchemes = new QActionGroup(this);
    for (auto value : {Theme::ColorScheme::System, Theme::ColorScheme::Light, Theme::ColorScheme::Dark}) {
        QAction *action = scheme->addAction(QString());
        action->setObjectName(QStringLiteral("colorScheme-") + Theme::toString(value));
        action->setCheckable(true);
        action->setData(Theme::toString(value));
        m_colorSchemes->addAction(action);
    }
    const auto current = Theme::fromString(m_settings.value(ColorSchemeKey).toString());
    for (QAction *action : m_colorSchemes->actions()) {
        action->setChecked(action->data().toString() == Theme::toString(current));
    }
    connect(m_colorSchemes, &QActionGroup::triggered, this,
        [this](QAction *action) { setColorScheme(Theme::fromString(action->data().toString())); });
    settings->addSeparator();
    QAction *configure = settings->addAction(
        QIcon::fromTheme(QStringLiteral("configure")), QString(), this, &MainWindow::settingsRequested);
    configure->setObjectName(QStringLiteral("configureAction"));
    configure->setShortcuts(shortcutsWith(Qt::CTRL | Qt::Key_Comma, QKeySequence::Preferences));
    configure->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(QStringLiteral("input-keyboard")), QString(), this, [this] {
        // One non-modal list, brought forward if already open.
        auto *dialog = findChild<ShortcutsDialog *>();
        if (!dialog) {
            dialog = new ShortcutsDialog(this, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->reload();
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(Qt::CTRL | Qt::Key_Slash);
    help->addSeparator();
    QAction *about = help->addAction(
        QIcon(QStringLiteral(":/icons/io.github.confer.Confer.svg")), QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Confer"));
    m_conversations->setTitle(tr("Conversations"));
    m_conversations->setEmptyMessage(tr("No conversations yet."));
    m_models->setTitle(tr("Models"));
    m_models->setEmptyMessage(tr("No models available."));
    updateComposer();
    const auto text = [this](const char *objectName, const QString &value) {
        if (auto *action = findChild<QAction *>(QLatin1String(objectName))) {
            action->setText(value);
        }
    };
    const auto title = [this](const char *objectName, const QString &value) {
        if (auto *menu = findChild<QMenu *>(QLatin1String(objectName))) {
            menu->setTitle(value);
        }
    };
    title("fileMenu", tr("&File"));
    text("newConversationAction", tr("&New Conversation"));
    text("exportAction", tr("&Export…"));
    text("quitAction", tr("&Quit"));
    title("viewMenu", tr("&View"));
    text("showSidebarAction", tr("Show &Sidebar"));
    text("fullScreenAction", tr("&Full Screen"));
    text("searchConversationsAction", tr("&Search Conversations"));
    text("chooseModelAction", tr("Choose &Model…"));
    text("leaderboardAction", tr("&Leaderboard…"));
    title("settingsMenu", tr("&Settings"));
    title("colorSchemeMenu", tr("&Color Scheme"));
    text("colorScheme-system", tr("Follow &System"));
    text("colorScheme-light", tr("&Light"));
    text("colorScheme-dark", tr("&Dark"));
    text("configureAction", tr("Con&figure Confer…"));
    title("helpMenu", tr("&Help"));
    text("keyboardShortcutsAction", tr("&Keyboard Shortcuts"));
    text("aboutAction", tr("&About Confer"));
    text("aboutQtAction", tr("About &Qt"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::startNewConversation()
{
    if (m_currentConversationId != 0) {
        m_currentConversationId = 0;
        Q_EMIT currentConversationChanged(0);
    }
    m_conversationArea->setCurrentIndex(0);
    if (m_chatView) {
        m_chatView->setConversation(0);
    }
    if (m_compareView) {
        m_compareView->saveViewState();
        m_compareView->setConversation(0);
    }
    m_composer->clear();
    m_composer->focusEditor();
}

void MainWindow::setConversationStore(Store::ConversationStore &store)
{
    m_store = &store;
    m_conversationsView = new ConversationsView(store);
    m_conversationsView->setObjectName(QStringLiteral("conversationsView"));
    m_conversations->setContent(m_conversationsView);
    connect(m_conversationsView, &ConversationsView::conversationActivated, this, &MainWindow::openConversation);
    connect(m_conversationsView, &ConversationsView::exportRequested, this,
        [this](qint64 conversationId) { Confer::exportConversation(this, *m_store, conversationId); });
    connect(m_conversationsView, &ConversationsView::searchHitActivated, this,
        [this](qint64 conversationId, qint64 messageId) {
            openConversation(conversationId);
            if (isComparisonShown()) {
                for (LanePane *pane : m_compareView->panes()) {
                    pane->chatView()->scrollToMessage(messageId);
                }
            } else {
                m_chatView->scrollToMessage(messageId);
            }
        });
    m_chatView = new ChatView(store, m_conversationArea);
    m_chatView->setObjectName(QStringLiteral("chatView"));
    m_conversationArea->addWidget(m_chatView);
    // Alt+Up / Alt+Down in the composer go to the messages above it.
    for (const auto &[key, step] : {std::pair(QKeyCombination(Qt::AltModifier, Qt::Key_Up), -1),
             std::pair(QKeyCombination(Qt::AltModifier, Qt::Key_Down), 1)}) {
        auto *toMessages = new QShortcut(QKeySequence(key), m_composer);
        toMessages->setContext(Qt::WidgetWithChildrenShortcut);
        connect(toMessages, &QShortcut::activated, m_chatView,
            [this, step = step] { m_chatView->messageList()->stepFocus(step); });
    }
    connect(m_chatView, &ChatView::messageDeleted, this, &MainWindow::updateComposer);
    m_compareView = new CompareView(store, m_conversationArea);
    m_conversationArea->addWidget(m_compareView);
    connect(m_compareView, &CompareView::lanesChanged, this, [this] {
        showConversationView();
        updateComposer();
    });
    connect(m_compareView, &CompareView::conversationForked, this, &MainWindow::openConversation);
    connect(m_compareView, &CompareView::errorOccurred, m_composer, &Composer::showError);
    setUpModelChooser();
    createTurnRunner();
}

void MainWindow::setProviderServices(ProviderServices &services)
{
    m_services = &services;
    m_modelPicker = new ModelPicker(services, m_settings);
    m_modelPicker->setObjectName(QStringLiteral("modelPicker"));
    m_models->setContent(m_modelPicker);
    connect(m_welcome, &WelcomeView::lookAgainRequested, m_modelPicker, &ModelPicker::refresh);
    ModelListModel *listed = m_modelPicker->model();
    connect(listed, &QAbstractItemModel::dataChanged, this, &MainWindow::updateWelcome);
    connect(listed, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateWelcome);
    connect(listed, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateWelcome);
    connect(listed, &QAbstractItemModel::modelReset, this, &MainWindow::updateWelcome);
    connect(m_modelPicker, &ModelPicker::modelPicked, this, &MainWindow::useModel);
    connect(m_modelPicker, &ModelPicker::addKeyRequested, this, &MainWindow::providerSettingsRequested);
    // Several models picked at once start a conversation with one lane each.
    setUpModelChooser();
    connect(m_modelPicker, &ModelPicker::comparisonRequested, this, [this](const QStringList &models) {
        for (auto it = models.crbegin(); it != models.crend(); ++it) {
            m_modelPicker->recordUse(*it);
        }
        if (!m_turnRunner) {
            return;
        }
        if (const auto created = m_turnRunner->startConversation(models)) {
            openConversation(*created);
            m_composer->focusEditor();
        } else {
            m_composer->showError(m_turnRunner->lastError());
        }
    });
    // Context lengths arrive with the catalog, after the conversation may be open.
    connect(&services.catalog(), &ModelCatalog::loaded, this, &MainWindow::updateComposer);
    createTurnRunner();
}

void MainWindow::setPreferences(Settings &preferences)
{
    m_composer->setPreferences(&preferences);
    connect(&preferences, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::DefaultModels) {
            updateComposer();
        }
    });
    updateComposer();
}

void MainWindow::createTurnRunner()
{
    if (m_turnRunner || !m_store || !m_services) {
        return;
    }
    m_turnRunner = new TurnRunner(*m_store, *m_services, this);
    connect(m_turnRunner, &TurnRunner::runningChanged, this, [this](qint64 conversationId, bool running) {
        if (conversationId == m_currentConversationId) {
            m_composer->setRunning(running);
        }
    });
    // Answers stream into the chat view (which ignores other conversations' replies);
    // its actions go back to the runner.
    connect(m_turnRunner, &TurnRunner::replyStarted, m_chatView, &ChatView::onReplyStarted);
    connect(m_turnRunner, &TurnRunner::replyQueued, m_chatView, &ChatView::onReplyQueued);
    connect(m_turnRunner, &TurnRunner::replyText, m_chatView, &ChatView::onReplyText);
    connect(m_turnRunner, &TurnRunner::replyReasoning, m_chatView, &ChatView::onReplyReasoning);
    connect(m_turnRunner, &TurnRunner::replyFinished, m_chatView, &ChatView::onReplyFinished);
    const auto reportFailure = [this](bool done) {
        if (!done) {
            m_composer->showError(m_turnRunner->lastError());
        }
    };
    // A comparison left with one lane shows here, its syntheses and judgements
    // too: asking one of those again is the derived runner's (created below).
    const auto answerAgain = [this, reportFailure](qint64 replyId, bool retry) {
        const std::optional<Store::Message> reply = m_store->message(replyId);
        if (reply && reply->kind != Store::MessageKind::Reply) {
            m_derivedRunner->setLaneLabels({}); // the conversation's own (a comparison view may have set its own)
            if (!m_derivedRunner->regenerate(replyId)) {
                m_composer->showError(m_derivedRunner->lastError());
            }
            return;
        }
        reportFailure(retry ? m_turnRunner->retry(replyId) : m_turnRunner->regenerate(replyId));
    };
    connect(m_chatView, &ChatView::regenerateRequested, this,
        [answerAgain](qint64 replyId) { answerAgain(replyId, false); });
    connect(m_chatView, &ChatView::retryRequested, this, [answerAgain](qint64 replyId) { answerAgain(replyId, true); });
    connect(
        m_chatView, &ChatView::editResendRequested, this, [this, reportFailure](qint64 turnId, const QString &text) {
            reportFailure(m_turnRunner->editAndResend(turnId, text));
        });
    connect(m_chatView, &ChatView::stopRequested, this, [this] {
        m_turnRunner->stop(m_currentConversationId);
        m_derivedRunner->stopConversation(m_currentConversationId);
    });

    m_compareView->setTurnRunner(m_turnRunner);
    connect(m_turnRunner, &TurnRunner::replyStarted, m_compareView, &CompareView::onReplyStarted);
    connect(m_turnRunner, &TurnRunner::replyQueued, m_compareView, &CompareView::onReplyQueued);
    connect(m_turnRunner, &TurnRunner::replyText, m_compareView, &CompareView::onReplyText);
    connect(m_turnRunner, &TurnRunner::replyReasoning, m_compareView, &CompareView::onReplyReasoning);
    connect(m_turnRunner, &TurnRunner::replyFinished, m_compareView, &CompareView::onReplyFinished);
    m_derivedRunner = new DerivedReplyRunner(*m_store, *m_services, this);
    m_compareView->setDerivedRunner(m_derivedRunner, m_services);
    connect(m_derivedRunner, &DerivedReplyRunner::replyStarted, m_chatView,
        [this](qint64 conversationId, qint64 replyId) { m_chatView->onReplyStarted(conversationId, 0, replyId); });
    connect(m_derivedRunner, &DerivedReplyRunner::replyQueued, m_chatView, &ChatView::onReplyQueued);
    connect(m_derivedRunner, &DerivedReplyRunner::replyText, m_chatView, &ChatView::onReplyText);
    connect(m_derivedRunner, &DerivedReplyRunner::replyReasoning, m_chatView, &ChatView::onReplyReasoning);
    connect(m_derivedRunner, &DerivedReplyRunner::replyFinished, m_chatView, &ChatView::onReplyFinished);
    updateComposer();
}

void MainWindow::setUpModelChooser()
{
    if (!m_compareView || !m_services) {
        return;
    }
    m_compareView->setModelChooser(
        [this](const QString &title) { return ModelChooserDialog::choose(*m_services, m_settings, this, title); });
}

bool MainWindow::isComparisonShown() const
{
    return m_compareView && m_currentConversationId != 0 && m_conversationArea->currentWidget() == m_compareView;
}

void MainWindow::showConversationView()
{
    if (!m_chatView || !m_compareView) {
        return;
    }
    if (m_currentConversationId == 0) {
        m_conversationArea->setCurrentIndex(0);
        return;
    }
    const bool compare = m_store->lanes(m_currentConversationId).size() > 1;
    if (compare) {
        m_chatView->setConversation(0);
        if (m_compareView->conversationId() != m_currentConversationId) {
            m_compareView->setConversation(m_currentConversationId);
        }
        m_conversationArea->setCurrentWidget(m_compareView);
    } else {
        if (m_compareView->conversationId() != 0) {
            m_compareView->saveViewState();
            m_compareView->setConversation(0);
        }
        if (m_chatView->conversationId() != m_currentConversationId) {
            m_chatView->setConversation(m_currentConversationId);
        } else {
            m_chatView->reload();
        }
        m_conversationArea->setCurrentWidget(m_chatView);
    }
}

void MainWindow::updateComposer()
{
    // The open conversation's lanes, or the model a new conversation starts with.
    QStringList models;
    QStringList shown; // what the chip names: blind comparisons only say A, B…
    if (m_store && m_currentConversationId != 0) {
        const QList<Store::Lane> lanes = m_store->lanes(m_currentConversationId);
        for (const Store::Lane &lane : lanes) {
            models.append(lane.model);
            shown.append(
                isComparisonShown() && m_compareView->namesHidden() ? m_compareView->laneLabel(lane.id) : lane.model);
        }
    } else if (const QString model = newConversationModel(); !model.isEmpty()) {
        models.append(model);
    }
    std::optional<qint64> contextLength;
    for (const QString &model : std::as_const(models)) {
        const auto reference = ModelReference::parse(model);
        const auto provider
            = reference && m_services ? m_services->registry().provider(reference->providerId) : std::nullopt;
        const auto info = provider ? m_services->catalog().cachedModel(*provider, reference->model) : std::nullopt;
        if (info && info->contextLength) {
            contextLength = std::min(contextLength.value_or(*info->contextLength), *info->contextLength);
        }
    }
    m_composer->setModels(shown.isEmpty() ? models : shown, contextLength);
    // The composer's Parameters list the lanes by model; blind panes offer their own, labelled A, B….
    const bool hidden = isComparisonShown() && m_compareView->namesHidden();
    m_composer->setConversation(m_store, hidden ? 0 : m_currentConversationId);
    m_composer->setRunning(m_turnRunner && m_turnRunner->isRunning(m_currentConversationId));
    if (models.isEmpty()) {
        m_composer->setSendAvailable(false, tr("Choose a model to start a conversation"));
    } else if (!m_turnRunner) {
        m_composer->setSendAvailable(false, tr("The conversation history is unavailable, so nothing can be sent."));
    } else {
        m_composer->setSendAvailable(true);
    }
}

QString MainWindow::newConversationModel() const
{
    return pickedModel();
}

void MainWindow::sendPrompt(const QString &text)
{
    if (!m_turnRunner) {
        return;
    }
    if (isComparisonShown()) {
        const bool keepFirst = Settings(m_settings).value(Settings::Key::KeepFirstFinished).toBool();
        const bool sent = m_compareView->send(text, keepFirst);
        if (sent || m_turnRunner->isRunning(m_currentConversationId)) {
            m_composer->clear();
        }
        if (!sent && !m_compareView->lastError().isEmpty()) {
            m_composer->showError(m_compareView->lastError());
        }
        return;
    }
    qint64 conversationId = m_currentConversationId;
    if (conversationId == 0) {
        const QString model = newConversationModel();
        const auto created = m_turnRunner->startConversation(model.isEmpty() ? QStringList {} : QStringList {model});
        if (!created) {
            m_composer->showError(m_turnRunner->lastError());
            return;
        }
        openConversation(*created);
        conversationId = *created;
    }
    const bool sent = m_turnRunner->send(conversationId, text);
    if (sent || m_turnRunner->isRunning(conversationId)) {
        m_composer->clear();
    }
    if (!sent) {
        m_composer->showError(m_turnRunner->lastError());
    }
}

// A first run: every provider lacks a key and every local server is down. While
// lists are still loading nothing is said, so the guidance never flashes by.
void MainWindow::updateWelcome()
{
    const ModelListModel *models = m_modelPicker->model();
    bool nothing = models->hasLoaded();
    for (int row = 0; nothing && row < models->rowCount(); ++row) {
        const QModelIndex index = models->index(row, 0);
        if (index.data(ModelListModel::KindRole).value<ModelListModel::Kind>() != ModelListModel::Kind::Provider) {
            continue;
        }
        const auto state = index.data(ModelListModel::ProviderStateRole).value<ModelListModel::ProviderState>();
        nothing = state == ModelListModel::ProviderState::NoKey || state == ModelListModel::ProviderState::NotRunning;
    }
    m_welcome->setNothingToTalkTo(nothing);
}

void MainWindow::useModelInComparison(const QString &model)
{
    qint64 laneId = m_compareView->focusedLane();
    if (laneId == 0) {
        QStringList buttons;
        for (const LanePane *pane : m_compareView->panes()) {
            buttons.append(m_compareView->laneLabel(pane->laneId()));
        }
        buttons.append(tr("Cancel"));
        const int choice = MessageBox::choose(this, QMessageBox::Question, tr("Change Which Model?"),
            tr("Which lane should answer with %1 from the next prompt on?").arg(model), buttons);
        if (choice < 0 || choice >= m_compareView->panes().size()) {
            return;
        }
        laneId = m_compareView->panes().at(choice)->laneId();
    }
    m_compareView->changeLaneModel(laneId, model);
}

void MainWindow::useModel(const QString &model)
{
    if (isComparisonShown()) {
        useModelInComparison(model);
    } else if (m_currentConversationId != 0 && m_store) {
        // The history keeps, per reply, the model that wrote it; only the lane's next turns change.
        const QList<Store::Lane> lanes = m_store->lanes(m_currentConversationId);
        if (lanes.size() == 1 && lanes.constFirst().model != model
            && !m_store->setLaneModel(lanes.constFirst().id, model)) {
            qWarning().noquote() << "could not change the conversation's model:" << m_store->lastError().message;
        }
    } else {
        Settings(m_settings).setValue(Settings::Key::DefaultModels, QStringList {model});
    }
    m_pickedModel = model;
    if (m_modelPicker) {
        m_modelPicker->recordUse(model);
    }
    updateComposer(); // setLaneModel has no signal of its own
    Q_EMIT pickedModelChanged(model);
}

QString MainWindow::pickedModel() const
{
    if (!m_pickedModel.isEmpty()) {
        return m_pickedModel;
    }
    return Settings(m_settings).defaultModels().value(0);
}

void MainWindow::openConversation(qint64 conversationId)
{
    if (conversationId == m_currentConversationId) {
        return;
    }
    if (m_compareView && m_compareView->conversationId() != 0) {
        m_compareView->saveViewState();
    }
    m_currentConversationId = conversationId;
    showConversationView();
    Q_EMIT currentConversationChanged(conversationId);
}

void MainWindow::setColorScheme(Theme::ColorScheme scheme)
{
    m_settings.setValue(ColorSchemeKey, Theme::toString(scheme));
    Theme::apply(scheme);
    for (QAction *action : m_colorSchemes->actions()) {
        action->setChecked(action->data().toString() == Theme::toString(scheme));
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(GeometryKey).toByteArray())) {
        // First run: a comfortable size, centred on the screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size = QSize(1280, 800).boundedTo(available.size() * 0.9);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(m_settings.value(StateKey).toByteArray());
    m_mainSplitter->restoreState(m_settings.value(MainSplitterKey).toByteArray());
    m_sidebarSplitter->restoreState(m_settings.value(SidebarSplitterKey).toByteArray());
}

void MainWindow::saveLayout()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(StateKey, saveState());
    m_settings.setValue(MainSplitterKey, m_mainSplitter->saveState());
    m_settings.setValue(SidebarSplitterKey, m_sidebarSplitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_compareView && m_compareView->conversationId() != 0) {
        m_compareView->saveViewState();
    }
    QMainWindow::closeEvent(event);
}

}
