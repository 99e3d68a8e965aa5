#include "conversations/conversationsview.h"

#include "conversations/conversationlistmodel.h"
#include "store/conversationstore.h"
#include "store/search.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>

namespace Confer
{

namespace
{
// Private-use characters mark the matches so the text can be escaped before they become <b>.
const QString MatchStart = QStringLiteral("\uE000");
const QString MatchEnd = QStringLiteral("\uE001");
constexpr int UndoVisibleMs = 10000;

QString snippetHtml(const QString &title, const QString &snippet)
{
    QString body = snippet.toHtmlEscaped();
    body.replace(MatchStart, QStringLiteral("<b>")).replace(MatchEnd, QStringLiteral("</b>"));
    QString heading = title.toHtmlEscaped();
    heading.replace(MatchStart, QStringLiteral("<b>")).replace(MatchEnd, QStringLiteral("</b>"));
    return QStringLiteral("<div><u>%1</u></div><div>%2</div>").arg(heading, body);
}

// Draws a search hit's title and snippet with the matched words in bold.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString html = item.text;
        item.text.clear();
        item.widget->style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        QTextDocument document;
        document.setDefaultFont(item.font);
        document.setHtml(html);
        document.setTextWidth(item.rect.width() - 8);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = item.palette;
        context.palette.setColor(QPalette::Text,
            item.palette.color(item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(item.rect.topLeft() + QPoint(4, 2));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setHtml(index.data().toString());
        document.setTextWidth(qMax(100, option.rect.width() - 8));
        return {int(document.idealWidth()), int(document.size().height()) + 4};
    }
};
}

ConversationsView::ConversationsView(Store::ConversationStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ConversationListModel(store, this))
    , m_hits(new QStandardItemModel(this))
    , m_searchBox(new QLineEdit(this))
    , m_pages(new QStackedWidget(this))
    , m_list(new QListView)
    , m_hitList(new QListView)
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_searchDelay(new QTimer(this))
    , m_undoExpiry(new QTimer(this))
{
    m_searchBox->setObjectName(QStringLiteral("conversationSearch"));
    m_searchBox->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setFrameShape(QFrame::NoFrame);
    m_hitList->setObjectName(QStringLiteral("searchHits"));
    m_hitList->setModel(m_hits);
    m_hitList->setItemDelegate(new HitDelegate(m_hitList));
    m_hitList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hitList->setWordWrap(true);
    m_hitList->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_hitList);

    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto *undoButton = new QPushButton(m_undoBar);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(undoButton);
    m_undoBar->hide();
    connect(undoButton, &QPushButton::clicked, this, &ConversationsView::undoTrash);
    m_undoExpiry->setSingleShot(true);
    m_undoExpiry->setInterval(UndoVisibleMs);
    connect(m_undoExpiry, &QTimer::timeout, m_undoBar, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_searchBox);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_undoBar);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchBox, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { search(m_searchBox->text()); });

    const auto activateConversation = [this](const QModelIndex &index) {
        if (const qint64 id = index.data(ConversationListModel::ConversationIdRole).toLongLong()) {
            Q_EMIT conversationActivated(id);
        }
    };
    connect(m_list, &QListView::activated, this, activateConversation);
    connect(m_list, &QListView::clicked, this, activateConversation);
    const auto activateHit = [this](const QModelIndex &index) {
        Q_EMIT searchHitActivated(
            index.data(HitConversationRole).toLongLong(), index.data(HitMessageRole).toLongLong());
    };
    connect(m_hitList, &QListView::activated, this, activateHit);
    connect(m_hitList, &QListView::clicked, this, activateHit);
    // From the search box by keyboard: Enter opens the first hit (searching now
    // if the typing pause has not passed yet), Down goes into the hits.
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this, activateHit] {
        if (m_searchDelay->isActive()) {
            search(m_searchBox->text());
        }
        if (m_pages->currentWidget() == m_hitList && m_hits->rowCount() > 0) {
            activateHit(m_hits->index(0, 0));
        }
    });
    auto *intoHits = new QShortcut(QKeySequence(Qt::Key_Down), m_searchBox);
    intoHits->setContext(Qt::WidgetShortcut);
    connect(intoHits, &QShortcut::activated, this, [this] {
        if (m_searchDelay->isActive()) {
            search(m_searchBox->text());
        }
        if (m_pages->currentWidget() == m_hitList && m_hits->rowCount() > 0) {
            m_hitList->setFocus(Qt::TabFocusReason);
            if (!m_hitList->currentIndex().isValid()) {
                m_hitList->setCurrentIndex(m_hits->index(0, 0));
            }
        }
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ConversationsView::showContextMenu);

    retranslate();
}

void ConversationsView::focusSearch()
{
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

void ConversationsView::search(const QString &text)
{
    m_searchDelay->stop();
    m_hits->clear();
    if (text.trimmed().isEmpty()) {
        m_pages->setCurrentWidget(m_list);
        return;
    }
    m_pages->setCurrentWidget(m_hitList);
    Store::SearchQuery query;
    query.text = text;
    query.highlightStart = MatchStart;
    query.highlightEnd = MatchEnd;
    const auto hits = Store::Search(m_store.database()).run(query);
    for (const auto &hit : hits.value_or(QList<Store::SearchHit>())) {
        auto *item = new QStandardItem(snippetHtml(hit.title, hit.snippet));
        item->setEditable(false);
        item->setData(hit.conversationId, HitConversationRole);
        item->setData(hit.messageId, HitMessageRole);
        m_hits->appendRow(item);
    }
}

void ConversationsView::renameConversation(qint64 conversationId)
{
    const int row = m_model->rowOf(conversationId);
    if (row >= 0) {
        m_list->edit(m_model->index(row));
    }
}

void ConversationsView::togglePinned(qint64 conversationId)
{
    const int row = m_model->rowOf(conversationId);
    const bool pinned = row >= 0 && m_model->index(row).data(ConversationListModel::PinnedRole).toBool();
    m_model->setPinned(conversationId, !pinned);
}

void ConversationsView::archiveConversation(qint64 conversationId)
{
    m_model->archive(conversationId);
}

void ConversationsView::trashConversation(qint64 conversationId)
{
    const int row = m_model->rowOf(conversationId);
    const QString title = row >= 0 ? m_model->index(row).data().toString() : QString();
    if (!m_model->moveToTrash(conversationId)) {
        return;
    }
    m_trashed = conversationId;
    m_undoLabel->setText(tr("“%1” moved to the trash.").arg(title));
    m_undoBar->show();
    m_undoExpiry->start();
}

void ConversationsView::undoTrash()
{
    if (m_trashed) {
        m_model->restoreFromTrash(m_trashed);
        m_trashed = 0;
    }
    m_undoExpiry->stop();
    m_undoBar->hide();
}

void ConversationsView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    const qint64 id = index.data(ConversationListModel::ConversationIdRole).toLongLong();
    if (!id) {
        return;
    }
    const bool pinned = index.data(ConversationListModel::PinnedRole).toBool();
    QMenu menu(this);
    menu.addAction(tr("&Rename"), this, [this, id] { renameConversation(id); });
    menu.addAction(pinned ? tr("Un&pin") : tr("&Pin"), this, [this, id] { togglePinned(id); });
    menu.addAction(tr("&Archive"), this, [this, id] { archiveConversation(id); });
    menu.addAction(tr("&Export…"), this, [this, id] { Q_EMIT exportRequested(id); });
    menu.addSeparator();
    menu.addAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("Move to &Trash"), this,
        [this, id] { trashConversation(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ConversationsView::retranslate()
{
    m_searchBox->setPlaceholderText(tr("Search conversations"));
    if (auto *button = m_undoBar->findChild<QPushButton *>(QStringLiteral("undoButton"))) {
        button->setText(tr("&Undo"));
    }
}

void ConversationsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}
