#pragma once

#include <QMainWindow>
#include <memory>

class QStackedWidget;

namespace guichet {

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

    void newHousehold();
    void openHousehold(qint64 householdId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();

    Database &m_database;
    Settings &m_settings;
    std::unique_ptr<FamilyService> m_service;
    SearchPanel *m_search;
    FamilyFileView *m_file;
    QStackedWidget *m_right;
};

} // namespace guichet
