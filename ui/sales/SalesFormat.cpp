#include "sales/SalesFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace guichet {

QLabel *makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(
        QStringLiteral("QLabel { background:#fdecea; color:#b00020; padding:6px; border-radius:4px; }"));
    label->hide();
    return label;
}

QLabel *makeBigLabel(const QString &objectName, int pointSize)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSize(pointSize);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace guichet
