#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QMenu;
class QWidget;

namespace gloss {

/**
 * @brief The language of the user interface and of the command-line messages.
 *
 * Gloss is written in English and translated into the languages of translations/ (gloss_XX.ts),
 * compiled into the resources (":/org.gloss/i18n/gloss_<code>.qm"). The language comes from the
 * system (QLocale::system().uiLanguages(): LANGUAGE, then LC_ALL, LC_MESSAGES, LANG on Unix)
 * unless View > Language chose one (kept in QSettings as "ui/language"; the window only, the command
 * line always follows the system). Changing it takes effect at the next start.
 *
 * apply() installs Gloss's translation and, when Qt's own are installed, qtbase's (standard
 * dialogs and buttons), and makes the language's QLocale the default, so numbers and dates
 * follow it.
 */
class Language
{
    Q_DECLARE_TR_FUNCTIONS(gloss::Language)

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
     * View > Language: "System (…)" and every available language by native name, the one in
     * effect checked. Choosing one stores it and says (in the language chosen) that it applies
     * at the next start, offering @p restart (which should close the window and start Gloss
     * again) when given.
     */
    static QMenu *createMenu(QWidget *parent, std::function<void()> restart = {});
};

} // namespace gloss
