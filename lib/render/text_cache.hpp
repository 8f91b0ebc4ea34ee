#pragma once
// A memory of text measurements, as a Graphviz "textlayout" plugin in front of Graphviz's own
// (pango). Measuring a text with pango (shaping it with harfbuzz) was a fifth of a drawing's
// time, and a drawing measures each text twice (dot's measuring pass, then the final one); a set
// of drawings of one case measures the same step names again and again.
//
// Only used under the Graphviz lock. The measurements keep pango's layout, which the cairo
// renderers (PNG, PDF) draw: the memory owns it, and is emptied only between two drawings
// (text_cache_trim), when no graph holds a text.

#include <cstddef>

#include <gvplugin.h>

namespace passation::detail {

/// The plugin library to give gvContextPlugins, with a higher quality than pango's.
gvplugin_library_t& text_cache_library();

/// Empties the memory when it holds more than `most` texts. Call it between two drawings only.
void text_cache_trim(std::size_t most);

/// How many measurements were answered from the memory, and how many by pango (for benchmarks).
struct text_cache_counts {
  std::size_t hits = 0;
  std::size_t misses = 0;
};
text_cache_counts text_cache_statistics();

}  // namespace passation::detail
