#include "largequerybanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

LargeQueryBanner::LargeQueryBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_lastWeek(new QPushButton(tr("Show the &last 7 days"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"largeQueryBanner"_s);
    setAccessibleName(tr("Warning: no time range"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(u"#largeQueryBanner { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c060; }"_s);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setObjectName(u"largeQueryText"_s);
    m_text->setWordWrap(true);
    m_lastWeek->setObjectName(u"lastSevenDaysButton"_s);
    m_dismiss->setObjectName(u"dismissBannerButton"_s);
    m_dismiss->setAccessibleName(tr("Dismiss the warning"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_lastWeek);
    layout->addWidget(m_dismiss);

    connect(m_lastWeek, &QPushButton::clicked, this, &LargeQueryBanner::lastSevenDaysRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &LargeQueryBanner::dismissed);
    setTableSize(0);
}

void LargeQueryBanner::setTableSize(qint64 calls)
{
    m_text->setText(tr("No time range is set on a table of %L1 calls: every count, sort and total reads all of "
                       "them and puts a heavy load on the database.")
                        .arg(calls));
}
