#pragma once
// litehtml's window onto cairo and pango: litehtml asks it to measure text and to paint boxes,
// text and pictures; every length is in "pixels" of half a point, so that litehtml's whole
// numbers place things within half a point.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <cairo.h>
#include <litehtml.h>
#include <pango/pangocairo.h>

#include "print/print.hpp"

namespace passation::detail {

/// Pixels per point: litehtml counts in whole pixels.
inline constexpr int px_per_pt = 2;

// litehtml's document_container has no virtual destructor; this class is final, and nothing deletes
// it through its base.
// NOLINTNEXTLINE(cppcoreguidelines-virtual-class-destructor)
class page_painter final : public litehtml::document_container {
 public:
  page_painter(const print_options& options, int content_width_px);
  ~page_painter();
  page_painter(const page_painter&) = delete;
  page_painter& operator=(const page_painter&) = delete;

  litehtml::uint_ptr create_font(const litehtml::tchar_t* face, int size, int weight, litehtml::font_style italic,
                                 unsigned int decoration, litehtml::font_metrics* fm) override;
  void delete_font(litehtml::uint_ptr handle) override;
  int text_width(const litehtml::tchar_t* text, litehtml::uint_ptr handle) override;
  void draw_text(litehtml::uint_ptr hdc, const litehtml::tchar_t* text, litehtml::uint_ptr handle,
                 litehtml::web_color color, const litehtml::position& pos) override;
  int pt_to_px(int pt) const override { return pt * px_per_pt; }
  int get_default_font_size() const override { return 10 * px_per_pt; }
  const litehtml::tchar_t* get_default_font_name() const override { return options_.font.c_str(); }
  void draw_list_marker(litehtml::uint_ptr hdc, const litehtml::list_marker& marker) override;
  void load_image(const litehtml::tchar_t*, const litehtml::tchar_t*, bool) override {}
  void get_image_size(const litehtml::tchar_t* src, const litehtml::tchar_t* baseurl, litehtml::size& sz) override;
  void draw_background(litehtml::uint_ptr hdc, const litehtml::background_paint& bg) override;
  void draw_borders(litehtml::uint_ptr hdc, const litehtml::borders& b, const litehtml::position& p,
                    bool root) override;
  void set_caption(const litehtml::tchar_t*) override {}
  void set_base_url(const litehtml::tchar_t*) override {}
  void link(const std::shared_ptr<litehtml::document>&, const litehtml::element::ptr&) override {}
  void on_anchor_click(const litehtml::tchar_t*, const litehtml::element::ptr&) override {}
  void set_cursor(const litehtml::tchar_t*) override {}
  void transform_text(litehtml::tstring& text, litehtml::text_transform tt) override;
  void import_css(litehtml::tstring&, const litehtml::tstring&, litehtml::tstring&) override {}
  void set_clip(const litehtml::position& pos, const litehtml::border_radiuses&, bool, bool) override;
  void del_clip() override;
  void get_client_rect(litehtml::position& client) const override;
  std::shared_ptr<litehtml::element> create_element(const litehtml::tchar_t*, const litehtml::string_map&,
                                                    const std::shared_ptr<litehtml::document>&) override {
    return nullptr;
  }
  void get_media_features(litehtml::media_features& media) const override;
  void get_language(litehtml::tstring& language, litehtml::tstring& culture) const override;

  /// Draws `text` in the page's default font at `size` points, its baseline at (x, y) pixels,
  /// right-aligned on x when `right` (the footer).
  void draw_plain_text(cairo_t* cr, const std::string& text, double size, double x, double y, bool right);

 private:
  struct font {
    PangoFontDescription* description = nullptr;
    int ascent = 0, descent = 0;
    bool underline = false, strike = false;
  };
  PangoLayout* layout_for(const font& f, const char* text) const;
  void clip(cairo_t* cr) const;
  void draw_image(cairo_t* cr, const std::string& src, const litehtml::position& box);

  const print_options& options_;
  int content_width_;
  cairo_surface_t* measure_surface_ = nullptr;
  cairo_t* measure_ = nullptr;
  PangoContext* context_ = nullptr;
  std::vector<std::unique_ptr<font>> fonts_;
  std::vector<litehtml::position> clips_;
  std::map<std::pair<litehtml::uint_ptr, std::string>, int> widths_;  // text widths, measured once
};

}  // namespace passation::detail
