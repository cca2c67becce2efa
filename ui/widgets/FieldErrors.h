#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace guichet {

// Core's refusal as one text for a banner: its sentence, then each field's message once ("• ...").
// For screens whose fields are not wrapped by FieldErrors (the family file, the order's rows).
QString errorText(const Error &error);

// A dialog's red message line (object name "message"), hidden while empty; showError() sets or clears it.
QLabel *errorBanner();
void showError(QLabel *banner, const QString &text);

// Shows core's field messages next to the fields of a form: each field is wrapped with a red label
// beneath it that stays hidden until core reports a problem with that field, and hides again as soon as
// the clerk edits that field (the banner too, once no field is in error).
class FieldErrors
{
public:
    // Returns the widget to put in the form in place of 'field'.
    QWidget *wrap(const QString &key, QWidget *field);
    // Shows the messages of 'error' next to their fields; returns the messages that have no field here.
    QStringList show(const Error &error);
    // Shows the field messages next to their fields and puts the rest in 'banner' (core's sentence, then
    // the messages of fields this form does not have); the banner is hidden when there is nothing to say.
    // The one way a form shows what core refused.
    void showIn(QLabel *banner, const Error &error);
    void clear();
    QString messageFor(const QString &key) const;

private:
    void fieldEdited(const QString &key);

    QHash<QString, QLabel *> m_labels;
    QLabel *m_banner = nullptr;     // the banner of the last showIn
    bool m_bannerHasOthers = false; // it says more than the fields' messages
};

} // namespace guichet
