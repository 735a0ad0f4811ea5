#include "LanguageMenu.h"

#include "Language.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <memory>

namespace gloss {

namespace {

/** @p source of context gloss::Language in the language @p code (the restart message). */
QString translated(const QString &code, const char *source)
{
    return Language::translatedInto(code, "gloss::Language", source);
}

} // namespace

QMenu *LanguageMenu::create(QWidget *parent, std::function<void()> restart)
{
    auto *menu = new QMenu(tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString chosenCode = Language::chosen();
    const QString systemCode = Language::match(QLocale::system().uiLanguages());

    QAction *system = menu->addAction(tr("&System (%1)").arg(Language::nativeName(systemCode)));
    system->setObjectName(QStringLiteral("actionLanguageSystem"));
    system->setData(QString());
    system->setCheckable(true);
    system->setChecked(!Language::has(chosenCode));
    system->setStatusTip(tr("Use the language of the system"));
    group->addAction(system);
    menu->addSeparator();
    const QList<Language::Option> options = Language::available();
    for (const Language::Option &option : options) {
        QAction *a = menu->addAction(option.nativeName);
        a->setObjectName(QStringLiteral("actionLanguage:") + option.code);
        a->setData(option.code);
        a->setCheckable(true);
        a->setChecked(option.code == chosenCode);
        group->addAction(a);
    }

    // the box shown (it deletes itself when closed): a second choice replaces it
    auto shown = std::make_shared<QPointer<QMessageBox>>();
    QObject::connect(group, &QActionGroup::triggered, menu, [parent, restart, shown](QAction *a) {
        const QString code = a->data().toString();
        Language::setChosen(code);
        if (*shown)
            (*shown)->close();
        const QString next = Language::resolve(code);
        if (next == Language::current())
            return;
        // said in the language chosen, which is the one the user reads
        auto *box = new QMessageBox(
            QMessageBox::Information,
            translated(next, QT_TRANSLATE_NOOP("gloss::Language", "Language")),
            translated(next, QT_TRANSLATE_NOOP("gloss::Language",
                                                   "Gloss will use this language the next "
                                                   "time it starts.")),
            QMessageBox::NoButton, parent);
        box->setObjectName(QStringLiteral("languageRestartBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        *shown = box;
        QPushButton *later =
            box->addButton(translated(next, QT_TRANSLATE_NOOP("gloss::Language", "&Later")),
                           QMessageBox::RejectRole);
        box->setDefaultButton(later);
        if (restart) {
            QPushButton *now = box->addButton(
                translated(next, QT_TRANSLATE_NOOP("gloss::Language", "&Restart Now")),
                QMessageBox::AcceptRole);
            now->setObjectName(QStringLiteral("restartNow"));
            QObject::connect(now, &QPushButton::clicked, box, [restart] { restart(); });
        }
        box->open(); // not modal: tests never block, the window keeps working
    });
    return menu;
}

} // namespace gloss
