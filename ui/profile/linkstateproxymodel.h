#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace tw::ui {

// Makes a suggested social-account link look unlike a confirmed one in more
// ways than words: suggested rows are italic, and the link column carries an
// icon (a question mark for a suggestion, a check mark for a confirmed link)
// next to its text. Colour is never the only cue, so the difference survives
// any palette and a screen reader reads the state from the text.
class LinkStateProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit LinkStateProxyModel(QObject *parent = nullptr);
    ~LinkStateProxyModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool isSuggested(const QModelIndex &index) const;

    QIcon m_suggestedIcon;
    QIcon m_confirmedIcon;
};

} // namespace tw::ui
