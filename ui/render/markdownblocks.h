#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Confer
{

// The block structure of a Markdown text (CommonMark essentials plus GitHub
// tables and task lists). Parsing restarts fresh at each top-level block, so a
// block followed by another whose first line is complete never changes again:
// that is what lets the streaming renderer freeze it.
struct MarkdownBlock;

struct MarkdownListItem {
    int task = -1; // -1: no checkbox, 0: unchecked, 1: checked
    std::vector<MarkdownBlock> blocks;
};

struct MarkdownBlock {
    enum Kind { Paragraph, Heading, ThematicBreak, Code, Quote, List, Table };
    Kind kind = Paragraph;
    int firstLine = 0;
    int level = 0; // heading level
    QString text; // inline text of paragraphs and headings, code of code blocks
    QString language; // fenced code info word
    bool fenced = false; // a fenced (not indented) code block
    bool closed = false; // a fenced code block whose closing fence has arrived
    std::vector<MarkdownBlock> children; // block quote content
    bool ordered = false;
    int start = 1;
    std::vector<MarkdownListItem> items;
    QList<QStringList> rows; // table: header row first
    QList<Qt::Alignment> alignments;
};

std::vector<MarkdownBlock> parseMarkdownBlocks(const QStringList &lines);

} // namespace Confer
