#pragma once

#include "text/TextSearch.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;
class tst_FindBar;

namespace gloss {

class ArticleView;

/**
 * @brief Find in the article: a bar under the text with next/previous, Match Case and Whole
 * Words, a match count and the paragraphs the matches are in.
 *
 * Matches (TextSearch: case-insensitive unless Match Case, never overlapping) are marked in
 * the view's "find" selection layer, the current one in the theme's full search colour and the
 * others lighter; the current one is scrolled to, and becomes the selection when the bar is
 * closed (so Copy and Add Note take it). "in N paragraphs" opens a list of the paragraphs with
 * their counts; choosing one goes to its first match.
 *
 * Long articles stay responsive: above kSyncLength characters the search runs on a worker
 * thread (a newer search cancels it), and above kMarkAllLength only the matches near the view
 * are marked (again as the view scrolls), so no mark makes the whole document lay out.
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    /** Marks at most this many matches at a time. */
    static constexpr int kMaxMarked = 2000;
    /** Articles up to this many characters are searched at once, longer ones on a thread. */
    static constexpr qsizetype kSyncLength = qsizetype(1) << 20;
    /** Articles up to this many characters have every match marked, longer ones those near
     *  the view (the highlighter colours articles of this size whole, too). */
    static constexpr qsizetype kMarkAllLength = qsizetype(1) << 16;

    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);
    ~FindBar() override;

    /** Shows the bar with the focus in the search field (text selected). */
    void activate();
    void setSearchText(const QString &text);
    QString searchText() const;
    TextSearch::Options options() const;
    void setOptions(TextSearch::Options options);
    /** Match Case (Alt+C) and Whole Words (Alt+W): checkable, shortcuts within the bar; the
     *  last choice is kept in the settings for the next bar (and the next session). */
    QAction *matchCaseAction() const { return m_matchCase; }
    QAction *wholeWordsAction() const { return m_wholeWords; }

    /** The matches of the current search (empty while a long article is being searched). */
    const TextSearch::Result &result() const { return m_result; }
    int matchCount() const { return int(m_result.matches.size()); }
    /** Index of the current match, or -1. */
    int currentMatch() const { return m_current; }
    /** True while a worker thread searches a long article. */
    bool isSearching() const;
    /** "3 of 17", "No matches", "Searching…" or empty. */
    QString statusText() const;
    /** "in 5 paragraphs" (empty without matches); its tool tip lists the current paragraph. */
    QString paragraphsText() const;
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void close();
    /** Searches again (the article changed). */
    void refresh();
    /** Goes to the first match of the @p hit-th paragraph with matches (result().paragraphs). */
    void goToParagraph(int hit);
    /** Shows the list of paragraphs with matches above the bar. */
    void showParagraphList();

Q_SIGNALS:
    void closed();
    /** Every match of the current search is found and counted. */
    void searchFinished();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class ::tst_FindBar;

    // the constructor's steps
    void setUpFieldAndButtons();
    void setUpOptions(QToolButton *caseButton, QToolButton *wordsButton);
    void buildLayout(QLabel *label, QToolButton *caseButton, QToolButton *wordsButton);
    void connectSignals();
    void search();
    void showResult();
    void select(int match);
    void mark();
    void markIfScrolledAway();
    void updateStatus();
    bool isStale() const;
    void cancelWorker();

    ArticleView *m_view;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QAction *m_matchCase = nullptr;
    QAction *m_wholeWords = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_paragraphs = nullptr;
    QToolButton *m_close = nullptr;

    TextSearch::Result m_result;
    QString m_searchedText; // the text m_result was found in (shared with the article)
    int m_current = -1;
    Span m_marked; // the part of the text whose matches are marked
    QFutureWatcher<TextSearch::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_searching = false;
    qsizetype m_syncLength = kSyncLength;
    qsizetype m_markAllLength = kMarkAllLength;
};

} // namespace gloss
