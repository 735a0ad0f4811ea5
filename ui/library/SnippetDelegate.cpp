#include "SnippetDelegate.h"

#include "LibrarySearchModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace gloss {

namespace {

constexpr int kMargin = 6;

} // namespace

SnippetDelegate::SnippetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void SnippetDelegate::setHighlight(const QColor &background, const QColor &text)
{
    m_background = background;
    m_text = text;
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, fm.lineSpacing() * (kSnippetLines + 1) + 2 * kMargin};
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText
                                                               : QPalette::Text);
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm(opt.font);

    // the snippet, wrapped, the matching words bold on the find colour
    QList<QTextLayout::FormatRange> formats;
    const auto ranges = index.data(LibrarySearchModel::HighlightsRole)
                            .value<QList<QPair<int, int>>>();
    for (const auto &r : ranges) {
        if (r.first < 0 || r.second <= r.first || r.second > text.size())
            continue;
        QTextLayout::FormatRange f;
        f.start = r.first;
        f.length = r.second - r.first;
        f.format.setFontWeight(QFont::Bold);
        if (!selected) {
            f.format.setBackground(m_background);
            f.format.setForeground(m_text);
        }
        formats.append(f);
    }
    QString shown = text;
    shown.replace(u'\n', u' ');
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    qreal y = 0;
    int lines = 0;
    while (lines < kSnippetLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        line.setPosition({0, y});
        y += fm.lineSpacing();
        ++lines;
    }
    layout.endLayout();
    painter->save();
    painter->setClipRect(area);
    painter->setPen(textColor);
    layout.draw(painter, area.topLeft(), {});
    // what did not fit ends in an ellipsis
    if (lines == kSnippetLines && layout.lineCount() == kSnippetLines) {
        const QTextLine last = layout.lineAt(kSnippetLines - 1);
        if (last.textStart() + last.textLength() < shown.size()) {
            const QRect end(area.right() - fm.horizontalAdvance(u'…') - 2,
                            area.top() + int(last.y()), fm.horizontalAdvance(u'…') + 2,
                            fm.lineSpacing());
            painter->fillRect(end, selected ? opt.palette.color(group, QPalette::Highlight)
                                            : opt.palette.color(group, QPalette::Base));
            painter->drawText(end, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("…"));
        }
    }

    // the context: speaker, date, article
    const QString context = index.data(LibrarySearchModel::ContextRole).toString();
    QColor muted = opt.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        muted = textColor;
    painter->setPen(muted);
    // right under the snippet (a short one leaves the room below the row's text)
    const QRect contextRect(area.left(), area.top() + std::max(1, lines) * fm.lineSpacing(),
                            area.width(), fm.lineSpacing());
    painter->drawText(contextRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(context, Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace gloss
