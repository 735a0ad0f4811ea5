#include "FindBar.h"

#include "ArticleView.h"
#include "Icons.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace gloss {

FindBar::FindBar(ArticleView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_prev(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in article"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_edit);
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
    m_status->setMinimumWidth(110);

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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 5, 6, 5);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_close);
    setFocusProxy(m_edit);

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
    hide();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setSearchText(const QString &text)
{
    m_edit->setText(text);
}

QString FindBar::searchText() const
{
    return m_edit->text();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::refresh()
{
    search();
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_edit->text();
    const QString &text = m_view->article().document.text();
    if (!needle.isEmpty()) {
        qsizetype from = 0;
        while ((from = text.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
            m_matches.append(from);
            from += needle.size();
        }
    }
    mark();
    if (m_matches.isEmpty()) {
        m_status->setText(needle.isEmpty() ? QString() : tr("No matches"));
        return;
    }
    // the first match at or after the reading position
    const qsizetype top = m_view->topPosition();
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), top);
    select(it == m_matches.cend() ? 0 : int(it - m_matches.cbegin()));
}

void FindBar::mark()
{
    QList<QTextEdit::ExtraSelection> list;
    const qsizetype n = m_edit->text().size();
    QColor bg = m_view->readingTheme().searchHighlight();
    for (int i = 0; i < m_matches.size() && i < kMaxMarked; ++i) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_view->document());
        sel.cursor.setPosition(int(m_matches.at(i)));
        sel.cursor.setPosition(int(m_matches.at(i) + n), QTextCursor::KeepAnchor);
        sel.format.setBackground(bg);
        list.append(sel);
    }
    m_view->setSelectionLayer(QStringLiteral("find"), list);
}

void FindBar::select(int match)
{
    if (m_matches.isEmpty())
        return;
    m_current = (match % int(m_matches.size()) + int(m_matches.size())) % int(m_matches.size());
    const qsizetype start = m_matches.at(m_current);
    QTextCursor c(m_view->document());
    c.setPosition(int(start));
    c.setPosition(int(start + m_edit->text().size()), QTextCursor::KeepAnchor);
    m_view->setTextCursor(c);
    m_view->scrollToSpan({start, start + m_edit->text().size()});
    m_status->setText(tr("%1 of %2").arg(QLocale().toString(m_current + 1),
                                         QLocale().toString(m_matches.size())));
}

void FindBar::findNext()
{
    if (!isVisible())
        activate();
    select(m_current + 1);
}

void FindBar::findPrevious()
{
    if (!isVisible())
        activate();
    select(m_current - 1);
}

void FindBar::close()
{
    m_view->setSelectionLayer(QStringLiteral("find"), {});
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
    Q_EMIT closed();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace gloss
