// Tests for the domain enums' stable keys: every value round-trips, keys are unique, unknown keys give
// nothing.
#include "core/domain.h"

#include <QObject>
#include <QTest>

#include <set>

using namespace saggar;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void unknownKeysGiveNothing();
    void allValuesSizes();
    void keysAreStable();
};

namespace {

// Round-trips every value of E and checks keys are non-empty, lower-case and unique.
template <typename E> void verifyRoundTrip()
{
    std::set<std::string_view> seen;
    for (const E value : allValues<E>()) {
        const auto k = key(value);
        QVERIFY(!k.empty());
        QVERIFY2(k.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string_view::npos,
                 std::string(k).c_str());
        QVERIFY2(seen.insert(k).second, std::string(k).c_str());
        const auto back = fromKey<E>(k);
        QVERIFY(back.has_value());
        QVERIFY(*back == value);
    }
}

template <typename E> void verifyUnknown()
{
    QVERIFY(!fromKey<E>("").has_value());
    QVERIFY(!fromKey<E>("no_such_key").has_value());
    // Keys are exact: case and surrounding blanks are not forgiven.
    const std::string upper = [] {
        std::string s(key(allValues<E>().front()));
        for (auto& c : s)
            c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        return s;
    }();
    QVERIFY(!fromKey<E>(upper).has_value());
    std::string padded(1, ' ');
    padded += key(allValues<E>().front());
    QVERIFY(!fromKey<E>(padded).has_value());
}

} // namespace

void TestDomain::keysRoundTrip()
{
    verifyRoundTrip<Role>();
    verifyRoundTrip<Cluster>();
    verifyRoundTrip<Segment>();
    verifyRoundTrip<Product>();
    verifyRoundTrip<KilnType>();
    verifyRoundTrip<KilnFuel>();
    verifyRoundTrip<CapacityUnit>();
    verifyRoundTrip<LoanState>();
    verifyRoundTrip<DocumentKind>();
    verifyRoundTrip<DocumentStatus>();
}

void TestDomain::unknownKeysGiveNothing()
{
    verifyUnknown<Role>();
    verifyUnknown<Cluster>();
    verifyUnknown<Segment>();
    verifyUnknown<Product>();
    verifyUnknown<KilnType>();
    verifyUnknown<KilnFuel>();
    verifyUnknown<CapacityUnit>();
    verifyUnknown<LoanState>();
    verifyUnknown<DocumentKind>();
    verifyUnknown<DocumentStatus>();
    QVERIFY(!fromKey<LoanState>("foshan").has_value()); // a key of another enum
}

void TestDomain::allValuesSizes()
{
    QCOMPARE(allValues<Role>().size(), std::size_t(3));
    QCOMPARE(allValues<Cluster>().size(), std::size_t(8));
    QCOMPARE(allValues<Segment>().size(), std::size_t(4));
    QCOMPARE(allValues<Product>().size(), std::size_t(4));
    QCOMPARE(allValues<KilnType>().size(), std::size_t(3));
    QCOMPARE(allValues<KilnFuel>().size(), std::size_t(2));
    QCOMPARE(allValues<CapacityUnit>().size(), std::size_t(2));
    QCOMPARE(allValues<LoanState>().size(), std::size_t(15));
    QCOMPARE(allValues<DocumentKind>().size(), std::size_t(9));
    QCOMPARE(allValues<DocumentStatus>().size(), std::size_t(4));
    // Declaration order, which menus and filters rely on.
    QVERIFY(allValues<LoanState>().front() == LoanState::Draft);
    QVERIFY(allValues<LoanState>().back() == LoanState::Closed);
    QVERIFY(allValues<Role>()[1] == Role::Appraiser);
}

void TestDomain::keysAreStable()
{
    // These strings are in databases and on the wire; changing one is a migration, not a refactor.
    QCOMPARE(key(LoanState::RiskAssessment), std::string_view("risk_assessment"));
    QCOMPARE(key(LoanState::Default), std::string_view("default"));
    QCOMPARE(key(Cluster::Jingdezhen), std::string_view("jingdezhen"));
    QCOMPARE(key(CapacityUnit::SquareMetres), std::string_view("m2"));
    QCOMPARE(key(DocumentKind::PlantLeaseOrLandCertificate),
             std::string_view("plant_lease_or_land_certificate"));
    QCOMPARE(key(Product::FleetPurchase), std::string_view("fleet_purchase"));
}

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"
