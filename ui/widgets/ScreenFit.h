#pragma once

#include <QSize>

class QWidget;

namespace guichet {

// Counter screens are often 1024×768: every window opens at its preferred size shrunk to the screen it is
// on, less room for the window manager's title bar and a panel, and never below what its layout needs.
void resizeToFit(QWidget *window, QSize preferred);

// A restored window (geometry saved on a larger screen) brought back inside the screen.
void keepOnScreen(QWidget *window);

} // namespace guichet
