// Every message box in Saggar goes through here, so tests can answer it instead of a person.
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace saggar::ui {

enum class MessageKind { Information, Warning, Error, Question };

using MessageHandler = std::function<QMessageBox::StandardButton(
    QWidget* parent, MessageKind kind, const QString& title, const QString& text, QMessageBox::StandardButtons)>;

// Replaces the handler (tests); an empty handler restores the real message boxes.
void setMessageHandler(MessageHandler handler);

QMessageBox::StandardButton showMessage(QWidget* parent, MessageKind kind, const QString& title,
                                        const QString& text,
                                        QMessageBox::StandardButtons buttons = QMessageBox::Ok);

} // namespace saggar::ui
