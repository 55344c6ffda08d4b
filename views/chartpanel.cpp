#include "chartpanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChartPanel::ChartPanel(const QString &title, QWidget *content, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_content(content)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save this chart as a picture"));
    exportButton->setAutoRaise(true);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Export as &PNG…"), this, [this] { exportAs(u"png"_s); });
    menu->addAction(tr("Export as &SVG…"), this, [this] { exportAs(u"svg"_s); });
    exportButton->setMenu(menu);

    setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions(menu->actions());
    content->setContextMenuPolicy(Qt::NoContextMenu);  // the panel's menu, over the chart too

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(header);
    layout->addWidget(content, 1);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

bool ChartPanel::exportTo(const QString &path, QString *error) const
{
    bool ok = false;
    if (QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(m_content->size());
        generator.setViewBox(m_content->rect());
        generator.setTitle(title());
        generator.setDescription(tr("A chart exported from CDR Desk"));
        QPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            m_content->render(&painter);
            ok = painter.end();
        }
        ok = ok && QFileInfo(path).size() > 0;
    } else {
        ok = m_content->grab().save(path, "PNG");
    }
    if (!ok && error)
        *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
    return ok;
}

void ChartPanel::exportAs(const QString &suffix)
{
    QSettings settings;
    const QString folder = settings.value(u"dashboard/exportFolder"_s).toString();
    const QString suggested = QDir(folder).filePath(title().toLower().replace(u' ', u'-') + u'.' + suffix);
    const QString filter = suffix == u"svg" ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    settings.setValue(u"dashboard/exportFolder"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}
