#pragma once

#include <QWidget>

#include <array>

// The weekday × hour traffic grid: seven rows (Monday first), 24 columns, each cell shaded by
// how many calls started in that local hour of that weekday. Hovering a cell tells its count;
// clicking it emits cellClicked().
class TrafficGrid : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficGrid(QWidget *parent = nullptr);

    // counts[day * 24 + hour], day 0 = Monday.
    void setCounts(const std::array<qint64, 7 * 24> &counts);
    const std::array<qint64, 7 * 24> &counts() const { return m_counts; }

    QSize sizeHint() const override { return {640, 240}; }
    QSize minimumSizeHint() const override { return {360, 160}; }
    // The middle of a cell, in widget coordinates (tests click there).
    [[nodiscard]] QPoint cellCenter(int day, int hour) const { return cellRect(day, hour).center(); }

Q_SIGNALS:
    // A cell was clicked: day 0 = Monday.
    void cellClicked(int day, int hour);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect cellRect(int day, int hour) const;
    int labelWidth() const;

    std::array<qint64, 7 * 24> m_counts{};
};
