#pragma once

#include <pms/columnmapping.h>

#include <QString>
#include <QStringList>

namespace tw::desk {

// Picks the column mapping that reads a file's header best, so that staff who
// do not know which kind of export they hold still get a working import.
class MappingDetector
{
public:
    // How well one mapping reads a header: the required columns it leaves
    // missing and the columns it recognises.
    struct Fit
    {
        int missing = 0;
        int recognised = 0;

        // Fewer missing columns first, then more recognised ones.
        bool isBetterThan(const Fit &other) const
        {
            return missing != other.missing ? missing < other.missing : recognised > other.recognised;
        }
    };

    static Fit fit(const pms::ColumnMapping &mapping, const QStringList &headerCells);

    // The default mapping or one of ColumnMapping::builtInNames(); the default
    // wins a tie, so a file with canonical headers never gets a foreign date
    // format.
    static pms::ColumnMapping detect(const QStringList &headerCells);
};

} // namespace tw::desk
