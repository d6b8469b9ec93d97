#pragma once

#include <core/cardmerge.h>

#include <QList>
#include <QSyntaxHighlighter>

class QTextDocument;

namespace tw::ui {

// Marks the merge fields in a card's wording: known ones quietly, the ones
// the merge cannot fill (unknown, empty, unclosed) with a red wavy underline
// where they are, so staff see what to fix before the card can print.
class MergeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MergeHighlighter(QTextDocument *document);
    ~MergeHighlighter() override;

    // Positions are those of CardMerge::Issue, in the whole document's text.
    void setIssues(const QList<core::CardMerge::Issue> &issues);
    const QList<core::CardMerge::Issue> &issues() const { return m_issues; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<core::CardMerge::Issue> m_issues;
};

} // namespace tw::ui
