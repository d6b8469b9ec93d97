#pragma once

#include <core/types.h>

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw::social {

// What one line of the filtered stream held.
struct XStreamEvent
{
    enum class Kind {
        Post,        // posts holds the post
        Foreign,     // a post that matched only rules of other tools sharing the X app
        Disconnect,  // X is closing the stream (e.g. an operational disconnect): reconnect
        ServerError, // an error object that does not end the stream; message says what
        Malformed,   // message says why the line could not be read
    };

    Kind kind = Kind::Malformed;
    QList<core::Post> posts;
    QString message;
};

// One page of recent search results.
struct XSearchPage
{
    QList<core::Post> posts;
    QString nextToken; // empty on the last page
    int resultCount = 0;
    QStringList skipped; // why individual posts of the page could not be read
    QString error;       // set when the page as a whole could not be read

    bool ok() const { return error.isEmpty(); }
};

// Turns X API v2 payloads — a filtered-stream line, a recent-search page — into
// core::Post values: the post and its author from includes.users (handle
// normalised, display name), the whole text (a long post's note_tweet, X's
// "&amp;", "&lt;" and "&gt;" undone), its x.com link, creation time in UTC, the
// raw JSON of that post with its author, and the local rule (id, tag, property)
// that matched it, found through the stream's matching_rules by our server tag
// or by the server's rule id.
class XPostParser
{
public:
    explicit XPostParser(const QList<core::ListeningRule> &rules = {});

    // The local rules that matching_rules are mapped to. Without any, stream
    // posts are kept with no rule.
    void setRules(const QList<core::ListeningRule> &rules);

    // One line of the stream, without its line end; never a blank keep-alive.
    XStreamEvent parseStreamLine(QByteArrayView line) const;
    // A recent-search response for queryRule's value; its posts carry that rule.
    XSearchPage parseSearchPage(QByteArrayView body, const core::ListeningRule &queryRule) const;

    // https://x.com/<username>/status/<id>, or the form X redirects when the
    // author is not known.
    static QString postUrl(const QString &username, const QString &postId);

private:
    const core::ListeningRule *localRule(const QString &remoteId, const QString &serverTag) const;

    QList<core::ListeningRule> m_rules;
    QHash<core::Id, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byRemoteId;
};

} // namespace tw::social
