#pragma once

#include "store/callfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// One text filter of the panel: the values (comma-separated, any of them), the match mode
// (contains / starts / ends / exact) where the parameter has one, a "not" toggle, and the
// reason the input is invalid right under it. Child objectNames start with the parameter key
// ("snumberEdit", "snumberMatch", "snumberNot", "snumberError").
class TextFilterEdit : public QWidget
{
    Q_OBJECT

public:
    TextFilterEdit(const CallFilter::TextParameter &parameter, const QString &label, QWidget *parent = nullptr);

    [[nodiscard]] QString key() const { return m_key; }
    [[nodiscard]] TextFilter value() const;
    void setValue(const TextFilter &value);
    // Shows `message` under the field (empty hides it).
    void setError(const QString &message);
    [[nodiscard]] QString error() const;
    // Words offered while typing (statuses, directions).
    void setSuggestions(const QStringList &words);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();
    void returnPressed();

private:
    QString m_key;
    QLineEdit *m_edit;
    QComboBox *m_match = nullptr;
    QCheckBox *m_negate;
    QLabel *m_error;
};
