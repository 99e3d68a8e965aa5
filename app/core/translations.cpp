#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "confer.translations")

namespace Confer::Translations
{

namespace
{
constexpr auto TranslatorName = "confer-translator";
const QString ResourceDirectory = QStringLiteral(":/i18n");

void removeInstalled()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(
        QString::fromLatin1(TranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator *newTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QString::fromLatin1(TranslatorName));
    return translator;
}
}

QStringList available()
{
    QStringList languages;
    const auto entries = QDir(ResourceDirectory).entryList({QStringLiteral("confer_*.qm")}, QDir::Files);
    for (const QString &file : entries) {
        const QString language = file.mid(7, file.size() - 10);
        // confer_en.qm holds only English plural forms: English is the source text, not a translation.
        if (language != QLatin1String("en")) {
            languages << language;
        }
    }
    return languages;
}

QString install(const QLocale &locale)
{
    removeInstalled();

    // The first of the locale's UI languages with a file; English (confer_en.qm, the "%n model"
    // and "%n models" forms of the %n strings) when it comes first or nothing else matches.
    QTranslator *confer = newTranslator();
    if (!confer->load(locale, QStringLiteral("confer"), QStringLiteral("_"), ResourceDirectory)
        && !confer->load(QStringLiteral("confer_en"), ResourceDirectory)) {
        qCInfo(lcTranslations) << "No English plural forms in" << ResourceDirectory;
        delete confer;
        return {};
    }
    QCoreApplication::installTranslator(confer);
    const QString language = confer->language();
    if (language.isEmpty() || language.startsWith(QLatin1String("en"))) {
        return {}; // the source text, with its plurals
    }

    // Qt's own strings (standard buttons, shortcuts) in the same language: the system's
    // qtbase translation, else the one Confer carries for languages Qt lacks (Hindi).
    QTranslator *qtBase = newTranslator();
    for (const QString &directory : {QLibraryInfo::path(QLibraryInfo::TranslationsPath), ResourceDirectory}) {
        if (qtBase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(qtBase);
            return language;
        }
    }
    qCInfo(lcTranslations) << "No Qt base translation for" << language;
    delete qtBase;
    return language;
}

}
