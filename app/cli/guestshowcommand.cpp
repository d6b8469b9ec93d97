#include "guestshowcommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "texttable.h"

#include <core/handlenormalizer.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QHash>

using namespace Qt::StringLiterals;

namespace tw::cli {

QStringList GuestShowCommand::path() const
{
    return {u"guest"_s, u"show"_s};
}

QStringList GuestShowCommand::positionalNames() const
{
    return {u"ID"_s};
}

QList<OptionSpec> GuestShowCommand::options() const
{
    return {jsonOption()};
}

QString GuestShowCommand::summary() const
{
    return tr("Show a guest's profile with their stays and social handles.");
}

int GuestShowCommand::run(Context &context, const Arguments &arguments)
{
    const QString idText = arguments.positional().constFirst();
    const auto id = parseId(idText);
    if (!id)
        return context.usageError(tr("ID must be a guest number, not \"%1\"").arg(idText), name());

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    const auto guest = findGuest(context, *db, *id);
    if (!guest)
        return ExitCode::Failure;
    const QList<core::Stay> stays = storage::StayRepository(*db).forGuest(*id);
    const QList<core::SocialAccount> accounts = storage::SocialAccountRepository(*db).forGuest(*id);
    QHash<core::Id, QString> propertyCodes;
    const QList<core::Property> properties = storage::PropertyRepository(*db).list();
    for (const core::Property &property : properties)
        propertyCodes.insert(property.id, property.code);

    if (arguments.isSet(u"json"_s)) {
        QJsonObject object = JsonFormat::guestProfile(*guest);
        QJsonArray stayArray;
        for (const core::Stay &stay : stays)
            stayArray.append(JsonFormat::stay(stay, propertyCodes.value(stay.propertyId)));
        object.insert(u"stays"_s, stayArray);
        object.insert(u"handles"_s, JsonFormat::handles(accounts));
        context.printJson(object);
        return ExitCode::Success;
    }

    QTextStream &out = context.out();
    out << tr("Guest %1: %2").arg(QString::number(guest->id), guest->displayName()) << u'\n';
    const QList<std::pair<QString, QString>> fields{
        {tr("E-mail"), guest->email},
        {tr("Phone"), guest->phone},
        {tr("Loyalty number"), guest->loyaltyNumber},
        {tr("VIP"), guest->vipCode},
        {tr("Preferences"), guest->preferences},
        {tr("Social consent"), guest->socialConsent ? tr("yes") : tr("no")},
        {tr("Notes"), guest->notes},
        {tr("Created"), JsonFormat::instant(guest->createdAt).toString()},
        {tr("Updated"), JsonFormat::instant(guest->updatedAt).toString()},
    };
    out << Command::formatColumns(fields);

    out << u'\n' << tr("Stays") << u'\n';
    if (stays.isEmpty()) {
        out << "  "_L1 << tr("none") << u'\n';
    } else {
        TextTable table({tr("CONFIRMATION"), tr("PROPERTY"), tr("ROOM"), tr("ARRIVAL"), tr("DEPARTURE"), tr("STATUS")});
        for (const core::Stay &stay : stays) {
            table.addRow({stay.confirmation, propertyCodes.value(stay.propertyId), stay.room,
                          stay.arrival.toString(Qt::ISODate), stay.departure.toString(Qt::ISODate),
                          core::stayStatusKey(stay.status)});
        }
        table.print(out, 2);
    }

    out << u'\n' << tr("Handles") << u'\n';
    if (accounts.isEmpty()) {
        out << "  "_L1 << tr("none; link one with tweetworthy-cli handles link %1 NETWORK HANDLE").arg(guest->id)
            << u'\n';
    } else {
        TextTable table({tr("NETWORK"), tr("HANDLE"), tr("STATE"), tr("LINKED BY"), tr("LINKED AT")});
        for (const core::SocialAccount &account : accounts) {
            table.addRow({core::networkKey(account.network),
                          core::HandleNormalizer::display(account.network, account.handle),
                          core::linkStateKey(account.state), account.linkedBy,
                          JsonFormat::instant(account.linkedAt).toString()});
        }
        table.print(out, 2);
    }
    out.flush();
    return ExitCode::Success;
}

} // namespace tw::cli
