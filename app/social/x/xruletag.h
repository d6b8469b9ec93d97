#pragma once

#include <core/types.h>

#include <QString>

#include <optional>

namespace tw::social {

// The tag under which one of our listening rules lives on X's server:
// "tw:<local rule id>", or "tw:<local rule id>:<the rule's own tag>" when it has
// one. The rule set belongs to the X app, which other tools may share; rules
// with any other tag are theirs and are never touched.
class XRuleTag
{
public:
    static QString format(const core::ListeningRule &rule);
    // The local rule id a server tag names, or nothing when the tag is not ours.
    static std::optional<core::Id> localRuleId(QStringView serverTag);
};

} // namespace tw::social
