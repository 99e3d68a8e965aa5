#include "chat/welcomeview.h"

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

    auto *heading = new QLabel(tr("Confer"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto *tagline = new QLabel(tr("Ask several AI models at once and compare their answers side by side."), this);
    tagline->setAlignment(Qt::AlignCenter);
    tagline->setWordWrap(true);
    tagline->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(tagline);
    layout->addStretch(3);
}

}
