#include "compare/leaderboardwindow.h"

#include "compare/elo.h"
#include "compare/leaderboardmodel.h"
#include "store/comparisonstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLeaderboard, "confer.leaderboard")

namespace Confer
{

namespace
{

// Rows with room to breathe, and figures kept apart from their neighbours.
class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(24, 10);
    }
};

}

LeaderboardWindow::LeaderboardWindow(Store::ConversationStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new LeaderboardModel(this))
    , m_summary(new QLabel(this))
    , m_tagLabel(new QLabel(this))
    , m_tags(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTreeView(m_pages))
    , m_empty(new QLabel(m_pages))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("leaderboardWindow"));

    QFont heading = m_summary->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setWeight(QFont::DemiBold);
    m_summary->setFont(heading);
    m_summary->setObjectName(QStringLiteral("leaderboardSummary"));

    m_tags->setObjectName(QStringLiteral("leaderboardTags"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tagLabel->setBuddy(m_tags);
    connect(m_tags, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing) {
            refresh();
        }
    });

    m_table->setObjectName(QStringLiteral("leaderboardTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RoomyDelegate(m_table));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionsMovable(false);
    for (int column = 0; column < LeaderboardModel::ColumnCount; ++column) {
        m_table->header()->setSectionResizeMode(
            column, column == LeaderboardModel::ModelColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }

    m_empty->setObjectName(QStringLiteral("leaderboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    m_explanation->setObjectName(QStringLiteral("leaderboardExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_tagLabel);
    top->addWidget(m_tags);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_explanation);
    layout->addWidget(buttons);

    resize(680, 440);
    retranslate();
    // Votes cast while the window is open count at once.
    connect(&m_store, &Store::ConversationStore::votesChanged, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
}

QString LeaderboardWindow::tag() const
{
    return m_tags->currentData().toString();
}

void LeaderboardWindow::setTag(const QString &tag)
{
    const int index = m_tags->findData(tag);
    if (index >= 0) {
        m_tags->setCurrentIndex(index);
    }
}

void LeaderboardWindow::refresh()
{
    Store::ComparisonStore comparisons(m_store);
    if (const std::optional<QStringList> tags = comparisons.tagsInUse()) {
        updateTags(*tags);
    }
    const std::optional<QList<Store::ComparisonStore::Outcome>> outcomes = comparisons.blindOutcomes(tag());
    if (outcomes) {
        m_error.clear();
        m_votes = int(outcomes->size());
        m_model->setRatings(Compare::eloRatings(*outcomes));
    } else {
        m_error = m_store.lastError().message;
        qCWarning(lcLeaderboard) << "could not read the votes:" << m_error;
        m_votes = 0;
        m_model->setRatings({});
    }
    updateTexts();
}

// "All tags" first, then the store's tags; the chosen one stays chosen while it exists.
void LeaderboardWindow::updateTags(const QStringList &tags)
{
    const QString current = tag();
    m_refreshing = true;
    while (m_tags->count() > 1) {
        m_tags->removeItem(m_tags->count() - 1);
    }
    for (const QString &each : tags) {
        m_tags->addItem(each, each);
    }
    m_tags->setCurrentIndex(std::max(0, m_tags->findData(current)));
    m_tags->setEnabled(!tags.isEmpty());
    m_refreshing = false;
}

void LeaderboardWindow::updateTexts()
{
    const bool empty = m_model->rowCount() == 0;
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    const QString howTo = tr("Turn on Blind mode in a comparison and vote for the best reply: the models stay "
                             "hidden as A, B, C… until you vote, and each blind vote ranks them here.");
    if (!m_error.isEmpty()) {
        m_empty->setText(tr("The votes could not be read: %1").arg(m_error));
    } else if (tag().isEmpty()) {
        m_empty->setText(tr("No blind votes yet.") + QStringLiteral("\n\n") + howTo);
    } else {
        m_empty->setText(
            tr("No blind votes in conversations tagged “%1”.").arg(tag()) + QStringLiteral("\n\n") + howTo);
    }
    m_empty->setAccessibleName(m_empty->text());
    const QLocale locale;
    m_summary->setText(empty
            ? tr("Leaderboard")
            : tr("Blind votes: %1 · Models: %2").arg(locale.toString(m_votes), locale.toString(m_model->rowCount())));
    m_summary->setAccessibleName(m_summary->text());
}

void LeaderboardWindow::retranslate()
{
    setWindowTitle(tr("Leaderboard"));
    m_tagLabel->setText(tr("&Tag:"));
    if (m_tags->count() == 0) {
        m_tags->addItem(QString(), QString());
    }
    m_tags->setItemText(0, tr("All tags"));
    m_tags->setAccessibleName(tr("Count only conversations with this tag"));
    m_table->setAccessibleName(tr("Models ranked by Elo rating"));
    m_explanation->setText(tr("Only votes cast while the model names were hidden count. Each one is a win for the "
                              "chosen reply over every other finished reply of its turn. Ratings start at 1000 "
                              "and change more for surprising results (Elo, K = 32)."));
    m_explanation->setAccessibleName(m_explanation->text());
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, LeaderboardModel::ColumnCount - 1);
    updateTexts();
}

void LeaderboardWindow::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void LeaderboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        refresh(); // votes cast in the main window meanwhile
    }
    QDialog::changeEvent(event);
}

}
