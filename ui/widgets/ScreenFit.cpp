#include "widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace guichet {

namespace {

// The room a window's content has on its screen: the title bar and borders are outside it.
QRect usableArea(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return QRect(0, 0, 1024, 708);
    constexpr int TitleBarAndBorders = 40;
    return screen->availableGeometry().adjusted(0, 0, 0, -TitleBarAndBorders);
}

} // namespace

void resizeToFit(QWidget *window, QSize preferred)
{
    const QRect area = usableArea(window);
    const QSize size = preferred.boundedTo(area.size()).expandedTo(window->minimumSizeHint());
    window->resize(size);
}

void keepOnScreen(QWidget *window)
{
    const QRect area = usableArea(window);
    const QSize size = window->size().boundedTo(area.size());
    if (size != window->size())
        window->resize(size);
    QRect frame = window->frameGeometry();
    if (!area.contains(frame.topLeft()) || !area.contains(frame.bottomRight()))
        window->move(
            std::clamp(frame.left(), area.left(), std::max(area.left(), area.right() - frame.width())),
            std::clamp(frame.top(), area.top(), std::max(area.top(), area.bottom() - frame.height())));
}

} // namespace guichet
