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

void progress_line::operator()(std::size_t done, std::size_t count) {
  if (!terminal_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(2)) return;
  if (shown_ && done < count && now - last_ < std::chrono::milliseconds(100)) return;  // 10 updates a second at most
  last_ = now;
  shown_ = true;
  write_err(fmt::format("\r\x1b[2K{}: drawn {} of {}", command_, done, count));
}

}  // namespace passation::cli
