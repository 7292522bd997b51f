// The Chinese translation is complete, loads from the resources, and store errors read in the
// user's language with the technical detail kept.
#include "ui/display_names.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace saggar;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseCatalogueHasNoUnfinishedEntries()
    {
        QFile ts(QStringLiteral(SAGGAR_SOURCE_DIR "/resources/translations/saggar_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        const auto messages = text.count(QStringLiteral("<message"));
        QVERIFY(messages > 200);
        QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
        QCOMPARE(text.count(QStringLiteral("<translation></translation>")), 0);
    }

    void storeErrorsInEnglish()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        const Error corrupt = makeError("'x.db' is damaged", ErrorCode::DatabaseCorrupt);
        QCOMPARE(ui::DisplayNames::error(corrupt), QStringLiteral("'x.db' is damaged"));
        QCOMPARE(ui::DisplayNames::error(makeError("", ErrorCode::Forbidden)),
                 QStringLiteral("You may not do this: your role, the file's state or the rule that nobody "
                                "checks their own work forbids it."));
    }

    void storeErrorsInChinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/saggar_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        const QString corrupt =
            ui::DisplayNames::error(makeError("'x.db' is damaged", ErrorCode::DatabaseCorrupt));
        QVERIFY2(corrupt.startsWith(QStringLiteral("数据库文件已损坏")), qPrintable(corrupt));
        QVERIFY(corrupt.endsWith(QStringLiteral("'x.db' is damaged")));
        // an error without a known code still gets a Chinese lead
        const QString general = ui::DisplayNames::error(makeError("boom", ErrorCode::General));
        QVERIFY2(general.startsWith(QStringLiteral("操作失败")), qPrintable(general));
        QCOMPARE(ui::DisplayNames::loanState(LoanState::Draft), QStringLiteral("草稿"));
        // a workflow refusal leads with what kind of refusal it is
        const QString refused = ui::DisplayNames::error(makeError("Submission is blocked", ErrorCode::Conflict));
        QVERIFY2(refused.startsWith(QStringLiteral("暂时无法完成")), qPrintable(refused));
        QCOMPARE(ui::DisplayNames::workflowAction(WorkflowAction::ReturnForRework),
                 QStringLiteral("退回补充"));
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
