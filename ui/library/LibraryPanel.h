#pragma once

#include "LibraryCatalog.h"
#include "LibrarySearch.h"
#include "LibraryTypes.h"
#include "export/NoteExport.h"
#include "library/LibraryNavigator.h"

#include <QWidget>

#include <memory>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTabBar;
class QTimer;
class QToolButton;
class QTreeView;

namespace gloss {

namespace library {
class LibraryDatabase;
} // namespace library

class LibraryArticleModel;
class LibrarySearchModel;
class ReadingTheme;
class SnippetDelegate;

/**
 * @brief The Library view: every article of the library, searchable, with its quotes and notes.
 *
 * - A search field (SQLite FTS5 syntax: words, "a phrase", OR, NOT, prefix*) and three kinds
 *   of results: Articles, Quotes, Notes. A query that cannot be read says why under the field.
 * - Without a search, the article list (LibraryArticleModel): sorted by clicking a column's
 *   header, filtered by site, tag and person, counted.
 * - The person filter is the speaker of the quotes too: "everything this person said". A tag
 *   chosen for notes looks for `#tag`.
 * - Enter or a double click opens the article (openRequested()), at the quote or note of a
 *   result. Export Selection writes the notes and quotes of the articles selected (or of the
 *   results selected) as Markdown, HTML, CSV or W3C annotations (LibraryExport).
 *
 * The library is opened the first time the panel is shown (or by openLibrary()), with its own
 * connection; reload() reads it again after articles were added.
 */
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget *parent = nullptr);
    ~LibraryPanel() override;

    /** Opens the library in LibraryPaths::standard() (once); false with message(). */
    bool openLibrary();
    bool isLibraryOpen() const;
    const library::LibraryPaths &paths() const { return m_paths; }
    /** Reads the library again: the list, the counts, the filters, the search. */
    void reload();

    /** Searches for @p text (FTS5 syntax) among results of @p kind, at once. */
    void setSearch(const QString &text, library::SearchKind kind);
    QString searchText() const;
    library::SearchKind kind() const;
    void setKind(library::SearchKind kind);
    /** Filters: a site, a tag (without '#'), a person (Person id; -1: everyone). */
    void setSite(const QString &site);
    void setTag(const QString &tag);
    void setPerson(qint64 person);
    /** The people in the person filter (name, id): everyone quoted, by name. */
    QList<QPair<QString, qint64>> people() const;

    LibraryArticleModel *articleModel() const { return m_articles; }
    LibrarySearchModel *searchModel() const { return m_results; }
    /** The list shown: the articles (no search) or the results. */
    QAbstractItemView *currentView() const;
    QLineEdit *searchField() const { return m_search; }
    /** What is said under the search field (a query that cannot be read, a library problem). */
    QString message() const;
    /** The count line ("Articles: 1,234", "Quotes found: 12"). */
    QString countText() const;

    /** The articles selected in the list shown (a result's article once). */
    QList<library::ArticleEntry> selectedArticles() const;
    /** Where row @p row of the list shown leads. */
    LibraryTarget targetOf(int row) const;
    /** Opens row @p row of the list shown (openRequested()). */
    void activateRow(int row);
    /**
     * Writes the notes and quotes of selectedArticles() to @p file in @p format; false with a
     * message when nothing is selected or the file cannot be written.
     */
    bool exportSelection(const QString &file, NoteExport::Format format);

    void setReadingTheme(const ReadingTheme &theme);
    QSize sizeHint() const override;

Q_SIGNALS:
    void openRequested(const gloss::LibraryTarget &target);
    /** A line for the status bar (an export written). */
    void statusMessage(const QString &message, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilters();
    void applyFilters();
    void runSearch();
    void updateView();
    void updateCount();
    void showMessage(const QString &message);
    void chooseExportFile(NoteExport::Format format);
    bool searching() const;

    library::LibraryPaths m_paths;
    std::unique_ptr<library::LibraryDatabase> m_db;
    std::unique_ptr<library::LibraryCatalog> m_catalog;
    std::unique_ptr<library::LibrarySearch> m_searcher;

    QLineEdit *m_search = nullptr;
    QTabBar *m_kinds = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_person = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_list = nullptr;
    QListView *m_resultView = nullptr;
    QToolButton *m_export = nullptr;
    QTimer *m_searchTimer = nullptr;
    LibraryArticleModel *m_articles = nullptr;
    LibrarySearchModel *m_results = nullptr;
    SnippetDelegate *m_delegate = nullptr;
    bool m_filling = false;
};

} // namespace gloss
