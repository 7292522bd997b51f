#include "dialog_seam.h"

#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QUrl>

namespace saggar::ui {
namespace {

DialogHandler& dialogHandler()
{
    static DialogHandler h;
    return h;
}

FileHandler& fileHandler()
{
    static FileHandler h;
    return h;
}

OpenHandler& openHandler()
{
    static OpenHandler h;
    return h;
}

} // namespace

void setDialogHandler(DialogHandler handler)
{
    dialogHandler() = std::move(handler);
}

int execDialog(QDialog& dialog)
{
    if (dialogHandler())
        return dialogHandler()(dialog);
    return dialog.exec();
}

void setFileHandler(FileHandler handler)
{
    fileHandler() = std::move(handler);
}

QString chooseFile(QWidget* parent, FileChoice choice, const QString& caption, const QString& suggested,
                   const QString& filter)
{
    if (fileHandler())
        return fileHandler()(choice, caption, suggested, filter);
    if (choice == FileChoice::Open)
        return QFileDialog::getOpenFileName(parent, caption, suggested, filter);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void setOpenHandler(OpenHandler handler)
{
    openHandler() = std::move(handler);
}

bool openExternally(const QString& path)
{
    if (openHandler())
        return openHandler()(path);
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace saggar::ui
