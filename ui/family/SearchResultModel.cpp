#include "family/SearchResultModel.h"

#include <QBrush>
#include <QColor>

namespace guichet {

void SearchResultModel::setHits(QList<SearchHit> hits, QHash<qint64, Money> dues)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_dues = std::move(dues);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &h = m_hits.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FileNumber:
            return h.fileNumber;
        case Household:
            return h.title;
        case Guardians:
            return h.guardians;
        case Children:
            return h.children;
        case Status:
            return fileStatusLabel(h.status);
        case Due:
            return m_dues.contains(h.householdId) ? tr("Owes %1").arg(m_dues.value(h.householdId).toString())
                                                  : QString();
        case Exact:
            switch (h.exact) {
            case ExactMatch::FileNumber:
                return tr("Exact file number");
            case ExactMatch::Ine:
                return tr("Exact INE");
            case ExactMatch::Phone:
                return tr("Exact phone number");
            case ExactMatch::Email:
                return tr("Exact email");
            case ExactMatch::None:
                return QString();
            }
            return QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (h.status) {
        case FileStatus::Validated:
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        case FileStatus::Returned:
            return QBrush(QColor(0xb0, 0x00, 0x20));
        case FileStatus::Submitted:
            return QBrush(QColor(0x0d, 0x47, 0xa1));
        case FileStatus::Draft:
            return QBrush(QColor(0x61, 0x61, 0x61));
        }
    }
    if (role == HouseholdIdRole)
        return h.householdId;
    if (role == StatusRole)
        return int(h.status);
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileNumber:
        return tr("File");
    case Household:
        return tr("Household");
    case Guardians:
        return tr("Guardians");
    case Children:
        return tr("Children (class, school)");
    case Status:
        return tr("Status");
    case Due:
        return tr("Owes");
    case Exact:
        return tr("Match");
    default:
        return {};
    }
}

} // namespace guichet
