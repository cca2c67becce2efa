#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

// How text is compared for search: "Lefèvre" and "LEFEVRE" fold to "lefevre", "Noël" to "noel",
// "Œuvre" to "oeuvre". Only letters and digits survive; everything else separates words.
QString foldText(const QString &text);

// Words under which a record is indexed. A name joined by apostrophes or hyphens is indexed both as
// its parts and as a whole ("N'Diaye" -> n, diaye, ndiaye; "Dupont-Moreau" -> dupont, moreau,
// dupontmoreau) so that whatever the clerk types finds it.
QStringList indexWords(const QString &text);

// Words of what the clerk typed: apostrophes and hyphens join ("n'diaye" -> ndiaye), other
// punctuation and spaces separate, and consecutive groups of digits join ("06 12 34" -> 061234) so
// phone numbers can be typed the way they are read out.
QStringList queryWords(const QString &text);

// Phone numbers are indexed by their digits, in national and international form
// ("06 12 34 56 78" -> 0612345678 and 33612345678).
QStringList phoneIndexWords(const QString &phone);

} // namespace guichet
