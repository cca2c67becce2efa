#pragma once

#include "common/Result.h"
#include "family/FamilyFile.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace guichet {

class Session;

// The history of a family file: one append-only row per changed field (who, when, old -> new).
// Field codes and raw values are stored; labels are translated when shown.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    using Fields = QList<QPair<QString, QString>>; // field code -> value as text

    explicit AuditTrail(Session &session) : m_session(session) {}

    // Records every field whose value differs between 'before' and 'after' (an empty 'before' records
    // a creation).
    Status recordChanges(qint64 householdId, const QString &entity, const QString &entityLabel,
                         const Fields &before, const Fields &after);
    Status record(qint64 householdId, const QString &entity, const QString &entityLabel, const QString &field,
                  const QString &oldValue, const QString &newValue);

    Result<QList<HistoryEntry>> history(qint64 householdId) const;

    static QString fieldLabel(const QString &field);
    static QString entityName(const QString &entity);
    static QString displayValue(const QString &field, const QString &value);

private:
    Session &m_session;
};

} // namespace guichet
