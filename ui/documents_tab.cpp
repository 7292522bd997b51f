#include "documents_tab.h"

#include "dialog_seam.h"
#include "display_names.h"
#include "file_controller.h"
#include "message_seam.h"
#include "reason_dialog.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include "core/workflow.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saggar::ui {
namespace {

// The store refuses more; reading stops here so a huge file is never loaded.
constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;

// Writes `bytes` to `path` all or nothing; the reason when it could not.
QString writeBytes(const QString& path, const std::string& bytes)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) &&
        out.write(bytes.data(), static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size()) &&
        out.commit())
        return {};
    return out.errorString();
}

QString attachmentFilter()
{
    return DocumentsTab::tr("Documents and scans (*.pdf *.png *.jpg *.jpeg)");
}

} // namespace

DocumentsTab::DocumentsTab(FileController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("documentsTab"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("documentSummary"));
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("missingDocuments"));
    layout->addWidget(m_summary);
    layout->addWidget(m_blocked);

    m_table = makeTable({tr("Document"), tr("Status"), tr("Note"), tr("Updated"), tr("Attachments")}, this);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    layout->addWidget(m_table, 3);

    m_steps = new QWidget(this);
    auto* steps = new QHBoxLayout(m_steps);
    steps->setContentsMargins(0, 0, 0, 0);
    m_note = new QLineEdit(m_steps);
    m_note->setObjectName(QStringLiteral("documentNote"));
    m_note->setPlaceholderText(tr("Note (optional), e.g. original seen at the branch"));
    m_receive = new QPushButton(tr("Receive"), m_steps);
    m_receive->setObjectName(QStringLiteral("receiveDocument"));
    m_verify = new QPushButton(tr("Verify"), m_steps);
    m_verify->setObjectName(QStringLiteral("verifyDocument"));
    m_missing = new QPushButton(tr("Mark missing"), m_steps);
    m_missing->setObjectName(QStringLiteral("markMissing"));
    m_waive = new QPushButton(tr("Waive…"), m_steps);
    m_waive->setObjectName(QStringLiteral("waiveDocument"));
    steps->addWidget(m_note, 1);
    steps->addWidget(m_receive);
    steps->addWidget(m_verify);
    steps->addWidget(m_missing);
    steps->addWidget(m_waive);
    layout->addWidget(m_steps);

    auto* attachments = new QGroupBox(tr("Attached files"), this);
    auto* attachLayout = new QVBoxLayout(attachments);
    m_attachmentsTitle = new QLabel(attachments);
    m_attachmentsTitle->setWordWrap(true);
    m_attachmentList = new QListWidget(attachments);
    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    auto* attachButtons = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach file…"), attachments);
    m_attach->setObjectName(QStringLiteral("attachFile"));
    m_open = new QPushButton(tr("Open"), attachments);
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_saveAs = new QPushButton(tr("Save as…"), attachments);
    m_saveAs->setObjectName(QStringLiteral("saveAttachment"));
    attachButtons->addWidget(m_attach);
    attachButtons->addWidget(m_open);
    attachButtons->addWidget(m_saveAs);
    attachButtons->addStretch(1);
    attachLayout->addWidget(m_attachmentsTitle);
    attachLayout->addWidget(m_attachmentList, 1);
    attachLayout->addLayout(attachButtons);
    layout->addWidget(attachments, 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_selectedId =
            rows.isEmpty() ? 0 : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
        updateButtons();
    });
    connect(m_attachmentList, &QListWidget::currentRowChanged, this, &DocumentsTab::updateButtons);
    connect(m_attachmentList, &QListWidget::itemActivated, this, &DocumentsTab::openAttachment);
    connect(m_receive, &QPushButton::clicked, this, [this] { moveSelected(DocumentStatus::Received); });
    connect(m_verify, &QPushButton::clicked, this, [this] { moveSelected(DocumentStatus::Verified); });
    connect(m_missing, &QPushButton::clicked, this, [this] { moveSelected(DocumentStatus::Missing); });
    connect(m_waive, &QPushButton::clicked, this, &DocumentsTab::waiveSelected);
    connect(m_attach, &QPushButton::clicked, this, &DocumentsTab::addAttachment);
    connect(m_open, &QPushButton::clicked, this, &DocumentsTab::openAttachment);
    connect(m_saveAs, &QPushButton::clicked, this, &DocumentsTab::saveAttachmentAs);
}

void DocumentsTab::showFile(const FileView& view)
{
    const WorkflowContext& ctx = view.ctx;
    m_attachments.clear();
    if (auto listed = m_controller.store().attachments(view.detail.file.id))
        m_attachments = std::move(listed).value();

    const QSignalBlocker block(m_table);
    const Id keep = m_selectedId;
    m_table->setRowCount(static_cast<int>(ctx.documents.size()));
    int missing = 0;
    int keepRow = -1;
    for (int i = 0; i < static_cast<int>(ctx.documents.size()); ++i) {
        const Document& doc = ctx.documents[static_cast<size_t>(i)];
        missing += doc.status == DocumentStatus::Missing ? 1 : 0;
        const auto files = std::count_if(m_attachments.begin(), m_attachments.end(),
                                         [&](const Attachment& a) { return a.documentId == doc.id; });
        setRow(m_table, i,
               {DisplayNames::documentKind(doc.kind), DisplayNames::documentStatus(doc.status), qs(doc.note),
                formatDate(doc.updatedAtMs), files ? QString::number(files) : QString()});
        m_table->item(i, 0)->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(doc.id));
        if (doc.status == DocumentStatus::Missing)
            m_table->item(i, 1)->setForeground(warningColour());
        if (doc.id == keep)
            keepRow = i;
    }
    fitColumns(m_table);
    if (keepRow >= 0)
        m_table->selectRow(keepRow);
    else
        m_selectedId = 0;
    m_summary->setText(missing == 0 ? tr("Every required document is on file.")
                                    : tr("%n required document(s) missing.", nullptr, missing));

    QStringList blocking;
    if (view.detail.file.state == LoanState::Draft)
        for (DocumentKind kind : missingDocuments(ctx))
            blocking << DisplayNames::documentKind(kind);
    setBanner(m_blocked,
              blocking.isEmpty()
                  ? QString()
                  : tr("Submission is blocked until these documents are received or waived: %1.")
                        .arg(blocking.join(tr(", "))),
              true);

    DocumentRequest probe;
    probe.documentId = ctx.documents.empty() ? 0 : ctx.documents.front().id;
    probe.to = DocumentStatus::Received;
    m_steps->setVisible(probe.documentId != 0 &&
                        notForbidden(evaluateDocument(ctx, m_controller.actor(), probe, 0)));
    probe.to = DocumentStatus::Waived;
    m_waive->setVisible(probe.documentId != 0 &&
                        notForbidden(evaluateDocument(ctx, m_controller.actor(), probe, 0)));
    updateButtons();
}

const Document* DocumentsTab::selectedDocument() const
{
    if (!m_controller.isOpen() || m_selectedId == 0)
        return nullptr;
    for (const Document& d : m_controller.view().ctx.documents)
        if (d.id == m_selectedId)
            return &d;
    return nullptr;
}

const Attachment* DocumentsTab::selectedAttachment() const
{
    const QListWidgetItem* item = m_attachmentList->currentItem();
    if (!item)
        return nullptr;
    const Id id = item->data(Qt::UserRole).toLongLong();
    for (const Attachment& a : m_attachments)
        if (a.id == id)
            return &a;
    return nullptr;
}

QString DocumentsTab::attachmentLabel(const Attachment& a) const
{
    return tr("%1 · %2 · %3 · %4")
        .arg(qs(a.fileName), QLocale().formattedDataSize(a.sizeBytes), formatTimestamp(a.atMs),
             m_controller.personName(a.addedBy));
}

void DocumentsTab::updateButtons()
{
    const Document* doc = selectedDocument();
    const auto step = [&](QPushButton* button, DocumentStatus to) {
        if (!doc) {
            button->setEnabled(false);
            button->setToolTip(tr("Select a document first."));
            return;
        }
        DocumentRequest request;
        request.documentId = doc->id;
        request.to = to;
        const auto evaluated = evaluateDocument(m_controller.view().ctx, m_controller.actor(), request, 0);
        button->setEnabled(evaluated.ok());
        button->setToolTip(evaluated.ok() ? QString() : DisplayNames::error(evaluated.error()));
    };
    step(m_receive, DocumentStatus::Received);
    step(m_verify, DocumentStatus::Verified);
    step(m_missing, DocumentStatus::Missing);
    m_waive->setEnabled(doc && doc->status != DocumentStatus::Waived);
    m_attach->setVisible(m_steps->isVisibleTo(this));
    m_attach->setEnabled(doc != nullptr);

    // The selected document's files.
    const Id keep = selectedAttachment() ? selectedAttachment()->id : 0;
    const QSignalBlocker block(m_attachmentList);
    m_attachmentList->clear();
    for (const Attachment& a : m_attachments) {
        if (!doc || a.documentId != doc->id)
            continue;
        auto* item = new QListWidgetItem(attachmentLabel(a), m_attachmentList);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(a.id));
        item->setToolTip(tr("SHA-256 %1").arg(qs(a.sha256Hex)));
        if (a.id == keep)
            m_attachmentList->setCurrentItem(item);
    }
    m_attachmentsTitle->setText(
        !doc ? tr("Select a document to see its files.")
        : m_attachmentList->count() == 0
            ? tr("No file is attached to %1.").arg(DisplayNames::documentKind(doc->kind))
            : tr("Files attached to %1:").arg(DisplayNames::documentKind(doc->kind)));
    const bool chosen = selectedAttachment() != nullptr;
    m_open->setEnabled(chosen);
    m_saveAs->setEnabled(chosen);
}

void DocumentsTab::selectDocument(DocumentKind kind)
{
    if (!m_controller.isOpen())
        return;
    const auto& docs = m_controller.view().ctx.documents;
    for (int i = 0; i < static_cast<int>(docs.size()); ++i)
        if (docs[static_cast<size_t>(i)].kind == kind)
            m_table->selectRow(i);
}

void DocumentsTab::moveSelected(DocumentStatus to)
{
    const Document* doc = selectedDocument();
    if (!doc)
        return;
    DocumentRequest request;
    request.documentId = doc->id;
    request.to = to;
    request.note = m_note->text().trimmed().toStdString();
    const Result<void> done =
        m_controller.workflow().updateDocument(m_controller.actor(), m_controller.fileId(), request);
    if (done)
        m_note->clear();
    m_controller.report(this, tr("Document not changed"), done);
}

void DocumentsTab::waiveSelected()
{
    const Document* doc = selectedDocument();
    if (!doc)
        return;
    ReasonRequest ask;
    ask.title = tr("Waive document");
    ask.prompt = tr("Waiving the %1 is a policy exception recorded with your name. Write why the file can "
                    "proceed without it.")
                     .arg(DisplayNames::documentKind(doc->kind));
    ask.draftKey = QStringLiteral("waive-document-%1").arg(doc->id);
    ReasonDialog dialog(ask, this);
    dialog.setObjectName(QStringLiteral("reasonDialog"));
    if (execDialog(dialog) != QDialog::Accepted)
        return;
    DocumentRequest request;
    request.documentId = doc->id;
    request.to = DocumentStatus::Waived;
    request.justification = dialog.text().toStdString();
    if (m_controller.report(
            this, tr("Document not waived"),
            m_controller.workflow().updateDocument(m_controller.actor(), m_controller.fileId(), request)))
        dialog.forgetDraft();
}

void DocumentsTab::addAttachment()
{
    const Document* doc = selectedDocument();
    if (!doc)
        return;
    const Id documentId = doc->id;
    const QString title = tr("File not attached");
    const QString path = chooseFile(
        this, FileChoice::Open, tr("Attach a file to %1").arg(DisplayNames::documentKind(doc->kind)),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), attachmentFilter());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(this, MessageKind::Warning, title,
                    tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxAttachmentBytes) {
        showMessage(this, MessageKind::Warning, title,
                    tr("%1 is %2; attachments can be at most %3.")
                        .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(file.size()),
                             QLocale().formattedDataSize(kMaxAttachmentBytes)));
        return;
    }
    const QByteArray bytes = file.readAll();
    auto added =
        m_controller.store().attach(documentId, QFileInfo(path).fileName().toStdString(),
                                    std::string(bytes.constData(), static_cast<size_t>(bytes.size())),
                                    m_controller.actor(), QDateTime::currentMSecsSinceEpoch());
    if (!added) {
        showMessage(this, MessageKind::Warning, title, DisplayNames::error(added.error()));
        return;
    }
    m_controller.changed();
}

void DocumentsTab::openAttachment()
{
    const Attachment* a = selectedAttachment();
    if (!a)
        return;
    auto bytes = m_controller.store().attachmentBytes(*a);
    if (!bytes) {
        showMessage(this, MessageKind::Warning, tr("Attachment not opened"),
                    DisplayNames::error(bytes.error()));
        return;
    }
    // The viewer reads a copy in a private temporary folder, named so it keeps its type.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                        QStringLiteral("/saggar-attachments");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + qs(a->sha256Hex).left(12) + QLatin1Char('-') +
                         QFileInfo(qs(a->fileName)).fileName();
    if (const QString error = writeBytes(path, *bytes); !error.isEmpty()) {
        showMessage(this, MessageKind::Warning, tr("Attachment not opened"),
                    tr("A copy could not be written to %1: %2").arg(path, error));
        return;
    }
    if (!openExternally(path))
        showMessage(
            this, MessageKind::Warning, tr("Attachment not opened"),
            tr("No program to show %1 was found. Use “Save as…” and open the copy.").arg(qs(a->fileName)));
}

void DocumentsTab::saveAttachmentAs()
{
    const Attachment* a = selectedAttachment();
    if (!a)
        return;
    const Attachment attachment = *a;
    const QString path = chooseFile(this, FileChoice::Save, tr("Save attachment"),
                                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                        QLatin1Char('/') + QFileInfo(qs(attachment.fileName)).fileName(),
                                    attachmentFilter());
    if (path.isEmpty())
        return;
    auto bytes = m_controller.store().attachmentBytes(attachment);
    if (!bytes) {
        showMessage(this, MessageKind::Warning, tr("Attachment not saved"),
                    DisplayNames::error(bytes.error()));
        return;
    }
    if (const QString error = writeBytes(path, *bytes); !error.isEmpty())
        showMessage(this, MessageKind::Warning, tr("Attachment not saved"),
                    tr("%1 could not be written: %2").arg(path, error));
}

} // namespace saggar::ui
