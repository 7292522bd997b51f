#include "sync_queue_dialog.h"

#include "message_seam.h"
#include "sync_edit_text.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// The file's number where the workstation holds it, else its id.
QString fileLabel(const std::string& fileNo, Id fileId)
{
    return fileNo.empty() ? QString::number(fileId) : qs(fileNo);
}

} // namespace

SyncQueueDialog::SyncQueueDialog(SyncQueue& queue, QWidget* parent)
    : QDialog(parent), m_queue(queue),
      m_edits(makeTable(this,
                        {tr("File"), tr("Base version"), tr("Change"), tr("Attempts"), tr("Last error")},
                        "queuedEdits")),
      m_conflicts(
          makeTable(this, {tr("File"), tr("Change"), tr("Refused"), tr("Server's reason")}, "conflicts")),
      m_values(makeTable(this, {tr("Field"), tr("Base"), tr("Theirs"), tr("Mine")}, "conflictValues")),
      m_reason(new QLabel(this)), m_keepMine(new QPushButton(tr("Keep mine"), this)),
      m_takeTheirs(new QPushButton(tr("Take theirs"), this))
{
    setWindowTitle(tr("Sync queue"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_edits, tr("Waiting edits"));
    auto* conflictPage = new QWidget(this);
    auto* conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->addWidget(m_conflicts, 1);
    m_reason->setWordWrap(true);
    conflictLayout->addWidget(m_reason);
    conflictLayout->addWidget(m_values, 1);
    auto* choice = new QDialogButtonBox(conflictPage);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    choice->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    choice->addButton(m_takeTheirs, QDialogButtonBox::ActionRole);
    conflictLayout->addWidget(choice);
    tabs->addTab(conflictPage, tr("Conflicts"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncQueueDialog::showConflict);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolve(false); });
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumSize(em * 72, em * 34);
    refresh();
}

void SyncQueueDialog::refresh()
{
    auto edits = m_queue.queuedEdits(1000);
    m_edits->setRowCount(edits ? static_cast<int>(edits->size()) : 0);
    if (edits) {
        for (int i = 0; i < static_cast<int>(edits->size()); ++i) {
            const QueuedEdit& e = (*edits)[static_cast<std::size_t>(i)];
            setRow(m_edits, i,
                   {fileLabel(e.fileNo, e.loanFileId), QString::number(e.baseVersion),
                    SyncEditText::describe(e.summary), QString::number(e.attempts), qs(e.lastError)});
            m_edits->item(i, 2)->setToolTip(qs(e.patchJson));
        }
    }
    auto conflicts = m_queue.conflicts();
    m_conflictRows = conflicts ? std::move(*conflicts) : std::vector<EditConflict>{};
    m_conflicts->setRowCount(static_cast<int>(m_conflictRows.size()));
    for (int i = 0; i < static_cast<int>(m_conflictRows.size()); ++i) {
        const EditConflict& c = m_conflictRows[static_cast<std::size_t>(i)];
        setRow(m_conflicts, i,
               {fileLabel(c.fileNo, c.loanFileId), SyncEditText::describe(c.summary),
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.refusedAtMs), QLocale::ShortFormat),
                reason(c)});
        m_conflicts->item(i, 1)->setToolTip(qs(c.patchJson));
    }
    m_edits->resizeColumnsToContents();
    m_conflicts->resizeColumnsToContents();
    if (!m_conflictRows.empty())
        m_conflicts->selectRow(0);
    showConflict();
}

void SyncQueueDialog::showConflict()
{
    const int row = m_conflicts->currentRow();
    const bool any = row >= 0 && row < static_cast<int>(m_conflictRows.size());
    m_values->setRowCount(0);
    m_keepMine->setEnabled(false);
    m_takeTheirs->setEnabled(any);
    if (!any) {
        m_reason->setText(tr("Nothing to resolve."));
        return;
    }
    const EditConflict& c = m_conflictRows[static_cast<std::size_t>(row)];
    m_values->setRowCount(static_cast<int>(c.values.size()));
    for (int i = 0; i < static_cast<int>(c.values.size()); ++i) {
        const ConflictValue& v = c.values[static_cast<std::size_t>(i)];
        const QString theirsValue = SyncEditText::value(v.path, v.theirs);
        const QString theirs =
            v.theirsBy.empty() ? theirsValue : tr("%1 (by %2)").arg(theirsValue, qs(v.theirsBy));
        setRow(m_values, i,
               {SyncEditText::fieldLabel(v.path), SyncEditText::value(v.path, v.base), theirs,
                SyncEditText::value(v.path, v.mine)});
        m_values->item(i, 0)->setToolTip(qs(v.path));
    }
    m_values->resizeColumnsToContents();
    m_keepMine->setEnabled(!c.values.empty());
    m_reason->setText(
        c.values.empty()
            ? tr("The server refused the whole edit: %1. Taking theirs discards it.").arg(reason(c))
            : tr("Someone changed the same fields on the server. Keep mine sends your values again "
                 "on version %1; take theirs discards your edit.")
                  .arg(c.currentVersion));
}

QString SyncQueueDialog::reason(const EditConflict& c) const
{
    if (c.code == "deleted")
        return c.deletedBy.empty() ? tr("the file was deleted on the server")
                                   : tr("the file was deleted on the server by %1").arg(qs(c.deletedBy));
    if (c.isDelete && c.code == "version_mismatch")
        return tr("your delete came after a change on the server (now version %1); the file shows again with "
                  "it — delete it again if you still want to")
            .arg(c.currentVersion);
    if (c.isDelete)
        return tr("your delete was refused (%1)").arg(qs(c.message));
    if (c.code == "conflict" && !c.values.empty())
        return tr("someone changed the same fields on the server (now version %1)").arg(c.currentVersion);
    return qs(c.message);
}

void SyncQueueDialog::resolve(bool keepMine)
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= static_cast<int>(m_conflictRows.size()))
        return;
    const std::int64_t id = m_conflictRows[static_cast<std::size_t>(row)].id;
    auto r = keepMine ? m_queue.keepMine(id) : m_queue.takeTheirs(id);
    if (!r)
        showMessage(this, MessageKind::Warning, tr("Sync queue"), qs(r.error().message));
    refresh();
    emit queueChanged();
}

} // namespace saggar::ui
