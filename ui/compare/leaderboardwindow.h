#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace Confer
{

namespace Store
{
class ConversationStore;
}
class LeaderboardModel;

// View › Leaderboard…: the models ranked by Elo over every blind vote in the
// store (ComparisonStore::blindOutcomes), optionally only in conversations
// with one tag. Votes are read again when one is cast (votesChanged) and
// whenever the window is shown or activated (trash, tags).
class LeaderboardWindow : public QDialog
{
    Q_OBJECT

public:
    explicit LeaderboardWindow(Store::ConversationStore &store, QWidget *parent = nullptr);

    // Re-reads the votes and the tags to filter by.
    void refresh();
    // The tag whose conversations count; empty: every conversation.
    QString tag() const;
    void setTag(const QString &tag);

    LeaderboardModel *model() const { return m_model; }
    // How many blind votes the table is made of.
    int voteCount() const { return m_votes; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTags(const QStringList &tags);
    void updateTexts();

    Store::ConversationStore &m_store;
    LeaderboardModel *m_model;
    QLabel *m_summary;
    QLabel *m_tagLabel;
    QComboBox *m_tags;
    QStackedWidget *m_pages;
    QTreeView *m_table;
    QLabel *m_empty;
    QLabel *m_explanation;
    int m_votes = 0;
    QString m_error;
    bool m_refreshing = false;
};

}
