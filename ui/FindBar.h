#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace gloss {

class ArticleView;

/**
 * @brief Find in the article: a bar under the text with next/previous and a match count.
 *
 * Matches are found in the article's text (case-insensitive), all marked in the view's "find"
 * selection layer, the current one selected and scrolled to.
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    /** Marks at most this many matches (a search for "e" in a long article stays fast). */
    static constexpr int kMaxMarked = 2000;

    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);

    /** Shows the bar with the focus in the search field (text selected). */
    void activate();
    void setSearchText(const QString &text);
    QString searchText() const;
    int matchCount() const { return int(m_matches.size()); }
    /** Index of the current match, or -1. */
    int currentMatch() const { return m_current; }
    QString statusText() const;
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void close();
    /** Searches again (the article changed). */
    void refresh();

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void select(int match);
    void mark();

    ArticleView *m_view;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QList<qsizetype> m_matches;
    int m_current = -1;
};

} // namespace gloss
