#pragma once

#include <core/inhouserule.h>
#include <core/types.h>

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace tw::bench {

// Believable hotel data generated from a fixed seed: every guest, social account
// and stay is a pure function of its index, so a data set can be rebuilt
// identically and queries can be drawn for any guest without storing the set.
class SyntheticHotels
{
public:
    explicit SyntheticHotels(qint64 guestCount);

    // Bump when what the generator produces changes, so cached files are rebuilt.
    static constexpr int DataSetVersion = 1;

    qint64 guestCount() const { return m_guestCount; }
    qint64 stayCount() const { return m_guestCount * 3; }

    QList<core::Property> properties() const;
    // Ids are index + 1 for guests and stays; properties are numbered from 1 in
    // the order of properties().
    core::Guest guest(qint64 index) const;
    QList<core::SocialAccount> accounts(qint64 guestIndex) const;
    core::Stay stay(qint64 index) const;

    // The instant the data set treats as "now": stays before it are history,
    // stays after it are reservations.
    static QDateTime referenceInstant();

    // A deterministic stream of numbers for drawing queries.
    class Random
    {
    public:
        explicit Random(std::uint64_t seed)
            : m_state(seed)
        {
        }
        std::uint64_t next();
        // Uniform in [0, bound).
        qint64 below(qint64 bound) { return qint64(next() % std::uint64_t(bound)); }
        double unit() { return double(next() >> 11) * (1.0 / double(std::uint64_t(1) << 53)); }
        bool chance(double probability) { return unit() < probability; }

    private:
        std::uint64_t m_state;
    };
    static Random randomFor(std::uint64_t stream, qint64 index);

    // What people type for a name: lower-case ASCII letters and digits only.
    static QString asciiWord(const QString &text);

private:
    qint64 m_guestCount;
    QList<core::Property> m_properties;
    std::vector<core::InHouseRule> m_rules; // one per property, same order
    std::vector<int> m_floors;
    std::vector<int> m_roomsPerFloor;
};

} // namespace tw::bench
