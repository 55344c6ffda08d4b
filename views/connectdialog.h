#pragma once

#include "store/databasespec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

// Collects where a database server is and who to log in as. It only gathers values: the caller
// connects, and keeps the password in the keychain when rememberPassword() says so.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Prefills everything but the password. A SQLite spec leaves the server kind unchanged.
    void setSpec(const DatabaseSpec &spec);
    // The values as entered (host, database and user trimmed), with the typed password.
    [[nodiscard]] DatabaseSpec spec() const;

    void setRememberPassword(bool remember);
    [[nodiscard]] bool rememberPassword() const;

private:
    void onKindChanged();
    void updateOkButton();
    [[nodiscard]] DatabaseSpec::Kind kind() const;

    QComboBox *m_kindCombo;
    QLineEdit *m_hostEdit;
    QSpinBox *m_portSpin;
    QLineEdit *m_databaseEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_rememberCheck;
    QCheckBox *m_attachCheck;
    QDialogButtonBox *m_buttonBox;
    QString m_attachTable;  // kept from setSpec() (a URL's &table=)
    // The port the kind combo last filled in, so a port the user typed is not overwritten.
    int m_defaultPort = 0;
};
