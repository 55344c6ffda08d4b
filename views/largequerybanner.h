#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal warning over the call grid: the filter has no time range on a large table, which
// spec 001 warns "may put a heavy load on the database". One click limits the grid to the last
// 7 days; it can also be dismissed.
class LargeQueryBanner : public QFrame
{
    Q_OBJECT

public:
    explicit LargeQueryBanner(QWidget *parent = nullptr);

    // The number of calls in the table, for the message.
    void setTableSize(qint64 calls);

Q_SIGNALS:
    void lastSevenDaysRequested();
    void dismissed();

private:
    QLabel *m_text;
    QPushButton *m_lastWeek;
    QPushButton *m_dismiss;
};
