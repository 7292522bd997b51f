#include "search_text.h"

namespace saggar {

const char* const kSearchTextSqlExpression = R"sql(coalesce((
    SELECT lower(loan_files.file_no || char(10) || e.name_zh || char(10) || e.name_en || char(10) || e.uscc ||
        coalesce((SELECT group_concat(char(10) || t.plate || char(10) || t.vin, '')
                  FROM trucks t WHERE t.loan_file_id = loan_files.id), ''))
    FROM enterprises e WHERE e.id = loan_files.enterprise_id), ''))sql";

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string searchTextFor(const LoanFile& file, const Enterprise& enterprise)
{
    std::string text;
    text.reserve(file.fileNo.size() + enterprise.nameZh.size() + enterprise.nameEn.size() + 40);
    text += asciiLower(file.fileNo);
    text += '\n';
    text += asciiLower(enterprise.nameZh);
    text += '\n';
    text += asciiLower(enterprise.nameEn);
    text += '\n';
    text += asciiLower(enterprise.uscc);
    return text;
}

void appendTruckToSearchText(std::string& searchText, const Truck& truck)
{
    searchText += '\n';
    searchText += asciiLower(truck.plate);
    searchText += '\n';
    searchText += asciiLower(truck.vin);
}

Result<void> refreshSearchText(Database& db, Id fileId)
{
    auto stmt = db.prepare(std::string("UPDATE loan_files SET search_text = ") + kSearchTextSqlExpression +
                           " WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindInt64(1, fileId); !r)
        return r.error();
    return stmt->run();
}

Result<void> appendTruckSearchText(Database& db, Id fileId, const Truck& truck)
{
    std::string suffix;
    appendTruckToSearchText(suffix, truck);
    auto stmt = db.prepare("UPDATE loan_files SET search_text = search_text || ?2 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->bindAll(fileId, suffix); !r)
        return r.error();
    return stmt->run();
}

} // namespace saggar
