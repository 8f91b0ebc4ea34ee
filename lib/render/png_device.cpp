#include "png_device.hpp"

#include <cmath>
#include <png.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include <gvc.h>
#include <gvcjob.h>
#include <gvplugin_device.h>

// Graphviz's writer to a job's output (a file, or gvRenderData's buffer): exported by libgvc
// 2.42 but declared only in a header it does not install (gvio.h).
extern "C" size_t gvwrite(GVJ_t* job, const char* s, size_t len);

namespace passation::detail {

namespace {

void write_to_job(png_structp png, png_bytep data, png_size_t length) {
  auto* job = static_cast<GVJ_t*>(png_get_io_ptr(png));
  gvwrite(job, reinterpret_cast<const char*>(data), length);
}

void flush_nothing(png_structp) {}

// Called once the page is painted: job->imagedata holds cairo's pixels, native-endian ARGB32,
// premultiplied by alpha, one row after another (the stride is 4 × width for these surfaces).
void encode(GVJ_t* job) {
  if (!job->imagedata || job->width == 0 || job->height == 0) return;
  const auto* pixels = reinterpret_cast<const std::uint32_t*>(job->imagedata);
  const std::size_t width = job->width, height = job->height;

  // passation draws on white (bgcolor): the only pixels that are not opaque are on the last row
  // or column, where the white background covers part of a pixel. Composed over white, every
  // pixel is opaque, and the picture is written as RGB: a quarter smaller than RGBA.
  constexpr std::size_t channels = 3;

  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (!png) return;
  png_infop info = png_create_info_struct(png);
  std::vector<png_byte> row(width * channels);
  if (!info || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, info ? &info : nullptr);
    return;
  }
  png_set_write_fn(png, job, write_to_job, flush_nothing);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  // The resolution, so that a slide or a word processor gives the picture its size in inches.
  const auto per_metre = static_cast<png_uint_32>(std::lround(job->dpi.x / 0.0254));
  png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
  // Measured on Sport Santé's B1 at 300 dpi (10 million pixels), the whole drawing: with libpng's
  // defaults (every filter tried on every row, zlib level 6) 0.60 s and 759 KB; without filters at
  // level 4, 0.34 s and 740 KB (cairo's own writer, RGBA: 0.86 s, 848 KB). Flat colours compress
  // well without filters; Sub or Up make them larger.
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level(png, 4);
  png_write_info(png, info);
  for (std::size_t y = 0; y < height; ++y) {
    const std::uint32_t* in = pixels + y * width;
    png_byte* out = row.data();
    for (std::size_t x = 0; x < width; ++x) {
      // Premultiplied: a colour over white adds white's share, 255 - alpha, to each channel.
      const std::uint32_t p = in[x];
      const unsigned white = 0xFF - (p >> 24);
      *out++ = static_cast<png_byte>(((p >> 16) & 0xFF) + white);
      *out++ = static_cast<png_byte>(((p >> 8) & 0xFF) + white);
      *out++ = static_cast<png_byte>((p & 0xFF) + white);
    }
    png_write_row(png, row.data());
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
}

gvdevice_engine_t k_engine = {nullptr, encode, nullptr};

// As Graphviz's own PNG device: binary, true colour, 96 dots per inch unless the graph says.
gvdevice_features_t k_features = {GVDEVICE_BINARY_FORMAT | GVDEVICE_DOES_TRUECOLOR, {0., 0.}, {0., 0.}, {96., 96.}};

// Id 0 is the cairo renderer's "cairo" format: it paints into an image surface and hands its
// pixels to the device (job->imagedata) instead of encoding them itself.
gvplugin_installed_t k_types[] = {
    {0, "png:cairo", 1, &k_engine, &k_features},
    {0, nullptr, 0, nullptr, nullptr},
};

gvplugin_api_t k_apis[] = {
    {API_device, k_types},
    {static_cast<api_t>(0), nullptr},
};

gvplugin_library_t k_library = {const_cast<char*>("passation_png"), k_apis};

}  // namespace

gvplugin_library_t& png_device_library() { return k_library; }

}  // namespace passation::detail
