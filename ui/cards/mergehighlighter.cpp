#include "mergehighlighter.h"

#include <QColor>
#include <QRegularExpression>
#include <QTextCharFormat>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

bool sameIssues(const QList<core::CardMerge::Issue> &a, const QList<core::CardMerge::Issue> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].position != b[i].position || a[i].length != b[i].length || a[i].kind != b[i].kind)
            return false;
    }
    return true;
}

} // namespace

MergeHighlighter::MergeHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

MergeHighlighter::~MergeHighlighter() = default;

void MergeHighlighter::setIssues(const QList<core::CardMerge::Issue> &issues)
{
    if (sameIssues(issues, m_issues))
        return;
    m_issues = issues;
    rehighlight();
}

void MergeHighlighter::highlightBlock(const QString &text)
{
    // Fields first, then the problems over them.
    static const QRegularExpression field(u"\\{[^{}\\n]*\\}"_s);
    QTextCharFormat known;
    known.setForeground(QColor(0x1f, 0x4e, 0x9c));
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), known);
    }

    QTextCharFormat problem;
    problem.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    problem.setUnderlineColor(Qt::red);
    problem.setForeground(QColor(0xb0, 0x00, 0x20));
    problem.setBackground(QColor(0xff, 0xe4, 0xe4));
    const int start = currentBlock().position();
    const int end = start + int(text.size());
    for (const core::CardMerge::Issue &issue : std::as_const(m_issues)) {
        const int length = qMax(1, issue.length);
        const int from = qMax(issue.position, start);
        const int to = qMin(issue.position + length, end);
        if (from < to)
            setFormat(from - start, to - from, problem);
    }
}

} // namespace tw::ui
