#pragma once

#include <QWidget>

class QLabel;

namespace Confer
{

// What the conversation area shows when no conversation is open.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QLabel *m_tagline;
};

}
