// Compiled as part of the diagram stage, which the report stage uses: the report's shared headers
// reach the stages that link it, never those it links, so this include must not be found.
#include "report/phrases.hpp"
