#include "compare/diffdialog.h"

#include "chat/chatformat.h"
#include "compare/derivedprompts.h"
#include "store/conversationstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Confer
{

namespace
{

QColor mix(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (tint.redF() - base.redF()) * amount),
        float(base.greenF() + (tint.greenF() - base.greenF()) * amount),
        float(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

struct DiffColors {
    QColor removed;
    QColor added;
};

// Tints of the palette's base: light enough to read black text on in a light
// scheme, deep enough to read light text on in a dark one.
DiffColors diffColors(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    return {mix(base, QColor(0xd7, 0x3a, 0x49), dark ? 0.42 : 0.24),
        mix(base, QColor(0x2d, 0xa4, 0x4e), dark ? 0.40 : 0.26)};
}

QTextCharFormat spanFormat(Compare::DiffSpan::Kind kind, const QPalette &palette)
{
    QTextCharFormat format;
    format.setForeground(palette.color(QPalette::Text));
    const DiffColors colors = diffColors(palette);
    if (kind == Compare::DiffSpan::Removed) {
        format.setBackground(colors.removed);
        format.setFontStrikeOut(true);
    } else if (kind == Compare::DiffSpan::Added) {
        format.setBackground(colors.added);
    }
    return format;
}

QTextBrowser *makeView(QWidget *parent)
{
    auto *view = new QTextBrowser(parent);
    view->setOpenLinks(false);
    view->setLineWrapMode(QTextEdit::WidgetWidth);
    view->document()->setDocumentMargin(10);
    return view;
}

}

DiffDialog::DiffDialog(
    Store::ConversationStore &store, qint64 turnId, const QHash<qint64, QString> &laneLabels, QWidget *parent)
    : QDialog(parent)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_sideBySide(new QCheckBox(this))
    , m_firstLabel(new QLabel(this))
    , m_secondLabel(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_firstView(makeView(this))
    , m_secondView(makeView(this))
    , m_inlineView(makeView(this))
    , m_sideBySidePanes(new QWidget(this))
{
    setObjectName(QStringLiteral("diffDialog"));
    resize(980, 640);

    auto *choices = new QHBoxLayout;
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);
    choices->addWidget(m_firstLabel);
    choices->addWidget(m_first, 1);
    choices->addSpacing(12);
    choices->addWidget(m_secondLabel);
    choices->addWidget(m_second, 1);
    choices->addSpacing(12);
    choices->addWidget(m_sideBySide);

    auto *panes = new QHBoxLayout(m_sideBySidePanes);
    panes->setContentsMargins(0, 0, 0, 0);
    panes->addWidget(m_firstView);
    panes->addWidget(m_secondView);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_summary, 1);
    bottomRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_legend);
    layout->addWidget(m_sideBySidePanes, 1);
    layout->addWidget(m_inlineView, 1);
    layout->addLayout(bottomRow);

    m_legend->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sideBySide->setChecked(true);
    m_inlineView->hide();

    loadReplies(store, turnId, laneLabels);
    retranslate();

    connect(m_first, &QComboBox::currentIndexChanged, this, &DiffDialog::updateDiff);
    connect(m_second, &QComboBox::currentIndexChanged, this, &DiffDialog::updateDiff);
    connect(m_sideBySide, &QCheckBox::toggled, this, &DiffDialog::setSideBySide);
    if (m_replyIds.size() >= 2) {
        m_second->setCurrentIndex(1);
    }
    updateDiff();
}

void DiffDialog::loadReplies(Store::ConversationStore &store, qint64 turnId, const QHash<qint64, QString> &laneLabels)
{
    const std::optional<Store::Message> turn = store.message(turnId);
    QHash<qint64, QString> labels = laneLabels;
    if (labels.isEmpty() && turn) {
        if (const std::optional<Store::ConversationData> loaded = store.load(turn->conversationId)) {
            labels = Compare::laneLabels(*loaded);
        }
    }
    for (const Store::Message &reply : store.repliesTo(turnId)) {
        if (!reply.active || reply.content.isEmpty() || !Store::ConversationStore::usableInHistory(reply)) {
            continue;
        }
        const QString label = reply.laneId ? labels.value(*reply.laneId, ChatFormat::modelName(reply))
                                           : ChatFormat::derivedTitle(reply.kind, reply.model);
        m_replyIds.append(reply.id);
        m_texts.append(reply.content);
        m_first->addItem(label, reply.id);
        m_second->addItem(label, reply.id);
    }
    const bool enough = m_replyIds.size() >= 2;
    m_first->setEnabled(enough);
    m_second->setEnabled(enough);
}

bool DiffDialog::compare(qint64 firstReplyId, qint64 secondReplyId)
{
    const qsizetype first = m_replyIds.indexOf(firstReplyId);
    const qsizetype second = m_replyIds.indexOf(secondReplyId);
    if (first < 0 || second < 0) {
        return false;
    }
    m_first->setCurrentIndex(int(first));
    m_second->setCurrentIndex(int(second));
    return true;
}

void DiffDialog::setSideBySide(bool sideBySide)
{
    m_sideBySide->setChecked(sideBySide);
    m_sideBySidePanes->setVisible(sideBySide);
    m_inlineView->setVisible(!sideBySide);
}

void DiffDialog::updateDiff()
{
    const int first = m_first->currentIndex();
    const int second = m_second->currentIndex();
    if (m_replyIds.size() < 2 || first < 0 || second < 0) {
        m_spans.clear();
    } else {
        m_spans = Compare::wordDiff(m_texts.at(first), m_texts.at(second));
    }
    render();
}

void DiffDialog::render()
{
    const QPalette pal = palette();
    const QString firstName = m_first->currentText();
    const QString secondName = m_second->currentText();
    const DiffColors colors = diffColors(pal);
    m_legend->setText(QStringLiteral("<span style=\"background-color:%1; text-decoration:line-through;\">%2</span>"
                                     "&nbsp;&nbsp;&nbsp;&nbsp;<span style=\"background-color:%3;\">%4</span>")
            .arg(colors.removed.name(), tr("Only in %1").arg(firstName).toHtmlEscaped(), colors.added.name(),
                tr("Only in %1").arg(secondName).toHtmlEscaped()));
    m_legend->setAccessibleName(
        tr("Legend: struck out on red, only in %1; on green, only in %2").arg(firstName, secondName));

    if (m_replyIds.size() < 2) {
        m_summary->setText(tr("This prompt has fewer than two finished replies to compare."));
    } else {
        const Compare::DiffCounts counts = Compare::countWords(m_spans);
        const QLocale locale;
        m_summary->setText(tr("Words only in %1: %2").arg(firstName, locale.toString(counts.removed))
            + QStringLiteral("  ·  ") + tr("Words only in %1: %2").arg(secondName, locale.toString(counts.added))
            + QStringLiteral("  ·  ") + tr("Words in both: %1").arg(locale.toString(counts.same)));
    }

    m_firstView->clear();
    m_secondView->clear();
    m_inlineView->clear();
    QTextCursor left(m_firstView->document());
    QTextCursor right(m_secondView->document());
    QTextCursor both(m_inlineView->document());
    for (const Compare::DiffSpan &span : std::as_const(m_spans)) {
        const QTextCharFormat format = spanFormat(span.kind, pal);
        if (span.kind != Compare::DiffSpan::Added) {
            left.insertText(span.text, format);
        }
        if (span.kind != Compare::DiffSpan::Removed) {
            right.insertText(span.text, format);
        }
        both.insertText(span.text, format);
    }
    m_firstView->moveCursor(QTextCursor::Start);
    m_secondView->moveCursor(QTextCursor::Start);
    m_inlineView->moveCursor(QTextCursor::Start);
    m_firstView->setAccessibleName(tr("%1, with the words only it has struck out").arg(firstName));
    m_secondView->setAccessibleName(tr("%1, with the words only it has marked").arg(secondName));
}

void DiffDialog::retranslate()
{
    setWindowTitle(tr("Compare two replies"));
    m_firstLabel->setText(tr("&Compare"));
    m_secondLabel->setText(tr("&with"));
    m_first->setAccessibleName(tr("First reply"));
    m_second->setAccessibleName(tr("Second reply"));
    m_sideBySide->setText(tr("&Side by side"));
    m_sideBySide->setAccessibleName(tr("Show the replies side by side"));
    m_inlineView->setAccessibleName(tr("Differences, inline"));
    m_summary->setAccessibleName(tr("Word counts"));
}

void DiffDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        render();
    }
}

}
