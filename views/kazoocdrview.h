#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Providers › Kazoo CDR Detail: one Kazoo CDR as the provider has it, every field — nested
// objects such as custom_channel_vars as branches, the SDPs as multi-line text — and
// "Download as CSV…" of a period (Kazoo's CSV through the Accept header). It only asks and
// shows; the controller talks to Kazoo and writes the file.
class KazooCdrView : public QDialog
{
    Q_OBJECT

public:
    explicit KazooCdrView(QWidget *parent = nullptr);

    void setConnections(const QStringList &names);
    [[nodiscard]] QString connection() const;
    void showDetail(const QJsonObject &data);
    void showMessage(const QString &message);
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void detailRequested(const QString &connection, const QString &cdrId);
    void csvRequested(const QString &connection);

private:
    QComboBox *m_connection;
    QLineEdit *m_id;
    QPushButton *m_show;
    QPushButton *m_csv;
    QTreeWidget *m_tree;
    QLabel *m_message;
};
