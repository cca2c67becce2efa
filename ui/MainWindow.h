#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace guichet {

class CatalogService;
class FamilyService;
class FamilyFileView;
class PrintService;
class SearchPanel;
class Session;

// The counter's main window: the family search on the left (Ctrl+F / F2 from anywhere), the open
// family file on the right, "New household" on Ctrl+N.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchPanel *searchPanel() const { return m_search; }
    FamilyFileView *familyFileView() const { return m_file; }
    PrintService *printService() const { return m_print; }
    Session &session() const { return m_session; }

    void newHousehold();
    void openHousehold(qint64 householdId);
    // Administration: activities, school years, tariffs (modal dialogs).
    void editActivities();
    void editSchoolYears();
    void editTariffs();
    void editCommune();
    void editCounter();

Q_SIGNALS:
    // Something in the catalog (activities, school years, brackets, tariffs) was saved.
    void catalogChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();

    Session &m_session;
    PrintService *m_print;
    SearchPanel *m_search;
    FamilyFileView *m_file;
    QStackedWidget *m_right;
};

} // namespace guichet
