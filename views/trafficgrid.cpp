#include "trafficgrid.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

TrafficGrid::TrafficGrid(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Traffic by weekday and hour"));
    setMouseTracking(true);
}

void TrafficGrid::setCounts(const std::array<qint64, 7 * 24> &counts)
{
    m_counts = counts;
    update();
}

int TrafficGrid::labelWidth() const
{
    int width = 0;
    for (int day = 1; day <= 7; ++day)
        width = qMax(width, fontMetrics().horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    return width + 8;
}

QRect TrafficGrid::cellRect(int day, int hour) const
{
    const int left = labelWidth();
    const int top = 2;
    const int bottom = fontMetrics().height() + 4;
    const double w = double(width() - left - 2) / 24.0;
    const double h = double(height() - top - bottom) / 7.0;
    return QRectF(left + hour * w, top + day * h, w, h).toAlignedRect().adjusted(1, 1, -1, -1);
}

void TrafficGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const qint64 most = qMax<qint64>(1, *std::max_element(m_counts.cbegin(), m_counts.cend()));
    const QColor hot = palette().highlight().color();
    const QColor cold = palette().base().color();
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            const double share = double(m_counts[size_t(day * 24 + hour)]) / double(most);
            const QColor color = QColor::fromRgbF(cold.redF() + (hot.redF() - cold.redF()) * share,
                                                  cold.greenF() + (hot.greenF() - cold.greenF()) * share,
                                                  cold.blueF() + (hot.blueF() - cold.blueF()) * share);
            painter.fillRect(cellRect(day, hour), color);
        }
    }
    painter.setPen(palette().text().color());
    for (int day = 0; day < 7; ++day) {
        const QRect cell = cellRect(day, 0);
        painter.drawText(QRect(0, cell.top(), labelWidth() - 6, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().dayName(day + 1, QLocale::ShortFormat));
    }
    for (int hour = 0; hour < 24; hour += 3) {
        const QRect cell = cellRect(6, hour);
        painter.drawText(QRect(cell.left(), cell.bottom() + 2, cell.width() * 3, fontMetrics().height()),
                         Qt::AlignLeft | Qt::AlignTop, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
}

bool TrafficGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent *>(event)->pos();
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                if (cellRect(day, hour).contains(at)) {
                    QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                                       tr("%1 %2:00–%2:59: %L3 calls")
                                           .arg(QLocale().dayName(day + 1))
                                           .arg(hour, 2, 10, QLatin1Char('0'))
                                           .arg(m_counts[size_t(day * 24 + hour)]),
                                       this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TrafficGrid::mousePressEvent(QMouseEvent *event)
{
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            if (event->button() == Qt::LeftButton && cellRect(day, hour).contains(event->position().toPoint())) {
                Q_EMIT cellClicked(day, hour);
                return;
            }
        }
    }
    QWidget::mousePressEvent(event);
}
