#include "family/SearchResultDelegate.h"

#include "family/SearchResultModel.h"

#include <QApplication>
#include <QPainter>

namespace guichet {

namespace {
constexpr int Padding = 6;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, 3 * fm.lineSpacing() + 2 * Padding + 2}; // the width is the list's; texts elide in it
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QAbstractItemModel *model = index.model();
    auto column = [&](int c) { return model->index(index.row(), c).data().toString(); };
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QColor text = opt.palette.color(QPalette::Active, textRole);
    QColor dim = text;
    dim.setAlpha(selected ? 230 : 170);

    const QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QFontMetrics fm(opt.font);
    const int line = fm.lineSpacing();
    painter->save();
    QFont bold = opt.font;
    bold.setBold(true);

    // Line 1: household name and file number on the left; on the right what must be seen before
    // anything else: why it is first (an exact match), what it owes, its status. The name takes the room
    // that is left, and only then is cut.
    const auto rightText = [&](const QString &value, const QFont &font, const QColor &color, int &right) {
        if (value.isEmpty())
            return;
        const int width = QFontMetrics(font).horizontalAdvance(value);
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(QRect(right - width, area.top(), width, line), Qt::AlignRight, value);
        right -= width + 10;
    };
    int right = area.right();
    const QColor statusColor = selected ? text
                                        : model->index(index.row(), SearchResultModel::Status)
                                              .data(Qt::ForegroundRole)
                                              .value<QBrush>()
                                              .color();
    rightText(column(SearchResultModel::Status), bold, statusColor, right);
    rightText(column(SearchResultModel::Due), bold, selected ? text : QColor(0xb0, 0x00, 0x20), right);
    rightText(column(SearchResultModel::Exact), opt.font, selected ? text : QColor(0x1b, 0x5e, 0x20), right);

    const QString fileText = SearchResultModel::tr("file no. %1").arg(column(SearchResultModel::FileNumber));
    const int fileWidth = fm.horizontalAdvance(fileText);
    const QString title = column(SearchResultModel::Household);
    const QFontMetrics boldMetrics(bold);
    // Elided only when it does not fit: elidedText() at exactly the advance may still cut the last letters.
    const int titleRoom = std::max(0, right - area.left() - fileWidth - 8);
    const int titleAdvance = boldMetrics.horizontalAdvance(title);
    const bool fits = titleAdvance <= titleRoom;
    const int titleWidth = fits ? titleAdvance : titleRoom;
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top(), titleWidth + (fits ? 4 : 0), line), Qt::AlignLeft,
                      fits ? title : boldMetrics.elidedText(title, Qt::ElideRight, titleRoom));
    const int fileRoom = std::max(0, right - area.left() - titleWidth - 8);
    painter->setFont(opt.font);
    painter->setPen(dim);
    painter->drawText(QRect(area.left() + titleWidth + 8, area.top(), fileRoom, line), Qt::AlignLeft,
                      fm.elidedText(fileText, Qt::ElideRight, fileRoom));

    // Lines 2 and 3: guardians, then children with class and school.
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft,
                      fm.elidedText(column(SearchResultModel::Guardians), Qt::ElideRight, area.width()));
    painter->setPen(dim);
    painter->drawText(QRect(area.left(), area.top() + 2 * line, area.width(), line), Qt::AlignLeft,
                      fm.elidedText(column(SearchResultModel::Children), Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace guichet
