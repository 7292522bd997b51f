// Shared assertions for validation tests: compare a Validity with the problem, position and details expected.
#pragma once

#include "core/validation.h"

#include <QByteArray>
#include <QTest>

namespace saggar::test {

inline QByteArray problemName(Problem p)
{
    switch (p) {
    case Problem::Required:
        return "Required";
    case Problem::WrongLength:
        return "WrongLength";
    case Problem::InvalidCharacter:
        return "InvalidCharacter";
    case Problem::CheckCharacterMismatch:
        return "CheckCharacterMismatch";
    case Problem::BadFormat:
        return "BadFormat";
    case Problem::UnknownProvince:
        return "UnknownProvince";
    case Problem::OutOfRange:
        return "OutOfRange";
    case Problem::NotANumber:
        return "NotANumber";
    case Problem::TooManyDecimals:
        return "TooManyDecimals";
    case Problem::NotADate:
        return "NotADate";
    case Problem::TooLong:
        return "TooLong";
    }
    return "?";
}

inline QByteArray bytes(const std::string& s)
{
    return QByteArray::fromStdString(s);
}
inline std::string text(const QByteArray& b)
{
    return b.toStdString();
}

// An empty `problem` means "valid". Otherwise the problem must match, and so must `found`, `expected`
// and `position` when the row gives them; every failure must come with a message.
inline void verifyValidity(const Validity& v, const QByteArray& problem, const QByteArray& found = {},
                           const QByteArray& expected = {}, int position = 0)
{
    if (problem.isEmpty()) {
        QVERIFY2(!v, v ? v->message.c_str() : "");
        return;
    }
    QVERIFY2(v.has_value(), "accepted a value that should be refused");
    QCOMPARE(problemName(v->problem), problem);
    QVERIFY(!v->message.empty());
    if (!found.isNull())
        QCOMPARE(bytes(v->found), found);
    if (!expected.isNull())
        QCOMPARE(bytes(v->expected), expected);
    if (position > 0)
        QCOMPARE(v->position, position);
    if (v->problem == Problem::WrongLength) // the sentence must carry both counts, not just the fields
        QVERIFY2(bytes(v->message).contains(bytes(v->found)) &&
                     bytes(v->message).contains(bytes(v->expected)),
                 v->message.c_str());
}

} // namespace saggar::test
