// The loan-file page's Overview tab: the file's terms, people, state, and once known its risk grade,
// decision round and loan-to-value.
#pragma once

#include <QWidget>

class QFormLayout;

namespace saggar::ui {

class FileController;
struct FileView;

class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTab(FileController& controller, QWidget* parent = nullptr);
    void showFile(const FileView& view);

private:
    FileController& m_controller;
    QFormLayout* m_form;
};

} // namespace saggar::ui
