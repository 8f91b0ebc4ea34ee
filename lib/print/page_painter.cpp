#include "page_painter.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <librsvg/rsvg.h>

#include "passation/error.hpp"

namespace passation::detail {

namespace {

void set_colour(cairo_t* cr, const litehtml::web_color& c) {
  cairo_set_source_rgba(cr, c.red / 255.0, c.green / 255.0, c.blue / 255.0, c.alpha / 255.0);
}

// Unhinted metrics at 72 dpi: a text measured on one context is as wide once drawn on another, at
// any scale on the PDF.
void unhinted(PangoContext* context) {
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context, fo);
  cairo_font_options_destroy(fo);
  pango_cairo_context_set_resolution(context, 72.0);
}

// cairo reads a PNG through a callback: this one reads from a string.
struct png_reader {
  const std::string* bytes;
  std::size_t at = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
  auto* r = static_cast<png_reader*>(closure);
  if (r->at + length > r->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, r->bytes->data() + r->at, length);
  r->at += length;
  return CAIRO_STATUS_SUCCESS;
}

// The width and height an SVG says it has, in points (Graphviz writes them in pt).
std::pair<double, double> svg_size(const std::string& bytes) {
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(bytes.data()), bytes.size(), nullptr);
  if (!handle) return {0, 0};
  double w = 0, h = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h)) {
    RsvgRectangle viewbox{};
    gboolean has_w = FALSE, has_h = FALSE, has_box = FALSE;
    RsvgLength lw{}, lh{};
    rsvg_handle_get_intrinsic_dimensions(handle, &has_w, &lw, &has_h, &lh, &has_box, &viewbox);
    w = viewbox.width;
    h = viewbox.height;
  } else {
    // librsvg counts 96 pixels to the inch; the SVG's points are 72 to the inch.
    w *= 72.0 / 96.0;
    h *= 72.0 / 96.0;
  }
  g_object_unref(handle);
  return {w, h};
}

}  // namespace

page_painter::page_painter(const print_options& options, int content_width_px)
    : options_(options), content_width_(content_width_px) {
  measure_surface_ = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4);
  measure_ = cairo_create(measure_surface_);
  context_ = pango_cairo_create_context(measure_);
  unhinted(context_);
}

page_painter::~page_painter() {
  for (auto& f : fonts_) {
    if (f && f->description) pango_font_description_free(f->description);
  }
  g_object_unref(context_);
  cairo_destroy(measure_);
  cairo_surface_destroy(measure_surface_);
}

litehtml::uint_ptr page_painter::create_font(const litehtml::tchar_t* face, int size, int weight,
                                             litehtml::font_style italic, unsigned int decoration,
                                             litehtml::font_metrics* fm) {
  auto f = std::make_unique<font>();
  std::string families = face && *face ? face : options_.font;
  families.erase(std::remove(families.begin(), families.end(), '"'), families.end());
  families.erase(std::remove(families.begin(), families.end(), '\''), families.end());
  f->description = pango_font_description_from_string(families.c_str());
  pango_font_description_set_absolute_size(f->description, static_cast<double>(size) * PANGO_SCALE);
  pango_font_description_set_weight(f->description, static_cast<PangoWeight>(weight));
  pango_font_description_set_style(f->description,
                                   italic == litehtml::fontStyleItalic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  f->underline = (decoration & litehtml::font_decoration_underline) != 0;
  f->strike = (decoration & litehtml::font_decoration_linethrough) != 0;
  PangoFontMetrics* metrics = pango_context_get_metrics(context_, f->description, nullptr);
  f->ascent = static_cast<int>(std::ceil(pango_font_metrics_get_ascent(metrics) / double(PANGO_SCALE)));
  f->descent = static_cast<int>(std::ceil(pango_font_metrics_get_descent(metrics) / double(PANGO_SCALE)));
  pango_font_metrics_unref(metrics);
  if (fm) {
    fm->ascent = f->ascent;
    fm->descent = f->descent;
    fm->height = f->ascent + f->descent;
    fm->x_height = f->ascent / 2;
    fm->draw_spaces = f->underline || f->strike || italic == litehtml::fontStyleItalic;
  }
  fonts_.push_back(std::move(f));
  return reinterpret_cast<litehtml::uint_ptr>(fonts_.back().get());
}

void page_painter::delete_font(litehtml::uint_ptr handle) {
  auto* f = reinterpret_cast<font*>(handle);
  for (auto& owned : fonts_) {
    if (owned.get() == f) {
      pango_font_description_free(owned->description);
      owned.reset();
    }
  }
  fonts_.erase(std::remove(fonts_.begin(), fonts_.end(), nullptr), fonts_.end());
  for (auto it = widths_.begin(); it != widths_.end();)
    it = it->first.first == handle ? widths_.erase(it) : std::next(it);
}

PangoLayout* page_painter::layout_for(const font& f, const char* text) const {
  PangoLayout* layout = pango_layout_new(context_);
  pango_layout_set_font_description(layout, f.description);
  pango_layout_set_text(layout, text, -1);
  return layout;
}

int page_painter::text_width(const litehtml::tchar_t* text, litehtml::uint_ptr handle) {
  const auto key = std::make_pair(handle, std::string(text));
  if (auto it = widths_.find(key); it != widths_.end()) return it->second;
  PangoLayout* layout = layout_for(*reinterpret_cast<font*>(handle), text);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  const int width = static_cast<int>(std::ceil(w / double(PANGO_SCALE)));
  widths_.emplace(key, width);
  return width;
}

void page_painter::clip(cairo_t* cr) const {
  for (const litehtml::position& p : clips_) {
    cairo_rectangle(cr, p.x, p.y, p.width, p.height);
    cairo_clip(cr);
  }
}

void page_painter::draw_text(litehtml::uint_ptr hdc, const litehtml::tchar_t* text, litehtml::uint_ptr handle,
                             litehtml::web_color color, const litehtml::position& pos) {
  auto* cr = reinterpret_cast<cairo_t*>(hdc);
  const font& f = *reinterpret_cast<font*>(handle);
  cairo_save(cr);
  clip(cr);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  unhinted(pango_layout_get_context(layout));
  pango_layout_set_font_description(layout, f.description);
  pango_layout_set_text(layout, text, -1);
  const double baseline = pos.bottom() - f.descent;
  const double top = baseline - pango_layout_get_baseline(layout) / double(PANGO_SCALE);
  set_colour(cr, color);
  cairo_move_to(cr, pos.left(), top);
  pango_cairo_show_layout(cr, layout);
  if (f.underline || f.strike) {
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    const double y = f.underline ? baseline + 1.5 : baseline - f.ascent / 3.0;
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, pos.left(), y);
    cairo_line_to(cr, pos.left() + w / double(PANGO_SCALE), y);
    cairo_stroke(cr);
  }
  g_object_unref(layout);
  cairo_restore(cr);
}

void page_painter::draw_plain_text(cairo_t* cr, const std::string& text, double size, double x, double y, bool right) {
  PangoFontDescription* d = pango_font_description_from_string(options_.font.c_str());
  pango_font_description_set_absolute_size(d, size * px_per_pt * PANGO_SCALE);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72.0);
  pango_layout_set_font_description(layout, d);
  pango_layout_set_text(layout, text.c_str(), -1);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  cairo_set_source_rgb(cr, 0.37, 0.43, 0.48);
  cairo_move_to(cr, right ? x - w / double(PANGO_SCALE) : x,
                y - pango_layout_get_baseline(layout) / double(PANGO_SCALE));
  pango_cairo_show_layout(cr, layout);
  g_object_unref(layout);
  pango_font_description_free(d);
}

void page_painter::draw_list_marker(litehtml::uint_ptr hdc, const litehtml::list_marker& marker) {
  auto* cr = reinterpret_cast<cairo_t*>(hdc);
  cairo_save(cr);
  clip(cr);
  set_colour(cr, marker.color);
  const litehtml::position& p = marker.pos;
  const double r = std::min(p.width, p.height) / 2.0;
  switch (marker.marker_type) {
    case litehtml::list_style_type_square:
      cairo_rectangle(cr, p.x, p.y, p.width, p.height);
      cairo_fill(cr);
      break;
    case litehtml::list_style_type_circle:
      cairo_arc(cr, p.x + r, p.y + r, r - 0.5, 0, 2 * M_PI);
      cairo_set_line_width(cr, 1);
      cairo_stroke(cr);
      break;
    default:
      cairo_arc(cr, p.x + r, p.y + r, r, 0, 2 * M_PI);
      cairo_fill(cr);
      break;
  }
  cairo_restore(cr);
}

void page_painter::get_image_size(const litehtml::tchar_t* src, const litehtml::tchar_t*, litehtml::size& sz) {
  sz.width = sz.height = 0;
  const auto it = options_.images.find(src ? src : "");
  if (it == options_.images.end()) return;
  if (it->second.svg) {
    const auto [w, h] = svg_size(it->second.bytes);
    sz.width = static_cast<int>(std::lround(w * px_per_pt));
    sz.height = static_cast<int>(std::lround(h * px_per_pt));
    return;
  }
  png_reader reader{&it->second.bytes};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(read_png, &reader);
  if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS) {
    sz.width = cairo_image_surface_get_width(image);
    sz.height = cairo_image_surface_get_height(image);
  }
  cairo_surface_destroy(image);
}

void page_painter::draw_image(cairo_t* cr, const std::string& src, const litehtml::position& box) {
  const auto it = options_.images.find(src);
  if (it == options_.images.end() || box.width <= 0 || box.height <= 0) return;
  if (it->second.svg) {
    RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(it->second.bytes.data()),
                                                   it->second.bytes.size(), nullptr);
    if (!handle) return;
    const RsvgRectangle viewport{static_cast<double>(box.x), static_cast<double>(box.y), static_cast<double>(box.width),
                                 static_cast<double>(box.height)};
    rsvg_handle_render_document(handle, cr, &viewport, nullptr);
    g_object_unref(handle);
    return;
  }
  png_reader reader{&it->second.bytes};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(read_png, &reader);
  if (cairo_surface_status(image) == CAIRO_STATUS_SUCCESS) {
    const int w = cairo_image_surface_get_width(image), h = cairo_image_surface_get_height(image);
    cairo_save(cr);
    cairo_translate(cr, box.x, box.y);
    cairo_scale(cr, box.width / double(w), box.height / double(h));
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
  }
  cairo_surface_destroy(image);
}

void page_painter::draw_background(litehtml::uint_ptr hdc, const litehtml::background_paint& bg) {
  auto* cr = reinterpret_cast<cairo_t*>(hdc);
  cairo_save(cr);
  clip(cr);
  cairo_rectangle(cr, bg.clip_box.x, bg.clip_box.y, bg.clip_box.width, bg.clip_box.height);
  cairo_clip(cr);
  if (bg.color.alpha) {
    set_colour(cr, bg.color);
    cairo_rectangle(cr, bg.border_box.x, bg.border_box.y, bg.border_box.width, bg.border_box.height);
    cairo_fill(cr);
  }
  if (!bg.image.empty()) {
    draw_image(cr, bg.image, {bg.position_x, bg.position_y, bg.image_size.width, bg.image_size.height});
  }
  cairo_restore(cr);
}

void page_painter::draw_borders(litehtml::uint_ptr hdc, const litehtml::borders& b, const litehtml::position& p,
                                bool /*root*/) {
  auto* cr = reinterpret_cast<cairo_t*>(hdc);
  cairo_save(cr);
  clip(cr);
  auto side = [&](const litehtml::border& border, double x, double y, double w, double h) {
    if (border.width <= 0 || border.style <= litehtml::border_style_hidden) return;
    set_colour(cr, border.color);
    cairo_rectangle(cr, x, y, w, h);
    cairo_fill(cr);
  };
  side(b.top, p.x, p.y, p.width, b.top.width);
  side(b.bottom, p.x, p.bottom() - b.bottom.width, p.width, b.bottom.width);
  side(b.left, p.x, p.y, b.left.width, p.height);
  side(b.right, p.right() - b.right.width, p.y, b.right.width, p.height);
  cairo_restore(cr);
}

void page_painter::transform_text(litehtml::tstring& text, litehtml::text_transform tt) {
  gchar* changed = nullptr;
  if (tt == litehtml::text_transform_uppercase) changed = g_utf8_strup(text.c_str(), -1);
  if (tt == litehtml::text_transform_lowercase) changed = g_utf8_strdown(text.c_str(), -1);
  if (changed) {
    text = changed;
    g_free(changed);
  }
}

void page_painter::set_clip(const litehtml::position& pos, const litehtml::border_radiuses&, bool, bool) {
  clips_.push_back(pos);
}

void page_painter::del_clip() {
  if (!clips_.empty()) clips_.pop_back();
}

void page_painter::get_client_rect(litehtml::position& client) const { client = {0, 0, content_width_, 1 << 24}; }

void page_painter::get_media_features(litehtml::media_features& media) const {
  media.type = litehtml::media_type_print;
  media.width = media.device_width = content_width_;
  media.height = media.device_height = static_cast<int>(options_.page_height * px_per_pt);
  media.color = 8;
  media.monochrome = 0;
  media.color_index = 256;
  media.resolution = 72 * px_per_pt;
}

void page_painter::get_language(litehtml::tstring& language, litehtml::tstring& culture) const {
  language = "fr";
  culture = "FR";
}

}  // namespace passation::detail
