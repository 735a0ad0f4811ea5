#include "NoteCard.h"

#include "NoteStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QActionGroup>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextEdit>
#include <QToolButton>

#include <cmath>

namespace gloss {

namespace {

constexpr int kPad = 10;    // inside the paper
constexpr int kShadow = 3;  // below the paper
constexpr int kButton = 22; // collapse and menu buttons
constexpr int kSpacing = 4;
constexpr qreal kRadius = 7.0;
constexpr int kCaptionChars = 48;

QString elided(QString s, int max)
{
    s = s.simplified();
    return s.size() > max ? s.left(max - 1).trimmed() + u'…' : s;
}

QIcon swatch(const QColor &color)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(135), 1));
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pm);
}

} // namespace

NoteCard::NoteCard(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_editor(new QTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_collapseButton(new QToolButton(this))
    , m_menuButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("noteCard"));
    setAttribute(Qt::WA_Hover);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::ArrowCursor);

    m_caption->setObjectName(QStringLiteral("noteCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.88);
    m_caption->setFont(small);

    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Note text"));
    m_editor->setAcceptRichText(false);
    m_editor->setTabChangesFocus(true);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor->setLineWrapMode(QTextEdit::WidgetWidth);
    m_editor->setPlaceholderText(tr("Write a note…"));
    m_editor->document()->setDocumentMargin(0);
    m_editor->viewport()->setAutoFillBackground(false);
    m_editor->setAutoFillBackground(false);
    m_editor->installEventFilter(this);

    m_tags->setObjectName(QStringLiteral("noteTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setToolTip(tr("Tags, separated by commas or #"));
    m_tags->setFrame(false);
    m_tags->setFont(small);
    m_tags->installEventFilter(this);
    connect(m_tags, &QLineEdit::editingFinished, this, &NoteCard::commitTags);

    for (QToolButton *b : {m_collapseButton, m_menuButton}) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
        b->setFixedSize(kButton, kButton);
        b->installEventFilter(this);
    }
    m_collapseButton->setObjectName(QStringLiteral("noteCollapse"));
    connect(m_collapseButton, &QToolButton::clicked, this, [this] {
        setCollapsed(!m_collapsed);
        Q_EMIT collapseToggled(m_note.id, m_collapsed);
    });
    m_menuButton->setObjectName(QStringLiteral("noteMenuButton"));
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setToolTip(tr("Colour, tags, delete"));
    m_menuButton->setAccessibleName(tr("Note menu"));
    buildMenu();
    // the menu opens below the button (no menu arrow beside the ⋯)
    connect(m_menuButton, &QToolButton::clicked, this, [this] {
        m_menu->popup(m_menuButton->mapToGlobal(QPoint(0, m_menuButton->height())));
    });

    m_commit.setSingleShot(true);
    m_commit.setInterval(kCommitDelay);
    connect(&m_commit, &QTimer::timeout, this, &NoteCard::commitText);
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        if (m_settingNote)
            return;
        m_commit.start();
        const int h = heightForWidth(width());
        if (h != m_lastHeight) {
            m_lastHeight = h;
            layoutChildren();
            Q_EMIT heightChanged();
        }
    });
    updateTexts();
}

NoteCard::~NoteCard() = default;

void NoteCard::buildMenu()
{
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("noteMenu"));
    m_colorMenu = m_menu->addMenu(tr("&Colour"));
    m_colorMenu->setObjectName(QStringLiteral("noteColorMenu"));
    auto *group = new QActionGroup(m_colorMenu);
    group->setExclusive(true);
    const QStringList palette = Annotation::paletteNames();
    for (const QString &name : palette) {
        QAction *a =
            m_colorMenu->addAction(swatch(noteStyle::base(name)), noteStyle::displayName(name));
        a->setObjectName(QStringLiteral("noteColor:") + name);
        a->setData(name);
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            commitText();
            Q_EMIT colorChosen(m_note.id, name);
        });
    }
    QAction *tags = m_menu->addAction(tr("Edit &Tags"));
    tags->setObjectName(QStringLiteral("noteEditTags"));
    connect(tags, &QAction::triggered, this, [this] {
        if (m_collapsed) {
            setCollapsed(false);
            Q_EMIT collapseToggled(m_note.id, false);
        }
        m_tags->setFocus(Qt::OtherFocusReason);
        m_tags->selectAll();
    });
    QAction *collapse = m_menu->addAction(tr("C&ollapse"));
    collapse->setObjectName(QStringLiteral("noteCollapseAction"));
    connect(collapse, &QAction::triggered, m_collapseButton, &QToolButton::click);
    m_menu->addSeparator();
    QAction *del = m_menu->addAction(tr("&Delete Note"));
    del->setObjectName(QStringLiteral("noteDelete"));
    connect(del, &QAction::triggered, this, [this] { Q_EMIT deleteRequested(m_note.id); });
    connect(m_menu, &QMenu::aboutToShow, this, [this, collapse] {
        collapse->setText(m_collapsed ? tr("&Expand") : tr("C&ollapse"));
        const QString c = Annotation::normalizedColor(m_note.color);
        const auto actions = m_colorMenu->actions();
        for (QAction *a : actions)
            a->setChecked(a->data().toString() == c);
    });
}

void NoteCard::setNote(const Annotation &note, const QString &passage)
{
    const bool pending = m_commit.isActive() && note.id == m_note.id;
    if (note == m_note && passage == m_passage && !pending)
        return; // (the lane sets every card's note at each layout and scroll)
    m_note = note;
    m_passage = passage;
    if (!pending && m_editor->toPlainText() != note.text) {
        m_settingNote = true;
        const bool focused = m_editor->hasFocus();
        m_editor->setPlainText(note.text);
        if (focused)
            m_editor->moveCursor(QTextCursor::End);
        m_settingNote = false;
    }
    if (!m_tags->hasFocus())
        m_tags->setText(tagsText(note.tags));
    updateTexts();
    updateColors();
    const int h = heightForWidth(width());
    if (h != m_lastHeight) {
        m_lastHeight = h;
        layoutChildren();
        Q_EMIT heightChanged();
    }
}

void NoteCard::setReadingTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    m_paperKey.clear(); // (its colours may change under the same name)
    updateColors();
}

void NoteCard::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    if (collapsed)
        commitText();
    m_collapsed = collapsed;
    m_editor->setVisible(!collapsed);
    m_tags->setVisible(!collapsed);
    updateTexts();
    m_lastHeight = heightForWidth(width());
    layoutChildren();
    Q_EMIT heightChanged();
}

void NoteCard::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    update();
}

void NoteCard::startEditing()
{
    if (m_collapsed) {
        setCollapsed(false);
        Q_EMIT collapseToggled(m_note.id, false);
    }
    m_editor->setFocus(Qt::OtherFocusReason);
    m_editor->moveCursor(QTextCursor::End);
}

bool NoteCard::commitText()
{
    m_commit.stop();
    const QString text = m_editor->toPlainText();
    if (text == m_note.text)
        return false;
    Q_EMIT textEdited(m_note.id, text);
    return true;
}

void NoteCard::commitTags()
{
    const QStringList tags = Annotation::normalizedTags(parseTags(m_tags->text()));
    if (tags != m_note.tags)
        Q_EMIT tagsEdited(m_note.id, tags);
    else if (!m_tags->hasFocus())
        m_tags->setText(tagsText(m_note.tags));
}

QStringList NoteCard::parseTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,#]"));
    return Annotation::normalizedTags(text.split(separators, Qt::SkipEmptyParts));
}

QString NoteCard::tagsText(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags)
        out.append(u'#' + t);
    return out.join(u' ');
}

QString NoteCard::caption() const
{
    if (m_collapsed) {
        QString first = m_note.text.section(u'\n', 0, 0).trimmed();
        if (first.isEmpty())
            first = tr("(empty note)");
        if (!m_note.tags.isEmpty())
            first += u"  " + tagsText(m_note.tags);
        return elided(first, kCaptionChars + 12);
    }
    if (m_note.isArticleNote())
        return tr("On the whole article");
    if (m_note.isOrphan())
        return tr("Orphan, was on “%1”").arg(elided(m_passage, kCaptionChars - 12));
    return tr("“%1”").arg(elided(m_passage, kCaptionChars));
}

void NoteCard::updateTexts()
{
    m_collapseButton->setText(m_collapsed ? QStringLiteral("▸") : QStringLiteral("▾"));
    m_collapseButton->setToolTip(m_collapsed ? tr("Expand the note") : tr("Collapse the note"));
    m_collapseButton->setAccessibleName(m_collapsed ? tr("Expand") : tr("Collapse"));
    const QString full = caption();
    m_caption->setToolTip(m_note.isArticleNote() ? QString() : m_passage);
    m_caption->setText(m_caption->fontMetrics().elidedText(full, Qt::ElideRight,
                                                           std::max(20, m_caption->width())));
    QString name;
    if (m_note.isArticleNote())
        name = tr("Note on the article");
    else if (m_note.isOrphan())
        name = tr("Orphaned note, was on “%1”").arg(elided(m_passage, 40));
    else
        name = tr("Note on “%1”").arg(elided(m_passage, 40));
    setAccessibleName(name);
    setAccessibleDescription(m_note.text.isEmpty() ? tr("Empty note") : m_note.text);
    m_editor->setAccessibleDescription(name); // what the text being edited is on
    setToolTip(QString());
}

void NoteCard::updateColors()
{
    if (!m_theme.isValid())
        return;
    QPalette p = palette();
    const QColor paper = noteStyle::card(m_note.color, m_theme);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, paper);
        p.setColor(group, QPalette::Base, Qt::transparent);
        p.setColor(group, QPalette::Text, m_theme.text());
        p.setColor(group, QPalette::WindowText, m_theme.text());
        p.setColor(group, QPalette::ButtonText, m_theme.mutedText());
        p.setColor(group, QPalette::Button, paper);
        p.setColor(group, QPalette::PlaceholderText, m_theme.mutedText());
        p.setColor(group, QPalette::Highlight, m_theme.selection());
        p.setColor(group, QPalette::HighlightedText, m_theme.selectedText());
    }
    setPalette(p);
    QPalette muted = p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        muted.setColor(group, QPalette::WindowText, m_theme.mutedText());
        muted.setColor(group, QPalette::Text, m_theme.mutedText());
    }
    m_caption->setPalette(muted);
    m_tags->setPalette(muted);
    update();
}

int NoteCard::innerWidth(int width) const
{
    return std::max(40, width - 2 * kPad);
}

int NoteCard::editorHeight(int width) const
{
    QTextDocument *doc = m_editor->document();
    doc->setTextWidth(innerWidth(width));
    const int lines = int(std::ceil(doc->size().height()));
    return std::max(lines, m_editor->fontMetrics().lineSpacing()) + 2;
}

int NoteCard::heightForWidth(int width) const
{
    const int header = std::max(kButton, m_caption->fontMetrics().height());
    if (m_collapsed)
        return kPad + header + kPad / 2 + kShadow;
    const int tags = m_tags->fontMetrics().height() + 4;
    return kPad / 2 + header + kSpacing + editorHeight(width) + kSpacing + tags + kPad + kShadow;
}

QSize NoteCard::sizeHint() const
{
    const int w = width() > 0 ? width() : 240;
    return QSize(w, heightForWidth(w));
}

void NoteCard::layoutChildren()
{
    const int w = width();
    const int header = std::max(kButton, m_caption->fontMetrics().height());
    int y = m_collapsed ? kPad / 2 + (kPad / 2) / 2 : kPad / 2;
    m_menuButton->move(w - kPad / 2 - kButton, y);
    m_collapseButton->move(w - kPad / 2 - 2 * kButton, y);
    m_caption->setGeometry(kPad, y, std::max(10, w - kPad - kPad / 2 - 2 * kButton - 4), header);
    updateTexts();
    if (m_collapsed)
        return;
    y += header + kSpacing;
    const int eh = editorHeight(w);
    m_editor->setGeometry(kPad, y, innerWidth(w), eh);
    y += eh + kSpacing;
    m_tags->setGeometry(kPad - 2, y, innerWidth(w) + 4, m_tags->fontMetrics().height() + 4);
}

void NoteCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutChildren();
    const int h = heightForWidth(width());
    if (h != m_lastHeight) {
        m_lastHeight = h;
        Q_EMIT heightChanged();
    }
}

void NoteCard::paintEvent(QPaintEvent *)
{
    if (!m_theme.isValid())
        return;
    // The paper is drawn once for its size, colour, theme and state, then copied: antialiased
    // shadows and a clipped band on every card at every scroll step and focus change were
    // most of the time it took to show the window after adding a note.
    const bool active = m_active || underMouse();
    const qreal dpr = devicePixelRatioF();
    const QString key = QStringLiteral("%1x%2@%3 %4 %5 %6 %7")
                            .arg(width())
                            .arg(height())
                            .arg(dpr)
                            .arg(m_note.color, m_theme.name())
                            .arg(m_active)
                            .arg(active);
    if (key != m_paperKey) {
        m_paperKey = key;
        m_paper = QPixmap((QSizeF(size()) * dpr).toSize());
        m_paper.setDevicePixelRatio(dpr);
        m_paper.fill(Qt::transparent);
        QPainter p(&m_paper);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF paper = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5 - kShadow);
        // a soft shadow under the paper
        const bool dark = m_theme.isDark();
        for (int i = 1; i <= kShadow; ++i) {
            QColor s(0, 0, 0, dark ? 70 / i : 26 / i);
            p.setPen(Qt::NoPen);
            p.setBrush(s);
            p.drawRoundedRect(paper.translated(0, i), kRadius, kRadius);
        }
        p.setBrush(noteStyle::card(m_note.color, m_theme));
        p.setPen(QPen(noteStyle::border(m_note.color, m_theme, m_active), m_active ? 1.6 : 1.0));
        p.drawRoundedRect(paper, kRadius, kRadius);
        // the colour as a band on the left edge
        QPainterPath band;
        band.addRoundedRect(paper, kRadius, kRadius);
        p.setClipPath(band);
        p.fillRect(QRectF(paper.left(), paper.top(), active ? 4.0 : 3.0, paper.height()),
                   noteStyle::accent(m_note.color, m_theme));
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_paper);
}

void NoteCard::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    Q_EMIT activated(m_note.id);
}

bool NoteCard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusIn:
        // "Add tags" only on the card being edited: the other cards stay quiet
        m_tags->setPlaceholderText(tr("Add tags"));
        Q_EMIT activated(m_note.id);
        break;
    case QEvent::FocusOut:
        if (watched == m_editor)
            commitText();
        m_tags->setPlaceholderText(QString());
        break;
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrlReturn = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                                (key->modifiers() & Qt::ControlModifier);
        if (key->key() == Qt::Key_Escape || ctrlReturn) {
            if (watched == m_editor)
                commitText();
            else if (watched == m_tags && key->key() == Qt::Key_Escape)
                m_tags->setText(tagsText(m_note.tags));
            else if (watched == m_tags)
                commitTags();
            Q_EMIT editingLeft(m_note.id);
            return true;
        }
        break;
    }
    case QEvent::Enter:
    case QEvent::Leave:
        update();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void NoteCard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        layoutChildren();
}

} // namespace gloss
