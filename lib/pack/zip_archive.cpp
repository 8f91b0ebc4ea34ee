#include "zip_archive.hpp"

#include <zip.h>

#include <fmt/format.h>

#include "passation/error.hpp"

namespace passation::detail {

namespace {
// 2000-01-01 00:00, in the MS-DOS format zip entries carry: the date of every entry, so that the
// archive changes neither with the clock nor with the time zone.
constexpr zip_uint16_t k_dos_time = 0;                                    // 00:00:00
constexpr zip_uint16_t k_dos_date = ((2000 - 1980) << 9) | (1 << 5) | 1;  // 2000-01-01

[[noreturn]] void fail(const char* what, zip_error_t* error) {
  const std::string message = fmt::format("cannot build the archive ({}): {}", what, zip_error_strerror(error));
  throw passation::error(message);
}
}  // namespace

void zip_archive::add(std::string name, std::string bytes, bool compress) {
  entries_.push_back({std::move(name), std::move(bytes), compress});
}

std::string zip_archive::bytes() const {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!memory) fail("memory", &error);
  zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, &error);
  if (!archive) {
    zip_source_free(memory);
    fail("open", &error);
  }
  zip_source_keep(memory);  // read back once the archive is closed
  for (const entry& e : entries_) {
    zip_source_t* data = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
    const zip_int64_t index = data ? zip_file_add(archive, e.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (data) zip_source_free(data);
      zip_discard(archive);
      zip_source_free(memory);
      throw passation::error(fmt::format("cannot add {} to the archive", e.name));
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
    zip_file_set_dostime(archive, static_cast<zip_uint64_t>(index), k_dos_time, k_dos_date, 0);
  }
  if (zip_close(archive) != 0) {
    zip_error_t* close_error = zip_get_error(archive);
    const std::string message = fmt::format("cannot build the archive: {}", zip_error_strerror(close_error));
    zip_discard(archive);
    zip_source_free(memory);
    throw passation::error(message);
  }
  std::string out;
  if (zip_source_open(memory) == 0) {
    char buffer[65536];
    zip_int64_t n = 0;
    while ((n = zip_source_read(memory, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<std::size_t>(n));
    zip_source_close(memory);
  }
  zip_source_free(memory);
  zip_error_fini(&error);
  if (out.empty()) throw passation::error("cannot read the archive back");
  return out;
}

}  // namespace passation::detail
