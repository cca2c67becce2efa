#pragma once

#include "common/Money.h"
#include "family/FamilySearch.h"

#include <QHash>

#include <QAbstractTableModel>

namespace guichet {

class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileNumber,
        Household,
        Guardians,
        Children,
        Status,
        Due,   // "Owes 21,50 €", empty when nothing is owed
        Exact, // why the first hit is first ("Exact file number"), empty otherwise
        ColumnCount
    };
    enum Role
    {
        HouseholdIdRole = Qt::UserRole,
        StatusRole
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setHits(QList<SearchHit> hits, QHash<qint64, Money> dues = {});
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SearchHit> m_hits;
    QHash<qint64, Money> m_dues;
};

} // namespace guichet
