#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace guichet {

// A CSV file as French Excel opens it right: UTF-8 with a byte-order mark, ';' between fields, CRLF between
// rows, a field quoted (its quotes doubled) when it holds ';', '"' or a line break.
QByteArray csvDocument(const QList<QStringList> &rows);

} // namespace guichet
