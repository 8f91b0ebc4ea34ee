#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "../check/check_model.hpp"
#include "passation/check.hpp"
#include "passation/error.hpp"
#include "passation/load.hpp"
#include "passation/output.hpp"
#include "preflight.hpp"
#include "read_case.hpp"

namespace passation {

namespace {
// yaml-cpp's messages ("unknown token") do not say what to do; most syntax errors in case files
// come from texts in {…} or […] that hold a YAML indicator.
std::string syntax_hint(std::string_view text, position at) {
  std::size_t start = 0;
  for (int line = 1; line < at.line && start != std::string_view::npos; ++line) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return {};
  const std::string_view line = text.substr(start, text.find('\n', start) - start);
  if (line.find('{') == std::string_view::npos && line.find('[') == std::string_view::npos) return {};
  return ": inside {...} or [...], put in quotes a text that holds ',', '?', ':', '#', '[', ']', '{' or '}'";
}
}  // namespace

load_result parse_case(std::string_view yaml, std::string file_name) {
  load_result result;
  auto& diagnostics = result.diagnostics;
  const std::string_view checked = detail::preflight(yaml, file_name, diagnostics);
  if (has_errors(diagnostics)) return result;

  detail::yaml_reader reader(file_name, diagnostics);
  std::vector<YAML::Node> documents;
  try {
    documents = YAML::LoadAll(std::string(checked));
  } catch (const YAML::Exception& e) {
    const position at = e.mark.is_null() ? position{1, 1} : position{e.mark.line + 1, e.mark.column + 1};
    reader.error(at, fmt::format("invalid YAML ({}){}", e.msg, syntax_hint(checked, at)));
    return result;
  }
  if (documents.empty() || documents.front().IsNull()) {
    reader.error({1, 1}, "the file holds no case: start with 'case: <id>', 'title: …', 'actors:', 'components:' "
                         "(see docs/case-file.md)");
    return result;
  }
  if (documents.size() > 1) {
    reader.error(detail::yaml_reader::where(documents[1], {1, 1}),
                 "the file holds several YAML documents ('---'); a case file holds exactly one");
  }

  handover_case c = detail::read_case(reader, documents.front());
  c.source = file_name;
  if (has_errors(diagnostics)) {
    // Shape errors already reported: only look for broken references, not for what could not be read.
    detail::check_model(c, detail::check_scope::references_only, diagnostics);
  } else {
    std::vector<diagnostic> more = check_case(c);
    diagnostics.insert(diagnostics.end(), more.begin(), more.end());
  }
  sort_by_position(diagnostics);
  if (!has_errors(diagnostics)) result.value = std::move(c);
  return result;
}

handover_case load_case_string(std::string_view yaml, std::string file_name) {
  load_result r = parse_case(yaml, std::move(file_name));
  if (!r.ok()) throw case_error(std::move(r.diagnostics));
  return std::move(*r.value);
}

handover_case load_case_file(const std::filesystem::path& file) {
  const std::string bytes = read_file(file);
  return load_case_string(bytes, file.string());
}

}  // namespace passation
