#include "render/documentdump.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace Confer
{
namespace
{

QString escaped(QString text)
{
    text.replace(u'\\', QLatin1String("\\\\"));
    text.replace(u'"', QLatin1String("\\\""));
    text.replace(QChar::LineSeparator, QLatin1String("\\u2028"));
    text.replace(u'\n', QLatin1String("\\n"));
    return u'"' + text + u'"';
}

QString charAttributes(const QTextCharFormat &f)
{
    QStringList a;
    if (f.fontWeight() >= QFont::Bold) {
        a << QStringLiteral("bold");
    }
    if (f.fontItalic()) {
        a << QStringLiteral("italic");
    }
    if (f.fontStrikeOut()) {
        a << QStringLiteral("strike");
    }
    if (f.fontFixedPitch()) {
        a << QStringLiteral("mono");
    }
    if (f.hasProperty(QTextFormat::FontSizeAdjustment)) {
        a << QStringLiteral("size%1").arg(f.intProperty(QTextFormat::FontSizeAdjustment));
    }
    if (f.isAnchor()) {
        a << QStringLiteral("href=") + escaped(f.anchorHref()) << QStringLiteral("tip=") + escaped(f.toolTip());
    }
    if (f.hasProperty(QTextFormat::ForegroundBrush) && !f.isAnchor()) {
        a << QStringLiteral("fg=") + f.foreground().color().name();
    }
    return a.join(u' ');
}

void dumpBlock(const QTextBlock &block, const QString &indent, QString &out)
{
    const QTextBlockFormat f = block.blockFormat();
    QStringList a;
    if (f.headingLevel() > 0) {
        a << QStringLiteral("h%1").arg(f.headingLevel());
    }
    if (QTextList *list = block.textList()) {
        a << QStringLiteral("list=%1/%2 item=%3")
                 .arg(int(list->format().style()))
                 .arg(list->format().indent())
                 .arg(list->itemNumber(block) + list->format().start());
    }
    if (f.marker() != QTextBlockFormat::MarkerType::NoMarker) {
        a << (f.marker() == QTextBlockFormat::MarkerType::Checked ? QStringLiteral("checked")
                                                                  : QStringLiteral("unchecked"));
    }
    if (f.indent() > 0) {
        a << QStringLiteral("indent=%1").arg(f.indent());
    }
    if (f.hasProperty(QTextFormat::BlockQuoteLevel)) {
        a << QStringLiteral("quote=%1").arg(f.intProperty(QTextFormat::BlockQuoteLevel));
    }
    if (f.hasProperty(QTextFormat::UserProperty + 1)) {
        a << QStringLiteral("code=%1").arg(f.intProperty(QTextFormat::UserProperty + 1));
    }
    if (f.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
        a << QStringLiteral("rule");
    }
    if (f.alignment() & (Qt::AlignRight | Qt::AlignHCenter)) {
        a << QStringLiteral("align=%1").arg(int(f.alignment() & Qt::AlignHorizontal_Mask));
    }
    out += indent + QStringLiteral("block ") + a.join(u' ') + u'\n';
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        out += indent + QStringLiteral("  ") + escaped(fragment.text()) + u' ' + charAttributes(fragment.charFormat())
            + u'\n';
    }
}

void dumpFrame(QTextFrame *frame, const QString &indent, QString &out)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (QTextTable *table = qobject_cast<QTextTable *>(child)) {
                out += indent + QStringLiteral("table %1x%2\n").arg(table->rows()).arg(table->columns());
                for (int r = 0; r < table->rows(); ++r) {
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        out += indent + QStringLiteral("  cell %1,%2\n").arg(r).arg(c);
                        for (auto b = cell.begin(); !b.atEnd(); ++b) {
                            if (b.currentBlock().isValid()) {
                                dumpBlock(b.currentBlock(), indent + QStringLiteral("    "), out);
                            }
                        }
                    }
                }
            } else {
                out += indent + QStringLiteral("frame\n");
                dumpFrame(child, indent + QStringLiteral("  "), out);
            }
        } else if (it.currentBlock().isValid()) {
            dumpBlock(it.currentBlock(), indent, out);
        }
    }
}

} // namespace

QString dumpDocument(const QTextDocument &document)
{
    QString out;
    dumpFrame(document.rootFrame(), QString(), out);
    return out;
}

} // namespace Confer
