#include "SpeakersPanel.h"

#include "Icons.h"
#include "PanelDelegate.h"
#include "PanelFilterModel.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace gloss {

namespace {

const QString kOrderKey = QStringLiteral("view/speakersOrder");

QString orderName(SpeakersPanel::Order order)
{
    switch (order) {
    case SpeakersPanel::Order::FirstToSpeak:
        return QStringLiteral("first");
    case SpeakersPanel::Order::Name:
        return QStringLiteral("name");
    case SpeakersPanel::Order::MostQuoted:
        break;
    }
    return QStringLiteral("quotes");
}

} // namespace

/**
 * The one order of the Speakers tab's rows: most quoted, first to speak or by name (ties: the
 * first to speak first); the group of the other speakers and the unattributed row stay last.
 * The group's name counts the speakers shown in it, its count their quotes.
 */
class SpeakerSortModel : public PanelFilterModel
{
public:
    explicit SpeakerSortModel(QObject *parent)
        : PanelFilterModel(parent)
    {
        m_collator.setNumericMode(true);
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        setFilterRole(SpeakersPanel::SearchRole);
        setDynamicSortFilter(true);
    }

    void setOrder(SpeakersPanel::Order order)
    {
        m_order = order;
        invalidate();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        if (source.isValid() && sourceModel()->hasChildren(source)
            && (role == Qt::DisplayRole || role == PanelDelegate::CountRole)) {
            const int shown = rowCount(index);
            if (role == Qt::DisplayRole)
                return SpeakersPanel::tr("Other speakers (%1)").arg(shown);
            int quotes = 0;
            for (int r = 0; r < shown; ++r)
                quotes += this->index(r, 0, index).data(SpeakersPanel::QuotesRole).toInt();
            return QString::number(quotes);
        }
        return PanelFilterModel::data(index, role);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant l = left.data(SpeakersPanel::EntityRole);
        const QVariant r = right.data(SpeakersPanel::EntityRole);
        if (!l.isValid() || !r.isValid()) {
            if (l.isValid() != r.isValid())
                return l.isValid();
            return left.row() < right.row();
        }
        switch (m_order) {
        case SpeakersPanel::Order::MostQuoted: {
            const int lq = left.data(SpeakersPanel::QuotesRole).toInt();
            const int rq = right.data(SpeakersPanel::QuotesRole).toInt();
            if (lq != rq)
                return lq > rq;
            break;
        }
        case SpeakersPanel::Order::Name: {
            const int c = m_collator.compare(left.data().toString(), right.data().toString());
            if (c != 0)
                return c < 0;
            break;
        }
        case SpeakersPanel::Order::FirstToSpeak:
            break;
        }
        return left.data(SpeakersPanel::FirstQuoteRole).toInt()
               < right.data(SpeakersPanel::FirstQuoteRole).toInt();
    }

private:
    SpeakersPanel::Order m_order = SpeakersPanel::Order::MostQuoted;
    QCollator m_collator;
};

SpeakersPanel::SpeakersPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_position(new QLabel(this))
    , m_showAll(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new SpeakerSortModel(this))
{
    setObjectName(QStringLiteral("speakersPanel"));
    setAccessibleName(tr("Speakers"));
    setUpSearchAndOrder();
    setUpQuoteBar();
    PanelDelegate *delegate = setUpView();
    buildLayout();
    connectSignals(delegate);
    restoreOrder();
    updateQuoteBar();
}

void SpeakersPanel::setUpSearchAndOrder()
{
    m_search->setObjectName(QStringLiteral("speakersSearch"));
    m_search->setPlaceholderText(tr("Find a speaker"));
    m_search->setAccessibleName(tr("Find a speaker"));
    m_search->setAccessibleDescription(tr("Shows the speakers whose name contains these "
                                          "letters; Down goes to the list"));
    m_search->setClearButtonEnabled(true);
    m_sort->setObjectName(QStringLiteral("speakersOrder"));
    m_sort->setAccessibleName(tr("Order of the speakers"));
    m_sort->setToolTip(tr("Order of the speakers"));
    m_sort->addItem(tr("Most quoted"), int(Order::MostQuoted));
    m_sort->addItem(tr("First to speak"), int(Order::FirstToSpeak));
    m_sort->addItem(tr("Name"), int(Order::Name));
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_summary->setObjectName(QStringLiteral("speakersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
}

void SpeakersPanel::setUpQuoteBar()
{
    m_previousAction = new QAction(icons::icon(QStringLiteral("go-previous")),
                                   tr("Pre&vious Quote of the Speaker"), this);
    m_previousAction->setObjectName(QStringLiteral("actionPreviousSpeakerQuote"));
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextAction = new QAction(icons::icon(QStringLiteral("go-next")),
                               tr("Ne&xt Quote of the Speaker"), this);
    m_nextAction->setObjectName(QStringLiteral("actionNextSpeakerQuote"));
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    for (QAction *a : {m_previousAction, m_nextAction}) {
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(u'&'),
                                                    a->shortcut().toString(
                                                        QKeySequence::NativeText)));
        a->setEnabled(false);
    }
    connect(m_previousAction, &QAction::triggered, this, [this] { stepQuote(-1); });
    connect(m_nextAction, &QAction::triggered, this, [this] { stepQuote(1); });
    m_previous->setObjectName(QStringLiteral("previousSpeakerQuote"));
    m_previous->setDefaultAction(m_previousAction);
    m_previous->setAutoRaise(true);
    m_next->setObjectName(QStringLiteral("nextSpeakerQuote"));
    m_next->setDefaultAction(m_nextAction);
    m_next->setAutoRaise(true);
    m_position->setObjectName(QStringLiteral("speakerQuotePosition"));
    m_position->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_position->setAccessibleName(tr("Quote of the speaker"));

    m_showAll->setObjectName(QStringLiteral("showAllSpeakers"));
    m_showAll->setText(tr("Show all"));
    m_showAll->setAccessibleName(tr("Show all speakers' quotes"));
    m_showAll->setToolTip(tr("Clear the speaker filter (Esc)"));
    m_showAll->setAutoRaise(true);
    // hidden, it keeps its place: the rows below never move when it comes and goes
    QSizePolicy keep = m_showAll->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_showAll->setSizePolicy(keep);
    m_showAll->setVisible(false);
}

PanelDelegate *SpeakersPanel::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setGroupToolTip([](int shown, int total) {
        const QString tip = tr("The %1 most quoted speakers have a colour of their own; these "
                               "%2 share this one.")
                                .arg(ReadingTheme::kSpeakerColors)
                                .arg(total);
        return shown == total ? tip : tip + u' ' + tr("(%1 shown)").arg(shown);
    });
    m_proxy->sort(0);

    auto *delegate = new PanelDelegate(m_view);
    delegate->setSingleLine(true); // names: rows of one height, aligned with their check boxes
    m_view->setObjectName(QStringLiteral("speakersView"));
    m_view->setAccessibleName(tr("Speakers and their colours"));
    m_view->setAccessibleDescription(tr("Who is quoted and how often; Enter shows only that "
                                        "speaker's quotes and goes to the first, again to the "
                                        "next; Esc shows everyone's again"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(14);
    m_view->setUniformRowHeights(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(delegate);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return delegate;
}

void SpeakersPanel::buildLayout()
{
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_search, 1);
    top->addWidget(m_sort);
    auto *quotes = new QHBoxLayout;
    quotes->setSpacing(2);
    quotes->addWidget(m_previous);
    quotes->addWidget(m_next);
    quotes->addSpacing(4);
    quotes->addWidget(m_position, 1);
    quotes->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(quotes);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search); // Ctrl+2 and Tab: the search box first, Down into the list
}

void SpeakersPanel::connectSignals(PanelDelegate *delegate)
{
    // a click on a check box only ticks it: the view's clicked() that follows is ignored
    auto checkClicked = std::make_shared<QPersistentModelIndex>();
    connect(delegate, &PanelDelegate::checkBoxClicked, this,
            [checkClicked](const QModelIndex &index) { *checkClicked = index; });
    connect(m_view, &QTreeView::clicked, this, [this, checkClicked](const QModelIndex &index) {
        const bool onCheckBox = checkClicked->isValid() && *checkClicked == index;
        *checkClicked = QPersistentModelIndex();
        if (!onCheckBox)
            activate(index);
    });
    // Enter is handled in eventFilter() (activated() also follows a click on some styles)
    m_view->installEventFilter(this);
    m_search->installEventFilter(this);
    m_position->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &SpeakersPanel::setSearchText);
    connect(m_sort, &QComboBox::activated, this, [this](int i) {
        const auto order = Order(m_sort->itemData(i).toInt());
        setOrder(order);
        QSettings().setValue(kOrderKey, orderName(order));
    });
    connect(m_showAll, &QToolButton::clicked, this, &SpeakersPanel::filterCleared);
    connect(m_model, &QStandardItemModel::itemChanged, this, &SpeakersPanel::onItemChanged);
}

void SpeakersPanel::restoreOrder()
{
    const QString saved = QSettings().value(kOrderKey).toString();
    for (Order o : {Order::MostQuoted, Order::FirstToSpeak, Order::Name}) {
        if (orderName(o) == saved)
            setOrder(o);
    }
}

void SpeakersPanel::setArticle(const Article &article, const ArticleIndex &index)
{
    m_article = article;
    m_index = index;
    m_filter = -1;
    m_current = -1;
    rebuild();
}

void SpeakersPanel::setReadingTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    rebuild();
}

void SpeakersPanel::setOrder(Order order)
{
    m_order = order;
    m_proxy->setOrder(order);
    m_sort->setCurrentIndex(m_sort->findData(int(order)));
}

void SpeakersPanel::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_proxy->setFilterFixedString(text.simplified());
    m_view->expandAll();
}

void SpeakersPanel::setFilter(int entity)
{
    if (entity != m_filter) {
        m_filter = entity;
        m_current = -1;
    }
    m_showAll->setVisible(entity >= 0);
    updateFonts();
    updateQuoteBar();
}

QModelIndex SpeakersPanel::indexOf(int entity) const
{
    const auto find = [entity](const QStandardItem *parent) -> QModelIndex {
        for (int r = 0; r < parent->rowCount(); ++r) {
            const QStandardItem *item = parent->child(r);
            const QVariant e = item->data(EntityRole);
            if (e.isValid() && e.toInt() == entity)
                return item->index();
        }
        return {};
    };
    QModelIndex source = find(m_model->invisibleRootItem());
    if (!source.isValid() && m_others)
        source = find(m_others);
    return m_proxy->mapFromSource(source);
}

void SpeakersPanel::activate(const QModelIndex &index)
{
    const QVariant e = index.data(EntityRole);
    if (!e.isValid())
        return;
    const int entity = e.toInt();
    if (entity == m_filter) { // again: the next quote
        stepQuote(1);
        return;
    }
    Q_EMIT speakerActivated(entity); // the window filters and calls setFilter()
    if (m_filter != entity)
        setFilter(entity);
    stepQuote(1);
}

void SpeakersPanel::stepQuote(int step)
{
    if (m_filter < 0 || step == 0)
        return;
    const QList<int> quotes = m_index.speakerIndex().quotesOf(m_filter);
    const int n = int(quotes.size());
    if (n == 0)
        return;
    if (m_current < 0)
        m_current = step > 0 ? 0 : n - 1;
    else
        m_current = ((m_current + step) % n + n) % n;
    updateQuoteBar();
    const QModelIndex row = indexOf(m_filter);
    if (row.isValid() && m_view->currentIndex() != row)
        m_view->setCurrentIndex(row);
    Q_EMIT quoteActivated(m_filter, quotes.at(m_current), m_current + 1, n);
}

void SpeakersPanel::updateQuoteBar()
{
    const bool focused = m_filter >= 0 && m_filter < m_article.entities.size();
    const int n = focused ? m_index.speakerIndex().quoteCount(m_filter) : 0;
    m_previousAction->setEnabled(n > 0);
    m_nextAction->setEnabled(n > 0);
    QString text;
    if (!focused) {
        text = tr("Click a speaker for their quotes.");
    } else {
        const QString name = m_article.entities.at(m_filter).name;
        text = m_current < 0 ? tr("%1 · %n quote(s)", nullptr, n).arg(name)
                             : tr("%1 · quote %2 of %3").arg(name).arg(m_current + 1).arg(n);
    }
    m_positionText = text;
    elidePosition();
    m_position->setToolTip(text);
    m_position->setAccessibleDescription(text);
    m_position->setForegroundRole(focused ? QPalette::WindowText : QPalette::PlaceholderText);
}

void SpeakersPanel::elidePosition()
{
    // one line whatever the width: the bar never grows, so the rows below never move
    m_position->setText(m_position->fontMetrics().elidedText(m_positionText, Qt::ElideRight,
                                                             m_position->width()));
}

void SpeakersPanel::updateFonts()
{
    const bool was = m_rebuilding;
    m_rebuilding = true;
    const auto mark = [this](QStandardItem *parent) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            QStandardItem *item = parent->child(r);
            const QVariant e = item->data(EntityRole);
            if (!e.isValid())
                continue;
            QFont f = font();
            if (e.toInt() == m_filter)
                f.setWeight(QFont::Bold);
            if (item->font() != f)
                item->setFont(f);
        }
    };
    mark(m_model->invisibleRootItem());
    if (m_others)
        mark(m_others);
    m_rebuilding = was;
}

QStandardItem *SpeakersPanel::speakerItem(int e, const QColor &color)
{
    const Entity &entity = m_article.entities.at(e);
    const int count = m_index.speakerIndex().quoteCount(e);
    auto *item = new QStandardItem(entity.name);
    item->setData(e, EntityRole);
    item->setData(int(m_index.speakerIndex().speakers().indexOf(e)), FirstQuoteRole);
    item->setData(count, QuotesRole);
    item->setData((QStringList{entity.name} + entity.aliases).join(u'\n'), SearchRole);
    item->setCheckable(true);
    item->setIcon(icons::swatch(color, color));
    item->setForeground(color);
    const QString shown = QLocale().toString(count);
    item->setData(shown, PanelDelegate::CountRole);
    item->setToolTip(tr("Quotes: %1. Click to show only this speaker's quotes and go to the "
                        "first, again for the next; untick to stop tinting them.")
                         .arg(shown));
    item->setData(tr("Quotes: %1").arg(shown), Qt::AccessibleDescriptionRole);
    return item;
}

void SpeakersPanel::rebuild()
{
    m_rebuilding = true;
    // keep the check states across a theme change
    QSet<int> hidden;
    const auto collect = [&hidden](const QStandardItem *parent) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            const QStandardItem *item = parent->child(r);
            const QVariant e = item->data(EntityRole);
            if (e.isValid() && item->checkState() == Qt::Unchecked)
                hidden.insert(e.toInt());
        }
    };
    collect(m_model->invisibleRootItem());
    if (m_others)
        collect(m_others);
    m_model->clear();
    m_others = nullptr;

    const QList<int> &speakers = m_index.speakerIndex().speakers();
    QList<int> shared;
    for (int e : speakers) {
        if (e < 0 || e >= m_article.entities.size())
            continue;
        if (m_index.hasSharedColor(e)) {
            shared.append(e);
            continue;
        }
        QStandardItem *item = speakerItem(e, m_theme.speakerColor(m_index.speakerSlot(e)));
        item->setCheckState(hidden.contains(e) ? Qt::Unchecked : Qt::Checked);
        m_model->appendRow(item);
    }
    if (!shared.isEmpty()) {
        // the speakers without a colour of their own, in the one they share
        const QColor other = m_theme.otherSpeakers();
        m_others = new QStandardItem(tr("Other speakers (%1)").arg(QLocale().toString(shared.size())));
        m_others->setIcon(icons::swatch(other, other));
        m_others->setCheckable(true);
        m_others->setSelectable(false);
        QFont f = font();
        f.setWeight(QFont::DemiBold);
        m_others->setFont(f);
        m_others->setData(tr("Speakers sharing one colour"), Qt::AccessibleDescriptionRole);
        int shown = 0;
        for (int e : std::as_const(shared)) {
            QStandardItem *item = speakerItem(e, other);
            item->setCheckState(hidden.contains(e) ? Qt::Unchecked : Qt::Checked);
            shown += item->checkState() == Qt::Checked ? 1 : 0;
            m_others->appendRow(item);
        }
        m_others->setCheckState(shown == shared.size() ? Qt::Checked
                                : shown == 0           ? Qt::Unchecked
                                                       : Qt::PartiallyChecked);
        m_model->appendRow(m_others);
    }
    if (const qsizetype unattributed = m_index.speakerIndex().unattributed().size()) {
        auto *item = new QStandardItem(tr("Unattributed"));
        item->setIcon(icons::swatch(m_theme.neutralQuote(), m_theme.mutedText()));
        item->setData(QLocale().toString(unattributed), PanelDelegate::CountRole);
        item->setToolTip(tr("Direct quotes without a known speaker"));
        item->setSelectable(false);
        m_model->appendRow(item);
    }
    QString summary = speakers.isEmpty() ? tr("No quoted speakers found.")
                                         : tr("Speakers: %1 · Quotes: %2.")
                                               .arg(QLocale().toString(speakers.size()),
                                                    QLocale().toString(
                                                        m_index.speakerIndex().directQuoteCount()));
    if (!shared.isEmpty()) {
        summary += u' ' + tr("The %1 most quoted have a colour of their own, the other %2 share "
                             "grey.")
                              .arg(QLocale().toString(speakers.size() - shared.size()),
                                   QLocale().toString(shared.size()));
    }
    m_summary->setText(summary);
    m_view->expandAll();
    m_rebuilding = false;
    setFilter(m_filter);
}

void SpeakersPanel::onItemChanged(QStandardItem *item)
{
    if (m_rebuilding || !item->isCheckable())
        return;
    if (item == m_others) {
        // the group's box ticks or unticks all of its speakers
        const Qt::CheckState state =
            item->checkState() == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
        QList<int> changed;
        m_rebuilding = true;
        item->setCheckState(state);
        for (int r = 0; r < item->rowCount(); ++r) {
            QStandardItem *child = item->child(r);
            if (child->checkState() != state) {
                child->setCheckState(state);
                changed.append(child->data(EntityRole).toInt());
            }
        }
        m_rebuilding = false;
        for (int e : std::as_const(changed))
            Q_EMIT speakerVisibilityChanged(e, state == Qt::Checked);
        return;
    }
    if (QStandardItem *group = item->parent(); group && group == m_others) {
        int checked = 0;
        for (int r = 0; r < group->rowCount(); ++r)
            checked += group->child(r)->checkState() == Qt::Checked ? 1 : 0;
        m_rebuilding = true;
        group->setCheckState(checked == group->rowCount() ? Qt::Checked
                             : checked == 0               ? Qt::Unchecked
                                                          : Qt::PartiallyChecked);
        m_rebuilding = false;
    }
    Q_EMIT speakerVisibilityChanged(item->data(EntityRole).toInt(),
                                    item->checkState() == Qt::Checked);
}

bool SpeakersPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_position && event->type() == QEvent::Resize)
        elidePosition();
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if (watched == m_search && (enter || key == Qt::Key_Down)) {
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_view && enter && m_view->currentIndex().isValid()) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gloss
