#pragma once

#include <QLabel>

namespace guichet {

// The line at the bottom of an administration dialog: what was just saved (green) or what core
// refused and why (red). Hidden while there is nothing to say.
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    void showInfo(const QString &text);
    void showError(const QString &text);
    void clearMessage();
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace guichet
