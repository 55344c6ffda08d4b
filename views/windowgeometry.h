#pragma once

class QWidget;

// Remembers where a window or dialog was and how big: restored when it is first shown, saved
// when it is hidden (through ViewState, keyed by its objectName). One call per window.
namespace WindowGeometry {

void remember(QWidget *window);

} // namespace WindowGeometry
