#include "memo_document.h"

#include "display_names.h"
#include "file_controller.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace saggar::ui {
namespace {

QString escaped(const std::string& text)
{
    return qs(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString MemoDocument::html(const CreditMemo& memo, const FileView& view, const QString& author)
{
    const LoanFileDetail& d = view.detail;
    QString out;
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Credit memo").toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b> · %2<br>%3 · %4 · %5</p>")
               .arg(qs(d.file.fileNo).toHtmlEscaped(),
                    localisedName(d.enterprise.nameZh, d.enterprise.nameEn).toHtmlEscaped(),
                    DisplayNames::product(d.file.product).toHtmlEscaped(),
                    formatMoney(d.file.amount).toHtmlEscaped(),
                    tr("%n month(s)", nullptr, d.file.termMonths).toHtmlEscaped());
    QString status =
        tr("Version %1, written by %2 on %3.").arg(memo.version).arg(author, formatTimestamp(memo.atMs));
    if (memo.frozen)
        status = joinSentences(status, tr("This is the approved version; it is frozen."));
    out += QStringLiteral("<p><i>%1</i></p>").arg(status.toHtmlEscaped());
    for (MemoSection s : allValues<MemoSection>()) {
        out += QStringLiteral("<h3>%1</h3>").arg(DisplayNames::memoSection(s).toHtmlEscaped());
        const std::string& text = memo.section(s);
        out += text.empty() ? QStringLiteral("<p><i>%1</i></p>").arg(tr("(empty)").toHtmlEscaped())
                            : QStringLiteral("<p>%1</p>").arg(escaped(text));
    }
    return out;
}

QString MemoDocument::writePdf(const QString& html, const QString& path)
{
    {
        QFile probe(path); // QPdfWriter does not say why it could not write
        if (!probe.open(QIODevice::WriteOnly))
            return probe.errorString();
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Credit memo"));
    writer.setCreator(QStringLiteral("Saggar"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return {};
}

} // namespace saggar::ui
