#pragma once

#include <QMainWindow>
#include <memory>

class QStackedWidget;

namespace guichet {

class CatalogService;
class Database;
class FamilyService;
class FamilyFileView;
class SearchPanel;
class Settings;

// The counter's main window: the family search on the left (Ctrl+F / F2 from anywhere), the open
// family file on the right, "New household" on Ctrl+N.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchPanel *searchPanel() const { return m_search; }
    FamilyFileView *familyFileView() const { return m_file; }
    FamilyService &familyService() const { return *m_service; }
    CatalogService &catalogService() const { return *m_catalog; }

    void newHousehold();
    void openHousehold(qint64 householdId);
    // Administration: activities, school years, tariffs (modal dialogs).
    void editActivities();
    void editSchoolYears();
    void editTariffs();

Q_SIGNALS:
    // Something in the catalog (activities, school years, brackets, tariffs) was saved.
    void catalogChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();

    Database &m_database;
    Settings &m_settings;
    std::unique_ptr<FamilyService> m_service;
    std::unique_ptr<CatalogService> m_catalog;
    SearchPanel *m_search;
    FamilyFileView *m_file;
    QStackedWidget *m_right;
};

} // namespace guichet
