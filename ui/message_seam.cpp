#include "message_seam.h"

namespace saggar::ui {
namespace {

MessageHandler& handler()
{
    static MessageHandler h;
    return h;
}

} // namespace

void setMessageHandler(MessageHandler h)
{
    handler() = std::move(h);
}

QMessageBox::StandardButton showMessage(QWidget* parent, MessageKind kind, const QString& title,
                                        const QString& text, QMessageBox::StandardButtons buttons)
{
    if (handler())
        return handler()(parent, kind, title, text, buttons);
    switch (kind) {
    case MessageKind::Information: return QMessageBox::information(parent, title, text, buttons);
    case MessageKind::Warning: return QMessageBox::warning(parent, title, text, buttons);
    case MessageKind::Error: return QMessageBox::critical(parent, title, text, buttons);
    case MessageKind::Question: return QMessageBox::question(parent, title, text, buttons);
    }
    return QMessageBox::NoButton;
}

} // namespace saggar::ui
