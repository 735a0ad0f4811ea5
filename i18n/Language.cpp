#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace gloss {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kResourceDir = QStringLiteral(":/org.gloss/i18n");
const QString kSourceLanguage = QStringLiteral("en");

// Installed translators (owned here; the application only keeps pointers).
std::unique_ptr<QTranslator> s_gloss;
std::unique_ptr<QTranslator> s_qt;
QString s_current = kSourceLanguage;

QString qmPath(const QString &code)
{
    return kResourceDir + QStringLiteral("/gloss_") + code + QStringLiteral(".qm");
}

bool hasTranslation(const QString &code)
{
    return code == kSourceLanguage || (!code.isEmpty() && QFile::exists(qmPath(code)));
}

/** "de_AT", "de-AT", "de" → "de"; "C", "POSIX" → "en". */
QString languageOf(const QString &uiLanguage)
{
    const QString name = uiLanguage.trimmed();
    if (name.isEmpty())
        return {};
    if (name == u"C" || name.startsWith(u"C.") || name == u"POSIX")
        return kSourceLanguage;
    const QLocale locale(name);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return {};
    return QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
}

void removeInstalled()
{
    for (std::unique_ptr<QTranslator> *t : {&s_gloss, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
}

} // namespace

QString Language::nativeName(const QString &code)
{
    // as each language names itself in a menu of languages (CLDR's would be "español de
    // España", "American English")
    static const QHash<QString, QString> known{
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
    };
    if (const auto it = known.constFind(code); it != known.constEnd())
        return *it;
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    // "français", "español": a menu entry starts with a capital
    return QLocale(code).toUpper(name.left(1)) + name.mid(1);
}

QList<Language::Option> Language::available()
{
    QList<Option> options{{kSourceLanguage, nativeName(kSourceLanguage)}};
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("gloss_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(6, file.size() - 6 - 3); // gloss_XX.qm
        if (code != kSourceLanguage) // gloss_en.qm: English plural forms only
            options.append({code, nativeName(code)});
    }
    std::sort(options.begin(), options.end(),
              [](const Option &a, const Option &b) { return a.code < b.code; });
    return options;
}

QString Language::chosen()
{
    return QSettings().value(kLanguageKey).toString();
}

void Language::setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QString Language::match(const QStringList &uiLanguages)
{
    for (const QString &ui : uiLanguages) {
        const QString code = languageOf(ui);
        if (hasTranslation(code))
            return code;
    }
    return kSourceLanguage;
}

QString Language::resolve(const QString &chosenCode)
{
    if (hasTranslation(chosenCode))
        return chosenCode;
    return match(QLocale::system().uiLanguages());
}

bool Language::apply(const QString &code)
{
    removeInstalled();
    s_current = kSourceLanguage;
    const bool known = hasTranslation(code);
    if (known && code == kSourceLanguage) {
        // English is the source; its file holds the plural forms ("1 note", "3 notes")
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load(qmPath(code))) {
            QCoreApplication::installTranslator(plurals.get());
            s_gloss = std::move(plurals);
        }
    } else if (known) {
        auto gloss = std::make_unique<QTranslator>();
        if (!gloss->load(qmPath(code)))
            return false;
        QCoreApplication::installTranslator(gloss.get());
        s_gloss = std::move(gloss);
        s_current = code;
        // Qt's own strings (standard buttons and dialogs), when Qt's translations are installed
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            s_qt = std::move(qt);
        }
    }
    // Numbers and dates: the system's formats when they are of the same language (they may be
    // regional, de_AT, fr_CA), else the language's own; "C" has none worth keeping.
    const QLocale system = QLocale::system();
    const QLocale language(s_current);
    if (system.language() == language.language())
        QLocale::setDefault(system);
    else
        QLocale::setDefault(language);
    return known;
}

QString Language::current()
{
    return s_current;
}

QString Language::translatedInto(const QString &code, const char *context, const char *source)
{
    if (code != kSourceLanguage) {
        QTranslator translator;
        if (translator.load(qmPath(code))) {
            const QString text = translator.translate(context, source);
            if (!text.isEmpty())
                return text;
        }
    }
    return QCoreApplication::translate(context, source);
}

bool Language::has(const QString &code)
{
    return hasTranslation(code);
}

} // namespace gloss
