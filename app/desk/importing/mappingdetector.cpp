#include "mappingdetector.h"

#include <desk/logging.h>

#include <pms/stayrowparser.h>

namespace tw::desk {

MappingDetector::Fit MappingDetector::fit(const pms::ColumnMapping &mapping, const QStringList &headerCells)
{
    const pms::ColumnMapping::Header header = mapping.resolve(headerCells);
    Fit result;
    result.missing = int(pms::StayRowParser::missingColumns(header).size());
    for (int c = 0; c < pms::ColumnMapping::ColumnCount; ++c) {
        if (header.has(pms::ColumnMapping::Column(c)))
            ++result.recognised;
    }
    return result;
}

pms::ColumnMapping MappingDetector::detect(const QStringList &headerCells)
{
    pms::ColumnMapping best;
    Fit bestFit = fit(best, headerCells);
    const QStringList names = pms::ColumnMapping::builtInNames();
    for (const QString &name : names) {
        auto mapping = pms::ColumnMapping::load(name);
        if (!mapping) {
            qCWarning(lcDesk) << "built-in column mapping" << name << "cannot be read:" << mapping.error();
            continue;
        }
        const Fit candidate = fit(mapping.value(), headerCells);
        if (candidate.isBetterThan(bestFit)) {
            best = mapping.value();
            bestFit = candidate;
        }
    }
    return best;
}

} // namespace tw::desk
