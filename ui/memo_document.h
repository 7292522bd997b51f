// The credit memo as a printable document: the same HTML is previewed on screen and written to PDF.
#pragma once

#include "core/workflow_types.h"

#include <QCoreApplication>
#include <QString>

namespace saggar::ui {

struct FileView;

class MemoDocument
{
    Q_DECLARE_TR_FUNCTIONS(MemoDocument)
public:
    // `author` is the display name of memo.authorId.
    static QString html(const CreditMemo& memo, const FileView& view, const QString& author);
    // Writes A4 PDF pages; the reason when the file could not be written, else an empty string.
    static QString writePdf(const QString& html, const QString& path);
};

} // namespace saggar::ui
