#pragma once

class QCoreApplication;

namespace guichet {

// Sets the application identity used by QSettings and QStandardPaths.
void setApplicationIdentity();

// French by default: installs our translation and Qt's own (standard buttons, dialogs) and makes
// fr_FR the default locale. GUI and CLI call this the same way.
void installFrenchTranslation(QCoreApplication &app);

} // namespace guichet
