#include "widgets/FieldErrors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace guichet {

QString errorText(const Error &error)
{
    QStringList lines{error.message};
    for (const QString &field : error.fields)
        if (field != error.message && !lines.contains(QStringLiteral("• ") + field))
            lines += QStringLiteral("• ") + field;
    return lines.join(QLatin1Char('\n'));
}

QWidget *FieldErrors::wrap(const QString &key, QWidget *field)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *label = new QLabel;
    label->setObjectName(key + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    layout->addWidget(label);
    m_labels.insert(key, label);
    return box;
}

QStringList FieldErrors::show(const Error &error)
{
    clear();
    QStringList unplaced;
    for (auto it = error.fields.cbegin(); it != error.fields.cend(); ++it) {
        if (QLabel *label = m_labels.value(it.key())) {
            label->setText(it.value());
            label->show();
        } else {
            unplaced += it.value();
        }
    }
    return unplaced;
}

void FieldErrors::showIn(QLabel *banner, const Error &error)
{
    QStringList lines = show(error);
    // A message that only repeats the one field's message is said once, next to the field.
    if (!error.fields.values().contains(error.message) || lines.contains(error.message))
        lines.prepend(error.message);
    lines.removeDuplicates();
    lines.removeAll(QString());
    banner->setText(lines.join(QLatin1Char('\n')));
    banner->setVisible(!lines.isEmpty());
}

void FieldErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
}

QString FieldErrors::messageFor(const QString &key) const
{
    const QLabel *label = m_labels.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace guichet
