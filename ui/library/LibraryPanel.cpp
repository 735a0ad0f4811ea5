#include "LibraryPanel.h"

#include "FileDialogs.h"
#include "LibraryArticleModel.h"
#include "LibraryCatalog.h"
#include "LibraryDatabase.h"
#include "LibraryExport.h"
#include "LibraryNavigator.h"
#include "LibraryNotes.h"
#include "LibrarySearchModel.h"
#include "PeopleResolver.h"
#include "ReadingTheme.h"
#include "SnippetDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSaveFile>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace gloss {

using library::SearchKind;

namespace {

constexpr int kSearchDelayMs = 250;

QComboBox *filterCombo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    return combo;
}

} // namespace

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent)
    , m_articles(new LibraryArticleModel(this))
    , m_results(new LibrarySearchModel(this))
    , m_delegate(new SnippetDelegate(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    setAccessibleName(tr("Library"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setPlaceholderText(tr("Search: words, \"a phrase\", OR, NOT, prefix*"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_kinds = new QTabBar(this);
    m_kinds->setObjectName(QStringLiteral("libraryKinds"));
    m_kinds->setAccessibleName(tr("Kind of results"));
    m_kinds->setDocumentMode(true);
    m_kinds->setExpanding(false);
    m_kinds->addTab(tr("Articles"));
    m_kinds->addTab(tr("Quotes"));
    m_kinds->addTab(tr("Notes"));

    m_site = filterCombo(this, QStringLiteral("librarySite"), tr("Site"));
    m_tag = filterCombo(this, QStringLiteral("libraryTag"), tr("Tag"));
    m_person = filterCombo(this, QStringLiteral("libraryPerson"), tr("Person"));
    m_person->setToolTip(tr("Articles quoting this person; their quotes under Quotes"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("libraryCount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("libraryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("libraryArticles"));
    m_list->setAccessibleName(tr("Articles of the library"));
    m_list->setModel(m_articles);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LibraryArticleModel::TitleColumn,
                                           QHeaderView::Stretch);
    for (int c : {LibraryArticleModel::SiteColumn, LibraryArticleModel::DateColumn,
                  LibraryArticleModel::NotesColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->header()->setSortIndicator(LibraryArticleModel::DateColumn, Qt::DescendingOrder);
    m_list->setSortingEnabled(true);

    m_resultView = new QListView(this);
    m_resultView->setObjectName(QStringLiteral("libraryResults"));
    m_resultView->setAccessibleName(tr("Search results"));
    m_resultView->setModel(m_results);
    m_resultView->setItemDelegate(m_delegate);
    m_resultView->setUniformItemSizes(true);
    m_resultView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resultView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_resultView);

    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("libraryExport"));
    m_export->setText(tr("Export Selection"));
    m_export->setToolTip(tr("The notes and quotes of the selected articles, in one file"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(tr("Export Selection"), m_export);
    menu->setObjectName(QStringLiteral("libraryExportMenu"));
    for (const NoteExport::Format f : {NoteExport::Format::Markdown, NoteExport::Format::Html,
                                       NoteExport::Format::Csv, NoteExport::Format::W3c}) {
        const QString text = f == NoteExport::Format::Markdown ? tr("As &Markdown…")
            : f == NoteExport::Format::Html                    ? tr("As &HTML…")
            : f == NoteExport::Format::Csv                     ? tr("As &CSV…")
                                                               : tr("As &W3C Annotations…");
        menu->addAction(text, this, [this, f] { chooseExportFile(f); });
    }
    m_export->setMenu(menu);
    m_export->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_site, 1);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_person, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_kinds);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_search);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPanel::runSearch);
    connect(m_kinds, &QTabBar::currentChanged, this, &LibraryPanel::runSearch);
    for (QComboBox *combo : {m_site, m_tag, m_person}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyFilters();
        });
    }
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_list),
                                    static_cast<QAbstractItemView *>(m_resultView)}) {
        connect(view, &QAbstractItemView::activated, this,
                [this](const QModelIndex &index) { activateRow(index.row()); });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view] {
                    if (view == currentView())
                        m_export->setEnabled(view->selectionModel()->hasSelection());
                });
    }
    connect(m_articles, &LibraryArticleModel::totalChanged, this, &LibraryPanel::updateCount);
    connect(m_results, &LibrarySearchModel::resultsChanged, this, &LibraryPanel::updateCount);
    updateView();
}

LibraryPanel::~LibraryPanel()
{
    // the models let go of the catalog and search before the connection closes
    m_articles->setCatalog(nullptr);
    m_results->clear();
}

bool LibraryPanel::isLibraryOpen() const
{
    return m_db && m_db->isOpen();
}

bool LibraryPanel::openLibrary()
{
    if (isLibraryOpen())
        return true;
    m_paths = library::LibraryPaths::standard();
    m_db = std::make_unique<library::LibraryDatabase>(m_paths.folder());
    if (!m_db->open()) {
        showMessage(m_db->error());
        return false;
    }
    if (m_db->wasRecreated()) {
        showMessage(tr("The library was damaged: it was kept aside as %1 and a new one made. "
                       "Run “gloss library check --rebuild” to add the articles again.")
                        .arg(QDir::toNativeSeparators(m_db->movedAside())));
    } else if (m_db->isReadOnly()) {
        showMessage(m_db->error());
    }
    m_catalog = std::make_unique<library::LibraryCatalog>(*m_db);
    m_searcher = std::make_unique<library::LibrarySearch>(*m_db, m_paths.texts());
    m_articles->setCatalog(m_catalog.get());
    reload();
    return true;
}

void LibraryPanel::reload()
{
    if (!isLibraryOpen())
        return;
    if (!m_db->isReadOnly()) { // notes written since (the window, gloss notes, sync)
        library::LibraryNotes notes(*m_db, m_paths.notes(), m_paths.texts());
        notes.refresh();
    }
    buildFilters();
    applyFilters();
}

void LibraryPanel::buildFilters()
{
    m_filling = true;
    const QString site = m_site->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    const qint64 person = m_person->currentData().isValid()
        ? m_person->currentData().toLongLong() : -1;
    const QLocale locale;
    m_site->clear();
    m_site->addItem(tr("All sites"), QString());
    for (const auto &[name, count] : m_catalog->sites()) {
        if (!name.isEmpty())
            m_site->addItem(QStringLiteral("%1 (%2)").arg(name, locale.toString(count)), name);
    }
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const auto &[name, count] : m_catalog->tags())
        m_tag->addItem(QStringLiteral("#%1 (%2)").arg(name, locale.toString(count)), name);
    m_person->clear();
    m_person->addItem(tr("Everyone"), qint64(-1));
    for (const auto &[name, id] : people())
        m_person->addItem(name, id);
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
    m_filling = false;
}

QList<QPair<QString, qint64>> LibraryPanel::people() const
{
    QList<QPair<QString, qint64>> out;
    if (!isLibraryOpen())
        return out;
    library::PeopleResolver resolver(*m_db, m_paths.choices());
    return resolver.speakers();
}

void LibraryPanel::applyFilters()
{
    if (!isLibraryOpen())
        return;
    library::ArticleFilter f = m_articles->filter();
    f.site = m_site->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.person = m_person->currentData().isValid() ? m_person->currentData().toLongLong() : -1;
    m_articles->setFilter(f);
    if (m_articles->error().size())
        showMessage(m_articles->error());
    runSearch();
}

bool LibraryPanel::searching() const
{
    return kind() != SearchKind::Articles || !m_search->text().trimmed().isEmpty();
}

void LibraryPanel::runSearch()
{
    m_searchTimer->stop();
    updateView();
    if (!isLibraryOpen())
        return;
    if (!searching()) {
        m_results->clear();
        showMessage({});
        return;
    }
    library::SearchQuery q;
    q.kind = kind();
    q.text = m_search->text().trimmed();
    if (q.kind == SearchKind::Quotes)
        q.speakerId = m_person->currentData().isValid() ? m_person->currentData().toLongLong()
                                                        : -1;
    const QString tag = m_tag->currentData().toString();
    if (q.kind == SearchKind::Notes && !tag.isEmpty())
        q.text = QString(q.text + QStringLiteral(" #") + tag).trimmed();
    m_results->setQuery(m_searcher.get(), q);
    showMessage(m_results->error());
}

void LibraryPanel::updateView()
{
    const bool results = searching();
    m_stack->setCurrentWidget(results ? static_cast<QWidget *>(m_resultView) : m_list);
    // the filters that apply: sites only to the article list, tags not to quotes
    const SearchKind k = kind();
    m_site->setVisible(!results);
    m_tag->setVisible(k != SearchKind::Quotes);
    m_person->setToolTip(k == SearchKind::Quotes
                             ? tr("Only this person's quotes: everything they said")
                             : tr("Only the articles quoting this person"));
    m_person->setAccessibleName(k == SearchKind::Quotes ? tr("Speaker") : tr("Person"));
    m_person->setVisible(k != SearchKind::Notes);
    m_export->setEnabled(currentView()->selectionModel()->hasSelection());
    updateCount();
}

void LibraryPanel::updateCount()
{
    m_count->setText(countText());
}

QString LibraryPanel::countText() const
{
    if (!isLibraryOpen())
        return {};
    if (!searching())
        return tr("Articles: %L1").arg(m_articles->totalCount());
    const int n = m_results->rowCount();
    if (m_results->hasMore())
        return tr("Results: more than %L1").arg(n);
    switch (kind()) {
    case SearchKind::Articles:
        return tr("Articles found: %L1").arg(n);
    case SearchKind::Quotes:
        return tr("Quotes found: %L1").arg(n);
    case SearchKind::Notes:
        return tr("Notes found: %L1").arg(n);
    }
    return {};
}

void LibraryPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString LibraryPanel::message() const
{
    return m_message->text();
}

void LibraryPanel::setSearch(const QString &text, SearchKind kind)
{
    const QSignalBlocker block(m_kinds);
    m_kinds->setCurrentIndex(int(kind));
    m_search->setText(text);
    runSearch();
}

QString LibraryPanel::searchText() const
{
    return m_search->text();
}

SearchKind LibraryPanel::kind() const
{
    return SearchKind(std::max(0, m_kinds->currentIndex()));
}

void LibraryPanel::setKind(SearchKind kind)
{
    m_kinds->setCurrentIndex(int(kind)); // runs the search
}

void LibraryPanel::setSite(const QString &site)
{
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
}

void LibraryPanel::setTag(const QString &tag)
{
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
}

void LibraryPanel::setPerson(qint64 person)
{
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
}

QAbstractItemView *LibraryPanel::currentView() const
{
    return m_stack->currentWidget() == m_list ? static_cast<QAbstractItemView *>(m_list)
                                              : m_resultView;
}

LibraryTarget LibraryPanel::targetOf(int row) const
{
    LibraryTarget t;
    if (currentView() == m_list) {
        const library::ArticleEntry e = m_articles->entry(row);
        t.hash = e.hash;
        t.path = e.path;
        t.title = e.title;
        return t;
    }
    const library::SearchHit h = m_results->hit(row);
    t.hash = h.articleHash;
    t.path = h.articlePath;
    t.title = h.articleTitle;
    if (h.kind == SearchKind::Quotes) {
        t.start = h.start;
        t.end = h.end;
        t.text = h.text;
    } else if (h.kind == SearchKind::Notes) {
        t.start = h.start;
        t.end = h.end;
        t.text = h.exact;
        t.noteId = h.noteId;
    }
    return t;
}

void LibraryPanel::activateRow(int row)
{
    if (row < 0 || row >= currentView()->model()->rowCount())
        return;
    Q_EMIT openRequested(targetOf(row));
}

QList<library::ArticleEntry> LibraryPanel::selectedArticles() const
{
    QList<library::ArticleEntry> out;
    if (!isLibraryOpen())
        return out;
    QModelIndexList rows = currentView()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QSet<qint64> seen;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (currentView() == m_list) {
            out.append(m_articles->entry(index.row()));
            continue;
        }
        const qint64 id = m_results->hit(index.row()).articleId;
        if (id < 0 || seen.contains(id))
            continue;
        seen.insert(id);
        if (const auto entry = m_catalog->article(id))
            out.append(*entry);
    }
    return out;
}

bool LibraryPanel::exportSelection(const QString &file, NoteExport::Format format)
{
    const QList<library::ArticleEntry> articles = selectedArticles();
    if (articles.isEmpty()) {
        showMessage(tr("Select the articles or results to export first."));
        return false;
    }
    NoteExport::Options options;
    options.format = format;
    options.includeQuotes = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const library::LibraryExport::Result result =
        library::LibraryExport::exportArticles(m_paths, articles, options);
    QApplication::restoreOverrideCursor();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(result.bytes) != result.bytes.size()
        || !out.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file),
                                                  out.errorString()));
        return false;
    }
    showMessage(result.problems.join(u'\n'));
    Q_EMIT statusMessage(tr("%Ln article(s) exported to %1", nullptr, result.written)
                             .arg(QDir::toNativeSeparators(file)),
                         6000);
    return true;
}

void LibraryPanel::chooseExportFile(NoteExport::Format format)
{
    const QString start = QDir(FileDialogs::startFolder(FileDialogs::Kind::ExportLibrary, {}))
                              .filePath(tr("library-notes") + u'.'
                                        + NoteExport::fileSuffix(format));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Selection"), start,
                                                      NoteExport::fileFilter(format));
    if (file.isEmpty())
        return;
    FileDialogs::remember(FileDialogs::Kind::ExportLibrary, file);
    exportSelection(file, format);
}

void LibraryPanel::setReadingTheme(const ReadingTheme &theme)
{
    m_delegate->setHighlight(theme.searchHighlight(), theme.text());
    m_resultView->viewport()->update();
}

QSize LibraryPanel::sizeHint() const
{
    // wide enough for a title beside site, date and notes
    return {fontMetrics().averageCharWidth() * 74, 480};
}

void LibraryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    openLibrary();
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes to the list
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        if (m_searchTimer->isActive())
            runSearch();
        QAbstractItemView *view = currentView();
        if (view->model()->rowCount() > 0) {
            if (!view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, 0));
            view->setFocus(Qt::TabFocusReason);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gloss
