#include "chat/welcomeview.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Confer
{

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.confer.Confer.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);

    m_tagline = new QLabel(this);
    m_tagline->setAlignment(Qt::AlignCenter);
    m_tagline->setWordWrap(true);
    m_tagline->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_tagline);
    layout->addStretch(3);
    retranslate();
}

void WelcomeView::retranslate()
{
    m_heading->setText(tr("Confer"));
    m_tagline->setText(tr("Ask several AI models at once and compare their answers side by side."));
}

void WelcomeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}
