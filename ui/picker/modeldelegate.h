#pragma once

#include <QStyledItemDelegate>

namespace Confer
{

// Paints the picker's rows without a widget per row: group headings, provider
// headers with their state (wrapped, the exact error in red) and an action
// link (Add key…, Retry), and two-line model rows with a favourite star, the
// name, context length and prices, and capability badges.
class ModelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where a model row's star is, and a provider header's action link (empty when it has none).
    static QRect starRect(const QRect &rowRect);
    QRect actionRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static QString actionText(const QModelIndex &index);
    // A provider header's second line: its state, or how many of its models are listed and where its key comes from.
    static QString providerStatusLine(const QModelIndex &index);

private:
    void paintHeading(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintProvider(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintModel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

}
