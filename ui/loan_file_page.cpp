#include "loan_file_page.h"

#include "action_bar.h"
#include "collateral_tab.h"
#include "covenants_tab.h"
#include "decision_tab.h"
#include "display_names.h"
#include "documents_tab.h"
#include "enterprise_tab.h"
#include "file_controller.h"
#include "history_tab.h"
#include "memo_tab.h"
#include "overview_tab.h"
#include "widgets/money_format.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace saggar::ui {

LoanFilePage::LoanFilePage(LoanFileStore& files, WorkflowService& workflow, const User& user, QWidget* parent)
    : QWidget(parent), m_controller(new FileController(files, workflow, user, this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(tr("No loan file is open. Double-click a file in the portfolio to open it."), this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_actions(new ActionBar(*m_controller, this)),
      m_tabs(new QTabWidget(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_title->setObjectName(QStringLiteral("fileTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("fileSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_actions);
    layout->addWidget(m_tabs, 1);
    m_tabs->setObjectName(QStringLiteral("fileTabs"));
    m_tabs->setUsesScrollButtons(true);

    m_overview = new OverviewTab(*m_controller, this);
    m_enterprise = new EnterpriseTab(this);
    m_collateral = new CollateralTab(*m_controller, this);
    m_documents = new DocumentsTab(*m_controller, this);
    m_memo = new MemoTab(*m_controller, this);
    m_covenants = new CovenantsTab(*m_controller, this);
    m_decision = new DecisionTab(*m_controller, this);
    m_history = new HistoryTab(*m_controller, this);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_enterprise, tr("Enterprise"));
    m_tabs->addTab(m_collateral, tr("Collateral"));
    m_tabs->addTab(m_documents, tr("Documents"));
    m_tabs->addTab(m_memo, tr("Credit memo"));
    m_tabs->addTab(m_covenants, tr("Covenants"));
    m_tabs->addTab(m_decision, tr("Decision"));
    m_tabs->addTab(m_history, tr("History"));
    m_stack->addWidget(content);

    connect(m_controller, &FileController::reloadRequested, this, &LoanFilePage::reload);
    connect(m_controller, &FileController::fileChanged, this, &LoanFilePage::fileChanged);
    connect(m_actions, &ActionBar::draftDeleted, this, &LoanFilePage::fileDeleted);
}

bool LoanFilePage::openFile(Id fileId)
{
    const Result<void> loaded = m_controller->load(fileId);
    if (!loaded) {
        m_empty->setText(
            tr("The loan file could not be opened: %1").arg(DisplayNames::error(loaded.error())));
        m_stack->setCurrentIndex(0);
        return false;
    }
    showView();
    return true;
}

void LoanFilePage::reload()
{
    if (m_controller->isOpen())
        openFile(m_controller->fileId());
}

Id LoanFilePage::currentFileId() const
{
    return m_controller->fileId();
}

const FileView* LoanFilePage::view() const
{
    return m_controller->isOpen() ? &m_controller->view() : nullptr;
}

void LoanFilePage::showView()
{
    const FileView& v = m_controller->view();
    const LoanFileDetail& d = v.detail;
    m_title->setText(QStringLiteral("%1 · %2").arg(qs(d.file.fileNo),
                                                   localisedName(d.enterprise.nameZh, d.enterprise.nameEn)));
    m_subtitle->setText(QStringLiteral("%1 · %2 · %3")
                            .arg(DisplayNames::loanState(d.file.state), DisplayNames::product(d.file.product),
                                 formatMoney(d.file.amount)));
    m_actions->showFile(v);
    m_overview->showFile(v);
    m_enterprise->showFile(v);
    m_collateral->showFile(v);
    m_documents->showFile(v);
    m_memo->showFile(v);
    m_covenants->showFile(v);
    m_decision->showFile(v);
    m_history->showFile(v);
    m_stack->setCurrentIndex(1);
    emit fileShown(d.file.id);
}

} // namespace saggar::ui
