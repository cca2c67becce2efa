#pragma once

#include "common/Result.h"

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

    // The value a read returned, or after saying why on this line an empty one: a list shown empty
    // because of an error must say so.
    template <typename T> T valueOf(const Result<T> &read)
    {
        if (read)
            return read.value();
        showError(read.error().message);
        return T();
    }

private:
    bool m_error = false;
};

} // namespace guichet
