#pragma once

#include <QStringView>

class QPalette;
class QTextCharFormat;
class QTextCursor;

namespace Confer
{

// Writes the inline Markdown of one block at the cursor: emphasis, strong,
// strikethrough, code spans, links and autolinks (anchors naming their
// target), images as links (never loaded), escapes, entities and hard
// breaks. HTML stays text.
void writeInlineMarkdown(QTextCursor &cursor, QStringView text, const QTextCharFormat &format, const QPalette &palette);

}
