#pragma once

class QCoreApplication;

namespace guichet {

// Sets the application identity used by QSettings and QStandardPaths.
void setApplicationIdentity();

// Before the application object exists: on a machine without a language (C or POSIX locale), dates that
// Qt formats with the system's locale (the file dialog's list) are French too.
void preferFrenchSystemLocale();

// French by default: installs our translation and Qt's own (standard buttons, dialogs) and makes
// fr_FR the default locale. GUI and CLI call this the same way. Qt's French lacks a few texts of its
// own (the command line's --help lines): ours carries them, in Qt's contexts.
void installFrenchTranslation(QCoreApplication &app);

} // namespace guichet
