#include "enterprise_tab.h"

#include "display_names.h"
#include "file_controller.h"
#include "tab_support.h"
#include "widgets/money_format.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace saggar::ui {

EnterpriseTab::EnterpriseTab(QWidget* parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("enterpriseTab"));
}

void EnterpriseTab::showFile(const FileView& view)
{
    clearForm(m_form);
    const Enterprise& e = view.detail.enterprise;
    m_form->addRow(tr("Chinese name"), valueLabel(qs(e.nameZh)));
    m_form->addRow(tr("English name"), valueLabel(qs(e.nameEn)));
    m_form->addRow(tr("Unified social credit code"), valueLabel(qs(e.uscc)));
    m_form->addRow(tr("Cluster"), valueLabel(DisplayNames::cluster(e.cluster)));
    m_form->addRow(tr("Segment"), valueLabel(DisplayNames::segment(e.segment)));
    m_form->addRow(tr("Legal representative"), valueLabel(qs(e.legalRepresentative)));
    m_form->addRow(tr("Annual revenue"), valueLabel(formatMoney(e.annualRevenue)));
    m_form->addRow(tr("Staff"), valueLabel(QLocale().toString(e.staff)));
}

} // namespace saggar::ui
