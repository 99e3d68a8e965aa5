#include "chat/prompteditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Confer
{

PromptEditor::PromptEditor(const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(this))
    , m_send(new QPushButton(this))
{
    setObjectName(QStringLiteral("promptEditor"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_edit->setObjectName(QStringLiteral("promptEditorText"));
    m_edit->setPlainText(text);
    m_edit->setFrameShape(QFrame::NoFrame);
    m_edit->installEventFilter(this);
    m_cancel->setObjectName(QStringLiteral("promptEditorCancel"));
    m_send->setObjectName(QStringLiteral("promptEditorSend"));
    m_send->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, [this] {
        if (!m_edit->toPlainText().trimmed().isEmpty()) {
            Q_EMIT submitted(m_edit->toPlainText());
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &PromptEditor::cancelled);
    retranslate();
}

QString PromptEditor::text() const
{
    return m_edit->toPlainText();
}

void PromptEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void PromptEditor::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->moveCursor(QTextCursor::End);
}

int PromptEditor::preferredHeight(const QFontMetrics &metrics)
{
    return metrics.lineSpacing() * 6 + 56;
}

bool PromptEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT cancelled();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            m_send->click();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void PromptEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void PromptEditor::retranslate()
{
    m_edit->setAccessibleName(tr("Edited prompt"));
    m_cancel->setText(tr("Cancel"));
    m_send->setText(tr("Send as New Branch"));
    m_send->setToolTip(tr("Send the edited prompt (Ctrl+Enter); the original stays as another branch"));
}

}
