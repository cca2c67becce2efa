#include "widgets/FieldErrors.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

QLabel *errorBanner()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showError(QLabel *banner, const QString &text)
{
    banner->setText(text);
    banner->setVisible(!text.isEmpty());
}

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

    // Any edit of the field (or of the inputs inside it) means the clerk is fixing it.
    const auto edited = [this, key] { fieldEdited(key); };
    QList<QWidget *> inputs = field->findChildren<QWidget *>();
    inputs.prepend(field);
    for (QWidget *input : std::as_const(inputs)) {
        if (auto *e = qobject_cast<QLineEdit *>(input))
            QObject::connect(e, &QLineEdit::textEdited, label, edited);
        else if (auto *c = qobject_cast<QComboBox *>(input))
            QObject::connect(c, &QComboBox::activated, label, edited);
        else if (auto *b = qobject_cast<QAbstractButton *>(input))
            QObject::connect(b, &QAbstractButton::clicked, label, edited);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(input))
            QObject::connect(t, &QPlainTextEdit::textChanged, label, edited);
        else if (auto *sp = qobject_cast<QSpinBox *>(input))
            QObject::connect(sp, &QSpinBox::valueChanged, label, edited);
        else if (auto *table = qobject_cast<QTableWidget *>(input))
            QObject::connect(table, &QTableWidget::cellChanged, label, edited);
        else if (auto *list = qobject_cast<QListWidget *>(input))
            QObject::connect(list, &QListWidget::itemChanged, label, edited);
    }
    return box;
}

void FieldErrors::fieldEdited(const QString &key)
{
    QLabel *label = m_labels.value(key);
    if (!label || label->isHidden())
        return;
    label->clear();
    label->hide();
    const bool anyLeft =
        std::any_of(m_labels.cbegin(), m_labels.cend(), [](const QLabel *l) { return !l->isHidden(); });
    if (m_banner && !anyLeft && !m_bannerHasOthers)
        m_banner->hide();
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
    m_banner = banner;
    // Messages without a field here, or a sentence that is not the form's usual "N fields need correcting".
    m_bannerHasOthers = !lines.isEmpty() || error.fields.isEmpty();
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
