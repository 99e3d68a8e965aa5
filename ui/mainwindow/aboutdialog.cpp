#include "mainwindow/aboutdialog.h"

#include "core/appidentity.h"
#include "core/buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Confer
{

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Confer"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.confer.Confer.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("<h2>Confer %1</h2>").arg(AppIdentity::version()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));

    auto *description = new QLabel(tr("A desktop workbench for chatting with many AI models side by side. "
                                      "Conversations stay on this computer; API keys stay in the system keychain."),
        this);
    description->setWordWrap(true);

    auto *versions
        = new QLabel(versionReport().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *licences = new QLabel(
        tr("Confer is free software under the GNU General Public License, version 3 or later.<br>"
           "It uses Qt (LGPL 3), KDE Frameworks Syntax Highlighting (MIT) and QtKeychain (BSD 3-Clause).<br>"
           "<a href=\"%1\">%1</a>")
            .arg(QString::fromLatin1(BuildInfo::homepage)),
        this);
    licences->setObjectName(QStringLiteral("aboutLicences"));
    licences->setWordWrap(true);
    licences->setOpenExternalLinks(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Version Information"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addSpacing(6);
    text->addWidget(versions);
    text->addSpacing(6);
    text->addWidget(licences);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AboutDialog::versionReport() const
{
    return tr("Confer %1\nQt %2 (built with %3)\nKSyntaxHighlighting %4\nQtKeychain %5\nPlatform: %6")
        .arg(AppIdentity::version(), QString::fromLatin1(qVersion()), QString::fromLatin1(BuildInfo::qtVersion),
            QString::fromLatin1(BuildInfo::syntaxHighlightingVersion), QString::fromLatin1(BuildInfo::keychainVersion),
            QGuiApplication::platformName());
}

}
