#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace Confer
{

// The prompt editor under the conversation: grows with its text up to a
// limit; Enter sends, Shift+Enter starts a new line.
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

    void focusEditor();

Q_SIGNALS:
    void sendRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateHeight();
    void updateSendButton();
    void send();

    QPlainTextEdit *m_editor;
    QPushButton *m_sendButton;
    bool m_sendAvailable = false;
    QString m_unavailableReason;
};

}
