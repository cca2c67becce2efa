#include "admin/StatusLine.h"

namespace guichet {

StatusLine::StatusLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("message"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void StatusLine::showInfo(const QString &text)
{
    m_error = false;
    setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7;"
                                 " border-radius: 3px; padding: 6px; }"));
    setText(text);
    show();
}

void StatusLine::showError(const QString &text)
{
    m_error = true;
    setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecea; border: 1px solid #f5c2c0;"
                                 " border-radius: 3px; padding: 6px; }"));
    setText(text);
    show();
}

void StatusLine::clearMessage()
{
    m_error = false;
    clear();
    hide();
}

} // namespace guichet
