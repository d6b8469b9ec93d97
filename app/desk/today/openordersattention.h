#pragma once

#include "attentionprovider.h"

#include <QCoreApplication>

namespace tw::desk {

// Counts the amenity orders still open (requested, accepted or in progress)
// for each stay on the board, so the desk sees at a glance who is waiting for
// something; a badge turns urgent when one of them is overdue.
class OpenOrdersAttention : public AttentionProvider
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::OpenOrdersAttention)

public:
    static QString kind(); // "orders.open"

    QList<Finding> collect(storage::Database &db, const TodaySnapshot &snapshot) const override;
    QStringList watchedTables() const override;
};

} // namespace tw::desk
