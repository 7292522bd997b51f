// Refusals read in the user's language: every sentence core can say has the same wording on screen in
// English, the Chinese catalogue keeps each sentence's arguments, and real refusals from the workflow
// read in Chinese from the first word to the last (values, lists and assets included).
#include "core/phrase.h"
#include "tests/core/tst_workflow_fixture.h"
#include "ui/audit_text.h"
#include "ui/display_names.h"
#include "ui/phrase_text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace saggar;
using namespace saggar::test;

namespace {

QSet<QString> markers(const QString& pattern)
{
    QSet<QString> out;
    static const QRegularExpression marker(QStringLiteral("%[1-9]"));
    for (auto it = marker.globalMatch(pattern); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

QString english(Sentence s)
{
    const std::string_view t = englishTemplate(s);
    return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}

// Three or more Latin letters in a row: English left in a Chinese sentence.
bool hasEnglishWord(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return word.match(text).hasMatch();
}

WorkflowRequest request(WorkflowAction action)
{
    WorkflowRequest r;
    r.action = action;
    return r;
}

} // namespace

class TestPhraseText : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }

    void screenWordingMatchesCoreInEnglish()
    {
        for (Sentence s : allValues<Sentence>()) {
            QCOMPARE(ui::PhraseText::sentence(s), english(s));
            // rendered with plain arguments, the screen and core say the same words
            std::vector<Phrase> args;
            for (int i = 1; i <= argumentCount(s); ++i)
                args.push_back(phrase::text("arg" + std::to_string(i)));
            const Phrase p = phrase::sentence(s, args);
            QCOMPARE(ui::PhraseText::text(p), QString::fromStdString(saggar::english(p)));
        }
    }

    void chineseKeepsEveryArgument()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/saggar_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        for (Sentence s : allValues<Sentence>()) {
            const QString zh = ui::PhraseText::sentence(s);
            QVERIFY2(zh != english(s), qPrintable(english(s)));
            QVERIFY2(!hasEnglishWord(zh), qPrintable(zh));
            QCOMPARE(markers(zh), markers(english(s)));
        }
        for (WorkflowAction a : allValues<WorkflowAction>())
            QVERIFY2(!hasEnglishWord(ui::PhraseText::action(a)), qPrintable(ui::PhraseText::action(a)));
        QCoreApplication::removeTranslator(&translator);
    }

    void blockedSubmissionReadsInChinese()
    {
        WorkflowContext ctx = readyContext(LoanState::Draft);
        ctx.documents.clear();
        ctx.memo.reset();
        ctx.trucks.clear();
        ctx.kilns.clear();
        const auto refused = evaluateAction(ctx, kAnalyst, request(WorkflowAction::Submit), kNow);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().phrase);
        QVERIFY(refused.error().message.find("business licence") != std::string::npos);

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/saggar_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        const QString text = ui::DisplayNames::error(refused.error());
        QCoreApplication::removeTranslator(&translator);

        QVERIFY2(text.contains(QStringLiteral("无法提交")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("营业执照")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("授信报告尚未撰写")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("档案尚未登记任何抵押货车或窑炉")), qPrintable(text));
        QVERIFY2(!hasEnglishWord(text), qPrintable(text));
    }

    void valuesInsideRefusalsAreNamedInChinese()
    {
        // An analyst cannot disburse a draft: the action, the state and the states it needs are all named.
        const WorkflowContext ctx = readyContext(LoanState::Draft);
        const auto refused = evaluateAction(ctx, kAnalyst, request(WorkflowAction::Disburse), kNow);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, static_cast<int>(ErrorCode::Forbidden));

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/saggar_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        const QString text = ui::PhraseText::text(*refused.error().phrase);
        const QString draft = ui::DisplayNames::loanState(LoanState::Draft);
        const QString approved = ui::DisplayNames::loanState(LoanState::Approved);
        QCoreApplication::removeTranslator(&translator);

        QVERIFY2(text.contains(QStringLiteral("放款")), qPrintable(text));
        QVERIFY2(text.contains(draft), qPrintable(text));
        QVERIFY2(text.contains(approved), qPrintable(text));
        QVERIFY2(!hasEnglishWord(text), qPrintable(text));
    }

    void systemReasonsInTheHistoryAreWords()
    {
        QCOMPARE(ui::AuditText::reason("imported"), QStringLiteral("Imported with the portfolio"));
        QCOMPARE(ui::AuditText::reason("抵押物评估需要补充现场照片"),
                 QStringLiteral("抵押物评估需要补充现场照片"));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/saggar_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        const QString zh = ui::AuditText::reason("imported");
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(!hasEnglishWord(zh), qPrintable(zh));
    }

    void englishScreensShowCoreMessage()
    {
        const WorkflowContext ctx = readyContext(LoanState::Draft);
        const auto refused = evaluateAction(ctx, kAnalyst, request(WorkflowAction::Disburse), kNow);
        QVERIFY(!refused.ok());
        QCOMPARE(ui::DisplayNames::error(refused.error()), QString::fromStdString(refused.error().message));
    }
};

QTEST_MAIN(TestPhraseText)
#include "tst_phrase_text.moc"
