#include "picker/modeldelegate.h"

#include "picker/modellistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtMath>

namespace Confer
{

namespace
{
using Kind = ModelListModel::Kind;
using State = ModelListModel::ProviderState;

constexpr int HorizontalMargin = 8;
constexpr int VerticalMargin = 4;
constexpr int StarSize = 14;
constexpr int StarColumn = 24;
constexpr int BadgeSpacing = 4;
const QColor ErrorColor(0xe0, 0x1b, 0x24);

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

QColor dimmed(const QStyleOptionViewItem &option)
{
    if (option.state & QStyle::State_Selected) {
        return option.palette.color(QPalette::HighlightedText);
    }
    return option.palette.color(QPalette::PlaceholderText);
}

QColor textColor(const QStyleOptionViewItem &option, bool available)
{
    if (option.state & QStyle::State_Selected) {
        return option.palette.color(QPalette::HighlightedText);
    }
    return option.palette.color(available ? QPalette::Active : QPalette::Disabled, QPalette::Text);
}

int availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        return view->viewport()->width();
    }
    return option.rect.width() > 0 ? option.rect.width() : 280;
}

// Lays text out in lines of at most width pixels; returns the height it takes.
qreal layoutText(QTextLayout &layout, int width)
{
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF centre = box.center();
    const qreal outer = box.width() / 2;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(centre.x() + radius * qCos(angle), centre.y() + radius * qSin(angle));
        if (i == 0) {
            path.moveTo(point);
        } else {
            path.lineTo(point);
        }
    }
    path.closeSubpath();
    return path;
}

constexpr int IconSize = 12;

// Small line drawings for the capabilities (an eye, a light bulb, a wrench): narrow enough
// to leave the row's context length and prices readable in a sidebar.
void paintCapability(QPainter *painter, const QRectF &box, ModelListModel::Capability capability, const QColor &color)
{
    painter->save();
    painter->setPen(QPen(color, 1.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    const QPointF centre = box.center();
    switch (capability) {
    case ModelListModel::Vision: {
        QPainterPath eye;
        eye.moveTo(box.left() + 0.5, centre.y());
        eye.quadTo(centre.x(), box.top() - 1.5, box.right() - 0.5, centre.y());
        eye.quadTo(centre.x(), box.bottom() + 1.5, box.left() + 0.5, centre.y());
        painter->drawPath(eye);
        painter->setBrush(color);
        painter->drawEllipse(centre, 1.8, 1.8);
        break;
    }
    case ModelListModel::Reasoning: {
        const QPointF bulb(centre.x(), box.top() + 4.5);
        painter->drawEllipse(bulb, 3.8, 3.8);
        painter->drawLine(QPointF(centre.x() - 1.8, box.top() + 9.3), QPointF(centre.x() + 1.8, box.top() + 9.3));
        painter->drawLine(QPointF(centre.x() - 1.2, box.top() + 11), QPointF(centre.x() + 1.2, box.top() + 11));
        break;
    }
    case ModelListModel::Tools: {
        const QPointF head(box.right() - 3.6, box.top() + 3.6);
        // The jaw: a ring open towards the top right.
        painter->drawArc(QRectF(head.x() - 3, head.y() - 3, 6, 6), 90 * 16, 270 * 16);
        painter->setPen(QPen(color, 2.2, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(head.x() - 2.2, head.y() + 2.2), QPointF(box.left() + 1.6, box.bottom() - 1.6));
        break;
    }
    default:
        break;
    }
    painter->restore();
}
}

QRect ModelDelegate::starRect(const QRect &rowRect)
{
    return QRect(rowRect.left(), rowRect.top(), StarColumn, rowRect.height());
}

QString ModelDelegate::actionText(const QModelIndex &index)
{
    if (index.data(ModelListModel::KindRole).value<Kind>() != Kind::Provider) {
        return {};
    }
    if (!index.data(ModelListModel::AvailableRole).toBool()) {
        return tr("Add key…");
    }
    const auto state = index.data(ModelListModel::ProviderStateRole).value<State>();
    if (state == State::NotRunning || state == State::Failed || state == State::NoKey) {
        return tr("Retry");
    }
    return {};
}

QRect ModelDelegate::actionRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = actionText(index);
    if (text.isEmpty()) {
        return {};
    }
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 4;
    return QRect(option.rect.right() - HorizontalMargin - width, option.rect.top() + VerticalMargin + 2, width,
        metrics.height());
}

QString ModelDelegate::providerStatusLine(const QModelIndex &index)
{
    QString status = index.data(ModelListModel::StatusTextRole).toString();
    const auto state = index.data(ModelListModel::ProviderStateRole).value<State>();
    const QString key = index.data(ModelListModel::KeyStatusRole).toString();
    const bool ready = state == State::Ready && index.data(ModelListModel::AvailableRole).toBool();
    // While a search or filter hides some of them, say how many are shown.
    const int total = index.data(ModelListModel::ModelCountRole).toInt();
    const int shown = index.model()->rowCount(index);
    if (ready && shown < total) {
        status = tr("%1 of %2 models").arg(shown).arg(total);
    }
    if (ready && !key.isEmpty()) {
        return status + QStringLiteral(" · ") + key;
    }
    return status;
}

QSize ModelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int width = availableWidth(option);
    switch (index.data(ModelListModel::KindRole).value<Kind>()) {
    case Kind::Favourites:
    case Kind::Recent:
        return {width, small.height() + 2 * VerticalMargin + 6};
    case Kind::Model:
        return {width, metrics.height() + small.height() + 2 * VerticalMargin + 2};
    case Kind::Provider:
        break;
    }
    QTextLayout layout(providerStatusLine(index), smallFont(option.font));
    const qreal statusHeight = layoutText(layout, width - 2 * HorizontalMargin);
    return {width, metrics.height() + int(std::ceil(statusHeight)) + 2 * VerticalMargin + 6};
}

void ModelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    item.icon = QIcon();
    // The background: selection and hover as the style draws them.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (index.data(ModelListModel::KindRole).value<Kind>()) {
    case Kind::Favourites:
    case Kind::Recent:
        paintHeading(painter, item, index);
        break;
    case Kind::Provider:
        paintProvider(painter, item, index);
        break;
    case Kind::Model:
        paintModel(painter, item, index);
        break;
    }
    painter->restore();
}

void ModelDelegate::paintHeading(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = smallFont(option.font);
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    const QRect text = option.rect.adjusted(HorizontalMargin, VerticalMargin + 6, -HorizontalMargin, -VerticalMargin);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, index.data().toString());
}

void ModelDelegate::paintProvider(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool available = index.data(ModelListModel::AvailableRole).toBool();
    const auto state = index.data(ModelListModel::ProviderStateRole).value<State>();
    const QFontMetrics metrics(option.font);
    const QRect content
        = option.rect.adjusted(HorizontalMargin, VerticalMargin + 4, -HorizontalMargin, -VerticalMargin);

    // A thin rule above every provider but the first, so that groups read as groups.
    if (index.row() > 0) {
        painter->setPen(option.palette.color(QPalette::Midlight));
        painter->drawLine(option.rect.left() + HorizontalMargin, option.rect.top(),
            option.rect.right() - HorizontalMargin, option.rect.top());
    }

    const QRect action = actionRect(option, index);
    if (!action.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                              : option.palette.color(QPalette::Link));
        QFont link = option.font;
        link.setUnderline(true);
        painter->setFont(link);
        painter->drawText(action, Qt::AlignRight | Qt::AlignVCenter, actionText(index));
    }

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(textColor(option, available));
    const int nameWidth = content.width() - (action.isEmpty() ? 0 : action.width() + 8);
    const QString name = QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, nameWidth);
    painter->drawText(
        QRect(content.left(), content.top(), nameWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, name);

    QTextLayout layout(providerStatusLine(index), smallFont(option.font));
    layoutText(layout, content.width());
    QColor statusColor = dimmed(option);
    if (state == State::Failed && available && !(option.state & QStyle::State_Selected)) {
        statusColor = ErrorColor;
    }
    painter->setPen(statusColor);
    layout.draw(painter, QPointF(content.left(), content.top() + metrics.height() + 2));
}

void ModelDelegate::paintModel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool available = index.data(ModelListModel::AvailableRole).toBool();
    const bool favourite = index.data(ModelListModel::FavouriteRole).toBool();
    const QFontMetrics metrics(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    const QRect star = starRect(option.rect);
    const QRect content = option.rect.adjusted(StarColumn, VerticalMargin, -HorizontalMargin, -VerticalMargin);

    // The star: filled for favourites; an outline on the hovered or current row, to show it can be clicked.
    const bool hot = option.state & (QStyle::State_MouseOver | QStyle::State_Selected);
    if (favourite || hot) {
        const QRectF box(star.left() + (StarColumn - StarSize) / 2.0 + 2,
            content.top() + (metrics.height() - StarSize) / 2.0, StarSize, StarSize);
        const QPainterPath path = starPath(box);
        if (favourite) {
            const QColor gold = option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                                      : QColor(0xe5, 0xa5, 0x0a);
            painter->fillPath(path, gold);
        } else {
            painter->setPen(QPen(dimmed(option), 1.2));
            painter->drawPath(path);
        }
    }

    painter->setFont(option.font);
    painter->setPen(textColor(option, available));
    painter->drawText(QRect(content.left(), content.top(), content.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(index.data().toString(), Qt::ElideRight, content.width()));

    // Second line: capability icons on the right, details (or the model's id when nothing is known) on the left.
    const int lineTop = content.top() + metrics.height() + 1;
    const auto capabilities
        = ModelListModel::Capabilities::fromInt(index.data(ModelListModel::CapabilitiesRole).toInt());
    int right = content.right() + 1;
    for (const auto capability : {ModelListModel::Tools, ModelListModel::Reasoning, ModelListModel::Vision}) {
        if (capabilities.testFlag(capability)) {
            const QRectF box(right - IconSize, lineTop + (smallMetrics.height() - IconSize) / 2.0, IconSize, IconSize);
            paintCapability(painter, box, capability, dimmed(option));
            right -= IconSize + BadgeSpacing;
        }
    }
    painter->setFont(small);
    QString details = index.data(ModelListModel::DetailsRole).toString();
    if (details.isEmpty()) {
        details = index.data(ModelListModel::ModelIdRole).toString();
    }
    painter->setPen(dimmed(option));
    const int detailsWidth = right - content.left();
    painter->drawText(QRect(content.left(), lineTop, detailsWidth, smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(details, Qt::ElideRight, detailsWidth));
}

}
