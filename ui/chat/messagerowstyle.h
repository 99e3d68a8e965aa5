#pragma once

// Measures and colours shared by the message list's layout, painting and interaction.

#include <QFont>
#include <QPalette>

namespace Confer::MessageRowStyle
{
constexpr int OuterMargin = 24;
constexpr int MaxColumnWidth = 860;
constexpr int RowTopPadding = 10;
constexpr int RowBottomPadding = 8;
constexpr int BubblePadding = 12;
constexpr int ReasoningIndent = 14;
// Rendered documents kept for rows off screen, so scrolling back is cheap but memory stays bounded.
constexpr int MaxBodies = 120;
constexpr int HighlightMs = 2000;

inline QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

inline QColor muted(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

inline QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::BrightText);
}
}
