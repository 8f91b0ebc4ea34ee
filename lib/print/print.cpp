#include "print/print.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <cairo-pdf.h>
#include <fmt/format.h>

#include "page_painter.hpp"
#include "passation/error.hpp"

namespace passation::detail {

namespace {

// What every page starts from: the display of HTML's elements, written for passation's pages
// (litehtml brings no style of its own). A page's own <style> comes after it.
constexpr const char* master_css = R"(
html, address, blockquote, body, dd, div, dl, dt, fieldset, form, frame, frameset, h1, h2, h3, h4, h5, h6,
noframes, ol, p, ul, center, dir, hr, menu, pre, header, footer, section, article, nav, main, aside, figure,
figcaption { display: block; }
head, style, script, title, meta, link { display: none; }
li { display: list-item; }
table { display: table; border-collapse: separate; border-spacing: 0; }
tr { display: table-row; }
thead { display: table-header-group; }
tbody { display: table-row-group; }
tfoot { display: table-footer-group; }
col { display: table-column; }
colgroup { display: table-column-group; }
td, th { display: table-cell; vertical-align: top; text-align: left; }
caption { display: table-caption; }
th { font-weight: bold; }
b, strong { font-weight: bold; }
i, em { font-style: italic; }
h1 { font-size: 2em; font-weight: bold; margin: 0.67em 0; }
h2 { font-size: 1.5em; font-weight: bold; margin: 0.83em 0; }
h3 { font-size: 1.17em; font-weight: bold; margin: 1em 0; }
h4 { font-weight: bold; margin: 1.33em 0; }
p, ul, ol, dl { margin: 1em 0; }
ul, ol { padding-left: 2em; }
ul { list-style-type: disc; }
br { display: block; }
img { display: inline-block; }
a { color: #1f4e8c; }
small { font-size: 0.83em; }
)";

struct span {
  int top = 0, bottom = 0;
};

span span_of(const litehtml::element::ptr& el) {
  const litehtml::position p = el->get_placement();
  const int top = p.y - el->content_margins_top();
  return {top, top + el->height()};
}

// A table row's extent: its cells', since litehtml places the cells rather than the row.
span row_span(const litehtml::element::ptr& row) {
  span out{0, 0};
  bool first = true;
  for (std::size_t i = 0; i < row->get_children_count(); ++i) {
    const litehtml::element::ptr cell = row->get_child(static_cast<int>(i));
    const char* tag = cell->get_tagName();
    if (!tag || !*tag) continue;
    const span s = span_of(cell);
    out.top = first ? s.top : std::min(out.top, s.top);
    out.bottom = first ? s.bottom : std::max(out.bottom, s.bottom);
    first = false;
  }
  return first ? span_of(row) : out;
}

bool is_heading(const litehtml::element::ptr& el) {
  const std::string tag = el->get_tagName() ? el->get_tagName() : "";
  return tag == "h1" || tag == "h2" || tag == "h3" || tag == "h4";
}

bool has_class(const litehtml::element::ptr& el, std::string_view name) {
  const char* classes = el->get_attr("class");
  if (!classes) return false;
  const std::string list = std::string(" ") + classes + " ";
  return list.find(" " + std::string(name) + " ") != std::string::npos;
}

std::string text_of(const litehtml::element::ptr& el) {
  litehtml::tstring text;
  el->get_text(text);
  std::string out;
  bool space = false;
  for (char ch : text) {
    const bool blank = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

// The blocks that pages are cut between, in reading order: the element children of <body>, and,
// inside an element of class "flow", its own children.
void collect_blocks(const litehtml::element::ptr& parent, std::vector<litehtml::element::ptr>& out) {
  for (std::size_t i = 0; i < parent->get_children_count(); ++i) {
    const litehtml::element::ptr child = parent->get_child(static_cast<int>(i));
    const char* tag = child->get_tagName();
    if (!tag || !*tag) continue;  // text between blocks
    if (span_of(child).bottom <= span_of(child).top && !has_class(child, "page")) continue;
    if (has_class(child, "flow")) {
      collect_blocks(child, out);
    } else {
      out.push_back(child);
    }
  }
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

constexpr double footer_room = 18;  // points under the content, for the footer

// Where each page starts, in the document's pixels, and the first block it holds: at block
// boundaries, between table rows.
class page_breaks {
 public:
  page_breaks(const std::vector<litehtml::element::ptr>& blocks, int page_room) : blocks_(blocks) {
    starts.push_back(blocks.empty() ? 0 : span_of(blocks.front()).top);
    first_block.push_back(0);
    for (std::size_t i = 0; i < blocks.size(); ++i) place(i, page_room);
  }

  std::vector<int> starts;
  std::vector<std::size_t> first_block;

 private:
  void place(std::size_t i, int page_room) {
    const span s = span_of(blocks_[i]);
    // A forced page break, unless what the page holds so far is a remnant of the page before
    // (less than a sixth of a page): that would leave a page almost empty.
    if (has_class(blocks_[i], "page") && i > first_block.back() &&
        (first_block.size() == 1 || s.top - starts.back() > page_room / 6)) {
      break_before(s.top, i);
    }
    if (s.bottom - starts.back() <= page_room) return;
    if (blocks_[i]->get_tagName() != std::string("table")) {
      break_before(s.top, i);
      return;
    }
    // A table is cut between its rows: each row that does not fit starts a page (the first row
    // one takes the table's heading along).
    bool first_row = true;
    for (const litehtml::element::ptr& row : blocks_[i]->select_all("tr")) {
      const span r = row_span(row);
      if (r.bottom - starts.back() > page_room) {
        if (first_row) {
          break_before(s.top, i);
        } else if (r.top > starts.back()) {
          starts.push_back(r.top);
          first_block.push_back(i);
        }
      }
      first_row = false;
    }
  }

  // Starts a page at `at`, where block `block` begins (or a row of it); a heading just before it
  // comes along, so that no page ends on a heading.
  void break_before(int at, std::size_t block) {
    while (block > first_block.back() && is_heading(blocks_[block - 1])) {
      --block;
      at = span_of(blocks_[block]).top;
    }
    if (at <= starts.back()) return;
    starts.push_back(at);
    first_block.push_back(block);
  }

  const std::vector<litehtml::element::ptr>& blocks_;
};

// One page: the document's pixels [from, to), then the footer (the document's name on the left,
// the page's number on the right).
void draw_page(cairo_t* cr, const litehtml::document::ptr& doc, page_painter& painter, const print_options& options,
               int content_width, int from, int to, std::size_t page, std::size_t pages) {
  const double scale = 1.0 / px_per_pt;
  cairo_save(cr);
  cairo_scale(cr, scale, scale);
  const double left = options.margin * px_per_pt, top = options.margin * px_per_pt;
  cairo_rectangle(cr, left - 2, top, content_width + 4, to - from);
  cairo_clip(cr);
  const litehtml::position clip{0, from, content_width, to - from};
  cairo_translate(cr, left, top - from);
  doc->draw(reinterpret_cast<litehtml::uint_ptr>(cr), 0, 0, &clip);
  cairo_restore(cr);
  cairo_save(cr);
  cairo_scale(cr, scale, scale);
  const double baseline = (options.page_height - options.margin + footer_room / 2) * px_per_pt;
  painter.draw_plain_text(cr, options.footer, 7.5, options.margin * px_per_pt, baseline, false);
  painter.draw_plain_text(cr, fmt::format("{} / {}", page + 1, pages), 7.5,
                          (options.page_width - options.margin) * px_per_pt, baseline, true);
  cairo_restore(cr);
  cairo_show_page(cr);
}

}  // namespace

printed print_to_pdf(const std::string& html, const print_options& options) {
  const int content_width = static_cast<int>(std::floor((options.page_width - 2 * options.margin) * px_per_pt));
  const int page_room =
      static_cast<int>(std::floor((options.page_height - 2 * options.margin - footer_room) * px_per_pt));

  page_painter painter(options, content_width);
  litehtml::context context;
  context.load_master_stylesheet(master_css);
  const litehtml::document::ptr doc = litehtml::document::createFromUTF8(html.c_str(), &painter, &context);
  if (!doc) throw error("the page could not be read to be printed");
  doc->render(content_width);

  std::vector<litehtml::element::ptr> blocks;
  if (const litehtml::element::ptr body = doc->root() ? doc->root()->select_one("body") : nullptr) {
    collect_blocks(body, blocks);
  }
  const page_breaks breaks(blocks, page_room);
  const std::vector<int>& starts = breaks.starts;
  const std::vector<std::size_t>& first_block = breaks.first_block;
  const int end = blocks.empty() ? doc->height() : std::max(doc->height(), span_of(blocks.back()).bottom);

  printed out;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(append, &out.pdf, options.page_width, options.page_height);
  // A fixed date, so that the same page gives the same bytes (cairo would stamp the time).
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z");
  if (!options.title.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, options.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "passation");
  cairo_t* cr = cairo_create(surface);
  for (std::size_t page = 0; page < starts.size(); ++page) {
    const int from = starts[page];
    // Never past the page's room: a block taller than a page is cut, not drawn over the footer.
    const int to = std::min(page + 1 < starts.size() ? starts[page + 1] : end, from + page_room);
    draw_page(cr, doc, painter, options, content_width, from, to, page, starts.size());
    std::vector<std::string> texts;
    for (std::size_t b = first_block[page];
         b < blocks.size() && (page + 1 >= starts.size() || b < first_block[page + 1] ||
                               (b == first_block[page + 1] && span_of(blocks[b]).top < to));
         ++b) {
      texts.push_back(text_of(blocks[b]));
    }
    out.blocks.push_back(std::move(texts));
  }
  out.pages = starts.size();
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw error(fmt::format("the PDF could not be written: {}", cairo_status_to_string(status)));
  return out;
}

}  // namespace passation::detail
