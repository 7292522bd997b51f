#include "portfolio_loader.h"

#include "display_names.h"

namespace saggar::ui {

PortfolioLoader::PortfolioLoader(PortfolioSourceFactory factory, std::shared_ptr<std::atomic<quint64>> latest)
    : m_factory(std::move(factory)), m_latest(std::move(latest))
{}

PortfolioLoader::~PortfolioLoader() = default;

PortfolioSource* PortfolioLoader::source(quint64 generation)
{
    if (!m_source) {
        auto created = m_factory();
        if (!created) {
            emit failed(generation, DisplayNames::error(created.error()));
            return nullptr;
        }
        m_source = std::move(created).value();
    }
    return m_source.get();
}

void PortfolioLoader::query(quint64 generation, const PortfolioFilter& filter)
{
    if (stale(generation))
        return;
    PortfolioSource* src = source(generation);
    if (!src)
        return;
    auto ids = src->matchingIds(filter);
    if (!ids) {
        emit failed(generation, DisplayNames::error(ids.error()));
        return;
    }
    if (!stale(generation))
        emit idsReady(generation, ids.value());
}

void PortfolioLoader::fetch(quint64 generation, int block, const std::vector<Id>& ids)
{
    if (stale(generation))
        return;
    PortfolioSource* src = source(generation);
    if (!src)
        return;
    auto rows = src->rows(ids);
    if (!rows) {
        emit failed(generation, DisplayNames::error(rows.error()));
        return;
    }
    if (!stale(generation))
        emit rowsReady(generation, block, rows.value());
}

} // namespace saggar::ui
