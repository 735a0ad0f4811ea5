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

/** The page being written: its HTML and the blocks it is made of. */
class Page
{
public:
    Page(const ReadingTheme &readingTheme, const ShortcutCatalog &shortcuts)
        : refs(shortcuts)
        , theme(readingTheme)
        , catalog(shortcuts)
    {
    }

    void add(const QString &html) { m_html += html; }
    void heading(const QString &text) { m_html += QStringLiteral("<h3>%1</h3>").arg(text); }
    void para(const QString &text) { m_html += QStringLiteral("<p>%1</p>").arg(text); }
    void item(const QString &text) { m_html += QStringLiteral("<li>%1</li>").arg(text); }
    const QString &html() const { return m_html; }

    const Refs refs;
    const ReadingTheme &theme;
    const ShortcutCatalog &catalog;

private:
    QString m_html;
};

void writeIntroduction(Page &page)
{
    page.add(
        QStringLiteral("<h2>%1</h2>").arg(GettingStartedDialog::tr("Getting started with Gloss")));
    page.para(GettingStartedDialog::tr(
        "Gloss helps you read a news article closely: who is speaking, what is claimed, "
        "and your own notes beside the text. The article itself is never changed; "
        "everything Gloss adds is colour, marks and notes."));

    page.heading(GettingStartedDialog::tr("Open an article"));
    page.para(GettingStartedDialog::tr(
                  "Open a text, Markdown or HTML file with %1, or drop it on the window. %2 "
                  "downloads a web page and keeps its article (without menus, ads and comments); "
                  "%3 opens the text on the clipboard.")
                  .arg(page.refs.action(QStringLiteral("actionOpen")),
                       page.refs.action(QStringLiteral("actionOpenLink")),
                       page.refs.action(QStringLiteral("actionPasteArticle"))));
}

/** The legend's samples: the speakers' colours, the entities' and the claims' marks. */
struct Samples
{
    QString speakers;
    QString entities;
    QString claims;
};

Samples samplesOf(const ReadingTheme &theme)
{
    Samples s;
    for (int i = 0; i < 4; ++i)
        s.speakers += colored(theme.speakerColor(i), QStringLiteral("●"));
    const QList<std::pair<EntityType, QString>> types = {
        {EntityType::Person, GettingStartedDialog::tr("people")},
        {EntityType::Org, GettingStartedDialog::tr("organisations")},
        {EntityType::Gpe, GettingStartedDialog::tr("countries and cities")},
        {EntityType::Loc, GettingStartedDialog::tr("other places")}};
    for (const auto &[type, name] : types) {
        s.entities += (s.entities.isEmpty() ? QString() : QStringLiteral(", ")) +
                      colored(theme.entityColor(type), QStringLiteral("■ ")) + name;
    }
    const QStringList claimNames = {
        GettingStartedDialog::tr("a quote"), GettingStartedDialog::tr("reported speech"),
        GettingStartedDialog::tr("hedged"), GettingStartedDialog::tr("a plain statement")};
    for (int i = 0; i < kClaimKinds.size(); ++i) {
        s.claims += (s.claims.isEmpty() ? QString() : QStringLiteral(", ")) +
                    QStringLiteral("<img src=\"%1\"> ").arg(claimKindUrl(kClaimKinds.at(i))) +
                    claimNames.at(i);
    }
    return s;
}

void writeColours(Page &page)
{
    const ReadingTheme &theme = page.theme;
    const Refs &refs = page.refs;
    page.heading(GettingStartedDialog::tr("What the colours mean"));
    const Samples samples = samplesOf(theme);
    page.add(QStringLiteral("<ul>"));
    page.item(GettingStartedDialog::tr(
                  "Every direct quote is tinted in its speaker’s colour %1, and so is the "
                  "speaker’s name; the Speakers tab is the legend.")
                  .arg(samples.speakers));
    page.item(
        GettingStartedDialog::tr(
            "A quote nobody is named for is %1; scare quotes (“so-called”) and titles are "
            "%2.")
            .arg(colored(theme.neutralQuote(), GettingStartedDialog::tr("in this neutral colour")),
                 colored(theme.scareQuote(), GettingStartedDialog::tr("lighter"))));
    page.item(GettingStartedDialog::tr("Names are underlined by what they name: %1.")
                  .arg(samples.entities));
    page.item(GettingStartedDialog::tr(
                  "A bar in the left margin marks a claim, in the colour of its kind: %1.")
                  .arg(samples.claims));
    page.item(GettingStartedDialog::tr("Hover a quote for its speaker and the words that "
                                       "attribute it; click a speaker’s name to show only their "
                                       "quotes, and press %1 to see everyone’s again.")
                  .arg(refs.keys(QStringLiteral("actionShowAllSpeakers"))));
    page.item(GettingStartedDialog::tr("The View menu turns each layer on and off: %1, %2, %3.")
                  .arg(refs.action(QStringLiteral("actionShowSpeakers"), false),
                       refs.action(QStringLiteral("actionShowEntities"), false),
                       refs.action(QStringLiteral("actionShowClaims"), false)));
    page.add(QStringLiteral("</ul>"));
}

void writeSidePanel(Page &page)
{
    page.heading(GettingStartedDialog::tr("The side panel"));
    page.para(GettingStartedDialog::tr(
                  "Beside the text, %1 shows or hides a panel with a tab for each way into the "
                  "article:")
                  .arg(page.refs.action(QStringLiteral("actionSidePanel"))));
    page.add(QStringLiteral("<ul>"));
    const auto tab = [&page](const QString &dock, const QString &name, const QString &text) {
        const QString keys = page.refs.keys(QStringLiteral("actionGoTo:") + dock);
        page.item(
            QStringLiteral("<b>%1</b>%2: %3")
                .arg(name, keys.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(keys), text));
    };
    tab(QStringLiteral("claimsDock"), GettingStartedDialog::tr("Claims"),
        GettingStartedDialog::tr(
            "every claim, by who makes it and of what kind; click one to go to it."));
    tab(QStringLiteral("speakersDock"), GettingStartedDialog::tr("Speakers"),
        GettingStartedDialog::tr(
            "the speakers with their colours and number of quotes; click one to show only "
            "their quotes."));
    tab(QStringLiteral("entitiesDock"), GettingStartedDialog::tr("Entities"),
        GettingStartedDialog::tr(
            "the people, organisations and places; click again for the next mention."));
    tab(QStringLiteral("notesDock"), GettingStartedDialog::tr("Notes"),
        GettingStartedDialog::tr(
            "your notes in reading order, with a search box (words, or #tag)."));
    page.add(QStringLiteral("</ul>"));
}

void writeNotes(Page &page)
{
    const Refs &refs = page.refs;
    page.heading(GettingStartedDialog::tr("Notes"));
    page.para(
        GettingStartedDialog::tr(
            "Select some words (or put the cursor in a quote) and choose %1: a card opens in "
            "the margin beside the passage; type on it. Its ⋯ menu sets the colour and tags or "
            "deletes it. %2 and %3 go from note to note.")
            .arg(refs.action(QStringLiteral("actionAddNote")),
                 refs.action(QStringLiteral("actionNextNote"), false),
                 refs.action(QStringLiteral("actionPreviousNote"), false)));
    page.para(GettingStartedDialog::tr(
                  "Notes are saved as you type, in a file of their own (the article is never "
                  "changed), and they stay with their words when the article is updated. %1 takes "
                  "back any change.")
                  .arg(refs.action(QStringLiteral("actionUndo"))));
}

void writeExporting(Page &page)
{
    const Refs &refs = page.refs;
    page.heading(GettingStartedDialog::tr("Exporting"));
    page.para(GettingStartedDialog::tr(
                  "%1 saves the notes as Markdown, HTML, W3C Web Annotations (which Hypothesis "
                  "reads) or CSV, with a preview; %2 copies them for a message or a document; %3 "
                  "brings in annotations from Gloss or Hypothesis.")
                  .arg(refs.action(QStringLiteral("actionExportNotes")),
                       refs.action(QStringLiteral("actionCopyNotesMarkdown")),
                       refs.action(QStringLiteral("actionImportNotes"))));
}

void writeFinding(Page &page)
{
    const Refs &refs = page.refs;
    page.heading(GettingStartedDialog::tr("Finding words"));
    page.para(
        GettingStartedDialog::tr(
            "%1 opens the find bar under the text: every match is marked, the current one "
            "strongest. %2 and %3 go to the next and the previous match; %4 and %5 narrow the "
            "search, and “in N paragraphs” lists the paragraphs with matches.")
            .arg(refs.action(QStringLiteral("actionFind")),
                 refs.keys(QStringLiteral("actionFindNext")),
                 refs.keys(QStringLiteral("actionFindPrevious")),
                 refs.action(QStringLiteral("actionFindMatchCase"), false),
                 refs.action(QStringLiteral("actionFindWholeWords"), false)));
}

void writeKeys(Page &page)
{
    page.heading(GettingStartedDialog::tr("Keys worth remembering"));
    page.add(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">"));
    const QStringList names = {
        QStringLiteral("actionOpen"),           QStringLiteral("actionFind"),
        QStringLiteral("actionFindNext"),       QStringLiteral("actionAddNote"),
        QStringLiteral("actionExportNotes"),    QStringLiteral("actionZoomIn"),
        QStringLiteral("actionZoomOut"),        QStringLiteral("actionFocusMode"),
        QStringLiteral("actionSidePanel"),      QStringLiteral("actionNextPane"),
        QStringLiteral("actionGettingStarted"), QStringLiteral("actionKeyboardShortcuts")};
    for (const QString &name : names) {
        const ShortcutCatalog::Entry *e = page.catalog.find(name);
        if (!e || e->keys.isEmpty())
            continue;
        page.add(QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                     .arg(page.refs.keys(name), e->text.toHtmlEscaped()));
    }
    page.add(QStringLiteral("</table>"));
    page.para(GettingStartedDialog::tr("%1 lists every action and its keys, with a filter.")
                  .arg(page.refs.action(QStringLiteral("actionKeyboardShortcuts"))));
}

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
    Page page(theme, catalog);
    writeIntroduction(page);
    writeColours(page);
    writeSidePanel(page);
    writeNotes(page);
    writeExporting(page);
    writeFinding(page);
    writeKeys(page);
    return page.html();
}

} // namespace gloss
