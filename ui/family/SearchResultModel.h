#pragma once

#include "family/FamilySearch.h"

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
        ColumnCount
    };
    enum Role
    {
        HouseholdIdRole = Qt::UserRole,
        StatusRole
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setHits(QList<SearchHit> hits);
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace guichet
