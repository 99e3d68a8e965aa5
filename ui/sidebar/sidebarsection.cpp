#include "sidebar/sidebarsection.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Confer
{

SidebarSection::SidebarSection(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_emptyMessage(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setForegroundRole(QPalette::PlaceholderText);
    m_emptyMessage->setObjectName(QStringLiteral("emptyMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_emptyMessage, 1);
}

QString SidebarSection::title() const
{
    return m_title->text();
}

void SidebarSection::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void SidebarSection::setEmptyMessage(const QString &message)
{
    m_emptyMessage->setText(message);
}

QString SidebarSection::emptyMessage() const
{
    return m_emptyMessage->text();
}

void SidebarSection::setContent(QWidget *widget)
{
    m_emptyMessage->hide();
    static_cast<QVBoxLayout *>(layout())->addWidget(widget, 1);
}

}
