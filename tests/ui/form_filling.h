// Filling entry forms in GUI tests: valid registration codes made on the spot (with their check
// characters computed) and typing into a named line edit as a person would.
#pragma once

#include "core/validation.h"
#include "typing.h"

#include <QLineEdit>
#include <QTest>

#include <string>

namespace testing_support {

// A unified social credit code for the organisation code `org8` (eight digits), registered in Foshan.
inline std::string freshUscc(const std::string& org8 = "12345678")
{
    std::string org = org8;
    org += *saggar::organisationCodeCheckCharacter(org);
    const std::string first17 = "91440605" + org;
    return first17 + *saggar::usccCheckCharacter(first17);
}

// `vin17` with its ninth character replaced by the right check digit.
inline std::string freshVin(std::string vin17 = "LZZ5ELND0PW123456")
{
    vin17[8] = *saggar::vinCheckDigit(vin17);
    return vin17;
}

// Replaces the text of the line edit named `name` under `form` by typing `text`.
inline void type(QWidget* form, const char* name, const QString& text)
{
    auto* edit = form->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    typeText(edit, text);
}

} // namespace testing_support
