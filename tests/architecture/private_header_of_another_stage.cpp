// Compiled as part of the pack stage: the renderer's drawing code is the renderer's own, so this
// include must not be found (tests/architecture/CMakeLists.txt).
#include "render/draw.hpp"
