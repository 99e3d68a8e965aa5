#include "mainwindow/mainwindow.h"

#include "chat/chatview.h"
#include "chat/welcomeview.h"
#include "composer/composer.h"
#include "conversations/conversationsview.h"
#include "mainwindow/aboutdialog.h"
#include "sidebar/sidebarsection.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
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
    m_conversationArea->addWidget(new WelcomeView(m_conversationArea));

    m_composer = new Composer;
    m_composer->setObjectName(QStringLiteral("composer"));

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
    QAction *exportConversation = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), QString());
    exportConversation->setObjectName(QStringLiteral("exportAction"));
    exportConversation->setShortcut(Qt::CTRL | Qt::Key_E);
    exportConversation->setEnabled(false); // enabled once a conversation with content is open
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
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
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
    configure->setShortcut(QKeySequence::Preferences);
    configure->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
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
    m_composer->setSendAvailable(false, tr("Choose a model to start a conversation"));
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
    title("settingsMenu", tr("&Settings"));
    title("colorSchemeMenu", tr("&Color Scheme"));
    text("colorScheme-system", tr("Follow &System"));
    text("colorScheme-light", tr("&Light"));
    text("colorScheme-dark", tr("&Dark"));
    text("configureAction", tr("Con&figure Confer…"));
    title("helpMenu", tr("&Help"));
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
    connect(m_conversationsView, &ConversationsView::searchHitActivated, this,
        [this](qint64 conversationId, qint64 messageId) {
            openConversation(conversationId);
            m_chatView->scrollToMessage(messageId);
        });
    m_chatView = new ChatView(store, m_conversationArea);
    m_conversationArea->addWidget(m_chatView);
}

void MainWindow::setProviderServices(ProviderServices &services)
{
    m_services = &services;
}

void MainWindow::openConversation(qint64 conversationId)
{
    if (conversationId == m_currentConversationId) {
        return;
    }
    m_currentConversationId = conversationId;
    if (m_chatView) {
        m_chatView->setConversation(conversationId);
        m_conversationArea->setCurrentIndex(conversationId != 0 ? m_conversationArea->indexOf(m_chatView) : 0);
    }
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
    QMainWindow::closeEvent(event);
}

}
