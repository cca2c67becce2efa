#pragma once

#include "catalog/Catalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace guichet {

class CatalogService;
class StatusLine;

// The tariffs of a school year: its QF brackets (label and inclusive upper bound, the last one
// unbounded), and a grid of unit prices, activities by brackets for residents plus one column for
// non-residents. Prices are typed as "4,15", read with Money::parse, and each changed cell is saved
// on its own; a cell that cannot be read or that core refuses stays highlighted with the reason.
class TariffsDialog : public QDialog
{
    Q_OBJECT

public:
    TariffsDialog(CatalogService &catalog, const QDate &today, QWidget *parent = nullptr);

    qint64 schoolYearId() const { return m_yearId; }
    QString message() const;
    bool changed() const { return m_changed; }
    // Price cells changed or unreadable, not saved yet.
    int pendingPrices() const;
    // The grid cell of an activity's price in a bracket (bracket 0: non-residents), or null.
    QTableWidgetItem *priceCell(qint64 activityId, qint64 bracketId) const;

    // Actions of the buttons (public so that tests drive exactly what the buttons do).
    void selectSchoolYear(qint64 id);
    void addBracket();
    void removeBracket();
    void saveBrackets();
    void savePrices();
    void revertPrices();
    // Copies the brackets and prices of the previous school year into the selected one (a new year).
    void copyPreviousYear();

    void reject() override;

private:
    bool confirmDiscard();
    void loadYear();
    void loadBrackets();
    void loadPrices();
    void markBracketsLastRow();
    void priceEdited(QTableWidgetItem *item);
    void stylePrice(QTableWidgetItem *item);
    void updatePendingState();

    CatalogService &m_catalog;
    qint64 m_yearId = 0;
    QList<Bracket> m_brackets;
    bool m_bracketsDirty = false;
    bool m_loading = false;
    bool m_changed = false;
    QComboBox *m_year;
    QLabel *m_yearDates;
    QLabel *m_bracketsNote;
    bool m_bracketsLocked = false;
    QTableWidget *m_bracketTable;
    QPushButton *m_addBracket, *m_removeBracket, *m_saveBrackets, *m_copyPrevious;
    qint64 m_previousYearId = 0;
    QTableWidget *m_prices;
    QLabel *m_pending;
    QPushButton *m_revertPrices, *m_savePrices;
    StatusLine *m_status;
};

} // namespace guichet
