#include "actorname.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace tw::desk {

QString ActorName::resolve(const QString &staffName)
{
    const QString name = staffName.simplified();
    return name.isEmpty() ? workstationUser() : name;
}

QString ActorName::workstationUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).simplified();
        if (!name.isEmpty())
            return name;
    }
    return u"workstation@"_s + QSysInfo::machineHostName();
}

} // namespace tw::desk
