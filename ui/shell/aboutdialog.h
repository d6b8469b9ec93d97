#pragma once

#include <storage/databaseurl.h>

#include <QDialog>

namespace tw::ui {

// Help > About: what Tweetworthy is, its version and licence, the Qt it runs
// on and the database the window has open (what support asks for first).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const storage::DatabaseUrl &url, int schemaVersion, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The facts shown, as plain text, for pasting into a support request.
    QString details() const { return m_details; }

private:
    QString m_details;
};

} // namespace tw::ui
