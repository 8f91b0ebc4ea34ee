#include "console.hpp"

#include <cstdio>
#include <iostream>

#include <fcntl.h>
#include <unistd.h>

namespace passation::cli {

namespace {
bool out_lost = false;

void write_to(std::FILE* stream, std::string_view bytes, bool& lost) noexcept {
  if (bytes.empty() || lost) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), stream) != bytes.size()) lost = true;
}
}  // namespace

void guard_standard_streams() noexcept {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1) continue;
    // Standard input opened write-only and the outputs read-only: every use of them fails.
    const int opened = ::open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
    if (opened >= 0 && opened != fd) {
      ::dup2(opened, fd);
      ::close(opened);
    }
  }
}

void write_out(std::string_view bytes) noexcept {
  std::cout.flush();  // CLI11 and a few others write through std::cout: keep the order
  write_to(stdout, bytes, out_lost);
}

void write_err(std::string_view bytes) noexcept {
  bool lost = false;  // nothing to do about it: the command keeps its own exit code
  write_to(stderr, bytes, lost);
}

bool stdout_failed() noexcept {
  std::cout.flush();
  if (!std::cout) out_lost = true;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) out_lost = true;
  return out_lost;
}

}  // namespace passation::cli
