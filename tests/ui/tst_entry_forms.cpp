// Entry forms against a real store: bad values are explained under their fields and nothing is
// written; good values are saved; what was typed survives a dialog that never closed properly.
#include "core/validation.h"
#include "form_filling.h"
#include "storage/sqlite_loan_file_store.h"
#include "test_workspace.h"
#include "ui/asset_dialog.h"
#include "ui/message_seam.h"
#include "ui/new_file_dialog.h"
#include "widgets/validated_form.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace saggar;

using testing_support::freshUscc;
using testing_support::freshVin;
using testing_support::type;

class TestEntryForms : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    std::unique_ptr<SqliteLoanFileStore> m_store;
    QStringList m_messages;
    User m_analyst;

    int fileCount() const
    {
        auto prepared = m_ws->workspace->db().prepare("SELECT COUNT(*) FROM loan_files");
        if (!prepared || !prepared->step().value())
            return -1;
        return static_cast<int>(prepared->columnInt64(0));
    }

    void fillValidNewFile(QWidget* form)
    {
        type(form, "nameZh", QStringLiteral("佛山市南海区测试陶瓷有限公司"));
        type(form, "nameEn", QStringLiteral("Foshan Nanhai Test Ceramics Co., Ltd."));
        type(form, "uscc", QString::fromStdString(freshUscc()));
        type(form, "legalRep", QStringLiteral("陈明"));
        type(form, "revenue", QStringLiteral("35,000万"));
        type(form, "amount", QStringLiteral("800万"));
        form->findChild<QSpinBox*>(QStringLiteral("staff"))->setValue(850);
        form->findChild<QPlainTextEdit*>(QStringLiteral("purpose"))
            ->setPlainText(QStringLiteral("购置运输车辆"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // drafts go to a throw-away settings file
        QCoreApplication::setOrganizationName(QStringLiteral("SaggarTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_entry_forms"));
        ui::setMessageHandler([this](QWidget*, ui::MessageKind, const QString&, const QString& text,
                                     QMessageBox::StandardButtons) {
            m_messages << text;
            return QMessageBox::Ok;
        });
    }

    void init()
    {
        QSettings().clear();
        m_messages.clear();
        m_ws = std::make_unique<test::TestWorkspace>();
        QVERIFY(m_ws->ok());
        m_store = std::make_unique<SqliteLoanFileStore>(m_ws->workspace->db());
        m_analyst = m_store->findByLogin("analyst").value();
    }

    void newFileRefusesBadValuesAndWritesNothing()
    {
        const int before = fileCount();
        ui::NewFileDialog dialog(*m_store, m_analyst);
        fillValidNewFile(&dialog);
        type(&dialog, "uscc", QStringLiteral("91440605123456780X")); // wrong check characters
        type(&dialog, "nameZh", QString());
        type(&dialog, "amount", QStringLiteral("12.345"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.form()->errorText(int(Field::Uscc)).isEmpty());
        QVERIFY(!dialog.form()->errorText(int(Field::NameZh)).isEmpty());
        QVERIFY(!dialog.form()->errorText(int(Field::Amount)).isEmpty());
        QVERIFY(dialog.form()->errorText(int(Field::LegalRepresentative)).isEmpty());
        QCOMPARE(fileCount(), before);
        // what was typed is still there to be corrected
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("amount"))->text(), QStringLiteral("12.345"));
    }

    void newFileCreatesADraft()
    {
        const int before = fileCount();
        ui::NewFileDialog dialog(*m_store, m_analyst);
        fillValidNewFile(&dialog);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(fileCount(), before + 1);
        auto detail = m_store->loadFile(dialog.createdFileId());
        QVERIFY(detail);
        QCOMPARE(detail->file.state, LoanState::Draft);
        QCOMPARE(detail->file.amount, Money::fromYuan(8'000'000));
        QCOMPARE(detail->enterprise.annualRevenue, Money::fromYuan(350'000'000));
        QVERIFY(!detail->documents.empty());
    }

    void typedValuesSurviveADialogThatNeverClosed()
    {
        {
            ui::NewFileDialog dialog(*m_store, m_analyst);
            type(&dialog, "nameZh", QStringLiteral("淄博市淄川区未完成建材有限公司"));
            type(&dialog, "amount", QStringLiteral("1,200万"));
            QTRY_VERIFY(QSettings().contains(QStringLiteral("drafts/new-file-%1").arg(m_analyst.id)));
        } // destroyed without accept or reject, as in a crash
        ui::NewFileDialog again(*m_store, m_analyst);
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("nameZh"))->text(),
                 QStringLiteral("淄博市淄川区未完成建材有限公司"));
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("amount"))->text(), QStringLiteral("1,200万"));
    }

    void truckWithBadVinIsRefused()
    {
        const LoanFile file = m_ws->snapshot.files.front();
        const auto trucksBefore = m_store->loadFile(file.id)->trucks.size();
        ui::AssetDialog dialog(*m_store, ui::AssetDialog::Kind::Truck, file);
        std::string vin = freshVin();
        vin[8] = vin[8] == '1' ? '2' : '1'; // break the check digit
        type(&dialog, "plate", QStringLiteral("粤X5T7W9"));
        type(&dialog, "vin", QString::fromStdString(vin));
        type(&dialog, "brand", QStringLiteral("Sinotruk HOWO"));
        type(&dialog, "model", QStringLiteral("TX 6x4"));
        type(&dialog, "price", QStringLiteral("38.5万"));
        type(&dialog, "tracker", QStringLiteral("TRK-TEST0001"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(
            dialog.form()->errorText(int(Field::Vin)).contains(QString(QChar::fromLatin1(freshVin()[8]))));
        QCOMPARE(m_store->loadFile(file.id)->trucks.size(), trucksBefore);

        type(&dialog, "vin", QString::fromStdString(freshVin()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_store->loadFile(file.id)->trucks.size(), trucksBefore + 1);
    }

    void duplicateTruckIsExplainedAndKeepsTheForm()
    {
        const LoanFile file = m_ws->snapshot.files.front();
        const Truck existing = m_ws->snapshot.trucks.front();
        ui::AssetDialog dialog(*m_store, ui::AssetDialog::Kind::Truck, file);
        type(&dialog, "plate", QStringLiteral("粤X5T7W8"));
        type(&dialog, "vin", QString::fromStdString(existing.vin));
        type(&dialog, "brand", QStringLiteral("Shacman"));
        type(&dialog, "model", QStringLiteral("X3000"));
        type(&dialog, "price", QStringLiteral("420000"));
        type(&dialog, "tracker", QStringLiteral("TRK-TEST0002"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(m_messages.first().contains(QString::fromStdString(existing.vin)) ||
                m_messages.first().contains(QStringLiteral("VIN"), Qt::CaseInsensitive));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("brand"))->text(), QStringLiteral("Shacman"));
    }

    void kilnOutOfRangeIsRefused()
    {
        const LoanFile file = m_ws->snapshot.files.front();
        ui::AssetDialog dialog(*m_store, ui::AssetDialog::Kind::Kiln, file);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("length"))->setValue(2.0); // shorter than any kiln
        dialog.findChild<QSpinBox*>(QStringLiteral("capacity"))->setValue(12000);
        type(&dialog, "cost", QStringLiteral("1,200万"));
        type(&dialog, "gateway", QStringLiteral("GW-TEST0001"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.form()->errorText(int(Field::KilnLength)).isEmpty());
        QVERIFY(dialog.form()->errorText(int(Field::PurchaseCost)).isEmpty());
    }
};

QTEST_MAIN(TestEntryForms)
#include "tst_entry_forms.moc"
