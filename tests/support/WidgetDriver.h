#pragma once

// Drives real widgets as a clerk would, for the offscreen GUI tests: answer the next modal dialog,
// type text (accents included), click named buttons.
#include <QWidget>
#include <functional>

namespace guichet::test {

// Runs 'handle' on the next modal widget accepted by 'wanted' as soon as it is shown (inside its exec()
// loop). If 'handle' returns with the dialog still open (a failed check), the dialog is closed so the
// test fails instead of hanging.
void onNextModal(std::function<bool(QWidget *)> wanted, std::function<void(QWidget *)> handle);
void onNextModal(std::function<void(QWidget *)> handle);

template <typename T> void onNext(std::function<void(T *)> handle)
{
    onNextModal([](QWidget *w) { return qobject_cast<T *>(w) != nullptr; },
                [handle](QWidget *w) { handle(static_cast<T *>(w)); });
}

// Types like a keyboard, accents included (QTest::keyClicks only knows ASCII).
void typeText(QWidget *widget, const QString &text);
// Clears the QLineEdit named 'name' under 'root' and types 'text' into it.
void type(QWidget *root, const char *name, const QString &text);
// Clicks the enabled QPushButton named 'name' under 'root'.
void click(QWidget *root, const char *name);

} // namespace guichet::test
