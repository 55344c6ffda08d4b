#pragma once

#include "store/databasespec.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class StoreJob;

// Create call (issue 6, part 4; spec 000 cdrs/create): a line for every parameter of
// CallCreator::fields() with its default as the placeholder, "Validate Only" (validation=1,
// the spec's 201) and "Create" (204). CallCreator runs in a worker; a parameter it refuses (the
// spec's 400 with its key) gets the message right below its line, and everything typed stays.
// "Create on" sends the same lines to an Enswitch connection instead (cdrs/create there, through
// the controller): its 201/204 are said, its 400/401/402/403 with Enswitch's key and message —
// under the line the key names, when it names one.
class CreateCallDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateCallDialog(const DatabaseSpec &spec, QWidget *parent = nullptr);
    ~CreateCallDialog() override;

    // What was typed: parameter name → text, empty lines left out (so defaults apply).
    [[nodiscard]] QHash<QString, QString> parameters() const;
    void setValue(const QString &field, const QString &value);
    // The error shown under `field`, or empty.
    [[nodiscard]] QString fieldError(const QString &field) const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] StoreJob *job() const { return m_job; }
    // The Enswitch connections "Create on" offers besides this store.
    void setEnswitchConnections(const QStringList &names);
    // How the Enswitch connection answered: 201/204 (`code`), or the error (`code` 0 then;
    // errorCode the provider's, key the parameter it names, message what to show).
    void showEnswitchResult(int code, int errorCode, const QString &key, const QString &providerMessage,
                            const QString &message);

public Q_SLOTS:
    void validateOnly();
    void create();

Q_SIGNALS:
    // A call was written (not after "Validate Only").
    void callCreated();
    // The lines typed (spec 000 names; validation=1 for Validate Only) for cdrs/create on the
    // Enswitch connection `connection`.
    void enswitchRequested(const QString &connection, const QList<std::pair<QString, QString>> &parameters);

private:
    void submit(bool validationOnly);
    void onFinished();
    void clearErrors();
    void setBusy(bool busy);
    void showFieldError(const QString &field, const QString &message);

    DatabaseSpec m_spec;
    StoreJob *m_job;
    QMap<QString, QLineEdit *> m_edits;
    QMap<QString, QLabel *> m_errors;
    QLabel *m_status;
    QComboBox *m_target;
    QString m_sentTo;  // the Enswitch connection a request is under way to
    QPushButton *m_validate;
    QPushButton *m_create;
};
