#include "chat/welcomeview.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
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

    m_start = new QWidget(this);
    m_start->setObjectName(QStringLiteral("waysToStart"));
    m_keyWay = new QLabel(m_start);
    m_keyWay->setWordWrap(true);
    m_keyWay->setObjectName(QStringLiteral("keyWay"));
    m_addKey = new QPushButton(m_start);
    m_addKey->setObjectName(QStringLiteral("addKeyButton"));
    m_addKey->setIcon(QIcon::fromTheme(QStringLiteral("configure")));
    connect(m_addKey, &QPushButton::clicked, this, &WelcomeView::addKeyRequested);
    m_localWay = new QLabel(m_start);
    m_localWay->setWordWrap(true);
    m_localWay->setObjectName(QStringLiteral("localWay"));
    m_lookAgain = new QPushButton(m_start);
    m_lookAgain->setObjectName(QStringLiteral("lookAgainButton"));
    m_lookAgain->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(m_lookAgain, &QPushButton::clicked, this, &WelcomeView::lookAgainRequested);
    auto *ways = new QGridLayout(m_start);
    ways->setContentsMargins(0, 0, 0, 0);
    ways->setHorizontalSpacing(16);
    ways->setVerticalSpacing(12);
    ways->addWidget(m_keyWay, 0, 0);
    ways->addWidget(m_addKey, 0, 1, Qt::AlignVCenter);
    ways->addWidget(m_localWay, 1, 0);
    ways->addWidget(m_lookAgain, 1, 1, Qt::AlignVCenter);
    ways->setColumnStretch(0, 1);
    m_start->setMaximumWidth(560);
    m_start->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_tagline);
    layout->addSpacing(24);
    // Centred by stretches, not by alignment: an aligned widget gets only its size hint,
    // and its wrapped labels lose the lines they wrap onto.
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(m_start, 100);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(3);
    retranslate();
}

void WelcomeView::retranslate()
{
    m_heading->setText(tr("Confer"));
    m_tagline->setText(tr("Ask several AI models at once and compare their answers side by side."));
    m_keyWay->setText(tr("<b>Use a cloud provider.</b> Add an API key for OpenAI, Anthropic, Google Gemini, "
                         "OpenRouter or another provider. Confer keeps it in your system's keychain."));
    m_addKey->setText(tr("Add a Key…"));
    m_localWay->setText(tr("<b>Or run a model on this computer.</b> Start Ollama, LM Studio or a llama.cpp "
                           "server; Confer finds it on its usual port."));
    m_lookAgain->setText(tr("Look Again"));
    m_lookAgain->setToolTip(tr("Ask the local servers and providers for their models again"));
}

void WelcomeView::setNothingToTalkTo(bool nothingToTalkTo)
{
    m_nothingToTalkTo = nothingToTalkTo;
    m_start->setVisible(nothingToTalkTo);
}

void WelcomeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}
