#pragma once

#include "compare/worddiff.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace Confer
{

namespace Store
{
class ConversationStore;
}

// Two replies of one turn, word by word: what only the first has is struck
// out on a red tint, what only the second has is on a green tint, side by
// side or inline, with a legend and the number of words each way. Colours
// follow the palette, so both read in a light and a dark scheme.
class DiffDialog : public QDialog
{
    Q_OBJECT

public:
    // laneLabels: what to call each lane's reply ("A", "B"… in a blind
    // comparison); empty: the lane's letter and, when not hidden, its model.
    DiffDialog(Store::ConversationStore &store, qint64 turnId, const QHash<qint64, QString> &laneLabels = {},
        QWidget *parent = nullptr);

    // The replies that can be compared (finished, with text), in the combos' order.
    QList<qint64> replyIds() const { return m_replyIds; }
    // Chooses the two replies shown; false when either is not one of replyIds().
    bool compare(qint64 firstReplyId, qint64 secondReplyId);
    void setSideBySide(bool sideBySide);

    QComboBox *firstBox() const { return m_first; }
    QComboBox *secondBox() const { return m_second; }
    QTextBrowser *firstView() const { return m_firstView; }
    QTextBrowser *secondView() const { return m_secondView; }
    QTextBrowser *inlineView() const { return m_inlineView; }
    QLabel *summaryLabel() const { return m_summary; }
    const QList<Compare::DiffSpan> &spans() const { return m_spans; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadReplies(Store::ConversationStore &store, qint64 turnId, const QHash<qint64, QString> &laneLabels);
    void updateDiff();
    void render();
    void retranslate();

    QList<qint64> m_replyIds;
    QStringList m_texts;
    QList<Compare::DiffSpan> m_spans;
    QComboBox *m_first;
    QComboBox *m_second;
    QCheckBox *m_sideBySide;
    QLabel *m_firstLabel;
    QLabel *m_secondLabel;
    QLabel *m_legend;
    QLabel *m_summary;
    QTextBrowser *m_firstView;
    QTextBrowser *m_secondView;
    QTextBrowser *m_inlineView;
    QWidget *m_sideBySidePanes;
};

}
