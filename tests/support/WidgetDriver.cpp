#include "WidgetDriver.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace guichet::test {

void onNextModal(std::function<bool(QWidget *)> wanted, std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, wanted, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && wanted(modal)) {
            timer->stop();
            timer->deleteLater();
            const QPointer<QWidget> guard(modal);
            handle(modal);
            if (guard && guard->isVisible())
                if (auto *dialog = qobject_cast<QDialog *>(guard.data());
                    dialog && dialog->result() == 0 && QTest::currentTestFailed())
                    dialog->done(QDialog::Rejected);
        }
    });
    timer->start();
}

void onNextModal(std::function<void(QWidget *)> handle)
{
    onNextModal([](QWidget *) { return true; }, std::move(handle));
}

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void type(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->clear();
    typeText(edit, text);
}

void click(QWidget *root, const char *name)
{
    auto *button = root->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace guichet::test
