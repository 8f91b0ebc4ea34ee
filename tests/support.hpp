#pragma once
// Helpers shared by the tests: files of the source tree, running the CLI, reading SVG as XML.

#include <filesystem>
#include <string>
#include <vector>

namespace passation::testing {

/// A path in the source tree.
std::filesystem::path source_path(const std::string& relative);

/// A fresh, empty folder for one test.
std::filesystem::path fresh_folder(const std::string& name);

struct command_result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// What a run's standard output or standard error is: captured, closed, or /dev/full (where every
/// write fails with ENOSPC).
enum class stream_state { captured, closed, full };

/// Runs the passation command with `arguments` in folder `cwd` (no shell involved).
command_result run_cli(const std::vector<std::string>& arguments, const std::filesystem::path& cwd = {},
                       stream_state out = stream_state::captured, stream_state err = stream_state::captured);

/// An SVG document parsed as XML; throws when it is not well-formed.
class svg_document {
 public:
  explicit svg_document(const std::string& bytes);
  ~svg_document();
  svg_document(const svg_document&) = delete;
  svg_document& operator=(const svg_document&) = delete;

  /// How many nodes an XPath expression selects (the SVG namespace is bound to "s").
  [[nodiscard]] int count(const std::string& xpath) const;
  /// The text content of every <text> element, in document order.
  [[nodiscard]] std::vector<std::string> texts() const;

 private:
  void* doc_;
};

/// Text of a whole file.
std::string slurp(const std::filesystem::path& file);

}  // namespace passation::testing
