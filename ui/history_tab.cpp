#include "history_tab.h"

#include "audit_text.h"
#include "display_names.h"
#include "file_controller.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saggar::ui {

HistoryTab::HistoryTab(FileController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("historyTab"));
    auto* layout = new QVBoxLayout(this);
    m_banner->setObjectName(QStringLiteral("chainBanner"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_banner);
    m_table = makeTable(
        {tr("#"), tr("When"), tr("Who"), tr("Role"), tr("What"), tr("Before → after"), tr("Why")}, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
}

QString HistoryTab::what(const AuditEntry& e) const
{
    const QString kind = DisplayNames::auditKind(e.kind);
    const QString subject = AuditText::subject(e.subject, m_controller);
    return subject == kind ? kind : tr("%1: %2").arg(kind, subject);
}

void HistoryTab::showFile(const FileView& view)
{
    auto history = m_controller.store().history(view.detail.file.id);
    if (!history) {
        m_table->setRowCount(0);
        setBanner(m_banner, tr("The history could not be read: %1").arg(DisplayNames::error(history.error())),
                  true);
        return;
    }
    const FileHistory& h = *history;
    const ChainVerdict& verdict = h.verdict;
    if (verdict.ok())
        setBanner(m_banner,
                  tr("The audit trail verifies: %n entry(ies), each sealed by a hash of the one before.",
                     nullptr, static_cast<int>(h.entries.size())),
                  false);
    else
        setBanner(
            m_banner,
            tr("The audit trail does NOT verify. At entry #%1: %2 The history below cannot be trusted as "
               "it stands; report it to the bank's audit team.")
                    .arg(verdict.seq)
                    .arg(DisplayNames::chainProblem(verdict.problem)) +
                (verdict.message.empty() ? QString()
                                         : QStringLiteral("\n") + tr("Details: %1").arg(qs(verdict.message))),
            true);

    m_table->setRowCount(static_cast<int>(h.entries.size()));
    for (int i = 0; i < static_cast<int>(h.entries.size()); ++i) {
        const AuditEntry& e = h.entries[static_cast<size_t>(i)];
        const QString before = AuditText::value(e.subject, e.before, m_controller);
        const QString after = AuditText::value(e.subject, e.after, m_controller);
        const QString change = before.isEmpty()  ? after
                               : after.isEmpty() ? before
                                                 : before + QStringLiteral(" → ") + after;
        // A change from the server by someone this workspace does not know: the name the server gave.
        const bool unknownSyncActor = e.kind == AuditKind::Sync && e.actorId == 0;
        setRow(m_table, i,
               {QString::number(e.seq), formatTimestamp(e.atMs),
                unknownSyncActor ? (e.reason.empty() ? tr("Bank server") : qs(e.reason))
                                 : m_controller.personName(e.actorId),
                unknownSyncActor ? QString() : DisplayNames::role(e.actorRole), what(e), change,
                unknownSyncActor ? QString() : AuditText::reason(e.reason)});
        if (!verdict.ok() && e.seq == verdict.seq)
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(i, c)->setForeground(warningColour());
    }
    fitColumns(m_table);
    m_table->resizeRowsToContents();
    if (!verdict.ok())
        for (int i = 0; i < m_table->rowCount(); ++i)
            if (m_table->item(i, 0)->text() == QString::number(verdict.seq))
                m_table->scrollToItem(m_table->item(i, 0));
}

} // namespace saggar::ui
