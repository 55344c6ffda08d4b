#pragma once

#include "providers/connection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds or edits one provider connection: name, provider kind, API URL, user, account ID, the
// operator's customer, voip.ms's time zone, plain HTTP allowed, page size, automatic sync
// every N minutes, and the password or token. The secret field says where the secret will be
// kept (the keychain, or this session only when none runs); when editing, an empty secret
// keeps the one there is. A URL holding a password is refused: the password has its own field.
class ConnectionEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` with id 0: a new connection.
    explicit ConnectionEditDialog(const Connection &existing, QWidget *parent = nullptr);

    [[nodiscard]] Connection connection() const;
    // What was typed as password or token; empty when editing and left alone.
    [[nodiscard]] QString secret() const;
    // Where the secret goes: shown under its field.
    void setSecretNotice(const QString &notice);
    // Why the last Save was refused (also shown in the dialog), empty when it was not.
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    void updateForKind();
    [[nodiscard]] QString problem() const;

    Connection m_existing;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_account;
    QLineEdit *m_customer;
    QLineEdit *m_timezone;
    QCheckBox *m_allowHttp;
    QSpinBox *m_pageSize;
    QSpinBox *m_autoMinutes;
    QLineEdit *m_secret;
    QLabel *m_secretNotice;
    QLabel *m_error;
    QLabel *m_urlHint;
};
