#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

class Database;

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

// Lists the family file picks from: schools, class levels, diet options, commune settings.
class ReferenceData
{
public:
    explicit ReferenceData(Database &database) : m_database(database) {}

    QList<School> schools() const;
    Result<qint64> addSchool(const QString &name, const QString &kind, const QString &address = {});
    QList<DietOption> dietOptions() const; // active ones, in display order
    static QStringList classLevels();      // TPS, PS … CM2

    QString communeName() const;
    QStringList communePostalCodes() const;
    QString currentRulesVersion() const;
    QString currentTermsVersion() const;
    bool isResidentPostalCode(const QString &postalCode) const;

private:
    Database &m_database;
};

} // namespace guichet
