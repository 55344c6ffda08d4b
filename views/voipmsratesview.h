#pragma once

#include "providers/voipmsclient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Providers › voip.ms Rate Search: voip.ms's own rates, looked up remotely — a package's
// client rates (getRates: package + query) or a route's termination rates
// (getTerminationRates: route + query) — over one of the store's voip.ms connections. It only
// asks and shows; the controller talks to voip.ms.
class VoipmsRatesView : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Package, Route };

    explicit VoipmsRatesView(QWidget *parent = nullptr);

    void setConnections(const QStringList &names);
    void showRates(const QList<VoipmsRate> &rates);
    void showTerminationRates(const VoipmsTerminationRates &rates);
    void showError(const QString &message);
    [[nodiscard]] QString statusText() const;

public Q_SLOTS:
    void search();

Q_SIGNALS:
    void searchRequested(const QString &connection, VoipmsRatesView::Mode mode, const QString &packageOrRoute,
                         const QString &query);

private:
    void setBusy(bool busy);

    QComboBox *m_connection;
    QComboBox *m_mode;
    QLineEdit *m_id;
    QLineEdit *m_query;
    QPushButton *m_search;
    QTableWidget *m_table;
    QLabel *m_status;
};
