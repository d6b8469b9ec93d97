#include "networktokenspane.h"

#include <social/tokenstore.h>

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLineEdit *secretField(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setClearButtonEnabled(true);
    // Never offered to input methods' history or autocompletion.
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return field;
}

} // namespace

NetworkTokensPane::Backend NetworkTokensPane::keychain(social::TokenStore *store)
{
    QPointer<social::TokenStore> guard(store);
    Backend backend;
    backend.read = [guard](const QString &key, std::function<void(core::Result<QString>)> done) {
        if (guard)
            guard->read(key, std::move(done));
    };
    backend.write = [guard](const QString &key, const QString &token, std::function<void(core::Status)> done) {
        if (guard)
            guard->write(key, token, std::move(done));
    };
    backend.remove = [guard](const QString &key, std::function<void(core::Status)> done) {
        if (guard)
            guard->remove(key, std::move(done));
    };
    return backend;
}

NetworkTokensPane::NetworkTokensPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"networksTab"_s);
    m_store = new social::TokenStore(this);
    m_backend = keychain(m_store);

    auto *intro = noteLabel(tr("The live feed reads X and Mastodon with your tokens. They are kept in the system "
                               "keychain of this computer, never in Tweetworthy's settings or database, and are "
                               "never shown again once saved."),
                            this);

    // X.
    auto *xGroup = new QGroupBox(tr("X"), this);
    m_xToken = secretField(u"xTokenField"_s, tr("X Bearer token"), xGroup);
    m_xToken->setPlaceholderText(tr("the app's Bearer token from the X developer portal"));
    m_saveX = new QPushButton(tr("Save &X token"), xGroup);
    m_saveX->setObjectName(u"saveXTokenButton"_s);
    m_removeX = new QPushButton(tr("Remo&ve"), xGroup);
    m_removeX->setObjectName(u"removeXTokenButton"_s);
    m_removeX->setToolTip(tr("Delete the X token from the keychain"));
    m_xIcon = new QLabel(xGroup);
    m_xStatus = new QLabel(xGroup);
    m_xStatus->setObjectName(u"xTokenStatus"_s);
    m_xStatus->setAccessibleName(tr("X token status"));
    m_xStatus->setWordWrap(true);
    m_xStatus->setTextFormat(Qt::PlainText);
    auto *xRow = new QHBoxLayout;
    xRow->addWidget(m_xToken, 1);
    xRow->addWidget(m_saveX);
    xRow->addWidget(m_removeX);
    auto *xStatusRow = new QHBoxLayout;
    xStatusRow->addWidget(m_xIcon, 0, Qt::AlignTop);
    xStatusRow->addWidget(m_xStatus, 1);
    auto *xForm = new QFormLayout(xGroup);
    auto *xLabel = new QLabel(tr("&Bearer token:"), xGroup);
    xLabel->setBuddy(m_xToken);
    xForm->addRow(xLabel, xRow);
    xForm->addRow(xStatusRow);
    xForm->addRow(noteLabel(tr("%1 in the environment takes precedence over the keychain.")
                                .arg(social::TokenStore::environmentVariable(core::Network::X)),
                            xGroup));

    // Mastodon.
    auto *mastodonGroup = new QGroupBox(tr("Mastodon"), this);
    m_instance = new QLineEdit(mastodonGroup);
    m_instance->setObjectName(u"mastodonInstanceField"_s);
    m_instance->setAccessibleName(tr("Mastodon instance"));
    m_instance->setPlaceholderText(tr("mastodon.social"));
    m_mastodonToken = secretField(u"mastodonTokenField"_s, tr("Mastodon access token"), mastodonGroup);
    m_mastodonToken->setPlaceholderText(tr("an access token of an account on that instance"));
    m_saveMastodon = new QPushButton(tr("Save &Mastodon token"), mastodonGroup);
    m_saveMastodon->setObjectName(u"saveMastodonTokenButton"_s);
    m_removeMastodon = new QPushButton(tr("Remov&e"), mastodonGroup);
    m_removeMastodon->setObjectName(u"removeMastodonTokenButton"_s);
    m_removeMastodon->setToolTip(tr("Delete this instance's token from the keychain"));
    m_mastodonIcon = new QLabel(mastodonGroup);
    m_mastodonStatus = new QLabel(mastodonGroup);
    m_mastodonStatus->setObjectName(u"mastodonTokenStatus"_s);
    m_mastodonStatus->setAccessibleName(tr("Mastodon token status"));
    m_mastodonStatus->setWordWrap(true);
    m_mastodonStatus->setTextFormat(Qt::PlainText);
    auto *mastodonRow = new QHBoxLayout;
    mastodonRow->addWidget(m_mastodonToken, 1);
    mastodonRow->addWidget(m_saveMastodon);
    mastodonRow->addWidget(m_removeMastodon);
    auto *mastodonStatusRow = new QHBoxLayout;
    mastodonStatusRow->addWidget(m_mastodonIcon, 0, Qt::AlignTop);
    mastodonStatusRow->addWidget(m_mastodonStatus, 1);
    auto *mastodonForm = new QFormLayout(mastodonGroup);
    mastodonForm->addRow(tr("I&nstance:"), m_instance);
    auto *tokenLabel = new QLabel(tr("Access to&ken:"), mastodonGroup);
    tokenLabel->setBuddy(m_mastodonToken);
    mastodonForm->addRow(tokenLabel, mastodonRow);
    mastodonForm->addRow(mastodonStatusRow);
    mastodonForm->addRow(noteLabel(tr("Streaming a hashtag needs an account's token (Mastodon 4.2 and later). %1 in "
                                      "the environment takes precedence over the keychain.")
                                       .arg(social::TokenStore::environmentVariable(core::Network::Mastodon)),
                                   mastodonGroup));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(xGroup);
    layout->addWidget(mastodonGroup);
    layout->addStretch(1);

    connect(m_saveX, &QPushButton::clicked, this, &NetworkTokensPane::saveXToken);
    connect(m_removeX, &QPushButton::clicked, this, &NetworkTokensPane::removeXToken);
    connect(m_saveMastodon, &QPushButton::clicked, this, &NetworkTokensPane::saveMastodonToken);
    connect(m_removeMastodon, &QPushButton::clicked, this, &NetworkTokensPane::removeMastodonToken);
    connect(m_instance, &QLineEdit::editingFinished, this, [this] {
        if (m_checked)
            check(core::Network::Mastodon);
    });
}

NetworkTokensPane::~NetworkTokensPane() = default;

void NetworkTokensPane::setBackend(Backend backend)
{
    m_backend = std::move(backend);
}

QString NetworkTokensPane::xStatus() const
{
    return m_xStatus->text();
}

QString NetworkTokensPane::mastodonStatus() const
{
    return m_mastodonStatus->text();
}

bool NetworkTokensPane::hasUnsavedToken() const
{
    return !m_xToken->text().trimmed().isEmpty() || !m_mastodonToken->text().trimmed().isEmpty();
}

QString NetworkTokensPane::mastodonInstance() const
{
    return m_instance->text().trimmed().toLower();
}

void NetworkTokensPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_checked)
        refresh();
}

void NetworkTokensPane::beginWork()
{
    ++m_busy;
}

void NetworkTokensPane::endWork()
{
    --m_busy;
    Q_EMIT finished();
}

void NetworkTokensPane::setStatus(core::Network network, const QString &text, bool problem)
{
    QLabel *label = network == core::Network::X ? m_xStatus : m_mastodonStatus;
    QLabel *icon = network == core::Network::X ? m_xIcon : m_mastodonIcon;
    label->setText(text);
    if (problem) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    } else {
        icon->clear();
    }
}

void NetworkTokensPane::refresh()
{
    m_checked = true;
    check(core::Network::X);
    check(core::Network::Mastodon);
}

void NetworkTokensPane::check(core::Network network)
{
    QString key;
    if (network == core::Network::X) {
        key = social::TokenStore::xKey();
    } else {
        if (mastodonInstance().isEmpty()) {
            setStatus(network, tr("Enter the instance of your Mastodon rules to see whether a token is stored."),
                      false);
            return;
        }
        key = social::TokenStore::mastodonKey(mastodonInstance());
    }
    setStatus(network, tr("Looking in the keychain…"), false);
    beginWork();
    QPointer<NetworkTokensPane> self(this);
    m_backend.read(key, [self, network](core::Result<QString> token) {
        if (!self)
            return;
        if (!token)
            self->setStatus(network, token.error(), true);
        else if (token.value().isEmpty())
            self->setStatus(network, tr("No token is stored yet."), false);
        else
            self->setStatus(network, tr("A token is stored in the keychain. Enter a new one to replace it."), false);
        self->endWork();
    });
}

void NetworkTokensPane::saveXToken()
{
    const QString token = m_xToken->text().trimmed();
    if (token.isEmpty()) {
        setStatus(core::Network::X, tr("Paste the Bearer token first, then save it."), true);
        m_xToken->setFocus();
        return;
    }
    store(core::Network::X, social::TokenStore::xKey(), token);
}

void NetworkTokensPane::saveMastodonToken()
{
    if (mastodonInstance().isEmpty()) {
        setStatus(core::Network::Mastodon, tr("Enter the instance the token belongs to, such as mastodon.social."),
                  true);
        m_instance->setFocus();
        return;
    }
    const QString token = m_mastodonToken->text().trimmed();
    if (token.isEmpty()) {
        setStatus(core::Network::Mastodon, tr("Paste the access token first, then save it."), true);
        m_mastodonToken->setFocus();
        return;
    }
    store(core::Network::Mastodon, social::TokenStore::mastodonKey(mastodonInstance()), token);
}

void NetworkTokensPane::removeXToken()
{
    erase(core::Network::X, social::TokenStore::xKey());
}

void NetworkTokensPane::removeMastodonToken()
{
    if (mastodonInstance().isEmpty()) {
        setStatus(core::Network::Mastodon, tr("Enter the instance whose token to remove."), true);
        m_instance->setFocus();
        return;
    }
    erase(core::Network::Mastodon, social::TokenStore::mastodonKey(mastodonInstance()));
}

void NetworkTokensPane::store(core::Network network, const QString &key, const QString &token)
{
    setStatus(network, tr("Saving in the keychain…"), false);
    beginWork();
    QPointer<NetworkTokensPane> self(this);
    m_backend.write(key, token, [self, network](core::Status done) {
        if (!self)
            return;
        if (!done) {
            self->setStatus(network, tr("The token was not saved: %1").arg(done.error()), true);
        } else {
            // Out of the field at once: the keychain has it now.
            (network == core::Network::X ? self->m_xToken : self->m_mastodonToken)->clear();
            self->setStatus(network, tr("Saved in the keychain. The live feed starts listening with it."), false);
            Q_EMIT self->tokensChanged(network);
        }
        self->endWork();
    });
}

void NetworkTokensPane::erase(core::Network network, const QString &key)
{
    setStatus(network, tr("Removing from the keychain…"), false);
    beginWork();
    QPointer<NetworkTokensPane> self(this);
    m_backend.remove(key, [self, network](core::Status done) {
        if (!self)
            return;
        if (!done) {
            self->setStatus(network, tr("The token was not removed: %1").arg(done.error()), true);
        } else {
            self->setStatus(network, tr("No token is stored now."), false);
            Q_EMIT self->tokensChanged(network);
        }
        self->endWork();
    });
}

} // namespace tw::ui
