#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

class Session;

struct School
{
    qint64 id = 0;
    QString name;
    QString kind; // maternelle, elementaire, primaire
};

struct DietOption
{
    QString code;
    QString label;
};

// Lists the family file picks from: the commune's schools, class levels, diet options; whether a
// postal code is the commune's.
class ReferenceData
{
public:
    explicit ReferenceData(Session &session) : m_session(session) {}

    Result<QList<School>> schools() const;
    Result<qint64> addSchool(const QString &name, const QString &kind, const QString &address = {});
    Result<QList<DietOption>> dietOptions() const; // active ones, in display order
    static QStringList classLevels();              // TPS, PS … CM2
    // The levels a school of this kind teaches: maternelle TPS–GS, élémentaire CP–CM2, primaire all.
    static QStringList classLevels(const QString &schoolKind);

    Result<bool> isResidentPostalCode(const QString &postalCode) const;

private:
    Session &m_session;
};

} // namespace guichet
