#include "render/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <QCoreApplication>
#include <QPointer>

namespace Confer
{

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static QPointer<KSyntaxHighlighting::Repository> repository;
    if (!repository) {
        repository = new KSyntaxHighlighting::Repository;
        repository->setParent(QCoreApplication::instance());
    }
    return *repository;
}

}
