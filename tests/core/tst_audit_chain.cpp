// Tests for the audit trail's hash chain: the canonical encoding is pinned, chains continue across
// batches, and every kind of tampering (edited field, deleted, reordered, truncated, re-hashed) is caught.
#include "core/audit_chain.h"

#include <QCryptographicHash>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace saggar;

Q_DECLARE_METATYPE(saggar::ChainProblem)

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void hashIsLowercaseHex();
    void encodingIsPinned();
    void fieldBoundariesMatter();
    void chainingAssignsSeqAndLinks();
    void chainingContinuesAcrossBatches();
    void untouchedChainVerifies();
    void emptyChainVerifies();
    void tamperingIsCaught_data();
    void tamperingIsCaught();
};

namespace {

using Chain = std::vector<AuditEntry>;

AuditEntry entry(int n)
{
    AuditEntry e;
    e.loanFileId = 42;
    e.actorId = 100 + n;
    e.actorRole = n % 2 == 0 ? Role::Analyst : Role::Manager;
    e.atMs = 1'767'225'600'000 + n * 60'000;
    e.kind = n % 3 == 0 ? AuditKind::State : AuditKind::Document;
    e.subject = n % 3 == 0 ? "state" : "document:business_licence";
    e.before = "before " + std::to_string(n);
    e.after = "after " + std::to_string(n);
    e.reason = n == 2 ? "营业执照已核对原件" : "";
    return e;
}

// Five entries, chained from the start, and the head the file would record.
Chain fiveEntries()
{
    Chain chain;
    for (int n = 0; n < 5; ++n)
        chain.push_back(entry(n));
    chainAuditEntries(chain, 0, "");
    return chain;
}

// The encoding spelled out independently: 8-byte big-endian length, then the bytes, for each field.
QByteArray encodeForTest(const AuditEntry& e)
{
    QByteArray out;
    const auto field = [&out](const std::string& s) {
        quint64 size = s.size();
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((size >> shift) & 0xFF));
        out.append(s.data(), qsizetype(s.size()));
    };
    field("saggar-audit-v1");
    field(std::to_string(e.loanFileId));
    field(std::to_string(e.seq));
    field(std::to_string(e.actorId));
    field(std::string(key(e.actorRole)));
    field(std::to_string(e.atMs));
    field(std::string(key(e.kind)));
    field(e.subject);
    field(e.before);
    field(e.after);
    field(e.reason);
    field(e.prevHashHex);
    return out;
}

using Tamper = std::function<void(Chain&)>;

// Re-hashes entry i after an edit (what a careful forger would do), leaving the next link as it was.
void rehash(Chain& c, std::size_t i)
{
    c[i].hashHex = auditEntryHash(c[i]);
}

} // namespace

Q_DECLARE_METATYPE(Tamper)

void TestAuditChain::hashIsLowercaseHex()
{
    const std::string hash = auditEntryHash(entry(1));
    QCOMPARE(hash.size(), std::size_t(64));
    for (char c : hash)
        QVERIFY2((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'), hash.c_str());
    QCOMPARE(auditEntryHash(entry(1)), hash); // deterministic
    QVERIFY(auditEntryHash(entry(2)) != hash);
}

void TestAuditChain::encodingIsPinned()
{
    // Stored chains must keep verifying after an upgrade: the hash is SHA-256 of exactly this encoding.
    Chain chain = fiveEntries();
    for (const AuditEntry& e : chain) {
        const QByteArray expected =
            QCryptographicHash::hash(encodeForTest(e), QCryptographicHash::Sha256).toHex();
        QCOMPARE(QByteArray::fromStdString(e.hashHex), expected);
    }
}

void TestAuditChain::fieldBoundariesMatter()
{
    AuditEntry a = entry(1);
    AuditEntry b = a;
    a.subject = "document:ab";
    a.before = "c";
    b.subject = "document:a";
    b.before = "bc";
    QVERIFY(auditEntryHash(a) != auditEntryHash(b));
    a.before = "";
    a.after = "x";
    b = a;
    b.before = "x";
    b.after = "";
    QVERIFY(auditEntryHash(a) != auditEntryHash(b));
}

void TestAuditChain::chainingAssignsSeqAndLinks()
{
    const Chain chain = fiveEntries();
    QCOMPARE(chain.front().prevHashHex, std::string(kGenesisHash));
    for (std::size_t i = 0; i < chain.size(); ++i) {
        QCOMPARE(chain[i].seq, std::int64_t(i + 1));
        QCOMPARE(chain[i].hashHex, auditEntryHash(chain[i]));
        if (i > 0)
            QCOMPARE(chain[i].prevHashHex, chain[i - 1].hashHex);
    }
}

void TestAuditChain::chainingContinuesAcrossBatches()
{
    const Chain whole = fiveEntries();
    Chain first{entry(0), entry(1)};
    Chain second{entry(2), entry(3), entry(4)};
    chainAuditEntries(first, 0, "");
    chainAuditEntries(second, first.back().seq, first.back().hashHex);
    Chain joined = first;
    joined.insert(joined.end(), second.begin(), second.end());
    QCOMPARE(joined.size(), whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
        QCOMPARE(joined[i].seq, whole[i].seq);
        QCOMPARE(joined[i].hashHex, whole[i].hashHex);
    }
    QVERIFY(verifyAuditChain(joined, 5, whole.back().hashHex).ok());
}

void TestAuditChain::untouchedChainVerifies()
{
    const Chain chain = fiveEntries();
    const ChainVerdict withHead = verifyAuditChain(chain, 5, chain.back().hashHex);
    QVERIFY2(withHead.ok(), withHead.message.c_str());
    QVERIFY(withHead.message.empty());
    QVERIFY(verifyAuditChain(chain, 0, "").ok()); // no head recorded
}

void TestAuditChain::emptyChainVerifies()
{
    QVERIFY(verifyAuditChain({}, 0, "").ok());
    QVERIFY(verifyAuditChain({}, 0, kGenesisHash).ok());
    // …but not when the file says it had entries.
    const Chain chain = fiveEntries();
    const ChainVerdict v = verifyAuditChain({}, 5, chain.back().hashHex);
    QCOMPARE(v.problem, ChainProblem::HeadMismatch);
}

void TestAuditChain::tamperingIsCaught_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<ChainProblem>("problem");
    QTest::addColumn<qint64>("seq");

    const std::vector<std::pair<const char*, std::function<void(AuditEntry&)>>> fields{
        {"loanFileId", [](AuditEntry& e) { e.loanFileId = 43; }},
        {"seq", [](AuditEntry& e) { e.seq += 10; }},
        {"actorId", [](AuditEntry& e) { e.actorId = 7; }},
        {"actorRole", [](AuditEntry& e) { e.actorRole = Role::Appraiser; }},
        {"atMs", [](AuditEntry& e) { e.atMs += 1; }},
        {"kind", [](AuditEntry& e) { e.kind = AuditKind::Approval; }},
        {"subject", [](AuditEntry& e) { e.subject += "x"; }},
        {"before", [](AuditEntry& e) { e.before = "draft"; }},
        {"after", [](AuditEntry& e) { e.after = "approved"; }},
        {"reason", [](AuditEntry& e) { e.reason = "改过的理由"; }},
        {"prevHashHex", [](AuditEntry& e) { e.prevHashHex[0] = e.prevHashHex[0] == 'a' ? 'b' : 'a'; }},
        {"hashHex", [](AuditEntry& e) { e.hashHex[63] = e.hashHex[63] == 'a' ? 'b' : 'a'; }},
    };
    for (std::size_t index : {0u, 2u, 4u}) {
        for (const auto& [name, edit] : fields) {
            const QByteArray row = QByteArray("edit ") + name + " of entry " + QByteArray::number(index + 1);
            QTest::newRow(row.constData()) << Tamper([index, edit](Chain& c) { edit(c[index]); })
                                           << ChainProblem::EditedEntry << qint64(index + 1);
        }
    }

    QTest::newRow("delete first") << Tamper([](Chain& c) { c.erase(c.begin()); })
                                  << ChainProblem::MissingEntry << qint64(1);
    QTest::newRow("delete middle") << Tamper([](Chain& c) { c.erase(c.begin() + 2); })
                                   << ChainProblem::MissingEntry << qint64(3);
    QTest::newRow("delete two in the middle")
        << Tamper([](Chain& c) { c.erase(c.begin() + 1, c.begin() + 3); }) << ChainProblem::MissingEntry
        << qint64(2);
    QTest::newRow("delete last") << Tamper([](Chain& c) { c.pop_back(); }) << ChainProblem::HeadMismatch
                                 << qint64(5);
    QTest::newRow("truncate to two") << Tamper([](Chain& c) { c.resize(2); }) << ChainProblem::HeadMismatch
                                     << qint64(3);
    QTest::newRow("delete everything")
        << Tamper([](Chain& c) { c.clear(); }) << ChainProblem::HeadMismatch << qint64(5);
    QTest::newRow("swap 2 and 3") << Tamper([](Chain& c) { std::swap(c[1], c[2]); })
                                  << ChainProblem::Reordered << qint64(3);
    QTest::newRow("swap first and last")
        << Tamper([](Chain& c) { std::swap(c.front(), c.back()); }) << ChainProblem::Reordered << qint64(5);
    QTest::newRow("move last to the front")
        << Tamper([](Chain& c) { std::rotate(c.begin(), c.end() - 1, c.end()); }) << ChainProblem::Reordered
        << qint64(5);
    QTest::newRow("duplicate an entry")
        << Tamper([](Chain& c) { c.insert(c.begin() + 2, c[1]); }) << ChainProblem::Reordered << qint64(2);
    QTest::newRow("re-hash edited entry 2, next link left") << Tamper([](Chain& c) {
        c[1].after = "verified";
        rehash(c, 1);
    }) << ChainProblem::BrokenLink << qint64(3);
    QTest::newRow("re-hash edited first entry with a forged start") << Tamper([](Chain& c) {
        c[0].prevHashHex = std::string(64, 'f');
        rehash(c, 0);
    }) << ChainProblem::BrokenLink << qint64(1);
    QTest::newRow("re-hash edited last entry") << Tamper([](Chain& c) {
        c[4].reason = "nothing to see";
        rehash(c, 4);
    }) << ChainProblem::HeadMismatch << qint64(5);
    QTest::newRow("re-chain everything after an edit") << Tamper([](Chain& c) {
        c[2].before = "missing";
        chainAuditEntries(c, 0, "");
    }) << ChainProblem::HeadMismatch << qint64(5);
    QTest::newRow("append a well-chained forgery") << Tamper([](Chain& c) {
        Chain extra{entry(5)};
        chainAuditEntries(extra, c.back().seq, c.back().hashHex);
        c.push_back(extra.front());
    }) << ChainProblem::HeadMismatch << qint64(6);
    QTest::newRow("delete one and re-chain") << Tamper([](Chain& c) {
        c.erase(c.begin() + 1);
        chainAuditEntries(c, 0, "");
    }) << ChainProblem::HeadMismatch << qint64(5);
}

void TestAuditChain::tamperingIsCaught()
{
    QFETCH(Tamper, tamper);
    QFETCH(ChainProblem, problem);
    QFETCH(qint64, seq);

    const Chain original = fiveEntries();
    Chain chain = original;
    tamper(chain);
    const ChainVerdict v = verifyAuditChain(chain, original.back().seq, original.back().hashHex);
    QVERIFY2(!v.ok(), "tampering went unnoticed");
    QCOMPARE(v.problem, problem);
    QCOMPARE(qint64(v.seq), seq);
    QVERIFY2(v.message.find(std::to_string(seq)) != std::string::npos, v.message.c_str());
    QVERIFY2(v.message.back() == '.', v.message.c_str());
}

QTEST_APPLESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
