#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QByteArrayView>
#include <QJsonObject>

namespace tw::social {

// Reads a Mastodon Status entity (from the streaming API's "update" and
// "status.update" events and from timelines) into a core::Post for the rule
// whose hashtag stream delivered it: network Mastodon, the status id, the
// account's id as the stable author id, the handle as user@instance (acct has
// no domain for the instance's own accounts, so the rule's instance completes
// it), the display name, the content as plain text (a content warning first),
// the web address, creation and edit times in UTC, and the status as compact
// JSON. A status without id, creation time or account is refused with a reason.
class MastodonStatusParser
{
public:
    static core::Result<core::Post> parse(const QJsonObject &status, const core::ListeningRule &rule);
    static core::Result<core::Post> parse(QByteArrayView json, const core::ListeningRule &rule);

    // The "user@instance" handle of an account as HandleNormalizer writes it;
    // a local acct is qualified with instance (or the host of the account's
    // profile address when instance is empty).
    static QString authorHandle(const QJsonObject &account, const QString &instance);
};

} // namespace tw::social
