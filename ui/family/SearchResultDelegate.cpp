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
    return {300, 3 * fm.lineSpacing() + 2 * Padding + 2};
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

    // Line 1: household name, file number, status on the right.
    const QString status = column(SearchResultModel::Status);
    const QColor statusColor = selected ? text
                                        : model->index(index.row(), SearchResultModel::Status)
                                              .data(Qt::ForegroundRole)
                                              .value<QBrush>()
                                              .color();
    painter->setFont(bold);
    const int statusWidth = QFontMetrics(bold).horizontalAdvance(status);
    painter->setPen(statusColor);
    painter->drawText(QRect(area.right() - statusWidth, area.top(), statusWidth, line), Qt::AlignRight,
                      status);
    painter->setPen(text);
    const QString title = column(SearchResultModel::Household);
    const int titleWidth =
        std::min(QFontMetrics(bold).horizontalAdvance(title), area.width() - statusWidth - 120);
    painter->drawText(QRect(area.left(), area.top(), titleWidth, line), Qt::AlignLeft,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleWidth));
    painter->setFont(opt.font);
    painter->setPen(dim);
    painter->drawText(QRect(area.left() + titleWidth + 8, area.top(), 110, line), Qt::AlignLeft,
                      SearchResultModel::tr("file no. %1").arg(column(SearchResultModel::FileNumber)));

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
