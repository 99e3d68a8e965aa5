#include "composer/composer.h"

#include "composer/parameterspopover.h"
#include "settings/settings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace Confer
{

namespace
{
constexpr int MaximumVisibleLines = 10;
constexpr qint64 CharactersPerToken = 4;
}

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_modelChip(new QToolButton(this))
    , m_parametersButton(new QToolButton(this))
    , m_estimate(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_sendButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_stopAction(new QAction(this))
{
    m_modelChip->setObjectName(QStringLiteral("modelChip"));
    m_modelChip->setAutoRaise(true);
    m_modelChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_modelChip->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));

    m_parametersButton->setObjectName(QStringLiteral("parametersButton"));
    m_parametersButton->setAutoRaise(true);
    m_parametersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_parametersButton->setIcon(QIcon::fromTheme(QStringLiteral("configure")));
    m_parametersButton->setEnabled(false);

    m_estimate->setObjectName(QStringLiteral("tokenEstimate"));
    m_estimate->setForegroundRole(QPalette::PlaceholderText);

    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_editor->installEventFilter(this);

    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(false);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_stopButton->hide();

    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    // Esc stops wherever the focus is inside the composer; only while answering.
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stopAction->setEnabled(false);
    addAction(m_stopAction);

    auto *topRow = new QHBoxLayout;
    topRow->setContentsMargins(0, 0, 0, 0);
    topRow->addWidget(m_modelChip);
    topRow->addWidget(m_parametersButton);
    topRow->addStretch(1);
    topRow->addWidget(m_estimate);

    auto *editRow = new QHBoxLayout;
    editRow->setContentsMargins(0, 0, 0, 0);
    editRow->addWidget(m_editor, 1);
    editRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    editRow->addWidget(m_stopButton, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 12);
    layout->setSpacing(4);
    layout->addLayout(topRow);
    layout->addLayout(editRow);
    layout->addWidget(m_error);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_error->hide();
        updateHeight();
        updateSendButton();
        updateEstimate();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    connect(m_stopButton, &QPushButton::clicked, this, &Composer::stopRequested);
    connect(m_stopAction, &QAction::triggered, this, [this] {
        if (m_running) {
            Q_EMIT stopRequested();
        }
    });
    connect(m_modelChip, &QToolButton::clicked, this, &Composer::modelChipClicked);
    connect(m_parametersButton, &QToolButton::clicked, this, &Composer::showParameters);

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

qint64 Composer::estimateTokens(const QString &text)
{
    return (text.size() + CharactersPerToken - 1) / CharactersPerToken;
}

void Composer::setSendAvailable(bool available, const QString &reasonWhenNot)
{
    m_sendAvailable = available;
    m_unavailableReason = reasonWhenNot;
    m_sendButton->setToolTip(available ? QString() : reasonWhenNot);
    updatePlaceholder();
    updateSendButton();
}

void Composer::setPreferences(Settings *preferences)
{
    if (m_preferences) {
        disconnect(m_preferences, nullptr, this, nullptr);
    }
    m_preferences = preferences;
    if (m_preferences) {
        connect(m_preferences, &Settings::changed, this, [this](Settings::Key key) {
            if (key == Settings::Key::SendShortcut) {
                updatePlaceholder();
            }
        });
    }
    updatePlaceholder();
}

bool Composer::ctrlEnterSends() const
{
    // Read at every key press, so a change in Settings applies at once.
    return m_preferences && m_preferences->sendShortcut() == Settings::SendShortcut::CtrlEnter;
}

void Composer::setRunning(bool running)
{
    m_running = running;
    m_stopAction->setEnabled(running);
    m_stopButton->setVisible(running);
    m_sendButton->setVisible(!running);
    updateSendButton();
}

void Composer::setModels(const QStringList &models, std::optional<qint64> contextLength)
{
    m_models = models;
    m_contextLength = contextLength;
    updateModelChip();
    updateEstimate();
}

void Composer::setConversation(Store::ConversationStore *store, qint64 conversationId)
{
    m_store = store;
    m_conversationId = conversationId;
    m_parametersButton->setEnabled(m_store && m_conversationId != 0);
}

void Composer::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void Composer::retranslate()
{
    m_editor->setAccessibleName(tr("Message"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setAccessibleName(tr("Stop the answer"));
    m_stopButton->setToolTip(tr("Stop the answer; what arrived so far is kept (Esc)"));
    m_stopAction->setText(tr("Stop"));
    m_parametersButton->setText(tr("Parameters…"));
    m_parametersButton->setAccessibleName(tr("Parameters of this conversation"));
    m_parametersButton->setToolTip(tr("System prompt, temperature, answer length and reasoning effort"));
    m_error->setAccessibleName(tr("Problem sending the message"));
    updatePlaceholder();
    updateModelChip();
    updateEstimate();
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void Composer::updatePlaceholder()
{
    const QString text = !m_sendAvailable ? m_unavailableReason
        : ctrlEnterSends()                ? tr("Type a message — Ctrl+Enter sends, Enter adds a line")
                                          : tr("Type a message — Enter sends, Shift+Enter adds a line");
    if (text != m_editor->placeholderText()) {
        m_editor->setPlaceholderText(text);
        // QPlainTextEdit repaints its placeholder only on its next own update.
        m_editor->viewport()->update();
    }
}

void Composer::updateModelChip()
{
    if (m_models.isEmpty()) {
        m_modelChip->setText(tr("Choose a model"));
        m_modelChip->setToolTip(tr("Choose a model in the Models list"));
    } else if (m_models.size() == 1) {
        m_modelChip->setText(m_models.constFirst());
        m_modelChip->setToolTip(tr("The model answering here; click to choose another"));
    } else {
        m_modelChip->setText(tr("%1 models").arg(m_models.size()));
        m_modelChip->setToolTip(m_models.join(QLatin1Char('\n')));
    }
    m_modelChip->setAccessibleName(tr("Model: %1").arg(m_modelChip->text()));
}

void Composer::updateEstimate()
{
    const qint64 tokens = estimateTokens(text());
    const QLocale locale;
    if (m_contextLength && *m_contextLength > 0) {
        m_estimate->setText(tokens > *m_contextLength
                ? tr("≈ %1 tokens (estimate), more than the model's %2")
                      .arg(locale.toString(tokens), locale.toString(*m_contextLength))
                : tr("≈ %1 of %2 tokens (estimate)").arg(locale.toString(tokens), locale.toString(*m_contextLength)));
    } else {
        m_estimate->setText(tr("≈ %1 tokens (estimate)").arg(locale.toString(tokens)));
    }
    m_estimate->setToolTip(tr("An estimate of this message's size, at about four characters per token; the model's "
                              "own count differs. The limit is the model's context length, when known."));
    m_estimate->setAccessibleName(m_estimate->text());
}

void Composer::updateSendButton()
{
    m_sendButton->setEnabled(m_sendAvailable && !m_running && !text().trimmed().isEmpty());
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

void Composer::showParameters()
{
    if (!m_store || m_conversationId == 0) {
        return;
    }
    auto *popover = new ParametersPopover(*m_store, m_conversationId, this);
    popover->setAttribute(Qt::WA_DeleteOnClose);
    connect(popover, &ParametersPopover::saved, this, &Composer::parametersSaved);
    popover->load();
    popover->adjustSize();
    // Above the button, where the conversation is, kept on the screen.
    QPoint position = m_parametersButton->mapToGlobal(QPoint(0, -popover->height()));
    if (const QScreen *screen = m_parametersButton->screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(std::clamp(
            position.x(), available.left(), std::max(available.left(), available.right() - popover->width())));
        position.setY(std::max(position.y(), available.top()));
    }
    popover->move(position);
    popover->show();
}

void Composer::send()
{
    const QString message = text();
    if (!m_sendAvailable || m_running || message.trimmed().isEmpty()) {
        return;
    }
    Q_EMIT sendRequested(message);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (enter) {
            // Ctrl+Enter always sends; plain Enter sends unless the settings keep it for new lines.
            const bool sends = modifiers == Qt::ControlModifier || (modifiers == Qt::NoModifier && !ctrlEnterSends());
            if (sends) {
                send();
                return true;
            }
            if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
                m_editor->insertPlainText(QStringLiteral("\n"));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

}
