// Answers for the UI's seams in GUI tests: message boxes are recorded and answered, dialogs and file
// choosers are answered by queued callbacks, "open in the viewer" is recorded. Nothing ever blocks.
#pragma once

#include "ui/dialog_seam.h"
#include "ui/message_seam.h"

#include <QDialog>
#include <QStringList>

#include <deque>
#include <functional>

namespace testing_support {

struct SeamAnswers
{
    QStringList messages; // the text of every message shown, in order
    QStringList titles;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    std::deque<std::function<int(QDialog&)>> dialogs; // one per dialog, in order; none left: Rejected
    std::deque<QString> files;                        // chosen paths; none left: cancelled
    QStringList fileCaptions;
    QStringList opened; // paths handed to the desktop viewer
    int unexpectedDialogs = 0;

    void install()
    {
        saggar::ui::setMessageHandler([this](QWidget*, saggar::ui::MessageKind, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons) {
            titles << title;
            messages << text;
            return answer;
        });
        saggar::ui::setDialogHandler([this](QDialog& dialog) {
            if (dialogs.empty()) {
                ++unexpectedDialogs;
                return int(QDialog::Rejected);
            }
            auto next = std::move(dialogs.front());
            dialogs.pop_front();
            return next(dialog);
        });
        saggar::ui::setFileHandler(
            [this](saggar::ui::FileChoice, const QString& caption, const QString&, const QString&) {
                fileCaptions << caption;
                if (files.empty())
                    return QString();
                QString path = files.front();
                files.pop_front();
                return path;
            });
        saggar::ui::setOpenHandler([this](const QString& path) {
            opened << path;
            return true;
        });
    }

    static void uninstall()
    {
        saggar::ui::setMessageHandler({});
        saggar::ui::setDialogHandler({});
        saggar::ui::setFileHandler({});
        saggar::ui::setOpenHandler({});
    }

    void clear()
    {
        messages.clear();
        titles.clear();
        answer = QMessageBox::Yes;
    }
};

} // namespace testing_support
