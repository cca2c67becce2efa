#include "common/Result.h"

#include <QCoreApplication>

namespace guichet {

Error Error::inFields(QMap<QString, QString> fields)
{
    const int count = int(fields.size());
    return Error{count <= 1
                     ? QCoreApplication::translate("Error", "One field needs correcting; nothing was saved.")
                     : QCoreApplication::translate("Error", "%1 fields need correcting; nothing was saved.")
                           .arg(count),
                 std::move(fields)};
}

} // namespace guichet
