#include "render/markdownblocks.h"

namespace Confer
{
namespace
{

int leadingSpaces(QStringView line)
{
    int n = 0;
    while (n < line.size() && line[n] == u' ') {
        ++n;
    }
    return n;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isThematicBreak(QStringView line)
{
    if (leadingSpaces(line) > 3) {
        return false;
    }
    const QStringView s = line.trimmed();
    if (s.isEmpty() || (s[0] != u'-' && s[0] != u'*' && s[0] != u'_')) {
        return false;
    }
    int count = 0;
    for (QChar c : s) {
        if (c == s[0]) {
            ++count;
        } else if (c != u' ' && c != u'\t') {
            return false;
        }
    }
    return count >= 3;
}

struct Fence {
    bool ok = false;
    QChar marker;
    int length = 0;
    int indent = 0;
    QString info;
};

Fence fenceAt(QStringView line)
{
    Fence f;
    f.indent = leadingSpaces(line);
    if (f.indent > 3) {
        return f;
    }
    const QStringView s = line.mid(f.indent);
    if (s.isEmpty() || (s[0] != u'`' && s[0] != u'~')) {
        return f;
    }
    int n = 0;
    while (n < s.size() && s[n] == s[0]) {
        ++n;
    }
    if (n < 3) {
        return f;
    }
    const QStringView info = s.mid(n).trimmed();
    if (s[0] == u'`' && info.contains(u'`')) {
        return f;
    }
    f.ok = true;
    f.marker = s[0];
    f.length = n;
    const qsizetype space = info.indexOf(u' ');
    f.info = (space < 0 ? info : info.left(space)).toString();
    return f;
}

bool closesFence(QStringView line, const Fence &open)
{
    if (leadingSpaces(line) > 3) {
        return false;
    }
    const QStringView s = line.trimmed();
    int n = 0;
    while (n < s.size() && s[n] == open.marker) {
        ++n;
    }
    return n >= open.length && n == s.size();
}

int headingLevel(QStringView line)
{
    if (leadingSpaces(line) > 3) {
        return 0;
    }
    const QStringView s = line.trimmed();
    int n = 0;
    while (n < s.size() && s[n] == u'#') {
        ++n;
    }
    if (n < 1 || n > 6 || (n < s.size() && s[n] != u' ' && s[n] != u'\t')) {
        return 0;
    }
    return n;
}

QString headingText(QStringView line)
{
    QStringView s = line.trimmed();
    while (!s.isEmpty() && s[0] == u'#') {
        s = s.mid(1);
    }
    s = s.trimmed();
    // A closing run of # is dropped only when it stands apart.
    int end = int(s.size());
    while (end > 0 && s[end - 1] == u'#') {
        --end;
    }
    if (end == 0) {
        return QString();
    }
    if (end < s.size() && (s[end - 1] == u' ' || s[end - 1] == u'\t')) {
        s = s.left(end).trimmed();
    }
    return s.toString();
}

struct Marker {
    bool ok = false;
    bool ordered = false;
    QChar delimiter;
    int number = 1;
    int contentIndent = 0;
    QString rest;
};

Marker listMarker(QStringView line)
{
    Marker m;
    const int indent = leadingSpaces(line);
    if (indent > 3) {
        return m;
    }
    int pos = indent;
    if (pos < line.size() && (line[pos] == u'-' || line[pos] == u'+' || line[pos] == u'*')) {
        m.delimiter = line[pos];
        ++pos;
    } else {
        int digits = 0;
        while (pos + digits < line.size() && digits < 10 && line[pos + digits].isDigit()
            && line[pos + digits].unicode() < 128) {
            ++digits;
        }
        if (digits == 0 || digits > 9 || pos + digits >= line.size()) {
            return m;
        }
        const QChar d = line[pos + digits];
        if (d != u'.' && d != u')') {
            return m;
        }
        m.ordered = true;
        m.number = line.mid(pos, digits).toInt();
        m.delimiter = d;
        pos += digits + 1;
    }
    if (pos < line.size() && line[pos] != u' ' && line[pos] != u'\t') {
        return m;
    }
    const QStringView after = line.mid(pos);
    int spaces = leadingSpaces(after);
    if (after.trimmed().isEmpty() || spaces > 4) {
        spaces = 1;
    }
    m.ok = true;
    m.contentIndent = pos + spaces;
    m.rest = line.size() > m.contentIndent ? line.mid(m.contentIndent).toString() : QString();
    return m;
}

QStringList splitRow(QStringView line)
{
    QStringView s = line.trimmed();
    if (s.startsWith(u'|')) {
        s = s.mid(1);
    }
    if (s.endsWith(u'|') && !s.endsWith(u"\\|")) {
        s = s.chopped(1);
    }
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size() && s[i + 1] == u'|') {
            cell += u'|';
            ++i;
        } else if (s[i] == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += s[i];
        }
    }
    cells << cell.trimmed();
    return cells;
}

bool delimiterRow(QStringView line, QList<Qt::Alignment> *alignments)
{
    if (!line.contains(u'-') || leadingSpaces(line) > 3) {
        return false;
    }
    const QStringList cells = splitRow(line);
    QList<Qt::Alignment> result;
    for (const QString &cell : cells) {
        if (cell.isEmpty()) {
            return false;
        }
        const bool left = cell.startsWith(u':');
        const bool right = cell.endsWith(u':');
        const QStringView dashes = QStringView(cell).mid(left ? 1 : 0, cell.size() - (left ? 1 : 0) - (right ? 1 : 0));
        if (dashes.isEmpty()) {
            return false;
        }
        for (QChar c : dashes) {
            if (c != u'-') {
                return false;
            }
        }
        result << (left && right ? Qt::AlignHCenter : right ? Qt::AlignRight : Qt::AlignLeft);
    }
    if (alignments) {
        *alignments = result;
    }
    return true;
}

bool tableStartsAt(const QStringList &lines, int i)
{
    return i + 1 < lines.size() && lines[i].contains(u'|') && delimiterRow(lines[i + 1], nullptr)
        && splitRow(lines[i]).size() == splitRow(lines[i + 1]).size();
}

bool startsBlock(QStringView line)
{
    const QStringView s = line.mid(qMin(leadingSpaces(line), 3));
    return fenceAt(line).ok || headingLevel(line) > 0 || isThematicBreak(line) || s.startsWith(u'>')
        || (listMarker(line).ok && !listMarker(line).rest.isEmpty());
}

QString expandTabs(const QString &line)
{
    if (!line.contains(u'\t')) {
        return line;
    }
    QString out;
    int column = 0;
    bool leading = true;
    for (QChar c : line) {
        if (c == u'\t' && leading) {
            const int width = 4 - column % 4;
            out += QString(width, u' ');
            column += width;
        } else {
            if (c != u' ') {
                leading = false;
            }
            out += c;
            ++column;
        }
    }
    return out;
}

class Parser
{
public:
    explicit Parser(const QStringList &lines)
        : m_lines(lines)
    {
        for (QString &line : m_lines) {
            line = expandTabs(line);
        }
    }

    std::vector<MarkdownBlock> parse()
    {
        std::vector<MarkdownBlock> blocks;
        int i = 0;
        const int n = int(m_lines.size());
        while (i < n) {
            if (isBlank(m_lines[i])) {
                ++i;
                continue;
            }
            MarkdownBlock block;
            block.firstLine = i;
            i = parseBlock(i, block);
            blocks.push_back(std::move(block));
        }
        return blocks;
    }

private:
    int parseBlock(int i, MarkdownBlock &block)
    {
        const int n = int(m_lines.size());
        const QString &line = m_lines[i];
        const int indent = leadingSpaces(line);
        if (indent >= 4) {
            block.kind = MarkdownBlock::Code;
            QStringList code;
            int lastContent = i;
            while (i < n && (isBlank(m_lines[i]) || leadingSpaces(m_lines[i]) >= 4)) {
                if (!isBlank(m_lines[i])) {
                    lastContent = i;
                }
                code << m_lines[i].mid(4);
                ++i;
            }
            const int keep = int(code.size()) - (i - 1 - lastContent);
            code = code.mid(0, keep);
            block.text = code.join(u'\n');
            return lastContent + 1;
        }
        if (const Fence fence = fenceAt(line); fence.ok) {
            block.kind = MarkdownBlock::Code;
            block.language = fence.info;
            block.fenced = true;
            QStringList code;
            ++i;
            while (i < n && !closesFence(m_lines[i], fence)) {
                const QString &l = m_lines[i];
                code << l.mid(qMin(leadingSpaces(l), fence.indent));
                ++i;
            }
            block.text = code.join(u'\n');
            block.closed = i < n;
            return i < n ? i + 1 : i;
        }
        if (const int level = headingLevel(line); level > 0) {
            block.kind = MarkdownBlock::Heading;
            block.level = level;
            block.text = headingText(line);
            return i + 1;
        }
        if (isThematicBreak(line)) {
            block.kind = MarkdownBlock::ThematicBreak;
            return i + 1;
        }
        if (line.mid(indent).startsWith(u'>')) {
            block.kind = MarkdownBlock::Quote;
            QStringList inner;
            while (i < n && m_lines[i].mid(qMin(leadingSpaces(m_lines[i]), 3)).startsWith(u'>')) {
                QString l = m_lines[i].mid(leadingSpaces(m_lines[i]) + 1);
                if (l.startsWith(u' ')) {
                    l.remove(0, 1);
                }
                inner << l;
                ++i;
            }
            block.children = Parser(inner).parse();
            return i;
        }
        if (const Marker marker = listMarker(line); marker.ok) {
            return parseList(i, marker, block);
        }
        if (tableStartsAt(m_lines, i)) {
            return parseTable(i, block);
        }
        return parseParagraph(i, block);
    }

    int parseList(int i, Marker marker, MarkdownBlock &block)
    {
        const int n = int(m_lines.size());
        block.kind = MarkdownBlock::List;
        block.ordered = marker.ordered;
        block.start = marker.number;
        const QChar delimiter = marker.delimiter;
        while (true) {
            QStringList itemLines {marker.rest};
            bool previousBlank = marker.rest.isEmpty();
            ++i;
            while (i < n) {
                const QString &l = m_lines[i];
                if (isBlank(l)) {
                    itemLines << QString();
                    previousBlank = true;
                    ++i;
                    continue;
                }
                if (leadingSpaces(l) >= marker.contentIndent) {
                    itemLines << l.mid(marker.contentIndent);
                    previousBlank = false;
                    ++i;
                    continue;
                }
                if (listMarker(l).ok || previousBlank || startsBlock(l)) {
                    break;
                }
                itemLines << l.trimmed(); // lazy continuation of the item's paragraph
                ++i;
            }
            while (!itemLines.isEmpty() && isBlank(itemLines.last())) {
                itemLines.removeLast();
            }
            MarkdownListItem item;
            if (!itemLines.isEmpty()) {
                QString &first = itemLines.first();
                if (first.size() >= 3 && first[0] == u'[' && first[2] == u']'
                    && (first.size() == 3 || first[3] == u' ')) {
                    const QChar mark = first[1];
                    if (mark == u' ' || mark == u'x' || mark == u'X') {
                        item.task = mark == u' ' ? 0 : 1;
                        first = first.mid(4);
                    }
                }
            }
            item.blocks = Parser(itemLines).parse();
            block.items.push_back(std::move(item));
            if (i >= n) {
                break;
            }
            const Marker next = listMarker(m_lines[i]);
            if (!next.ok || next.ordered != marker.ordered || next.delimiter != delimiter
                || isThematicBreak(m_lines[i])) {
                break;
            }
            marker = next;
        }
        return i;
    }

    int parseTable(int i, MarkdownBlock &block)
    {
        const int n = int(m_lines.size());
        block.kind = MarkdownBlock::Table;
        delimiterRow(m_lines[i + 1], &block.alignments);
        const qsizetype columns = block.alignments.size();
        QStringList header = splitRow(m_lines[i]);
        block.rows << header;
        i += 2;
        while (i < n && !isBlank(m_lines[i]) && !startsBlock(m_lines[i])) {
            QStringList row = splitRow(m_lines[i]);
            row.resize(columns);
            block.rows << row;
            ++i;
        }
        return i;
    }

    int parseParagraph(int i, MarkdownBlock &block)
    {
        const int n = int(m_lines.size());
        block.kind = MarkdownBlock::Paragraph;
        QStringList text {m_lines[i].mid(leadingSpaces(m_lines[i]))};
        ++i;
        while (i < n) {
            const QString &l = m_lines[i];
            if (isBlank(l)) {
                break;
            }
            const QString s = l.trimmed();
            if (leadingSpaces(l) <= 3 && !s.isEmpty() && (s.count(u'=') == s.size() || s.count(u'-') == s.size())) {
                block.kind = MarkdownBlock::Heading;
                block.level = s[0] == u'=' ? 1 : 2;
                ++i;
                break;
            }
            if (startsBlock(l)) {
                break;
            }
            if (tableStartsAt(m_lines, i)) {
                break;
            }
            text << l.mid(leadingSpaces(l));
            ++i;
        }
        block.text = text.join(u'\n');
        return i;
    }

    QStringList m_lines;
};

} // namespace

std::vector<MarkdownBlock> parseMarkdownBlocks(const QStringList &lines)
{
    return Parser(lines).parse();
}

} // namespace Confer
