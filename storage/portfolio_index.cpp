#include "portfolio_index.h"

#include "repository_support.h"
#include "search_text.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace saggar {
namespace {

// Three sequential scans joined here: a joined scan jumps between the files' and the enterprises'
// pages and costs three times as long on a large portfolio.
constexpr const char* kUsersSql = "SELECT id, display_name FROM users";
constexpr const char* kEnterprisesSql = "SELECT id, cluster, name_en FROM enterprises ORDER BY id";
constexpr const char* kFilesSql =
    "SELECT id, enterprise_id, coalesce(analyst_id, 0), coalesce(appraiser_id, 0), coalesce(manager_id, 0), "
    "amount_fen, updated_at_ms, state, file_no, search_text FROM loan_files WHERE deleted_at_ms = 0 ORDER BY "
    "id";

// Runs `sql` and hands each row to `read`.
template <typename Read> Result<void> eachRow(const Database& db, const char* sql, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if (auto r = read(*stmt); !r)
            return r;
    }
}

// Dense ranks (from 1) of `values` in byte order, which is SQLite's BINARY collation; equal values
// share a rank so the file id breaks the tie, as in ORDER BY value, id.
std::vector<std::int32_t> denseRanks(const std::vector<std::string>& values)
{
    std::vector<std::uint32_t> order(values.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return values[a] < values[b]; });
    std::vector<std::int32_t> ranks(values.size());
    std::int32_t rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || values[order[i]] != values[order[i - 1]])
            ++rank;
        ranks[order[i]] = rank;
    }
    return ranks;
}

} // namespace

Result<PortfolioIndex> PortfolioIndex::load(const Database& db)
{
    std::unordered_map<Id, std::uint32_t> userSlot; // user id → index into userNames
    std::vector<std::string> userNames;
    auto users = eachRow(db, kUsersSql, [&](const Statement& s) -> Result<void> {
        userSlot.emplace(s.columnInt64(0), static_cast<std::uint32_t>(userNames.size()));
        userNames.push_back(s.columnText(1));
        return {};
    });
    if (!users)
        return users.error();

    // Enterprises come in id order, so a file finds its enterprise by binary search over a compact
    // id array: far fewer cache misses than a hash map over 75,000 nodes.
    std::vector<Id> enterpriseIds;
    std::vector<std::uint8_t> enterpriseClusters;
    std::vector<std::string> enterpriseNames;
    auto loaded = eachRow(db, kEnterprisesSql, [&](const Statement& s) -> Result<void> {
        enterpriseIds.push_back(s.columnInt64(0));
        enterpriseClusters.push_back(static_cast<std::uint8_t>(enumColumn(s, 1, Cluster::Foshan)));
        enterpriseNames.push_back(asciiLower(s.columnView(2))); // NOCASE folds ASCII letters only
        return {};
    });
    if (!loaded)
        return loaded.error();
    const auto userRanks = denseRanks(userNames);
    const auto nameRanks = denseRanks(enterpriseNames);

    PortfolioIndex index;
    std::vector<std::string> fileNos;
    // Sizing up front saves the copies (and page faults) of growing 20 MB of text step by step.
    auto sizes =
        db.prepare("SELECT count(*), coalesce(sum(length(CAST(search_text AS BLOB))), 0) FROM loan_files");
    if (!sizes)
        return sizes.error();
    if (auto row = sizes->step(); !row)
        return row.error();
    const auto fileCount = static_cast<std::size_t>(sizes->columnInt64(0));
    index.m_entries.reserve(fileCount);
    fileNos.reserve(fileCount);
    index.m_text.reserve(static_cast<std::size_t>(sizes->columnInt64(1)) + fileCount);
    loaded = eachRow(db, kFilesSql, [&](const Statement& s) -> Result<void> {
        Entry e;
        e.id = s.columnInt64(0);
        const Id enterpriseId = s.columnInt64(1);
        const auto found = std::lower_bound(enterpriseIds.begin(), enterpriseIds.end(), enterpriseId);
        if (found == enterpriseIds.end() || *found != enterpriseId)
            return makeError("Loan file " + std::to_string(e.id) + " names an enterprise that does not exist",
                             ErrorCode::General);
        const auto slot = static_cast<std::size_t>(found - enterpriseIds.begin());
        e.cluster = enterpriseClusters[slot];
        e.enterpriseRank = nameRanks[slot];
        e.analystId = s.columnInt64(2);
        e.appraiserId = s.columnInt64(3);
        e.managerId = s.columnInt64(4);
        const auto analyst = userSlot.find(e.analystId);
        e.assigneeRank = analyst == userSlot.end() ? 0 : userRanks[analyst->second]; // nobody sorts first
        e.amountFen = s.columnInt64(5);
        e.updatedAtMs = s.columnInt64(6);
        e.state = static_cast<std::uint8_t>(enumColumn(s, 7, LoanState::Draft));
        fileNos.push_back(s.columnText(8));
        const std::string_view text = s.columnView(9);
        if (index.m_text.size() + text.size() + 1 > std::numeric_limits<std::uint32_t>::max())
            return makeError("The portfolio is too large to search in memory", ErrorCode::General);
        e.textStart = static_cast<std::uint32_t>(index.m_text.size());
        index.m_text += text;
        e.textEnd = static_cast<std::uint32_t>(index.m_text.size());
        index.m_text += '\n'; // keeps one file's text from running into the next
        index.m_entries.push_back(e);
        return {};
    });
    if (!loaded)
        return loaded.error();
    const auto fileNoRanks = denseRanks(fileNos);
    for (std::size_t i = 0; i < index.m_entries.size(); ++i)
        index.m_entries[i].fileNoRank = fileNoRanks[i];
    return index;
}

std::vector<bool> PortfolioIndex::textMatches(const std::string& needle) const
{
    std::vector<bool> hits(m_entries.size(), false);
    const char* base = m_text.data();
    std::size_t pos = 0;
    while (pos < m_text.size()) {
        const void* found = memmem(base + pos, m_text.size() - pos, needle.data(), needle.size());
        if (!found)
            break;
        const auto offset = static_cast<std::size_t>(static_cast<const char*>(found) - base);
        // The entry whose text holds `offset`: the last one starting at or before it.
        auto it = std::upper_bound(m_entries.begin(), m_entries.end(), offset,
                                   [](std::size_t o, const Entry& e) { return o < e.textStart; });
        if (it == m_entries.begin()) {
            pos = offset + 1;
            continue;
        }
        --it;
        if (offset + needle.size() <= it->textEnd) {
            hits[static_cast<std::size_t>(it - m_entries.begin())] = true;
            pos = it->textEnd + 1; // one hit is enough for this file
        } else {
            pos = offset + 1; // ran across a file boundary: not a match
        }
    }
    return hits;
}

std::int64_t PortfolioIndex::sortKey(const Entry& e, PortfolioSortKey key)
{
    switch (key) {
    case PortfolioSortKey::FileNo:
        return e.fileNoRank;
    case PortfolioSortKey::Enterprise:
        return e.enterpriseRank;
    case PortfolioSortKey::Cluster:
        return e.cluster;
    case PortfolioSortKey::State:
        return e.state;
    case PortfolioSortKey::Amount:
        return e.amountFen;
    case PortfolioSortKey::Assignee:
        return e.assigneeRank;
    case PortfolioSortKey::Updated:
        break;
    }
    return e.updatedAtMs;
}

std::vector<Id> PortfolioIndex::match(const PortfolioFilter& filter) const
{
    const std::string needle = asciiLower(filter.text);
    std::vector<bool> byText;
    if (!needle.empty())
        byText = textMatches(needle);
    const int state = filter.state ? static_cast<int>(*filter.state) : -1; // -1: any
    const int cluster = filter.cluster ? static_cast<int>(*filter.cluster) : -1;

    std::vector<std::pair<std::int64_t, Id>> keyed;
    keyed.reserve(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        if (!byText.empty() && !byText[i])
            continue;
        if ((state >= 0 && e.state != state) || (cluster >= 0 && e.cluster != cluster))
            continue;
        if ((filter.minAmount && e.amountFen < filter.minAmount->fen()) ||
            (filter.maxAmount && e.amountFen > filter.maxAmount->fen()))
            continue;
        if (filter.assigneeId && e.analystId != *filter.assigneeId && e.appraiserId != *filter.assigneeId &&
            e.managerId != *filter.assigneeId)
            continue;
        keyed.emplace_back(sortKey(e, filter.sortKey), e.id);
    }
    if (filter.descending)
        std::sort(keyed.begin(), keyed.end(), std::greater<>());
    else
        std::sort(keyed.begin(), keyed.end());
    std::vector<Id> ids;
    ids.reserve(keyed.size());
    for (const auto& k : keyed)
        ids.push_back(k.second);
    return ids;
}

} // namespace saggar
