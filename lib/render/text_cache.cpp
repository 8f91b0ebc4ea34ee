#include "text_cache.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>

#include <gvplugin_textlayout.h>
#include <textspan.h>

extern "C" {
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace passation::detail {

namespace {

// What pango's textlayout gives back for a text.
struct measurement {
  pointf size;
  double yoffset_layout = 0;
  double yoffset_centerline = 0;
  void* layout = nullptr;
  void (*free_layout)(void*) = nullptr;
};

struct cache {
  std::unordered_map<std::string, measurement> entries;
  text_cache_counts counts;

  ~cache() { clear(); }
  void clear() {
    for (auto& [key, m] : entries) {
      if (m.layout && m.free_layout) m.free_layout(m.layout);
    }
    entries.clear();
  }
};

cache& memory() {
  static cache c;
  return c;
}

gvtextlayout_engine_t* pango_engine() {
  for (gvplugin_api_t* api = gvplugin_pango_LTX_library.apis; api && api->types; ++api) {
    if (api->api != API_textlayout) continue;
    for (gvplugin_installed_t* t = api->types; t->type; ++t) {
      if (std::strcmp(t->type, "textlayout") == 0) return static_cast<gvtextlayout_engine_t*>(t->engine);
    }
  }
  return nullptr;
}

// Everything pango's measurement depends on: the font's name, size and HTML flags (bold,
// italic…), and the text. The colour is not part of it.
std::string key_of(const textspan_t& span) {
  std::string key;
  const double size = span.font->size;
  const unsigned flags = span.font->flags;
  key.append(reinterpret_cast<const char*>(&size), sizeof size);
  key.append(reinterpret_cast<const char*>(&flags), sizeof flags);
  key.append(span.font->name ? span.font->name : "");
  key.push_back('\0');
  key.append(span.str ? span.str : "");
  return key;
}

void keep_layout(void*) {}  // the memory owns the layout

boolean remembered_textlayout(textspan_t* span, char** fontpath) {
  static gvtextlayout_engine_t* pango = pango_engine();
  if (!pango || !pango->textlayout) return FALSE;
  // Asked for the font file's path (Graphviz's verbose mode): nothing to remember.
  if (fontpath || !span->font) return pango->textlayout(span, fontpath);

  cache& c = memory();
  std::string key = key_of(*span);
  if (const auto found = c.entries.find(key); found != c.entries.end()) {
    ++c.counts.hits;
    const measurement& m = found->second;
    span->size = m.size;
    span->yoffset_layout = m.yoffset_layout;
    span->yoffset_centerline = m.yoffset_centerline;
    span->layout = m.layout;
    span->free_layout = keep_layout;
    return TRUE;
  }
  ++c.counts.misses;
  if (!pango->textlayout(span, fontpath)) return FALSE;
  c.entries.emplace(std::move(key), measurement{span->size, span->yoffset_layout, span->yoffset_centerline,
                                                span->layout, span->free_layout});
  span->free_layout = keep_layout;
  return TRUE;
}

gvtextlayout_engine_t k_engine = {remembered_textlayout};

// Pango's textlayout has quality 10: this one is chosen first.
gvplugin_installed_t k_types[] = {
    {0, "textlayout", 20, &k_engine, nullptr},
    {0, nullptr, 0, nullptr, nullptr},
};

gvplugin_api_t k_apis[] = {
    {API_textlayout, k_types},
    {static_cast<api_t>(0), nullptr},
};

gvplugin_library_t k_library = {const_cast<char*>("passation_text_cache"), k_apis};

}  // namespace

gvplugin_library_t& text_cache_library() { return k_library; }

void text_cache_trim(std::size_t most) {
  cache& c = memory();
  if (c.entries.size() > most) c.clear();
}

text_cache_counts text_cache_statistics() { return memory().counts; }

}  // namespace passation::detail
