#pragma once

#include <core/types.h>

#include <QMetaType>
#include <QString>

namespace tw::desk {

// One amenity order on the orders board, with whom it is for already read so
// the UI thread never queries.
struct OrderBoardRow
{
    core::AmenityOrder order;
    core::Guest guest; // id InvalidId when the guest is gone (erased)
    QString vipCode;   // the guest's, for the desk's eye
    // Still open and due before the board's clock; set by the model, which
    // moves it on with the clock between loads.
    bool overdue = false;
};

} // namespace tw::desk

Q_DECLARE_METATYPE(tw::desk::OrderBoardRow)
