#include "SpeakersPanel.h"

#include "Icons.h"
#include "PanelDelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace gloss {

SpeakersPanel::SpeakersPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_showAll(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("speakersPanel"));
    setAccessibleName(tr("Speakers"));
    m_summary->setObjectName(QStringLiteral("speakersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_showAll->setObjectName(QStringLiteral("showAllSpeakers"));
    m_showAll->setText(tr("Show all"));
    m_showAll->setAccessibleName(tr("Show all speakers' quotes"));
    m_showAll->setToolTip(tr("Clear the speaker filter (Esc)"));
    m_showAll->setAutoRaise(true);
    m_showAll->setVisible(false);

    m_view->setObjectName(QStringLiteral("speakersView"));
    m_view->setAccessibleName(tr("Speakers and their colours"));
    m_view->setAccessibleDescription(tr("Who is quoted and how often; Enter shows only that "
                                        "speaker's quotes, Esc everyone's again"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new PanelDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    const auto activate = [this](const QModelIndex &index) {
        const QVariant e = index.data(EntityRole);
        if (e.isValid())
            Q_EMIT speakerActivated(e.toInt());
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_showAll, &QToolButton::clicked, this, &SpeakersPanel::filterCleared);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_rebuilding || !item->isCheckable())
            return;
        Q_EMIT speakerVisibilityChanged(item->data(EntityRole).toInt(),
                                        item->checkState() == Qt::Checked);
    });
}

void SpeakersPanel::setArticle(const Article &article, const ArticleIndex &index)
{
    m_article = article;
    m_index = index;
    m_filter = -1;
    rebuild();
}

void SpeakersPanel::setReadingTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    rebuild();
}

void SpeakersPanel::setFilter(int entity)
{
    m_filter = entity;
    m_showAll->setVisible(entity >= 0);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem *item = m_model->item(r);
        QFont f = font();
        if (item->data(EntityRole).toInt() == entity)
            f.setWeight(QFont::Bold);
        m_rebuilding = true;
        item->setFont(f);
        m_rebuilding = false;
    }
}

void SpeakersPanel::rebuild()
{
    m_rebuilding = true;
    // keep the check states across a theme change
    QSet<int> hidden;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStandardItem *item = m_model->item(r);
        if (item->isCheckable() && item->checkState() == Qt::Unchecked)
            hidden.insert(item->data(EntityRole).toInt());
    }
    m_model->clear();
    const QList<int> &speakers = m_index.speakers();
    for (int e : speakers) {
        if (e < 0 || e >= m_article.entities.size())
            continue;
        const int count = m_index.quoteCount(e);
        auto *item = new QStandardItem(m_article.entities.at(e).name);
        item->setData(e, EntityRole);
        item->setCheckable(true);
        item->setCheckState(hidden.contains(e) ? Qt::Unchecked : Qt::Checked);
        const QColor color = m_theme.speakerColor(m_index.speakerSlot(e));
        item->setIcon(icons::swatch(color, color));
        item->setForeground(color);
        item->setData(QLocale().toString(count), PanelDelegate::CountRole);
        item->setToolTip(tr("Quotes: %1. Click to show only this speaker's quotes; "
                            "untick to stop tinting them.").arg(QLocale().toString(count)));
        item->setData(tr("Quotes: %1").arg(QLocale().toString(count)),
                      Qt::AccessibleDescriptionRole);
        m_model->appendRow(item);
    }
    if (m_index.unattributedCount() > 0) {
        auto *item = new QStandardItem(tr("Unattributed"));
        item->setIcon(icons::swatch(m_theme.neutralQuote(), m_theme.mutedText()));
        item->setData(QLocale().toString(m_index.unattributedCount()), PanelDelegate::CountRole);
        item->setToolTip(tr("Direct quotes without a known speaker"));
        item->setSelectable(false);
        m_model->appendRow(item);
    }
    m_summary->setText(speakers.isEmpty()
                           ? tr("No quoted speakers found.")
                           : tr("Speakers: %1 · Quotes: %2. Click a name to follow one voice.")
                                 .arg(QLocale().toString(speakers.size()),
                                      QLocale().toString(m_index.directQuoteCount())));
    m_rebuilding = false;
    setFilter(m_filter);
}

} // namespace gloss
