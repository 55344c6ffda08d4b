#include "windowgeometry.h"

#include "viewstate.h"

#include <QEvent>
#include <QWidget>

namespace {

class GeometryKeeper : public QObject
{
public:
    explicit GeometryKeeper(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::Show && !m_restored) {
            m_restored = true;
            ViewState::restoreGeometry(window, window->objectName());
        } else if (event->type() == QEvent::Hide) {
            ViewState::saveGeometry(window, window->objectName());
        }
        return false;
    }

private:
    bool m_restored = false;
};

} // namespace

void WindowGeometry::remember(QWidget *window)
{
    new GeometryKeeper(window);
}
