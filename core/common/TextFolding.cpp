#include "common/TextFolding.h"

#include <algorithm>

namespace guichet {

namespace {

bool isJoiner(QChar c)
{
    // ASCII apostrophe, typographic apostrophes, hyphen and the Unicode hyphens.
    switch (c.unicode()) {
    case u'\'':
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case u'-':
    case 0x2010:
    case 0x2011:
        return true;
    default:
        return false;
    }
}

// Folds one character into 'out'; returns false if it is a separator.
void appendFolded(QString &out, QChar c)
{
    switch (c.unicode()) {
    case 0x0152:
    case 0x0153:
        out += QStringLiteral("oe");
        return; // Œ œ
    case 0x00C6:
    case 0x00E6:
        out += QStringLiteral("ae");
        return; // Æ æ
    case 0x00DF:
        out += QStringLiteral("ss");
        return; // ß
    case 0x00D8:
    case 0x00F8:
        out += QLatin1Char('o');
        return; // Ø ø
    case 0x0141:
    case 0x0142:
        out += QLatin1Char('l');
        return; // Ł ł
    default:
        break;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    for (QChar d : decomposed) {
        if (d.category() == QChar::Mark_NonSpacing)
            continue;
        if (d.isLetterOrNumber())
            out += d.toCaseFolded();
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace

QString foldText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (isWordChar(c)) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            appendFolded(out, c);
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QStringList indexWords(const QString &text)
{
    QStringList words;
    QString part;
    QString joined; // the current run of parts linked by apostrophes/hyphens
    int partsInRun = 0;
    auto endPart = [&] {
        if (!part.isEmpty()) {
            words += part;
            joined += part;
            ++partsInRun;
            part.clear();
        }
    };
    auto endRun = [&] {
        endPart();
        if (partsInRun > 1)
            words += joined;
        joined.clear();
        partsInRun = 0;
    };
    for (QChar c : text) {
        if (isWordChar(c))
            appendFolded(part, c);
        else if (isJoiner(c))
            endPart();
        else
            endRun();
    }
    endRun();
    return words;
}

QStringList queryWords(const QString &text)
{
    QStringList words;
    QString current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        const bool numeric =
            std::all_of(current.cbegin(), current.cend(), [](QChar c) { return c.isDigit(); });
        const bool previousNumeric =
            !words.isEmpty() &&
            std::all_of(words.last().cbegin(), words.last().cend(), [](QChar c) { return c.isDigit(); });
        if (numeric && previousNumeric)
            words.last() += current;
        else
            words += current;
        current.clear();
    };
    for (QChar c : text) {
        if (isWordChar(c))
            appendFolded(current, c);
        else if (!isJoiner(c))
            flush();
    }
    flush();
    return words;
}

QStringList phoneIndexWords(const QString &phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return {};
    QStringList words{digits};
    if (digits.size() == 10 && digits.startsWith(QLatin1Char('0')))
        words += QStringLiteral("33") + digits.mid(1);
    else if (digits.startsWith(QStringLiteral("33")) && digits.size() == 11)
        words += QLatin1Char('0') + digits.mid(2);
    return words;
}

} // namespace guichet
