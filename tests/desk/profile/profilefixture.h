#pragma once

#include <core/types.h>

#include <QString>

#include <optional>

namespace tw::storage {
class Database;
}

namespace tw::test {

// A guest with a profile worth showing, written through the repositories:
// Anna Berg at the Harbour View Hotel (Europe/Lisbon, check-in 15:00,
// check-out 11:00) with a past stay (actual check-in and check-out known) and
// an upcoming one, a confirmed X handle and a suggested Mastodon one; and a
// second guest, Carl Olsen, whose X handle Anna's profile must not take.
struct ProfileFixture
{
    core::Property property;
    core::Guest anna;
    core::Stay pastStay;
    core::Stay nextStay;
    core::SocialAccount annaOnX;        // confirmed
    core::SocialAccount annaOnMastodon; // suggested
    core::Guest carl;
    core::SocialAccount carlOnX; // confirmed

    static std::optional<ProfileFixture> seed(storage::Database &db, QString *error);
};

} // namespace tw::test
