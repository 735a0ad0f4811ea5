#include "GettingStarted.h"

#include "Icons.h"

#include <QDialogButtonBox>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gloss {

namespace {

const QList<ClaimKind> kClaimKinds = {ClaimKind::Quote, ClaimKind::Reported, ClaimKind::Hedged,
                                      ClaimKind::Factual};

QString claimKindUrl(ClaimKind kind)
{
    return QStringLiteral("gloss-claim:") + claimKindName(kind).toLower();
}

QString colored(const QColor &color, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text);
}

/** "<b>File › Open…</b> (<code>Ctrl+O</code>)" for the action called @p name, from the
 *  window's menus; @p fallback (already HTML) when the window has no such action. */
class Refs
{
public:
    explicit Refs(const ShortcutCatalog &catalog)
        : m_catalog(catalog)
    {
    }

    QString keys(const QString &name) const
    {
        const QString k = m_catalog.keysOf(name);
        return k.isEmpty() ? QString() : QStringLiteral("<code>%1</code>").arg(k.toHtmlEscaped());
    }

    /** The action as it reads in its menu, with its keys. */
    QString action(const QString &name, bool withMenu = true) const
    {
        const ShortcutCatalog::Entry *e = m_catalog.find(name);
        if (!e)
            return {};
        QString s = QStringLiteral("<b>%1</b>")
                        .arg((withMenu ? e->group + QStringLiteral(" › ") + e->text : e->text)
                                 .toHtmlEscaped());
        if (!e->keys.isEmpty())
            s += QStringLiteral(" (%1)").arg(keys(name));
        return s;
    }

private:
    const ShortcutCatalog &m_catalog;
};

} // namespace

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started — Gloss"));
    setAccessibleName(tr("Getting started"));
    m_browser->setObjectName(QStringLiteral("gettingStartedPage"));
    m_browser->setAccessibleName(tr("Getting started with Gloss"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_browser, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 0);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(660, 720);
}

void GettingStartedDialog::setContent(const ReadingTheme &theme, const ShortcutCatalog &catalog)
{
    // the page in the reading theme's colours, which the sample colours are made for
    QPalette p = m_browser->palette();
    if (theme.isValid()) {
        p.setColor(QPalette::Base, theme.background());
        p.setColor(QPalette::Text, theme.text());
    }
    m_browser->setPalette(p);
    QTextDocument *doc = m_browser->document();
    const int px = std::max(16, fontMetrics().height());
    for (const ClaimKind kind : kClaimKinds) {
        const QIcon icon = icons::claimIcon(kind, theme.claimColor(kind));
        doc->addResource(QTextDocument::ImageResource, QUrl(claimKindUrl(kind)),
                         icon.pixmap(QSize(px, px), devicePixelRatioF()));
    }
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html(theme, catalog));
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString GettingStartedDialog::html(const ReadingTheme &theme, const ShortcutCatalog &catalog)
{
    const Refs refs(catalog);
    QString h;
    const auto heading = [&h](const QString &text) {
        h += QStringLiteral("<h3>%1</h3>").arg(text);
    };
    const auto para = [&h](const QString &text) { h += QStringLiteral("<p>%1</p>").arg(text); };

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Getting started with Gloss"));
    para(tr("Gloss helps you read a news article closely: who is speaking, what is claimed, "
            "and your own notes beside the text. The article itself is never changed; "
            "everything Gloss adds is colour, marks and notes."));

    heading(tr("Open an article"));
    para(tr("Open a text, Markdown or HTML file with %1, or drop it on the window. %2 "
            "downloads a web page and keeps its article (without menus, ads and comments); "
            "%3 opens the text on the clipboard.")
             .arg(refs.action(QStringLiteral("actionOpen")),
                  refs.action(QStringLiteral("actionOpenLink")),
                  refs.action(QStringLiteral("actionPasteArticle"))));

    heading(tr("What the colours mean"));
    QString speakers;
    for (int i = 0; i < 4; ++i)
        speakers += colored(theme.speakerColor(i), QStringLiteral("●"));
    QString entities;
    const QList<std::pair<EntityType, QString>> types = {
        {EntityType::Person, tr("people")},
        {EntityType::Org, tr("organisations")},
        {EntityType::Gpe, tr("countries and cities")},
        {EntityType::Loc, tr("other places")}};
    for (const auto &[type, name] : types) {
        entities += (entities.isEmpty() ? QString() : QStringLiteral(", ")) +
                    colored(theme.entityColor(type), QStringLiteral("■ ")) + name;
    }
    QString claims;
    const QStringList claimNames = {tr("a quote"), tr("reported speech"), tr("hedged"),
                                    tr("a plain statement")};
    for (int i = 0; i < kClaimKinds.size(); ++i) {
        claims += (claims.isEmpty() ? QString() : QStringLiteral(", ")) +
                  QStringLiteral("<img src=\"%1\"> ").arg(claimKindUrl(kClaimKinds.at(i))) +
                  claimNames.at(i);
    }
    h += QStringLiteral("<ul>");
    const auto item = [&h](const QString &text) { h += QStringLiteral("<li>%1</li>").arg(text); };
    item(tr("Every direct quote is tinted in its speaker’s colour %1, and so is the "
            "speaker’s name; the Speakers tab is the legend.")
             .arg(speakers));
    item(tr("A quote nobody is named for is %1; scare quotes (“so-called”) and titles are "
            "%2.")
             .arg(colored(theme.neutralQuote(), tr("in this neutral colour")),
                  colored(theme.scareQuote(), tr("lighter"))));
    item(tr("Names are underlined by what they name: %1.").arg(entities));
    item(tr("A bar in the left margin marks a claim, in the colour of its kind: %1.").arg(claims));
    item(tr("Hover a quote for its speaker and the words that attribute it; click a "
            "speaker’s name to show only their quotes, and press %1 to see everyone’s again.")
             .arg(refs.keys(QStringLiteral("actionShowAllSpeakers"))));
    item(tr("The View menu turns each layer on and off: %1, %2, %3.")
             .arg(refs.action(QStringLiteral("actionShowSpeakers"), false),
                  refs.action(QStringLiteral("actionShowEntities"), false),
                  refs.action(QStringLiteral("actionShowClaims"), false)));
    h += QStringLiteral("</ul>");

    heading(tr("The side panel"));
    para(tr("Beside the text, %1 shows or hides a panel with a tab for each way into the "
            "article:")
             .arg(refs.action(QStringLiteral("actionSidePanel"))));
    h += QStringLiteral("<ul>");
    const auto tab = [&](const QString &dock, const QString &name, const QString &text) {
        const QString keys = refs.keys(QStringLiteral("actionGoTo:") + dock);
        item(QStringLiteral("<b>%1</b>%2: %3")
                 .arg(name, keys.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(keys), text));
    };
    tab(QStringLiteral("claimsDock"), tr("Claims"),
        tr("every claim, by who makes it and of what kind; click one to go to it."));
    tab(QStringLiteral("speakersDock"), tr("Speakers"),
        tr("the speakers with their colours and number of quotes; click one to show only "
           "their quotes."));
    tab(QStringLiteral("entitiesDock"), tr("Entities"),
        tr("the people, organisations and places; click again for the next mention."));
    tab(QStringLiteral("notesDock"), tr("Notes"),
        tr("your notes in reading order, with a search box (words, or #tag)."));
    h += QStringLiteral("</ul>");

    heading(tr("Notes"));
    para(tr("Select some words (or put the cursor in a quote) and choose %1: a card opens in "
            "the margin beside the passage; type on it. Its ⋯ menu sets the colour and tags or "
            "deletes it. %2 and %3 go from note to note.")
             .arg(refs.action(QStringLiteral("actionAddNote")),
                  refs.action(QStringLiteral("actionNextNote"), false),
                  refs.action(QStringLiteral("actionPreviousNote"), false)));
    para(tr("Notes are saved as you type, in a file of their own (the article is never "
            "changed), and they stay with their words when the article is updated. %1 takes "
            "back any change.")
             .arg(refs.action(QStringLiteral("actionUndo"))));

    heading(tr("Exporting"));
    para(tr("%1 saves the notes as Markdown, HTML, W3C Web Annotations (which Hypothesis "
            "reads) or CSV, with a preview; %2 copies them for a message or a document; %3 "
            "brings in annotations from Gloss or Hypothesis.")
             .arg(refs.action(QStringLiteral("actionExportNotes")),
                  refs.action(QStringLiteral("actionCopyNotesMarkdown")),
                  refs.action(QStringLiteral("actionImportNotes"))));

    heading(tr("Finding words"));
    para(tr("%1 opens the find bar under the text: every match is marked, the current one "
            "strongest. %2 and %3 go to the next and the previous match; %4 and %5 narrow the "
            "search, and “in N paragraphs” lists the paragraphs with matches.")
             .arg(refs.action(QStringLiteral("actionFind")),
                  refs.keys(QStringLiteral("actionFindNext")),
                  refs.keys(QStringLiteral("actionFindPrevious")),
                  refs.action(QStringLiteral("actionFindMatchCase"), false),
                  refs.action(QStringLiteral("actionFindWholeWords"), false)));

    heading(tr("Keys worth remembering"));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const QStringList names = {
        QStringLiteral("actionOpen"),           QStringLiteral("actionFind"),
        QStringLiteral("actionFindNext"),       QStringLiteral("actionAddNote"),
        QStringLiteral("actionExportNotes"),    QStringLiteral("actionZoomIn"),
        QStringLiteral("actionZoomOut"),        QStringLiteral("actionFocusMode"),
        QStringLiteral("actionSidePanel"),      QStringLiteral("actionNextPane"),
        QStringLiteral("actionGettingStarted"), QStringLiteral("actionKeyboardShortcuts")};
    for (const QString &name : names) {
        const ShortcutCatalog::Entry *e = catalog.find(name);
        if (!e || e->keys.isEmpty())
            continue;
        h += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                 .arg(refs.keys(name), e->text.toHtmlEscaped());
    }
    h += QStringLiteral("</table>");
    para(tr("%1 lists every action and its keys, with a filter.")
             .arg(refs.action(QStringLiteral("actionKeyboardShortcuts"))));
    return h;
}

} // namespace gloss
