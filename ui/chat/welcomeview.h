#pragma once

#include <QWidget>

namespace Confer
{

// What the conversation area shows when no conversation is open.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);
};

}
