#pragma once

#include <QCoreApplication>

#include <functional>

class QMenu;
class QWidget;

namespace gloss {

/**
 * @brief View > Language: the widget side of Language (i18n/Language.h).
 *
 * "System (…)" and every available language by native name, the one in effect checked.
 * Choosing one stores it (Language::setChosen) and says, in the language chosen, that it
 * applies at the next start, offering a restart when the window gives one.
 */
class LanguageMenu
{
    // the strings keep the context they had when the menu was part of Language
    Q_DECLARE_TR_FUNCTIONS(gloss::Language)

public:
    /**
     * The menu (object name "languageMenu"), owned by @p parent. @p restart, when given, is
     * offered as Restart Now: it should close the window and start Gloss again.
     */
    static QMenu *create(QWidget *parent, std::function<void()> restart = {});
};

} // namespace gloss
