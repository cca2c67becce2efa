#pragma once

#include "widgets/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class Session;

// This counter's code and name: asked at the first start of a new database (the code begins every
// number the counter issues, so that two counters never issue the same one), and under
// Administration › This counter afterwards (the name can change; core refuses to change a code in use).
class CounterSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CounterSetupDialog(Session &session, QWidget *parent = nullptr);
    const FieldErrors &errors() const { return m_errors; }
    void save();

private:
    Session &m_session;
    FieldErrors m_errors;
    QLineEdit *m_code, *m_name;
    QLabel *m_message;
};

} // namespace guichet
