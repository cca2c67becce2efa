#pragma once

#include <QDateTime>
#include <QString>

#include "widgets/ListTable.h"

class QLabel;

namespace guichet {

// Small presentation helpers shared by the sales screens (no rules here).

// A red label for core's messages, hidden until something is shown.
QLabel *makeErrorLabel(const QString &objectName);
// A label for an amount the clerk must read at a glance (amount due, change to give back).
QLabel *makeBigLabel(const QString &objectName, int pointSize = 20);

} // namespace guichet
