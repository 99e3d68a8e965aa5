#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Confer
{

// A titled part of the sidebar (Conversations, Models) holding one content
// widget, with a short message shown while that content is empty.
class SidebarSection : public QWidget
{
    Q_OBJECT

public:
    explicit SidebarSection(QWidget *parent = nullptr);

    QString title() const;
    void setTitle(const QString &title);

    void setEmptyMessage(const QString &message);
    QString emptyMessage() const;

    // Shows widget below the title in place of the empty message; the section owns it.
    void setContent(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_emptyMessage;
};

}
