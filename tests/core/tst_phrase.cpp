// The refusal catalogue: stable, unique keys that read back; templates whose arguments are numbered
// without gaps; English rendering of every kind of value and list.
#include "core/phrase.h"

#include <QTest>

#include <set>

using namespace saggar;

class TestPhrase : public QObject
{
    Q_OBJECT

private slots:
    void keysAreUniqueAndReadBack()
    {
        std::set<std::string_view> keys;
        int index = 0;
        for (Sentence s : allValues<Sentence>()) {
            QCOMPARE(static_cast<int>(s), index++); // the table sits in enum order
            QVERIFY2(keys.insert(key(s)).second, key(s).data());
            QCOMPARE(fromKey<Sentence>(key(s)), std::optional<Sentence>(s));
        }
        QCOMPARE(index, static_cast<int>(Sentence::BeyondAuthority) + 1);
        QVERIFY(!fromKey<Sentence>("no_such_sentence"));
    }

    void argumentsAreNumberedWithoutGaps()
    {
        for (Sentence s : allValues<Sentence>()) {
            const std::string_view t = englishTemplate(s);
            for (int n = 1; n <= argumentCount(s); ++n) {
                const char marker[3] = {'%', static_cast<char>('0' + n), '\0'};
                QVERIFY2(t.find(marker) != std::string_view::npos, t.data());
            }
        }
        QCOMPARE(argumentCount(Sentence::ValueTooHigh), 4);
        QCOMPARE(argumentCount(Sentence::NoRiskAssessment), 0);
    }

    void englishOfValuesAndLists()
    {
        Truck truck;
        truck.id = 3;
        truck.plate = "粤E12345";
        Kiln kiln;
        kiln.id = 7;
        kiln.type = KilnType::Roller;
        const Phrase p = phrase::sentence(Sentence::AppraisalIncomplete,
                                          {phrase::all({phrase::of(truck), phrase::of(kiln)})});
        QCOMPARE(english(p), std::string("The appraisal is not complete: enter the appraised value of truck "
                                         "粤E12345 and kiln #7 (roller)."));
        QCOMPARE(english(phrase::any({phrase::of(Role::Analyst), phrase::of(Role::Manager)})),
                 std::string("an analyst or a manager"));
        QCOMPARE(english(phrase::each({phrase::text("a"), phrase::text("b"), phrase::text("c")})),
                 std::string("a; b; c"));
        QCOMPARE(english(phrase::money(Money::fromYuan(5'000'000))), std::string("¥5,000,000"));
        QCOMPARE(english(phrase::percent(82.46)), std::string("82.5 %"));
        QCOMPARE(english(phrase::of(WorkflowAction::Approve)), std::string("approve the file"));
        QCOMPARE(english(phrase::of(RiskGrade::B)), std::string("B"));
        QCOMPARE(english(phrase::of(LoanState::ManualReview)), std::string("manual review"));
    }

    void refusalCarriesItsSentence()
    {
        const Error e = refusal(ErrorCode::Forbidden, Sentence::BeyondAuthority,
                                {phrase::money(Money::fromYuan(60'000'000)), phrase::of(RiskGrade::D)});
        QCOMPARE(e.code, static_cast<int>(ErrorCode::Forbidden));
        QVERIFY(e.phrase);
        QCOMPARE(e.phrase->sentence, Sentence::BeyondAuthority);
        QCOMPARE(e.message, std::string("Beyond delegated authority: no approval limit covers ¥60,000,000 at "
                                        "grade D. Ask for the authority table to be extended."));
        // A plain error has no sentence, and a missing argument shows as "?" rather than crashing.
        QVERIFY(!makeError("x").phrase);
        QCOMPARE(english(phrase::sentence(Sentence::MissingDocuments)), std::string("missing ?"));
    }
};

QTEST_APPLESS_MAIN(TestPhrase)
#include "tst_phrase.moc"
