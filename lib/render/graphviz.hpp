#pragma once
// The only door to Graphviz. Graphviz keeps global state and is not thread-safe, so there is one
// context per process, and one lock that every call into Graphviz holds. Its messages are captured
// instead of printed.

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <gvc.h>
#include <types.h>

#include "passation/diagnostic.hpp"
#include "passation/render.hpp"

namespace passation::detail {

/// Takes the process-wide Graphviz lock (render_worker forks while holding it).
std::unique_lock<std::mutex> lock_graphviz();

/// Holds the process-wide lock and gives access to the context while it lives.
class graphviz_session {
 public:
  graphviz_session();
  ~graphviz_session();
  graphviz_session(const graphviz_session&) = delete;
  graphviz_session& operator=(const graphviz_session&) = delete;

  [[nodiscard]] GVC_t* context() const noexcept;
  /// What Graphviz said since the session began, one diagnostic per message.
  [[nodiscard]] std::vector<diagnostic> take_messages();
  /// What Graphviz said so far, on one line (for error messages); "no message" when nothing.
  [[nodiscard]] std::string describe_messages();
  /// True when Graphviz reported an error (not only warnings) since the session began.
  [[nodiscard]] bool saw_error() const;

 private:
  std::unique_lock<std::mutex> lock_;
};

/// Owns a root graph: agclose in the destructor.
struct graph_closer {
  void operator()(Agraph_t* g) const noexcept;
};
using graph_ptr = std::unique_ptr<Agraph_t, graph_closer>;

/// A root graph whose objects are numbered in creation order, so that the same graph is laid out
/// and written the same way every time (by default cgraph numbers them by the address of their
/// name, which changes from one render to the next).
graph_ptr open_graph(const char* name);

/// Throws render_error when `options` asks for a PNG outside 10 to 2400 dots per inch.
void check_png_resolution(const render_options& options);

/// The resolution to paint the laid-out `g` at as PNG: `options.dpi`, when the picture then fits
/// in the 32,767 pixels a side cairo paints (past it, Graphviz would scale it down and only warn).
/// Otherwise a render_error naming the largest resolution that fits, or, with
/// `options.dpi_at_most`, that resolution, with a warning added to `messages`.
double bitmap_dpi(Agraph_t* g, const render_options& options, std::vector<diagnostic>& messages);

/// Renders a laid-out graph in `format` ("svg", "png"…): the bytes. Throws render_error.
std::string render_data(graphviz_session& session, Agraph_t* g, passation::output_format format);

/// Replaces the creation date cairo writes into a PDF with a fixed one, so that the same diagram
/// gives the same bytes.
void pin_creation_date(std::string& pdf);

/// The graph as DOT text (before layout: the graph passation hands to Graphviz).
std::string write_dot(Agraph_t* g);

/// Frees a layout in its destructor (gvFreeLayout), before the graph is closed.
class layout_guard {
 public:
  layout_guard(GVC_t* gvc, Agraph_t* g) noexcept : gvc_(gvc), g_(g) {}
  ~layout_guard();
  layout_guard(const layout_guard&) = delete;
  layout_guard& operator=(const layout_guard&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
};

}  // namespace passation::detail
