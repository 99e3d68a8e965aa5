#include "composer/composer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Confer
{

namespace
{
constexpr int MaximumVisibleLines = 10;
}

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_sendButton(new QPushButton(this))
{
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_editor->installEventFilter(this);

    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_sendButton, 0, Qt::AlignBottom);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateHeight();
        updateSendButton();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);

    retranslate();
    setSendAvailable(false);
    updateHeight();
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::clear()
{
    m_editor->clear();
}

void Composer::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void Composer::setSendAvailable(bool available, const QString &reasonWhenNot)
{
    m_sendAvailable = available;
    m_unavailableReason = reasonWhenNot;
    m_editor->setPlaceholderText(
        available ? tr("Type a message — Enter sends, Shift+Enter adds a line") : reasonWhenNot);
    m_sendButton->setToolTip(available ? QString() : reasonWhenNot);
    updateSendButton();
}

void Composer::retranslate()
{
    m_editor->setAccessibleName(tr("Message"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setSendAvailable(m_sendAvailable, m_unavailableReason);
    }
    QWidget::changeEvent(event);
}

void Composer::updateSendButton()
{
    m_sendButton->setEnabled(m_sendAvailable && !text().trimmed().isEmpty());
}

void Composer::updateHeight()
{
    const QFontMetrics metrics(m_editor->font());
    int lines = 0;
    for (QTextBlock block = m_editor->document()->begin(); block.isValid(); block = block.next()) {
        lines += qMax(1, block.layout() ? block.layout()->lineCount() : 1);
    }
    lines = qBound(2, lines, MaximumVisibleLines);
    const int frame = 2 * m_editor->frameWidth() + static_cast<int>(2 * m_editor->document()->documentMargin());
    m_editor->setFixedHeight(lines * metrics.lineSpacing() + frame);
}

void Composer::send()
{
    const QString message = text();
    if (!m_sendAvailable || message.trimmed().isEmpty()) {
        return;
    }
    Q_EMIT sendRequested(message);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}
