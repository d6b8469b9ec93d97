#include "handlescommand.h"

#include "context.h"
#include "exitcode.h"

#include <core/handlenormalizer.h>
#include <storage/socialaccountrepository.h>

using namespace Qt::StringLiterals;

namespace tw::cli {

HandlesCommand::HandlesCommand(Mode mode)
    : m_mode(mode)
{
}

QStringList HandlesCommand::path() const
{
    return {u"handles"_s, m_mode == Mode::Link ? u"link"_s : u"unlink"_s};
}

QStringList HandlesCommand::positionalNames() const
{
    return {u"GUEST_ID"_s, u"NETWORK"_s, u"HANDLE"_s};
}

QString HandlesCommand::summary() const
{
    return m_mode == Mode::Link ? tr("Link a social handle to a guest (confirmed by you).")
                                : tr("Remove a social handle from a guest.");
}

QString HandlesCommand::description() const
{
    return tr("NETWORK is x, mastodon or bluesky. HANDLE may be typed as people write it: \"@Anna\" on X, "
              "\"@anna@example.social\" or a profile URL on Mastodon.");
}

int HandlesCommand::run(Context &context, const Arguments &arguments)
{
    const QStringList &positional = arguments.positional();
    const auto guestId = parseId(positional.at(0));
    if (!guestId)
        return context.usageError(tr("GUEST_ID must be a guest number, not \"%1\"").arg(positional.at(0)), name());
    const auto network = core::networkFromKey(positional.at(1));
    if (!network) {
        return context.usageError(tr("unknown network \"%1\"; use x, mastodon or bluesky").arg(positional.at(1)),
                                  name());
    }
    const QString &handle = positional.at(2);
    const auto normalized = core::HandleNormalizer::normalize(*network, handle);
    if (!normalized)
        return context.fail(
            tr("\"%1\" is not a %2 handle: %3").arg(handle, core::networkKey(*network), normalized.error()));
    const QString display = core::HandleNormalizer::display(*network, *normalized);

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    const auto guest = findGuest(context, *db, *guestId);
    if (!guest)
        return ExitCode::Failure;

    storage::SocialAccountRepository accounts(*db);
    if (m_mode == Mode::Link) {
        auto linked = accounts.link(*guestId, *network, handle, core::LinkState::Confirmed, context.actor());
        if (!linked)
            return context.fail(
                tr("cannot link %1 to guest %2: %3").arg(display, QString::number(*guestId), linked.error()));
        context.out() << tr("Linked %1 (%2) to guest %3, %4.")
                             .arg(display, core::networkKey(*network), QString::number(*guestId), guest->displayName())
                      << Qt::endl;
    } else {
        auto unlinked = accounts.unlink(*guestId, *network, handle, context.actor());
        if (!unlinked) {
            return context.fail(
                tr("cannot unlink %1 from guest %2: %3").arg(display, QString::number(*guestId), unlinked.error()));
        }
        context.out() << tr("Unlinked %1 (%2) from guest %3, %4.")
                             .arg(display, core::networkKey(*network), QString::number(*guestId), guest->displayName())
                      << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace tw::cli
