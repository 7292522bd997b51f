// The loan-file page's Enterprise tab: who borrows.
#pragma once

#include <QWidget>

class QFormLayout;

namespace saggar::ui {

struct FileView;

class EnterpriseTab : public QWidget
{
    Q_OBJECT
public:
    explicit EnterpriseTab(QWidget* parent = nullptr);
    void showFile(const FileView& view);

private:
    QFormLayout* m_form;
};

} // namespace saggar::ui
