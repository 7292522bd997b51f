// Typing helpers for GUI tests. QTest::keyClicks only takes Latin-1, so Chinese names are typed as
// key events that carry their text, the way an input method delivers committed characters.
#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace testing_support {

inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

} // namespace testing_support
