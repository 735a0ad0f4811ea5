#pragma once

#include "ArticleIndex.h"
#include "ReadingTheme.h"
#include "model/Article.h"

#include <QModelIndex>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace gloss {

class PanelDelegate;
class SpeakerSortModel;

/**
 * @brief The Speakers tab: a legend of who speaks, in their colour, with quote counts; a search
 * box, an order (most quoted, first to speak, name) and the quotes of one speaker in turn.
 *
 * The ReadingTheme::kSpeakerColors most quoted speakers have a colour of their own; the others
 * are listed under "Other speakers", in the one colour they share (ArticleIndex assigns the
 * colours, this panel only shows them). Each speaker's check box tints their quotes or not,
 * and does nothing else. Clicking a speaker (or Enter) focuses them: the article shows only
 * their quotes (speakerActivated()) and goes to the first (quoteActivated()); clicking them
 * again, the Next and Previous buttons or their shortcuts (nextQuoteAction(),
 * previousQuoteAction(): Alt+Right, Alt+Left) go through their quotes ("quote 3 of 14"). "Show
 * all" (Esc) clears the focus; it and the quote bar keep their place, so rows never move.
 */
class SpeakersPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role {
        EntityRole = Qt::UserRole + 1,
        /** Rank of the speaker's first quote (0 = first to speak). */
        FirstQuoteRole,
        /** Number of direct quotes, as an int (sorting). */
        QuotesRole,
        /** Name and other names, searched by the search box. */
        SearchRole,
    };
    enum class Order { MostQuoted, FirstToSpeak, Name };

    explicit SpeakersPanel(QWidget *parent = nullptr);

    void setArticle(const Article &article, const ArticleIndex &index);
    void setReadingTheme(const ReadingTheme &theme);
    /** Marks the focused speaker (-1: none); their quotes are then gone through from the top. */
    void setFilter(int entity);
    int filter() const { return m_filter; }

    void setOrder(Order order);
    Order order() const { return m_order; }
    void setSearchText(const QString &text);

    /** Goes @p step quotes on (1 next, -1 previous, wrapping) among the focused speaker's. */
    void stepQuote(int step);
    /** The focused speaker's quote last gone to, 0-based; -1 before the first. */
    int currentQuote() const { return m_current; }

    QAction *nextQuoteAction() const { return m_nextAction; }
    QAction *previousQuoteAction() const { return m_previousAction; }

    QTreeView *view() const { return m_view; }
    /** The rows, unsorted and unfiltered: speakers with a colour of their own, the group of the
     * others (its children), unattributed quotes. */
    QStandardItemModel *model() const { return m_model; }
    /** The view's index of @p entity's row (invalid when filtered out or not a speaker). */
    QModelIndex indexOf(int entity) const;
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    /** A speaker was activated: filter to them (or clear, when they are already filtered). */
    void speakerActivated(int entity);
    /** Go to quote @p quote (index into Article::quotes), number @p number of @p count. */
    void quoteActivated(int entity, int quote, int number, int count);
    void speakerVisibilityChanged(int entity, bool visible);
    void filterCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // the constructor's steps
    void setUpSearchAndOrder();
    void setUpQuoteBar();
    PanelDelegate *setUpView();
    void buildLayout();
    void connectSignals(PanelDelegate *delegate);
    void restoreOrder();

    void rebuild();
    QStandardItem *speakerItem(int entity, const QColor &color);
    void activate(const QModelIndex &index);
    void onItemChanged(QStandardItem *item);
    void updateQuoteBar();
    void elidePosition();
    void updateFonts();

    Article m_article;
    ArticleIndex m_index;
    ReadingTheme m_theme;
    int m_filter = -1;
    int m_current = -1;
    Order m_order = Order::MostQuoted;
    QLineEdit *m_search = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_position = nullptr;
    QString m_positionText;
    QToolButton *m_showAll = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    SpeakerSortModel *m_proxy = nullptr;
    QStandardItem *m_others = nullptr;
    bool m_rebuilding = false;
};

} // namespace gloss
