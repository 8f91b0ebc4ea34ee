#include "progress.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include "console.hpp"

namespace passation::cli {

progress_line::progress_line(std::string command)
    : command_(std::move(command)), terminal_(::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}

progress_line::~progress_line() {
  if (shown_) write_err("\r\x1b[2K");  // erased: the command's own lines follow
}

void progress_line::show(const std::string& what) {
  if (!terminal_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(2)) return;
  if (shown_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  shown_ = true;
  write_err(fmt::format("\r\x1b[2K{}: {}", command_, what));
}

std::function<void(std::size_t, std::size_t)> progress_line::drawings() {
  return [this](std::size_t done, std::size_t count) { show(fmt::format("drawn {} of {}", done, count)); };
}

std::function<void(std::uint64_t, std::uint64_t)> progress_line::splits() {
  return [this](std::uint64_t done, std::uint64_t count) {
    show(fmt::format("{}% of the {} splits checked", count ? done * 100 / count : 100, count));
  };
}

}  // namespace passation::cli
