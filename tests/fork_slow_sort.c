/* Makes fontconfig's FcFontSetSort slow, as on a machine whose font caches are cold, to reproduce
 * a hang seen on CI: Pango sorts fonts in a thread of its own, and a process forked while that
 * thread runs waits forever for its answer (lib/render/fork_guard.hpp). Loaded with LD_PRELOAD
 * by the test "fork.slow_font_sort". */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fontconfig/fontconfig.h>
#include <time.h>

FcFontSet* FcFontSetSort(FcConfig* config, FcFontSet** sets, int nsets, FcPattern* p, FcBool trim, FcCharSet** csp,
                         FcResult* result) {
  typedef FcFontSet* (*sort_function)(FcConfig*, FcFontSet**, int, FcPattern*, FcBool, FcCharSet**, FcResult*);
  static sort_function real;
  if (!real) real = (sort_function)dlsym(RTLD_NEXT, "FcFontSetSort");
  const struct timespec pause = {0, 300 * 1000 * 1000};
  nanosleep(&pause, NULL);
  return real(config, sets, nsets, p, trim, csp, result);
}
