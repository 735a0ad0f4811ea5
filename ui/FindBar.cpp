#include "FindBar.h"

#include "ArticleView.h"
#include "Icons.h"

#include <QAbstractListModel>
#include <QAction>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace gloss {

namespace {

/** Characters of context either side of a paragraph's first match in the list. */
constexpr qsizetype kContext = 36;
constexpr int kListRows = 12;

/** A match in its words within its paragraph: "…the council voted to spend…", one line. */
QString contextOf(const QString &text, const Span &paragraph, qsizetype start, qsizetype length)
{
    const qsizetype begin = std::max<qsizetype>(0, paragraph.start);
    const qsizetype end = std::min(text.size(), std::max(paragraph.end, start + length));
    qsizetype from = std::max(begin, start - kContext);
    qsizetype to = std::min(end, start + length + kContext);
    // whole words at the cut ends
    while (from > begin && from < start && !text.at(from - 1).isSpace())
        ++from;
    while (to < end && to > start + length && !text.at(to).isSpace())
        --to;
    QString s = text.mid(from, to - from).simplified();
    if (from > begin)
        s.prepend(u'…');
    if (to < end)
        s.append(u'…');
    return s;
}

/** The colours of the current match: background and text. */
struct MatchColors
{
    QColor background;
    QColor text;
};

/**
 * The current match: the search colour's hue with more chroma and about twice as far from the
 * page as the other matches (at least 1.8:1), with the body text on it when that stays readable
 * (a deeper yellow on a light page); else lighter still, with the page's colour as its text (on
 * a dark page, as the browsers' orange with dark text).
 */
MatchColors currentMatchColors(const ReadingTheme &theme)
{
    const QColor search = theme.searchHighlight();
    const QColor page = theme.background();
    const double hue = colors::hue(search);
    const double chroma = std::max(colors::chroma(search), 0.12);
    const double target = std::max(1.8, 2.0 * colors::contrastRatio(search, page));
    const QColor c = colors::withContrast(hue, chroma, page, target);
    if (colors::contrastRatio(theme.text(), c) >= ReadingTheme::kTintContrast)
        return {c, theme.text()};
    const QColor far = colors::withContrast(hue, chroma, page,
                                            std::max(target, ReadingTheme::kTintContrast + 0.3));
    return {far, page};
}

/** The paragraphs with matches: "¶ 12 · 3 matches — …the words around the first…". */
class ParagraphHitsModel : public QAbstractListModel
{
public:
    ParagraphHitsModel(const TextSearch::Result &result, const QString &text, QObject *parent)
        : QAbstractListModel(parent)
        , m_result(result)
        , m_text(text)
    {
    }

    int rowCount(const QModelIndex &parent) const override
    {
        return parent.isValid() ? 0 : int(m_result.paragraphs.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_result.paragraphs.size())
            return {};
        const TextSearch::ParagraphHits &h = m_result.paragraphs.at(index.row());
        const QLocale locale;
        if (role == Qt::DisplayRole) {
            const qsizetype at = m_result.matches.at(h.firstMatch);
            return FindBar::tr("¶ %1 · %n match(es) — %2", "paragraph number, count, context",
                               h.count)
                .arg(locale.toString(h.paragraph + 1),
                     contextOf(m_text, h.span, at, m_result.length));
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            return FindBar::tr("Paragraph %1: %n match(es)", nullptr, h.count)
                .arg(locale.toString(h.paragraph + 1));
        }
        return {};
    }

private:
    TextSearch::Result m_result;
    QString m_text;
};

} // namespace

FindBar::FindBar(ArticleView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in article"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    // created in the order Tab goes through them
    auto *label = new QLabel(tr("F&ind:"), this);
    m_edit = new QLineEdit(this);
    m_prev = new QToolButton(this);
    m_next = new QToolButton(this);
    auto *caseButton = new QToolButton(this);
    auto *wordsButton = new QToolButton(this);
    m_status = new QLabel(this);
    m_paragraphs = new QToolButton(this);
    m_close = new QToolButton(this);

    label->setBuddy(m_edit);
    setUpFieldAndButtons();
    setUpOptions(caseButton, wordsButton);
    buildLayout(label, caseButton, wordsButton);
    connectSignals();
    hide();
}

void FindBar::setUpFieldAndButtons()
{
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setAccessibleName(tr("Text to find"));
    m_edit->setPlaceholderText(tr("Search the article"));
    m_edit->setAccessibleDescription(
        tr("Matches are marked as you type; Enter finds the next, Shift+Enter the previous"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(220);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setAccessibleName(tr("Matches"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setMinimumWidth(90);

    const auto setup = [](QToolButton *b, const QString &icon, const QString &text,
                          const QString &name) {
        b->setIcon(icons::icon(icon));
        b->setToolTip(text);
        b->setAccessibleName(text);
        b->setObjectName(name);
        b->setAutoRaise(true);
    };
    setup(m_prev, QStringLiteral("go-up"), tr("Previous match (Shift+F3)"),
          QStringLiteral("findPrevious"));
    setup(m_next, QStringLiteral("go-down"), tr("Next match (F3)"), QStringLiteral("findNext"));
    setup(m_close, QStringLiteral("window-close"), tr("Close the find bar (Esc)"),
          QStringLiteral("findClose"));

    m_paragraphs->setObjectName(QStringLiteral("findParagraphs"));
    m_paragraphs->setAccessibleName(tr("Paragraphs with matches"));
    m_paragraphs->setAutoRaise(true);
    m_paragraphs->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_paragraphs->setArrowType(Qt::UpArrow);
    m_paragraphs->hide();
}

void FindBar::setUpOptions(QToolButton *caseButton, QToolButton *wordsButton)
{
    // Match Case, Whole Words: actions of the bar (listed in Help > Keyboard Shortcuts), their
    // keys active while the focus is in the bar; the reader's choice is kept for the next time
    const auto option = [this](QToolButton *button, const QString &name, const QString &text,
                               const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setCheckable(true);
        const QString settingsKey = QStringLiteral("find/") + name;
        a->setChecked(QSettings().value(settingsKey, false).toBool());
        connect(a, &QAction::toggled, this,
                [settingsKey](bool on) { QSettings().setValue(settingsKey, on); });
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        addAction(a);
        button->setDefaultAction(a);
        button->setObjectName(name + QStringLiteral("Button"));
        button->setAccessibleName(a->iconText());
        button->setAccessibleDescription(tip);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(a, &QAction::toggled, this, &FindBar::search);
        return a;
    };
    m_matchCase =
        option(caseButton, QStringLiteral("actionFindMatchCase"), tr("Match &Case"),
               QKeySequence(Qt::ALT | Qt::Key_C), tr("Find only matches with the same capitals"));
    m_wholeWords = option(wordsButton, QStringLiteral("actionFindWholeWords"), tr("&Whole Words"),
                          QKeySequence(Qt::ALT | Qt::Key_W),
                          tr("Find whole words only, not parts of longer words"));
}

void FindBar::buildLayout(QLabel *label, QToolButton *caseButton, QToolButton *wordsButton)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 5, 6, 5);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(caseButton);
    layout->addWidget(wordsButton);
    layout->addWidget(m_status);
    layout->addWidget(m_paragraphs);
    layout->addStretch();
    layout->addWidget(m_close);
    setFocusProxy(m_edit);
}

void FindBar::connectSignals()
{
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_prev, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    connect(m_paragraphs, &QToolButton::clicked, this, &FindBar::showParagraphList);
    connect(&m_watcher, &QFutureWatcher<TextSearch::Result>::finished, this, [this] {
        // (a late call-out of a replaced search must not wait for the current one)
        if (!m_searching || !m_watcher.isFinished() || m_watcher.isCanceled())
            return;
        TextSearch::Result r = m_watcher.result();
        if (r.canceled)
            return;
        m_searching = false;
        m_result = std::move(r);
        showResult();
    });
    // a long article has only the matches near the view marked: mark again as it scrolls
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &FindBar::markIfScrolledAway);
    connect(m_view, &ArticleView::columnGeometryChanged, this, &FindBar::markIfScrolledAway);
}

FindBar::~FindBar()
{
    cancelWorker();
    m_watcher.waitForFinished();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (isStale()) {
        search();
    } else if (m_current >= 0 && m_current < m_result.matches.size()) {
        mark(); // the marks went when the bar was closed
        // and the match it selected then shows in the current match's colour again
        QTextCursor c = m_view->textCursor();
        if (c.hasSelection() && c.selectionStart() == m_result.matches.at(m_current)) {
            c.setPosition(c.selectionStart());
            m_view->setTextCursor(c);
        }
    }
}

void FindBar::setSearchText(const QString &text)
{
    m_edit->setText(text);
}

QString FindBar::searchText() const
{
    return m_edit->text();
}

TextSearch::Options FindBar::options() const
{
    TextSearch::Options o;
    o.setFlag(TextSearch::MatchCase, m_matchCase->isChecked());
    o.setFlag(TextSearch::WholeWords, m_wholeWords->isChecked());
    return o;
}

void FindBar::setOptions(TextSearch::Options options)
{
    {
        const QSignalBlocker a(m_matchCase);
        const QSignalBlocker b(m_wholeWords);
        m_matchCase->setChecked(options.testFlag(TextSearch::MatchCase));
        m_wholeWords->setChecked(options.testFlag(TextSearch::WholeWords));
    }
    search();
}

bool FindBar::isSearching() const
{
    return m_searching;
}

QString FindBar::statusText() const
{
    return m_status->text();
}

QString FindBar::paragraphsText() const
{
    return m_paragraphs->isHidden() ? QString() : m_paragraphs->text();
}

void FindBar::refresh()
{
    search();
}

bool FindBar::isStale() const
{
    const QString &text = m_view->article().document.text();
    return !m_edit->text().isEmpty() && !m_searching &&
           (text.constData() != m_searchedText.constData() || text.size() != m_searchedText.size());
}

void FindBar::cancelWorker()
{
    if (m_searching)
        m_searchedText.clear(); // searched again when the bar comes back
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_searching = false;
}

void FindBar::search()
{
    cancelWorker();
    m_result = {};
    m_current = -1;
    const QString phrase = m_edit->text();
    m_searchedText = m_view->article().document.text();
    if (phrase.isEmpty()) {
        showResult();
        return;
    }
    const QList<Span> paragraphs = TextSearch::paragraphSpans(m_view->article());
    if (m_searchedText.size() <= m_syncLength) {
        m_result = TextSearch::run(m_searchedText, paragraphs, phrase, options());
        showResult();
        return;
    }
    // a long article: on a worker thread; the marks of the previous phrase go at once
    m_searching = true;
    m_view->setSelectionLayer(QStringLiteral("find"), {});
    m_marked = {};
    updateStatus();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_watcher.setFuture(
        QtConcurrent::run([text = m_searchedText, paragraphs, phrase, options = options(), cancel] {
            return TextSearch::run(text, paragraphs, phrase, options,
                                   [cancel] { return cancel->load(); });
        }));
}

void FindBar::showResult()
{
    mark();
    if (!m_result.matches.isEmpty()) {
        // the first match at or after the reading position
        const qsizetype top = m_view->topPosition();
        const auto it = std::lower_bound(m_result.matches.cbegin(), m_result.matches.cend(), top);
        select(it == m_result.matches.cend() ? 0 : int(it - m_result.matches.cbegin()));
    }
    updateStatus();
    Q_EMIT searchFinished();
}

void FindBar::updateStatus()
{
    const QLocale locale;
    const int n = matchCount();
    QString status;
    QString tip;
    if (m_searching)
        status = tr("Searching…");
    else if (n > 0 && m_current >= 0)
        status = tr("%1 of %2").arg(locale.toString(m_current + 1), locale.toString(n));
    else if (!m_edit->text().isEmpty())
        status = tr("No matches");
    m_status->setText(status);

    const int paragraphs = int(m_result.paragraphs.size());
    m_paragraphs->setVisible(n > 0);
    m_paragraphs->setText(tr("in %n paragraph(s)", nullptr, paragraphs));
    const int hit = m_result.paragraphOfMatch(m_current);
    if (hit >= 0) {
        const TextSearch::ParagraphHits &h = m_result.paragraphs.at(hit);
        tip =
            tr("Match %1 of %2 is number %3 of the %n match(es) in paragraph %4.", nullptr, h.count)
                .arg(locale.toString(m_current + 1), locale.toString(n),
                     locale.toString(m_current - h.firstMatch + 1),
                     locale.toString(h.paragraph + 1));
    }
    m_status->setToolTip(tip);
    m_paragraphs->setToolTip(
        tip.isEmpty() ? QString()
                      : tip + u' ' + tr("Click for the list of paragraphs with matches."));
    m_paragraphs->setAccessibleDescription(m_paragraphs->toolTip());
}

void FindBar::mark()
{
    QList<QTextEdit::ExtraSelection> list;
    const QList<qsizetype> &matches = m_result.matches;
    const qsizetype n = m_result.length;
    const qsizetype textLength = m_view->article().document.text().size();
    if (matches.isEmpty() || !isVisible()) {
        m_marked = {};
        m_view->setSelectionLayer(QStringLiteral("find"), list);
        return;
    }
    // which matches: all in a short article; else those within a screen of the view (marking
    // one far away would lay out the document up to it)
    qsizetype first = 0;
    qsizetype last = std::min<qsizetype>(matches.size(), kMaxMarked);
    if (textLength > m_markAllLength) {
        const int h = std::max(m_view->viewport()->height(), 200);
        m_marked = m_view->blockSpanBetween(-h, 2 * h);
        first = std::lower_bound(matches.cbegin(), matches.cend(), m_marked.start - n + 1) -
                matches.cbegin();
        last = std::lower_bound(matches.cbegin() + first, matches.cend(), m_marked.end) -
               matches.cbegin();
        last = std::min<qsizetype>(last, first + kMaxMarked);
    } else {
        m_marked = {0, textLength};
    }
    const ReadingTheme &theme = m_view->readingTheme();
    const QColor light = theme.searchHighlight();
    const MatchColors strong = currentMatchColors(theme);
    const auto add = [&](qsizetype i) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_view->document());
        sel.cursor.setPosition(int(matches.at(i)));
        sel.cursor.setPosition(int(matches.at(i) + n), QTextCursor::KeepAnchor);
        if (i == m_current) {
            sel.format.setBackground(strong.background);
            sel.format.setForeground(strong.text);
        } else {
            sel.format.setBackground(light);
        }
        list.append(sel);
    };
    list.reserve(last - first + 1);
    for (qsizetype i = first; i < last; ++i)
        add(i);
    if (m_current >= 0 && (m_current < first || m_current >= last))
        add(m_current);
    m_view->setSelectionLayer(QStringLiteral("find"), list);
}

void FindBar::markIfScrolledAway()
{
    if (!isVisible() || m_result.matches.isEmpty() ||
        m_view->article().document.text().size() <= m_markAllLength)
        return;
    const Span shown = m_view->blockSpanBetween(0, m_view->viewport()->height());
    if (!m_marked.contains(shown))
        mark();
}

void FindBar::select(int match)
{
    if (m_result.matches.isEmpty())
        return;
    const int count = int(m_result.matches.size());
    m_current = (match % count + count) % count;
    const qsizetype start = m_result.matches.at(m_current);
    // the caret goes to the match (the quote there is announced); the match becomes the
    // selection when the bar closes, so that the current one keeps its strong colour here
    QTextCursor c(m_view->document());
    c.setPosition(int(start));
    m_view->setTextCursor(c);
    m_view->scrollToSpan({start, start + m_result.length});
    mark();
    updateStatus();
}

void FindBar::goToParagraph(int hit)
{
    if (hit < 0 || hit >= m_result.paragraphs.size())
        return;
    select(m_result.paragraphs.at(hit).firstMatch);
}

void FindBar::showParagraphList()
{
    if (m_result.paragraphs.isEmpty())
        return;
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setObjectName(QStringLiteral("findParagraphList"));
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    popup->setAccessibleName(tr("Paragraphs with matches"));
    auto *list = new QListView(popup);
    list->setObjectName(QStringLiteral("findParagraphView"));
    list->setAccessibleName(tr("Paragraphs with matches"));
    list->setAccessibleDescription(tr("Enter or a click goes to the paragraph's first match"));
    list->setUniformItemSizes(true); // thousands of rows stay quick
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setFrameShape(QFrame::NoFrame);
    list->setModel(new ParagraphHitsModel(m_result, m_searchedText, list));
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(list);

    const int hit = std::max(0, m_result.paragraphOfMatch(m_current));
    list->setCurrentIndex(list->model()->index(hit, 0));
    const auto go = [this, popup](const QModelIndex &index) {
        if (!popup->isVisible())
            return; // clicked and activated by one click
        popup->close();
        goToParagraph(index.row());
    };
    connect(list, &QListView::activated, this, go);
    connect(list, &QListView::clicked, this, go);

    const int rows = std::min(kListRows, int(m_result.paragraphs.size()));
    const int rowHeight = std::max(list->sizeHintForRow(0), fontMetrics().height());
    const QSize size(std::min(560, std::max(320, width() / 2)), rows * rowHeight + 8);
    popup->resize(size);
    // above the button (the bar stands at the bottom of the window), kept on the screen
    QPoint at = m_paragraphs->mapToGlobal(QPoint(0, -size.height()));
    if (const QScreen *screen = m_paragraphs->screen()) {
        const QRect avail = screen->availableGeometry();
        at.setX(
            std::clamp(at.x(), avail.left(), std::max(avail.left(), avail.right() - size.width())));
        at.setY(std::max(at.y(), avail.top()));
    }
    popup->move(at);
    popup->show();
    list->scrollTo(list->currentIndex(), QAbstractItemView::PositionAtCenter);
    list->setFocus(Qt::PopupFocusReason);
}

void FindBar::findNext()
{
    if (!isVisible())
        activate();
    if (isStale())
        search();
    select(m_current + 1);
}

void FindBar::findPrevious()
{
    if (!isVisible())
        activate();
    if (isStale())
        search();
    select(m_current - 1);
}

void FindBar::close()
{
    cancelWorker();
    m_view->setSelectionLayer(QStringLiteral("find"), {});
    m_marked = {};
    hide();
    // the current match becomes the selection: Copy and Add Note take it
    if (m_current >= 0 && m_current < m_result.matches.size()) {
        const qsizetype start = m_result.matches.at(m_current);
        QTextCursor c(m_view->document());
        c.setPosition(int(start));
        c.setPosition(int(start + m_result.length), QTextCursor::KeepAnchor);
        m_view->setTextCursor(c);
    }
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT closed();
}

bool FindBar::event(QEvent *event)
{
    // Esc in the bar closes it, before any window shortcut on Esc (Show All Speakers)
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // a new theme: the view gets its colours after the application's palette changes
    if (event->type() == QEvent::PaletteChange && isVisible())
        QTimer::singleShot(0, this, &FindBar::mark);
}

} // namespace gloss
