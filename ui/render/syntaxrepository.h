#pragma once

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Confer
{

// The application's syntax repository, read once: building one reads the
// metadata of every syntax definition, and a comparison shows up to eight
// chat views at once. Owned by the application object; GUI thread only.
KSyntaxHighlighting::Repository &syntaxRepository();

}
