#pragma once

#include <QString>

namespace tw::desk {

// Who the audit log names for changes made at this desk. Staff enter their
// name in Settings; until someone does, changes are recorded under the
// workstation's login name, which is at least traceable, rather than under
// nobody or under a name the app invented. The profile says which name it is
// using so staff notice and set theirs.
class ActorName
{
public:
    // The staff name, simplified; the login name when it is empty.
    static QString resolve(const QString &staffName);
    // The operating system's login name, or "workstation@<host name>" when the
    // environment does not name one.
    static QString workstationUser();
    static bool isWorkstationFallback(const QString &staffName) { return staffName.simplified().isEmpty(); }
};

} // namespace tw::desk
