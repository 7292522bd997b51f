// Modal dialogs, file choosers and the desktop's file viewer, as pages open them: each goes through
// a replaceable handler so tests answer instead of a person (message boxes: message_seam.h).
#pragma once

#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace saggar::ui {

// Runs `dialog` modally and returns its result (QDialog::Accepted / Rejected).
using DialogHandler = std::function<int(QDialog& dialog)>;
void setDialogHandler(DialogHandler handler); // empty: real exec()
int execDialog(QDialog& dialog);

enum class FileChoice { Open, Save };
// Returns the chosen path, or an empty string when the person cancelled.
using FileHandler = std::function<QString(FileChoice choice, const QString& caption, const QString& suggested,
                                          const QString& filter)>;
void setFileHandler(FileHandler handler); // empty: the platform's file dialog
QString chooseFile(QWidget* parent, FileChoice choice, const QString& caption, const QString& suggested,
                   const QString& filter);

// Shows a local file in the desktop's viewer for its type; false when none could be started.
using OpenHandler = std::function<bool(const QString& path)>;
void setOpenHandler(OpenHandler handler); // empty: QDesktopServices
bool openExternally(const QString& path);

} // namespace saggar::ui
