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
class CompareView;
class Composer;
class ConversationsView;
class ModelPicker;
class ProviderServices;
class Settings;
class SidebarSection;
class WelcomeView;
class TurnRunner;
class DerivedReplyRunner;

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
    // The open comparison (a conversation with several lanes); exists once the store is set.
    CompareView *compareView() const { return m_compareView; }
    // Whether the open conversation shows side by side in the compare view.
    bool isComparisonShown() const;
    // The provider layer (registry, catalog, scheduler) the window's parts ask; call once, before showing.
    void setProviderServices(ProviderServices &services);

    // The conversation shown in the conversation area; 0 when none is open.
    qint64 currentConversationId() const { return m_currentConversationId; }
    void openConversation(qint64 conversationId);

    // The user's preferences: the send shortcut and the model for new conversations; call once, before showing.
    void setPreferences(Settings &preferences);
    Composer *composer() const { return m_composer; }
    // Sends the composer's prompts; made once both the store and the provider services are set.
    TurnRunner *turnRunner() const { return m_turnRunner; }
    // The Models section; exists once setProviderServices() was called.
    ModelPicker *modelPicker() const { return m_modelPicker; }
    // The model last picked, else the first default model from Settings; empty when neither.
    QString pickedModel() const;
    // Sets the open single-lane conversation's model from its next turn on, or, with no
    // conversation open, the model for the next new one; records it as recently used.
    void useModel(const QString &model);

Q_SIGNALS:
    // Settings > Configure Confer…: whoever built the window opens the Settings window.
    void settingsRequested();
    void currentConversationChanged(qint64 conversationId);
    // Add key… in the Models section: open Settings › Providers at this provider.
    void providerSettingsRequested(const QString &providerId);
    void pickedModelChanged(const QString &model);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void updateWelcome();
    void buildMenus();
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void showAbout();
    void createTurnRunner();
    void updateComposer();
    void sendPrompt(const QString &text);
    QString newConversationModel() const;
    // The chat view for one lane, the compare view for several; follows lanes being added and removed.
    void showConversationView();
    void setUpModelChooser();
    // A model picked while a comparison is open: the focused pane's lane, or the one the user names.
    void useModelInComparison(const QString &model);

    QSettings &m_settings;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sidebarSplitter = nullptr;
    SidebarSection *m_conversations = nullptr;
    SidebarSection *m_models = nullptr;
    ConversationsView *m_conversationsView = nullptr;
    QStackedWidget *m_conversationArea = nullptr;
    ChatView *m_chatView = nullptr;
    CompareView *m_compareView = nullptr;
    Composer *m_composer = nullptr;
    QActionGroup *m_colorSchemes = nullptr;
    Store::ConversationStore *m_store = nullptr;
    ProviderServices *m_services = nullptr;
    qint64 m_currentConversationId = 0;
    TurnRunner *m_turnRunner = nullptr;
    DerivedReplyRunner *m_derivedRunner = nullptr; // syntheses and judgements
    ModelPicker *m_modelPicker = nullptr;
    WelcomeView *m_welcome = nullptr;
    QString m_pickedModel;
};

}
