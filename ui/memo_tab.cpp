#include "memo_tab.h"

#include "dialog_seam.h"
#include "display_names.h"
#include "file_controller.h"
#include "form_draft.h"
#include "memo_document.h"
#include "message_seam.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include "core/workflow.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace saggar::ui {

MemoTab::MemoTab(FileController& controller, QWidget* parent) : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("memoTab"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(left);
    m_state->setObjectName(QStringLiteral("memoState"));
    leftLayout->addWidget(m_state);
    auto* scroll = new QScrollArea(left);
    scroll->setWidgetResizable(true);
    m_sections = new QWidget(scroll);
    auto* form = new QFormLayout(m_sections);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (MemoSection s : allValues<MemoSection>()) {
        auto* edit = new QPlainTextEdit(m_sections);
        edit->setObjectName(QStringLiteral("memo_") + QString::fromLatin1(key(s)));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
        form->addRow(sectionHeading(DisplayNames::memoSection(s), m_sections), edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                m_dirty = true;
        });
        m_editors.push_back(edit);
    }
    scroll->setWidget(m_sections);
    leftLayout->addWidget(scroll, 1);
    m_save = new QPushButton(tr("Save as new version"), left);
    m_save->setObjectName(QStringLiteral("saveMemo"));
    leftLayout->addWidget(m_save, 0, Qt::AlignLeft);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(sectionHeading(tr("Versions"), right));
    m_versionList = new QListWidget(right);
    m_versionList->setObjectName(QStringLiteral("memoVersions"));
    m_versionList->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    rightLayout->addWidget(m_versionList);
    m_preview = new QTextBrowser(right);
    m_preview->setObjectName(QStringLiteral("memoPreview"));
    rightLayout->addWidget(m_preview, 1);
    m_export = new QPushButton(tr("Export to PDF…"), right);
    m_export->setObjectName(QStringLiteral("exportMemo"));
    rightLayout->addWidget(m_export, 0, Qt::AlignLeft);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_save, &QPushButton::clicked, this, &MemoTab::saveVersion);
    connect(m_export, &QPushButton::clicked, this, &MemoTab::exportPdf);
    connect(m_versionList, &QListWidget::currentRowChanged, this, &MemoTab::showVersion);
}

MemoTab::~MemoTab()
{
    if (m_draft && m_dirty)
        m_draft->saveNow(); // typed within the last moment before closing
}

QPlainTextEdit* MemoTab::editor(MemoSection section) const
{
    return m_editors[static_cast<size_t>(section)];
}

CreditMemo MemoTab::typed() const
{
    CreditMemo memo;
    for (MemoSection s : allValues<MemoSection>())
        memo.section(s) = editor(s)->toPlainText().toStdString();
    return memo;
}

void MemoTab::fill(const CreditMemo* memo)
{
    m_filling = true;
    for (MemoSection s : allValues<MemoSection>())
        editor(s)->setPlainText(memo ? qs(memo->section(s)) : QString());
    m_filling = false;
    m_dirty = false;
}

void MemoTab::forgetDraft()
{
    if (m_draft)
        m_draft->clear();
    m_dirty = false;
}

void MemoTab::showFile(const FileView& view)
{
    const Id fileId = view.detail.file.id;
    m_versions.clear();
    if (auto versions = m_controller.store().memoVersions(fileId))
        m_versions = std::move(versions).value();
    std::sort(m_versions.begin(), m_versions.end(),
              [](const CreditMemo& a, const CreditMemo& b) { return a.version > b.version; });
    const CreditMemo* latest = m_versions.empty() ? nullptr : &m_versions.front();
    const bool frozen = latest && latest->frozen;
    const auto allowed = evaluateMemo(view.ctx, m_controller.actor(), typed(), 0);
    m_editable = !frozen && notForbidden(allowed);

    // Typed text stays on screen while it can still be saved; otherwise the newest version is shown
    // (the typed text stays in the draft).
    bool restored = false;
    if (fileId != m_fileId || !m_dirty || !m_editable) {
        if (m_draft) {
            if (m_dirty)
                m_draft->saveNow();
            delete m_draft; // with any pending save of text that is about to be replaced
        }
        m_fileId = fileId;
        fill(latest);
        m_draft = new FormDraft(QStringLiteral("memo-%1").arg(fileId), m_sections, this);
        restored = m_editable && m_draft->restore();
    }
    for (QPlainTextEdit* e : m_editors)
        e->setReadOnly(!m_editable);
    m_save->setVisible(m_editable);

    if (frozen)
        setBanner(m_state,
                  tr("Version %1 was approved and is frozen: it is kept exactly as the approvers read it.")
                      .arg(latest->version),
                  false);
    else if (!m_editable)
        setBanner(m_state, allowed.ok() ? QString() : DisplayNames::error(allowed.error()), true);
    else if (restored)
        setBanner(m_state,
                  tr("Text you typed earlier and did not save was restored. Save it as a new version "
                     "when it is ready."),
                  false);
    else
        m_state->setVisible(false);

    const QSignalBlocker block(m_versionList);
    m_versionList->clear();
    for (const CreditMemo& memo : m_versions) {
        QString text = tr("Version %1 · %2 · %3")
                           .arg(memo.version)
                           .arg(formatTimestamp(memo.atMs), m_controller.personName(memo.authorId));
        if (memo.frozen)
            text += QStringLiteral(" · ") + tr("approved, frozen");
        auto* item = new QListWidgetItem(text, m_versionList);
        if (memo.frozen) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (m_versions.empty())
        m_versionList->addItem(tr("No version saved yet."));
    m_versionList->setCurrentRow(0);
    showVersion(m_versions.empty() ? -1 : 0);
    m_export->setEnabled(!m_versions.empty());
}

void MemoTab::showVersion(int row)
{
    if (row < 0 || row >= static_cast<int>(m_versions.size()) || !m_controller.isOpen()) {
        m_preview->clear();
        return;
    }
    const CreditMemo& memo = m_versions[static_cast<size_t>(row)];
    m_preview->setHtml(MemoDocument::html(memo, m_controller.view(), m_controller.personName(memo.authorId)));
}

void MemoTab::saveVersion()
{
    if (!m_controller.isOpen() || !m_editable)
        return;
    const Result<void> saved =
        m_controller.workflow().saveMemo(m_controller.actor(), m_controller.fileId(), typed());
    if (saved)
        forgetDraft();
    m_controller.report(this, tr("Credit memo not saved"), saved);
}

void MemoTab::exportPdf()
{
    const int row = m_versionList->currentRow();
    if (!m_controller.isOpen() || row < 0 || row >= static_cast<int>(m_versions.size()))
        return;
    const CreditMemo& memo = m_versions[static_cast<size_t>(row)];
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/%1-memo-v%2.pdf").arg(qs(m_controller.view().detail.file.fileNo)).arg(memo.version);
    QString path = chooseFile(this, FileChoice::Save, tr("Export the credit memo"), suggested,
                              tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QString html =
        MemoDocument::html(memo, m_controller.view(), m_controller.personName(memo.authorId));
    if (const QString error = MemoDocument::writePdf(html, path); !error.isEmpty())
        showMessage(this, MessageKind::Warning, tr("Credit memo not exported"),
                    tr("%1 could not be written: %2").arg(path, error));
}

} // namespace saggar::ui
