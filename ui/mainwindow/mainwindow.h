#pragma once

#include "theme/theme.h"

#include <QMainWindow>

class QActionGroup;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace Confer
{

namespace Store
{
class ConversationStore;
}
class ChatView;
class Composer;
class ConversationsView;
class ProviderServices;
class SidebarSection;

// The workbench window: sidebar (conversations, models), conversation area
// and composer, with the application menus. Remembers its geometry and
// splitter sizes in the profile's settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);

    void startNewConversation();
    void setColorScheme(Theme::ColorScheme scheme);
    // Fills the Conversations section from the store; call once, before showing.
    void setConversationStore(Store::ConversationStore &store);
    ConversationsView *conversationsView() const { return m_conversationsView; }
    // The open conversation's messages; exists once the store is set.
    ChatView *chatView() const { return m_chatView; }
    // The provider layer (registry, catalog, scheduler) the window's parts ask; call once, before showing.
    void setProviderServices(ProviderServices &services);

    // The conversation shown in the conversation area; 0 when none is open.
    qint64 currentConversationId() const { return m_currentConversationId; }
    void openConversation(qint64 conversationId);

Q_SIGNALS:
    // Settings > Configure Confer…: whoever built the window opens the Settings window.
    void settingsRequested();
    void currentConversationChanged(qint64 conversationId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void buildMenus();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void showAbout();

    QSettings &m_settings;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sidebarSplitter = nullptr;
    SidebarSection *m_conversations = nullptr;
    SidebarSection *m_models = nullptr;
    ConversationsView *m_conversationsView = nullptr;
    QStackedWidget *m_conversationArea = nullptr;
    ChatView *m_chatView = nullptr;
    Composer *m_composer = nullptr;
    QActionGroup *m_colorSchemes = nullptr;
    Store::ConversationStore *m_store = nullptr;
    ProviderServices *m_services = nullptr;
    qint64 m_currentConversationId = 0;
};

}
