#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "common/Money.h"

namespace guichet {

// A CSV file as French Excel opens it right: UTF-8 with a byte-order mark, ';' between fields, CRLF between
// rows, a field quoted (its quotes doubled) when it holds ';', '"' or a line break.
QByteArray csvDocument(const QList<QStringList> &rows);
// "1234,56" (no currency, no thousands separator): an amount as a French spreadsheet reads a number.
QString csvAmount(Money amount);

} // namespace guichet
