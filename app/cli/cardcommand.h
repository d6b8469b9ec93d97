#pragma once

#include "command.h"

#include <core/types.h>
#include <print/cardformat.h>
#include <print/handwritingstyle.h>

#include <QList>

#include <optional>

namespace tw::print {
class CardRenderer;
struct CardFace;
} // namespace tw::print

namespace tw::cli {

// "card render", "card batch", "card reprint" and "card list": note cards in a
// handwriting style, written to a PDF with their fonts embedded. Every card that
// reaches a PDF is recorded on its guest's timeline; a card that cannot be
// written (an unknown or empty merge field, text that does not fit, a file that
// cannot be written) records nothing.
class CardCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::CardCommand)

public:
    enum class Mode { Render, Batch, Reprint, List };
    explicit CardCommand(Mode mode);

    QStringList path() const override;
    QStringList positionalNames() const override;
    QList<OptionSpec> options() const override;
    QString summary() const override;
    QString description() const override;
    bool needsGui() const override { return m_mode != Mode::List; }
    int run(Context &context, const Arguments &arguments) override;

private:
    int render(Context &context, const Arguments &arguments);
    int batch(Context &context, const Arguments &arguments);
    int reprint(Context &context, const Arguments &arguments);
    int list(Context &context, const Arguments &arguments);

    // Where and how render and batch write: --format, --out and --signed-by.
    struct Output
    {
        print::CardFormat format;
        QString path;
        QString signature;
    };
    // The output the options ask for, or nullopt after saying what is wrong
    // (exitCode then says how the command ends).
    std::optional<Output> outputOptions(Context &context, const Arguments &arguments, int &exitCode) const;
    // The style --font asks for, or nullopt after saying why it cannot be used.
    static std::optional<print::HandwritingStyle> handwritingStyle(Context &context, const Arguments &arguments);
    // Writes the drafted cards to one PDF and records them as exported, or
    // removes the drafts and records nothing. Returns the exit code.
    int exportAndRecord(Context &context, const print::CardRenderer &renderer, const QList<core::Card> &drafts,
                        const QString &path, bool removeDraftsOnFailure);

    Mode m_mode;
};

} // namespace tw::cli
