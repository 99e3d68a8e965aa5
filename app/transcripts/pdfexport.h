#pragma once

#include <QByteArray>
#include <QString>

namespace Confer::Transcripts
{

// A PDF of an HTML export (HtmlExport), laid out by QTextDocument on A4.
// Needs a QGuiApplication (the offscreen platform will do) for fonts.
class PdfExport
{
public:
    static QByteArray render(const QString &html, const QString &title);
};

}
