#pragma once

#include <QString>
#include <QStringView>

namespace tw::social {

// Turns the sanitised HTML of a Mastodon post (and what other fediverse servers
// send) into plain text for the feed, which never renders remote markup or loads
// remote content. Paragraphs become blank lines, <br> a line break, links their
// visible text: Mastodon's "invisible" spans are dropped and an "ellipsis" span
// gets "…", as Mastodon's own web view shows them. Entities are decoded, other
// tags and control characters removed, runs of spaces collapsed.
class HtmlToText
{
public:
    static QString convert(QStringView html);
};

} // namespace tw::social
