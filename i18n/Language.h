#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

/**
 * @brief The language of the user interface and of the command-line messages.
 *
 * Gloss is written in English and translated into the languages of translations/ (gloss_XX.ts),
 * compiled into glossi18n's resources (":/org.gloss/i18n/gloss_<code>.qm"). The language comes
 * from the system (QLocale::system().uiLanguages(): LANGUAGE, then LC_ALL, LC_MESSAGES, LANG on
 * Unix) unless View > Language chose one (kept in QSettings as "ui/language"; the window only,
 * the command line always follows the system). Changing it takes effect at the next start.
 *
 * apply() installs Gloss's translation and, when Qt's own are installed, qtbase's (standard
 * dialogs and buttons), and makes the language's QLocale the default, so numbers and dates
 * follow it.
 *
 * Qt Core only (glossi18n, with the compiled translations): the command line uses it without
 * Qt Gui; the window's View > Language menu is ui/LanguageMenu.
 */
class Language
{
public:
    struct Option
    {
        QString code;       ///< "de", "en", …
        QString nativeName; ///< "Deutsch", "English", …
    };

    /** English (the source language) and every compiled-in translation, by native name. */
    static QList<Option> available();
    /** The language's own name for itself, capitalised ("Français", "한국어"). */
    static QString nativeName(const QString &code);

    /** Whether Gloss speaks @p code ("en" always; others when their translation is there). */
    static bool has(const QString &code);

    /** The language chosen in View > Language; empty: follow the system. */
    static QString chosen();
    static void setChosen(const QString &code);

    /**
     * The first of @p uiLanguages (preferred first, "de-AT", "fr_CA", "ko") that Gloss speaks,
     * by language; "en" when none (English is also what "C" and "POSIX" give).
     */
    static QString match(const QStringList &uiLanguages);
    /** The language in effect: chosen() if set and available, else the system's. */
    static QString resolve(const QString &chosen);

    /**
     * Installs the translations of @p code into the application (replacing those installed
     * before) and sets the default QLocale. False when Gloss has no translation of that name
     * (English is always there: nothing to load).
     */
    static bool apply(const QString &code);
    /** The language apply() installed last ("en" before any). */
    static QString current();

    /**
     * @p source of @p context in the language @p code, whichever is installed (e.g. to say
     * something in the language the user just chose); the installed translation's when @p code
     * has none of it.
     */
    static QString translatedInto(const QString &code, const char *context, const char *source);
};

} // namespace gloss
