#pragma once

#include <QFrame>

class QLabel;

// One chart of the dashboard with its title: a frame around any widget that draws (a
// QChartView or the traffic grid), with "Export as PNG/SVG…" in its context menu and on a
// button. Export renders the content widget, so every chart exports the same way.
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    ChartPanel(const QString &title, QWidget *content, QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    QString title() const;

    // Writes the chart to `path`: SVG when it ends in .svg, otherwise PNG. False with *error
    // set when the file cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void exportAs(const QString &suffix);

    QLabel *m_title;
    QWidget *m_content;
};
