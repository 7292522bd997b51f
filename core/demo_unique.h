// Uniqueness bookkeeping for the demo generator: a flat open-addressing set of 64-bit FNV-1a digests,
// fast enough for bench-size portfolios and, unlike std::hash, the same on every platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace saggar::demo {

class SeenKeys
{
public:
    explicit SeenKeys(std::size_t expected = 0) { rehash(capacityFor(expected)); }

    // True if the text was not seen before. Two different texts with the same digest count as one,
    // which only makes the generator draw again, never lets a duplicate through.
    bool insert(std::string_view text)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        if (!place(m_slots, digest(text)))
            return false;
        ++m_size;
        return true;
    }

private:
    static std::size_t capacityFor(std::size_t expected)
    {
        std::size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        return capacity;
    }

    static std::uint64_t digest(std::string_view text)
    {
        std::uint64_t h = 0xCBF29CE484222325u;
        for (char c : text) {
            h ^= static_cast<unsigned char>(c);
            h *= 0x100000001B3u;
        }
        // Spread the bits so the low ones make a good slot index; 0 marks an empty slot.
        h = (h ^ (h >> 33)) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 33;
        return h == 0 ? 1 : h;
    }

    static bool place(std::vector<std::uint64_t>& slots, std::uint64_t key)
    {
        const std::size_t mask = slots.size() - 1;
        for (std::size_t i = static_cast<std::size_t>(key) & mask;; i = (i + 1) & mask) {
            if (slots[i] == key)
                return false;
            if (slots[i] == 0) {
                slots[i] = key;
                return true;
            }
        }
    }

    void rehash(std::size_t capacity)
    {
        std::vector<std::uint64_t> slots(capacity, 0);
        for (std::uint64_t key : m_slots)
            if (key != 0)
                place(slots, key);
        m_slots = std::move(slots);
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_size = 0;
};

// Draws from `make` until it yields a text not seen before.
template <typename Make> std::string drawUnique(SeenKeys& seen, Make make)
{
    for (;;) {
        std::string value = make();
        if (seen.insert(value))
            return value;
    }
}

} // namespace saggar::demo
