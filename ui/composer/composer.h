#pragma once

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Confer
{

class Settings;
namespace Store
{
class ConversationStore;
}

// The prompt editor under the conversation: grows with its text up to a
// limit; Enter sends and Shift+Enter starts a new line, or Ctrl+Enter sends,
// as the settings say. Shows the conversation's model, its parameters and an
// estimate of the prompt's size; Stop (or Esc) while the conversation answers.
class Composer : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void clear();

    // Sending needs somewhere to send to; until then the reason is shown.
    void setSendAvailable(bool available, const QString &reasonWhenNot = {});
    bool isSendAvailable() const { return m_sendAvailable; }

    // The send shortcut follows these settings, also when they change later.
    void setPreferences(Settings *preferences);
    // While the conversation answers, Stop replaces Send.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    // The models the next prompt goes to, shown on the chip; the smallest known context length for the estimate.
    void setModels(const QStringList &models, std::optional<qint64> contextLength = std::nullopt);
    // Where the parameters popover reads and saves; no conversation (0) disables it.
    void setConversation(Store::ConversationStore *store, qint64 conversationId);
    // A problem with the last send, shown until the prompt is edited.
    void showError(const QString &message);

    // About four characters per token: a rough count, labelled as an estimate.
    static qint64 estimateTokens(const QString &text);

    void focusEditor();

Q_SIGNALS:
    void sendRequested(const QString &text);
    void stopRequested();
    // The model chip was clicked: whoever owns the model picker focuses it.
    void modelChipClicked();
    // The parameters of the conversation's lanes were saved.
    void parametersSaved();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateHeight();
    void updateSendButton();
    void updatePlaceholder();
    void updateModelChip();
    void updateEstimate();
    void showParameters();
    bool ctrlEnterSends() const;
    void send();

    QToolButton *m_modelChip;
    QToolButton *m_parametersButton;
    QLabel *m_estimate;
    QPlainTextEdit *m_editor;
    QPushButton *m_sendButton;
    QPushButton *m_stopButton;
    QLabel *m_error;
    QAction *m_stopAction;
    Settings *m_preferences = nullptr;
    Store::ConversationStore *m_store = nullptr;
    qint64 m_conversationId = 0;
    QStringList m_models;
    std::optional<qint64> m_contextLength;
    bool m_sendAvailable = false;
    bool m_running = false;
    QString m_unavailableReason;
};

}
