#include "cardcommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "texttable.h"

#include <desk/cards/cardcomposer.h>
#include <print/cardformat.h>
#include <print/cardrenderer.h>
#include <print/handwritingstyle.h>
#include <storage/cardrepository.h>
#include <storage/cardtemplaterepository.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/transaction.h>

#include <QFile>

#include <tuple>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

QString formatKeys()
{
    QStringList keys;
    for (const print::CardFormat format : print::allCardFormats())
        keys.append(print::cardFormatKey(format));
    return keys.join(u", "_s);
}

// One line of a card's text for the table.
QString excerpt(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 50)
        line = line.left(49) + u'…';
    return line;
}

} // namespace

CardCommand::CardCommand(Mode mode)
    : m_mode(mode)
{
}

QStringList CardCommand::path() const
{
    switch (m_mode) {
    case Mode::Render:
        return {u"card"_s, u"render"_s};
    case Mode::Batch:
        return {u"card"_s, u"batch"_s};
    case Mode::Reprint:
        return {u"card"_s, u"reprint"_s};
    case Mode::List:
        return {u"card"_s, u"list"_s};
    }
    return {};
}

QStringList CardCommand::positionalNames() const
{
    return m_mode == Mode::Reprint ? QStringList{u"CARD_ID"_s} : QStringList{};
}

QList<OptionSpec> CardCommand::options() const
{
    const OptionSpec format{u"format"_s, u"FORMAT"_s, tr("The card stock: %1.").arg(formatKeys()), true};
    const OptionSpec out{u"out"_s, u"FILE.pdf"_s, tr("The PDF to write; an existing file is replaced."), true};
    const OptionSpec templateName{u"template"_s, u"NAME"_s,
                                  tr("The card template, e.g. welcome, thank_you, apology, birthday, anniversary."),
                                  true};
    const OptionSpec signedBy{u"signed-by"_s, u"NAME"_s,
                              tr("The name written under the text (default: the --actor name).")};
    const OptionSpec font{u"font"_s, u"FAMILY"_s,
                          tr("A handwriting font: a bundled one or any installed font (default: %1).")
                              .arg(print::HandwritingFonts::defaultFamily())};
    switch (m_mode) {
    case Mode::Render:
        return {
            {u"guest"_s, u"ID"_s, tr("The guest the card is for."), true},
            templateName,
            format,
            out,
            signedBy,
            {u"text"_s, u"TEXT"_s,
             tr("Wording to write instead of the template's; merge fields work the same and \"\\n\" starts a new "
                "line.")},
            font,
        };
    case Mode::Batch:
        return {
            {u"date"_s, u"YYYY-MM-DD"_s, tr("The arrival date, in the property's calendar."), true},
            templateName,
            format,
            out,
            {u"vip"_s, u"CODE"_s, tr("Only guests with this VIP code (\"*\": any VIP code).")},
            {u"first-stay"_s, {}, tr("Only guests on their first stay (no earlier stay at any property).")},
            {u"anniversary"_s, {}, tr("Only guests whose preferences or notes mention an anniversary.")},
            {u"property"_s, u"CODE"_s, tr("Only arrivals at this property (default: all).")},
            signedBy,
            font,
        };
    case Mode::Reprint:
        return {out};
    case Mode::List:
        return {{u"guest"_s, u"ID"_s, tr("The guest whose cards to list."), true}, jsonOption()};
    }
    return {};
}

QString CardCommand::summary() const
{
    switch (m_mode) {
    case Mode::Render:
        return tr("Write a guest's note card to a PDF and print its card id.");
    case Mode::Batch:
        return tr("Write a card for each of a day's arrivals into one PDF and print how many.");
    case Mode::Reprint:
        return tr("Write an earlier card to a PDF again, exactly as it was.");
    case Mode::List:
        return tr("List the cards a guest has been given.");
    }
    return {};
}

QString CardCommand::description() const
{
    switch (m_mode) {
    case Mode::Render:
        return tr("The card is merged with the guest's stay in house now, else the next arrival, else the last stay. "
                  "A merge field that is unknown or has no value, or text that does not fit on the card, stops the "
                  "command before anything is written or recorded. The card is recorded on the guest's timeline "
                  "once the PDF is written.");
    case Mode::Batch:
        return tr("Arrivals are stays arriving on the date that are not cancelled, ordered by room. If any card "
                  "cannot be written, no PDF is written and nothing is recorded. With no matching arrival, prints "
                  "0 and writes no PDF.");
    case Mode::Reprint:
        return tr("The handwriting of a card follows from its id, so a reprint matches the first print exactly: "
                  "same text, format, font and signature. Find card ids with tweetworthy-cli card list --guest ID.");
    case Mode::List:
        return {};
    }
    return {};
}

int CardCommand::run(Context &context, const Arguments &arguments)
{
    switch (m_mode) {
    case Mode::Render:
        return render(context, arguments);
    case Mode::Batch:
        return batch(context, arguments);
    case Mode::Reprint:
        return reprint(context, arguments);
    case Mode::List:
        return list(context, arguments);
    }
    return ExitCode::Failure;
}

int CardCommand::render(Context &context, const Arguments &arguments)
{
    const auto guestId = parseId(arguments.value(u"guest"_s));
    if (!guestId)
        return context.usageError(tr("--guest needs a guest number, not \"%1\"").arg(arguments.value(u"guest"_s)),
                                  name());
    int refused = ExitCode::Success;
    const std::optional<Output> output = outputOptions(context, arguments, refused);
    if (!output)
        return refused;
    const QString &path = output->path;
    const QString &signature = output->signature;
    std::optional<QString> text;
    if (arguments.isSet(u"text"_s)) {
        // Scripts cannot easily pass a line break, so "\n" in --text is one.
        text = arguments.value(u"text"_s).replace("\\n"_L1, "\n"_L1);
    }

    const auto style = handwritingStyle(context, arguments);
    if (!style)
        return ExitCode::Failure;

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    if (!findGuest(context, *db, *guestId))
        return ExitCode::Failure;
    desk::CardComposer composer(*db);
    composer.setNow(context.now());
    auto composed = composer.compose(*guestId, arguments.value(u"template"_s), signature, text);
    if (!composed)
        return context.fail(composed.error());
    if (!composed->merge.ok()) {
        QStringList problems;
        for (const core::CardMerge::Issue &issue : composed->merge.issues)
            problems.append(issue.message());
        return context.fail(tr("the card for guest %1 was not written: %2 Nothing was recorded.")
                                .arg(QString::number(*guestId), problems.join(u' ')));
    }

    const print::CardRenderer renderer(output->format, *style);
    core::Card draft;
    draft.guestId = *guestId;
    draft.stayId = composed->stay ? composed->stay->id : core::InvalidId;
    draft.templateId = composed->cardTemplate.id;
    draft.templateName = composed->cardTemplate.name;
    draft.text = composed->merge.text;
    draft.signature = composed->signature;
    draft.format = print::cardFormatKey(output->format);
    draft.fontFamily = renderer.style().fontFamily;
    auto created = storage::CardRepository(*db).createDraft(draft, context.actor());
    if (!created)
        return context.fail(tr("cannot draft the card: %1").arg(created.error()));

    const int code = exportAndRecord(context, renderer, {*created}, path, true);
    if (code == ExitCode::Success)
        context.out() << created->id << Qt::endl;
    return code;
}

int CardCommand::batch(Context &context, const Arguments &arguments)
{
    const QString dateText = arguments.value(u"date"_s).trimmed();
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid() || dateText.size() != 10)
        return context.usageError(tr("--date \"%1\" is not a date; write it as YYYY-MM-DD").arg(dateText), name());
    int refused = ExitCode::Success;
    const std::optional<Output> output = outputOptions(context, arguments, refused);
    if (!output)
        return refused;
    const QString &path = output->path;
    const QString &signature = output->signature;
    desk::ArrivalFilter filter;
    if (arguments.isSet(u"vip"_s)) {
        filter.vipCode = arguments.value(u"vip"_s).trimmed();
        if (filter.vipCode.isEmpty())
            return context.usageError(tr("--vip needs a VIP code, or \"*\" for any"), name());
    }
    filter.firstStayOnly = arguments.isSet(u"first-stay"_s);
    filter.anniversaryOnly = arguments.isSet(u"anniversary"_s);

    const auto style = handwritingStyle(context, arguments);
    if (!style)
        return ExitCode::Failure;

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    if (arguments.isSet(u"property"_s)) {
        const QString code = arguments.value(u"property"_s).trimmed();
        const auto property = storage::PropertyRepository(*db).byCode(code);
        if (!property)
            return context.fail(
                tr("there is no property \"%1\"; see the codes with tweetworthy-cli property list").arg(code));
        filter.propertyId = property->id;
    }
    storage::CardTemplateRepository templates(*db);
    const QString templateName = arguments.value(u"template"_s).trimmed();
    const auto cardTemplate = templates.byName(templateName);
    if (!cardTemplate) {
        QStringList names;
        for (const core::CardTemplate &known : templates.all())
            names.append(known.name);
        return context.fail(
            tr("there is no card template \"%1\"; the templates are: %2").arg(templateName, names.join(u", "_s)));
    }

    desk::CardComposer composer(*db);
    composer.setNow(context.now());
    auto arrivals = composer.arrivals(date, filter);
    if (!arrivals)
        return context.fail(arrivals.error());
    if (arrivals->isEmpty()) {
        context.err() << tr("No arrivals on %1 match; no PDF was written.").arg(date.toString(Qt::ISODate)) << Qt::endl;
        context.out() << 0 << Qt::endl;
        return ExitCode::Success;
    }

    QList<desk::ComposedCard> cards;
    QStringList problems;
    for (const core::Stay &stay : std::as_const(*arrivals)) {
        auto composed = composer.composeForStay(stay, cardTemplate->id, signature);
        if (!composed) {
            problems.append(composed.error());
            continue;
        }
        for (const core::CardMerge::Issue &issue : composed->merge.issues) {
            problems.append(tr("guest %1 (%2, room %3): %4")
                                .arg(QString::number(stay.guestId), composed->guest.displayName(),
                                     stay.room.isEmpty() ? tr("not assigned") : stay.room, issue.message()));
        }
        cards.append(*composed);
    }
    if (!problems.isEmpty()) {
        return context.fail(
            tr("no card was written, because %n card(s) cannot be merged:", nullptr, int(problems.size())) + u'\n'
            + problems.join(u'\n'));
    }

    const print::CardRenderer renderer(output->format, *style);
    storage::CardRepository cardRepository(*db);
    QList<core::Card> drafts;
    for (const desk::ComposedCard &composed : std::as_const(cards)) {
        core::Card draft;
        draft.guestId = composed.guest.id;
        draft.stayId = composed.stay ? composed.stay->id : core::InvalidId;
        draft.templateId = composed.cardTemplate.id;
        draft.templateName = composed.cardTemplate.name;
        draft.text = composed.merge.text;
        draft.signature = composed.signature;
        draft.format = print::cardFormatKey(output->format);
        draft.fontFamily = renderer.style().fontFamily;
        auto created = cardRepository.createDraft(draft, context.actor());
        if (!created) {
            for (const core::Card &made : std::as_const(drafts))
                std::ignore = cardRepository.removeDraft(made.id);
            return context.fail(
                tr("cannot draft the card for guest %1: %2").arg(QString::number(composed.guest.id), created.error()));
        }
        drafts.append(*created);
    }

    const int code = exportAndRecord(context, renderer, drafts, path, true);
    if (code == ExitCode::Success)
        context.out() << drafts.size() << Qt::endl;
    return code;
}

int CardCommand::reprint(Context &context, const Arguments &arguments)
{
    const QString &idText = arguments.positional().constFirst();
    const auto id = parseId(idText);
    if (!id)
        return context.usageError(tr("CARD_ID must be a card number, not \"%1\"").arg(idText), name());
    const QString path = arguments.value(u"out"_s).trimmed();
    if (path.isEmpty())
        return context.usageError(tr("--out needs a file name"), name());

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    const auto card = storage::CardRepository(*db).byId(*id);
    if (!card) {
        return context.fail(
            tr("there is no card %1; find a guest's cards with tweetworthy-cli card list --guest ID").arg(*id));
    }
    const auto format = print::cardFormatFromKey(card->format);
    if (!format)
        return context.fail(tr("card %1 is in the format \"%2\", which this version cannot print")
                                .arg(QString::number(*id), card->format));
    print::HandwritingFonts::ensureRegistered();
    print::HandwritingStyle style;
    style.fontFamily = card->fontFamily;
    // Another font would not be the same card; say so rather than substitute.
    if (!card->fontFamily.isEmpty() && !print::HandwritingFonts::isAvailable(card->fontFamily)) {
        return context.fail(tr("card %1 was written in the font \"%2\", which is not installed here; install it to "
                               "reprint the card as it was")
                                .arg(QString::number(*id), card->fontFamily));
    }
    const print::CardRenderer renderer(*format, style);
    const int code = exportAndRecord(context, renderer, {*card}, path, false);
    if (code == ExitCode::Success)
        context.out() << card->id << Qt::endl;
    return code;
}

std::optional<CardCommand::Output> CardCommand::outputOptions(Context &context, const Arguments &arguments,
                                                              int &exitCode) const
{
    const auto format = print::cardFormatFromKey(arguments.value(u"format"_s));
    if (!format) {
        exitCode = context.usageError(
            tr("unknown card format \"%1\"; use one of %2").arg(arguments.value(u"format"_s), formatKeys()), name());
        return std::nullopt;
    }
    const QString path = arguments.value(u"out"_s).trimmed();
    if (path.isEmpty()) {
        exitCode = context.usageError(tr("--out needs a file name"), name());
        return std::nullopt;
    }
    const QString signature
        = arguments.isSet(u"signed-by"_s) ? arguments.value(u"signed-by"_s).simplified() : context.actor();
    return Output{*format, path, signature};
}

std::optional<print::HandwritingStyle> CardCommand::handwritingStyle(Context &context, const Arguments &arguments)
{
    print::HandwritingFonts::ensureRegistered();
    print::HandwritingStyle style;
    if (!arguments.isSet(u"font"_s))
        return style;
    style.fontFamily = arguments.value(u"font"_s).trimmed();
    if (!print::HandwritingFonts::isAvailable(style.fontFamily)) {
        context.fail(tr("the font \"%1\" is not installed or cannot write Latin text; use one of %2 or another "
                        "installed font")
                         .arg(style.fontFamily, print::HandwritingFonts::bundledFamilies().join(u", "_s)));
        return std::nullopt;
    }
    return style;
}

int CardCommand::exportAndRecord(Context &context, const print::CardRenderer &renderer, const QList<core::Card> &drafts,
                                 const QString &path, bool removeDraftsOnFailure)
{
    storage::Database *db = context.database();
    storage::CardRepository cards(*db);
    const auto discard = [&]() {
        if (!removeDraftsOnFailure)
            return;
        for (const core::Card &draft : drafts)
            std::ignore = cards.removeDraft(draft.id);
    };

    QList<print::CardFace> faces;
    QStringList tooLong;
    for (const core::Card &card : drafts) {
        print::CardFace face;
        face.cardId = card.id;
        face.text = card.text;
        face.signature = card.signature;
        const print::CardFit fit = renderer.fit(face);
        if (!fit.fits) {
            tooLong.append(drafts.size() == 1 ? fit.message
                                              : tr("guest %1: %2").arg(QString::number(card.guestId), fit.message));
        }
        faces.append(face);
    }
    if (!tooLong.isEmpty()) {
        discard();
        return context.fail(
            tr("the text does not fit, so nothing was written or recorded: %1").arg(tooLong.join(u'\n')));
    }

    print::RenderProgress progress;
    if (context.stderrIsTerminal() && faces.size() > 1) {
        progress = [&context](int done, int total) {
            context.err() << '\r' << tr("Writing card %1 of %2").arg(done).arg(total) << Qt::flush;
            return true;
        };
    }
    const core::Status exported = renderer.exportPdf(path, faces, progress);
    if (progress)
        context.err() << Qt::endl;
    if (!exported) {
        discard();
        return context.fail(tr("cannot write %1: %2 Nothing was recorded.").arg(path, exported.error()));
    }

    // All or nothing: a PDF with cards that are not on the timeline would be
    // printed and never show up.
    storage::Transaction transaction(*db);
    if (!transaction.isActive()) {
        QFile::remove(path);
        discard();
        return context.fail(tr("cannot record the cards: %1 The PDF was removed.").arg(transaction.error()));
    }
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        auto recorded = cards.recordOutput(drafts.at(i).id, core::CardStatus::Exported, faces.at(i).text,
                                           context.actor(), faces.at(i).signature);
        if (!recorded) {
            transaction.rollback();
            QFile::remove(path);
            discard();
            return context.fail(tr("cannot record card %1: %2 The PDF was removed.")
                                    .arg(QString::number(drafts.at(i).id), recorded.error()));
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        QFile::remove(path);
        discard();
        return context.fail(tr("cannot record the cards: %1 The PDF was removed.").arg(committed.error()));
    }
    return ExitCode::Success;
}

int CardCommand::list(Context &context, const Arguments &arguments)
{
    const auto guestId = parseId(arguments.value(u"guest"_s));
    if (!guestId)
        return context.usageError(tr("--guest needs a guest number, not \"%1\"").arg(arguments.value(u"guest"_s)),
                                  name());
    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    if (!findGuest(context, *db, *guestId))
        return ExitCode::Failure;
    const QList<core::Card> cards = storage::CardRepository(*db).outputForGuest(*guestId);
    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const core::Card &card : cards)
            array.append(JsonFormat::card(card));
        context.printJson(array);
        return ExitCode::Success;
    }
    if (cards.isEmpty()) {
        context.out() << tr("Guest %1 has no printed or exported cards yet.").arg(*guestId) << Qt::endl;
        return ExitCode::Success;
    }
    TextTable table(
        {tr("ID"), tr("LAST OUTPUT (UTC)"), tr("BY"), tr("TEMPLATE"), tr("FORMAT"), tr("TIMES"), tr("TEXT")});
    for (const core::Card &card : cards) {
        table.addRow({QString::number(card.id),
                      card.outputAt ? card.outputAt->toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString(), card.outputBy,
                      card.templateName, card.format, QString::number(card.outputCount), excerpt(card.text)});
    }
    table.print(context.out());
    return ExitCode::Success;
}

} // namespace tw::cli
