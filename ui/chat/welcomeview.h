#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Confer
{

// What the conversation area shows when no conversation is open. On a first
// run, with no key and no local server, it explains the two ways to start.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

    // Shows or hides the two ways to start (add a key, or run a local server).
    void setNothingToTalkTo(bool nothingToTalkTo);
    bool isNothingToTalkTo() const { return m_nothingToTalkTo; }

Q_SIGNALS:
    void addKeyRequested();
    void lookAgainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QLabel *m_tagline;
    QWidget *m_start;
    QLabel *m_keyWay;
    QPushButton *m_addKey;
    QLabel *m_localWay;
    QPushButton *m_lookAgain;
    bool m_nothingToTalkTo = false;
};

}
