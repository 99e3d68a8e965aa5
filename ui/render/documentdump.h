#pragma once

#include <QString>

class QTextDocument;

namespace Confer
{

// A stable text form of a rendered document's structure and formats, for
// golden-file tests and for comparing two renderings.
QString dumpDocument(const QTextDocument &document);

} // namespace Confer
