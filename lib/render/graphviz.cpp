#include "graphviz.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "passation/error.hpp"
#include "export.hpp"
#include "png_device.hpp"
#include "text_cache.hpp"

// The plugins passation uses, linked in and named to gvContextPlugins: no plugin configuration
// file is read (3.7 ms saved per process) and the same plugins are used whatever is installed.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace passation::detail {

namespace {

const lt_symlist_t k_plugins[] = {
    // Remembers pango's text measurements (text_cache.hpp): chosen over pango's, which it asks.
    {"gvplugin_passation_text_cache_LTX_library", &text_cache_library()},
    // PNG painted by cairo, encoded by passation (png_device.hpp).
    {"gvplugin_passation_png_LTX_library", &png_device_library()},
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    // Only for its "nop2" engine: draws a graph whose positions are set, routing the edges.
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
    {nullptr, nullptr},
};

std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

// Messages arrive in pieces ("Warning", ": ", the text): gathered here, split on new lines.
// Only touched while the lock is held.
std::string& pending_messages() {
  static std::string text;
  return text;
}

int capture_message(char* piece) {
  pending_messages() += piece;
  return 0;
}

GVC_t* shared_context() {
  // Created on first use under the lock, and on purpose never freed: Graphviz's own atexit
  // handlers and plugins may still use it while the process ends.
  static GVC_t* gvc = [] {
    agseterrf(capture_message);
    agseterr(AGWARN);
    return gvContextPlugins(k_plugins, 0);
  }();
  return gvc;
}

// Graphviz objects are numbered in creation order, per graph (see open_graph), and their names
// are kept here. Declining names (returning 0 for them) would also give ordered ids, but cgraph
// then keeps the names in its internal map, whose entries agclose never frees in 2.42: about
// 1.5 KB lost per drawing (found with valgrind). Names are cgraph's reference-counted strings
// (agstrdup), since agwrite looks at their header to tell HTML-like names from plain ones.
struct id_state {
  Agraph_t* root = nullptr;
  IDTYPE next = 1;
  std::map<std::pair<int, std::string>, IDTYPE> ids;        // (object type, name) → id
  std::unordered_map<IDTYPE, std::pair<int, char*>> names;  // id → (object type, name)
};

// Subgraphs, nodes and edges have their own names; cgraph asks with AGOUTEDGE or AGINEDGE for edges.
int name_space(int objtype) { return objtype == AGINEDGE ? AGOUTEDGE : objtype; }

void* id_open(Agraph_t* root, Agdisc_t*) { return new id_state{.root = root}; }
long id_map(void* state, int objtype, char* name, IDTYPE* id, int create) {
  auto* s = static_cast<id_state*>(state);
  if (name) {
    auto key = std::make_pair(name_space(objtype), std::string(name));
    if (const auto known = s->ids.find(key); known != s->ids.end()) {
      *id = known->second;
      return 1;
    }
    if (!create) return 0;
    *id = s->next;
    s->ids.emplace(std::move(key), *id);
    s->names.emplace(*id, std::make_pair(name_space(objtype), agstrdup(s->root, name)));
  } else {
    if (!create) return 0;
    *id = s->next;
  }
  s->next += 2;  // odd ids, as cgraph's own allocator gives to anonymous objects
  return 1;
}
long id_alloc(void*, int, IDTYPE) { return 0; }
void id_free(void* state, int, IDTYPE id) {
  auto* s = static_cast<id_state*>(state);
  if (const auto named = s->names.find(id); named != s->names.end()) {
    s->ids.erase(std::make_pair(named->second.first, std::string(named->second.second)));
    agstrfree(s->root, named->second.second);
    s->names.erase(named);
  }
}
char* id_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<id_state*>(state);
  const auto named = s->names.find(id);
  return named == s->names.end() ? nullptr : named->second.second;
}
// Called by agclose once every object is freed, before cgraph's strings are.
void id_close(void* state) {
  auto* s = static_cast<id_state*>(state);
  for (auto& [id, name] : s->names) agstrfree(s->root, name.second);
  delete s;
}
void id_register(void*, int, void*) {}

Agiddisc_t k_ordered_ids = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};

// agwrite writes through the graph's I/O discipline; this one appends to the std::string given as
// the channel. Graphs are never read back, so there is no reader.
int put_string(void* channel, const char* s) {
  static_cast<std::string*>(channel)->append(s);
  return 0;
}
int flush_nothing(void*) { return 0; }
Agiodisc_t k_string_io = {nullptr, put_string, flush_nothing};

Agdisc_t k_discipline = {nullptr, &k_ordered_ids, &k_string_io};

}  // namespace

namespace {
// About 2 KB each (the text, pango's layout of it): a few megabytes at most.
constexpr std::size_t k_remembered_texts = 4096;
}  // namespace

std::unique_lock<std::mutex> lock_graphviz() { return std::unique_lock<std::mutex>(graphviz_mutex()); }

graphviz_session::graphviz_session() : lock_(graphviz_mutex()) {
  (void)shared_context();
  // Between two drawings, no graph holds a measured text: the only moment the memory may empty.
  text_cache_trim(k_remembered_texts);
  pending_messages().clear();
  agreseterrors();
}

graphviz_session::~graphviz_session() { pending_messages().clear(); }

GVC_t* graphviz_session::context() const noexcept { return shared_context(); }

std::vector<diagnostic> graphviz_session::take_messages() {
  std::vector<diagnostic> out;
  std::string& text = pending_messages();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    severity level = severity::warning;
    if (line.rfind("Error", 0) == 0) level = severity::error;
    out.push_back({level, "graphviz", {}, std::move(line)});
  }
  text.clear();
  return out;
}

std::string graphviz_session::describe_messages() {
  std::string out;
  for (const diagnostic& d : take_messages()) out += (out.empty() ? "" : "; ") + d.message;
  return out.empty() ? "no message" : out;
}

bool graphviz_session::saw_error() const { return agerrors() >= AGERR; }

void graph_closer::operator()(Agraph_t* g) const noexcept {
  if (g) agclose(g);
}

graph_ptr open_graph(const char* name) { return graph_ptr(agopen(const_cast<char*>(name), Agdirected, &k_discipline)); }

void check_png_resolution(const render_options& options) {
  if (options.format == output_format::png && !(options.dpi >= 10 && options.dpi <= 2400)) {
    throw render_error(fmt::format("a PNG needs between 10 and 2400 dots per inch, not {}", options.dpi));
  }
}

double bitmap_dpi(Agraph_t* g, const render_options& options, std::vector<diagnostic>& messages) {
  constexpr double k_most_pixels = 32767;  // cairo's largest image side: Graphviz's CAIRO_XMAX
  const boxf bb = GD_bb(g);
  const char* pad_inches = agget(g, const_cast<char*>("pad"));
  const double pad = pad_inches && *pad_inches ? std::atof(pad_inches) * 72 : 4;  // Graphviz's default: 4 pt
  const double side = std::max(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y) + 2 * pad;   // in points
  if (side <= 0 || options.dpi * side / 72 <= k_most_pixels - 2) return options.dpi;
  const double largest = std::floor((k_most_pixels - 2) * 72 / side);
  if (!options.dpi_at_most) {
    throw render_error(
        fmt::format("at {:g} dpi this drawing would be {:.0f} pixels long, more than the 32767 a PNG can "
                    "be painted with; the most it can have is {:g} dpi: ask for that or less, or "
                    "draw it as SVG or PDF",
                    options.dpi, options.dpi * side / 72, largest));
  }
  messages.push_back(
      {severity::warning,
       "",
       {},
       fmt::format("a PNG drawn at {:g} dpi instead of {:g}: at {:g} dpi it would be {:.0f} pixels long, "
                   "more than the 32767 a PNG can be painted with",
                   largest, options.dpi, options.dpi, options.dpi * side / 72)});
  return largest;
}

std::string render_data(graphviz_session& session, Agraph_t* g, output_format format) {
  char* data = nullptr;
  unsigned int length = 0;
  const char* device = writer_of(format).graphviz_device;
  if (!device) throw render_error(fmt::format("{} is not written by Graphviz", to_string(format)));
  if (gvRenderData(session.context(), g, device, &data, &length) != 0 || !data) {
    if (data) gvFreeRenderData(data);
    throw render_error(
        fmt::format("Graphviz could not write the drawing as {}: {}", to_string(format), session.describe_messages()));
  }
  std::string bytes(data, length);
  gvFreeRenderData(data);
  if (format == output_format::pdf) pin_creation_date(bytes);
  return bytes;
}

void pin_creation_date(std::string& pdf) {
  // cairo stamps "/CreationDate (D:20261126163109Z)", or "(D:20261127043109+14'00)" in another
  // time zone: the same diagram would give other bytes every second and in every zone. The date
  // is overwritten in place; a zone other than "Z" becomes "Z", and the offsets of what follows
  // (the cross-reference table's entries and startxref) move back by as many bytes.
  constexpr std::string_view key = "/CreationDate (D:";
  const std::size_t at = pdf.find(key);
  if (at == std::string::npos) return;
  std::size_t i = at + key.size();
  for (std::size_t n = 0; i < pdf.size() && n < 14 && pdf[i] >= '0' && pdf[i] <= '9'; ++i, ++n) {
    pdf[i] = "20000101000000"[n];
  }
  const std::size_t close = pdf.find(')', i);
  if (close == std::string::npos || close - i <= 1) return;  // already "Z" (or nothing)
  const std::size_t shift = close - i - 1;
  pdf.replace(i, close - i, "Z");
  const std::size_t xref = pdf.find("\nxref\n", i);
  const std::size_t startxref = pdf.rfind("startxref\n");
  if (xref == std::string::npos || startxref == std::string::npos || startxref < xref) return;
  // Entries are "oooooooooo ggggg n \n", 20 bytes each, after the subsection's "first count" line.
  std::size_t entry = pdf.find('\n', xref + 6) + 1;
  for (; entry + 20 <= startxref && pdf.compare(entry, 7, "trailer") != 0; entry += 20) {
    const unsigned long long offset = std::strtoull(pdf.c_str() + entry, nullptr, 10);
    if (pdf[entry + 17] == 'n' && offset > at) {
      const std::string moved = fmt::format("{:010}", offset - shift);
      pdf.replace(entry, 10, moved);
    }
  }
  const std::size_t number = startxref + 10;
  const std::size_t number_end = pdf.find_first_not_of("0123456789", number);
  if (number_end == std::string::npos || number_end == number) return;
  const unsigned long long old_offset = std::strtoull(pdf.c_str() + number, nullptr, 10);
  pdf.replace(number, number_end - number, std::to_string(old_offset - shift));
}

std::string write_dot(Agraph_t* g) {
  std::string out;
  agwrite(g, &out);
  return out;
}

layout_guard::~layout_guard() {
  if (g_) gvFreeLayout(gvc_, g_);
}

}  // namespace passation::detail
