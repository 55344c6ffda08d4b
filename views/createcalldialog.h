#pragma once

#include "store/databasespec.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;
class StoreJob;

// Create call (issue 6, part 4; spec 000 cdrs/create): a line for every parameter of
// CallCreator::fields() with its default as the placeholder, "Validate Only" (validation=1,
// the spec's 201) and "Create" (204). CallCreator runs in a worker; a parameter it refuses (the
// spec's 400 with its key) gets the message right below its line, and everything typed stays.
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

public Q_SLOTS:
    void validateOnly();
    void create();

Q_SIGNALS:
    // A call was written (not after "Validate Only").
    void callCreated();

private:
    void submit(bool validationOnly);
    void onFinished();
    void clearErrors();
    void setBusy(bool busy);

    DatabaseSpec m_spec;
    StoreJob *m_job;
    QMap<QString, QLineEdit *> m_edits;
    QMap<QString, QLabel *> m_errors;
    QLabel *m_status;
    QPushButton *m_validate;
    QPushButton *m_create;
};
