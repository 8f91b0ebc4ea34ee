#pragma once
// A line on standard error that says how far a long command has gone ("passation pack: drawn 48
// of 230"), on a terminal only, once the command has run for 2 seconds, rewritten in place and
// erased at the end. Redirected to a file or a pipe, standard error gets none of it.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace passation::cli {

class progress_line {
 public:
  /// `command`: what the line starts with, "passation pack".
  explicit progress_line(std::string command);
  /// Erases the line if it was shown.
  ~progress_line();
  progress_line(const progress_line&) = delete;
  progress_line& operator=(const progress_line&) = delete;

  /// Shows "<command>: <what>", at most ten times a second.
  void show(const std::string& what);
  /// The callback of batch_options::progress and pack_options::progress: "drawn N of M".
  [[nodiscard]] std::function<void(std::size_t, std::size_t)> drawings();
  /// The callback of explore_options::progress: "N% of the M splits checked".
  [[nodiscard]] std::function<void(std::uint64_t, std::uint64_t)> splits();

 private:
  std::string command_;
  bool terminal_ = false;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace passation::cli
