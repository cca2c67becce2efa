#pragma once

#include "mail/MailTemplates.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace guichet {

class Session;
class StatusLine;

// Administration › Email texts: each kind of message's subject and body, its placeholders (double-click
// one to insert it), and a live preview with a real family's data. Core checks the text on save
// (MailTemplates::check): a missing or unknown placeholder is refused with the field named.
class MailTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MailTemplatesDialog(Session &session, QWidget *parent = nullptr);

    // The buttons' actions (public so that tests drive exactly what they do).
    void selectKind(MailKind kind);
    bool save();
    void restoreDefault();
    QString status() const;
    QString previewText() const;
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *familyEdit() const { return m_family; }

private:
    void load();
    void updatePreview();
    void insertPlaceholder(const QString &name);
    bool confirmLeaving(); // unsaved changes: save, drop or stay

    Session &m_session;
    MailKind m_kind;
    bool m_dirty = false;
    QListWidget *m_kinds;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QListWidget *m_placeholders;
    QLineEdit *m_family;
    QPlainTextEdit *m_preview;
    QPushButton *m_restore;
    StatusLine *m_status;
    FieldErrors m_errors;
};

} // namespace guichet
