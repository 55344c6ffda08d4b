#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

// The filter panel's source of voip.ms choices: which voip.ms connection's accounts, call types
// and call billing (getCallAccounts, getCallTypes, getCallBilling) the account, call type and
// charged fields offer, Refresh to ask voip.ms again, and how the last request went. "None"
// (the first entry) asks for nothing, so the panel never waits for the network.
class VoipmsListsBox : public QWidget
{
    Q_OBJECT

public:
    explicit VoipmsListsBox(QWidget *parent = nullptr);

    // The store's voip.ms connections; the chosen one stays chosen while it is there.
    void setConnections(const QStringList &names);
    [[nodiscard]] QString connection() const;
    void setBusy();
    void showLoaded(const QString &message);
    void showError(const QString &message);
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    // The lists of `connection` are wanted (empty: none); `refresh` asks voip.ms again.
    void requested(const QString &connection, bool refresh);

private:
    void showStatus(const QString &message, bool error);

    QComboBox *m_connection;
    QPushButton *m_refresh;
    QLabel *m_status;
};
