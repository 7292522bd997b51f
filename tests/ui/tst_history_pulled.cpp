// The History tab shows what came from the bank server (storage/sync_children.h's "sync" entries): a
// change by a person the workspace knows reads with their name and role, one by a person it does not
// know with the name the server gave, a file received and a file deleted elsewhere each in words with
// the versions — in English and in Simplified Chinese — and the chain still verifies.
#include "page_fixture.h"

#include "core/audit_chain.h"
#include "ui/display_names.h"
#include "ui/history_tab.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace saggar;
using testing_support::PageFixture;
using Fake = test::FakeWorkflowStore;

namespace {

AuditEntry pulled(const std::string& subject, const std::string& before, const std::string& after, Id actor,
                  Role role, const std::string& reason)
{
    AuditEntry e;
    e.kind = AuditKind::Sync;
    e.subject = subject;
    e.before = before;
    e.after = after;
    e.actorId = actor;
    e.actorRole = role;
    e.reason = reason;
    e.atMs = 1795200000000;
    return e;
}

// The file's history with three entries from the server after its own; the last rows of the table.
struct Shown
{
    QStringList who, role, what, change;
    bool verifies = false;
};

Shown showPulled(PageFixture& f)
{
    const Id file = f.store.addFile(LoanState::Draft);
    std::vector<AuditEntry>& audit = f.store.audit(file);
    audit.push_back(pulled("sync:updated", "3", "5", Fake::kManager, Role::Manager, ""));
    audit.push_back(pulled("sync:updated", "5", "6", 0, Role::Analyst, "周敏"));
    audit.push_back(pulled("sync:deleted", "6", "7", 0, Role::Analyst, ""));
    chainAuditEntries(audit, 0, ""); // the whole chain again, with the new entries
    f.open(Fake::kManager, file);
    f.showTab(ui::LoanFilePage::History);
    QTableWidget* table = f.page->historyTab()->table();
    Shown s;
    for (int r = table->rowCount() - 3; r < table->rowCount(); ++r) {
        s.who << table->item(r, 2)->text();
        s.role << table->item(r, 3)->text();
        s.what << table->item(r, 4)->text();
        s.change << table->item(r, 5)->text();
    }
    s.verifies = !f.page->historyTab()->banner()->property("problem").toBool();
    return s;
}

} // namespace

class TestHistoryPulled : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing_support::isolateSettings("tst_history_pulled"); }

    void changesFromTheServerReadInWords()
    {
        PageFixture f;
        const Shown s = showPulled(f);
        QVERIFY(s.verifies);
        QCOMPARE(s.what[0], QStringLiteral("From the server: Changed by another workstation"));
        QCOMPARE(s.change[0], QStringLiteral("version 3 → version 5"));
        QCOMPARE(s.role[0], ui::DisplayNames::role(Role::Manager));
        QVERIFY(!s.who[0].isEmpty() && !s.who[0].startsWith(QStringLiteral("user #")));
        QCOMPARE(s.who[1], QStringLiteral("周敏"));
        QCOMPARE(s.role[1], QString());
        QCOMPARE(s.who[2], QStringLiteral("Bank server"));
        QCOMPARE(s.what[2], QStringLiteral("From the server: Deleted on another workstation"));
    }

    void andInChinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/saggar_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        PageFixture f;
        const Shown s = showPulled(f);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        QVERIFY(s.verifies);
        for (const QStringList* column : {&s.what, &s.change})
            for (const QString& text : *column)
                QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))),
                         qPrintable(text));
        QCOMPARE(s.who[2], QStringLiteral("银行服务器"));
    }
};

QTEST_MAIN(TestHistoryPulled)
#include "tst_history_pulled.moc"
