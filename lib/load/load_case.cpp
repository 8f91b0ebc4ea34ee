#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "passation/limits.hpp"

#include "check/check_model.hpp"
#include "passation/check.hpp"
#include "passation/error.hpp"
#include "passation/load.hpp"
#include "passation/output.hpp"
#include "preflight.hpp"
#include "quotes.hpp"
#include "read_case.hpp"

namespace passation {

namespace {
// yaml-cpp's messages ("unknown token", "illegal map value") do not say what to do; most syntax
// errors in case files come from texts in {…} or […] that hold a YAML indicator, or from a ': '
// inside a text.
std::string syntax_hint(std::string_view text, position at, std::string_view message) {
  std::size_t start = 0;
  for (int line = 1; line < at.line && start != std::string_view::npos; ++line) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return {};
  std::string_view line = text.substr(start, text.find('\n', start) - start);
  if (line.find('{') != std::string_view::npos || line.find('[') != std::string_view::npos) {
    return ": inside {...} or [...], put in quotes a text that holds ',', '?', ':', '#', '[', ']', '{' or '}'";
  }
  if (message != "illegal map value" || at.column < 1) return {};
  line = line.substr(0, std::min(line.size(), static_cast<std::size_t>(at.column - 1)));  // up to the ':'
  const std::size_t key = line.find_first_not_of(" -");
  if (key == std::string_view::npos) return {};
  if (line.find(": ", key) != std::string_view::npos) {
    return ": put in quotes a text that holds ': ', e.g. label: \"Phase 1: audit\"";
  }
  if (line.size() - key > 1024) return ": YAML reads keys of at most 1024 characters; is a line break missing?";
  // A key indented deeper than the line above, which already has its value (an editor's
  // automatic indentation does that): YAML cannot hang a map under a value.
  std::string_view above;
  for (std::size_t end = start; end > 0 && above.empty();) {  // text[end - 1] is the '\n' ending the line above
    const std::size_t newline = end >= 2 ? text.rfind('\n', end - 2) : std::string_view::npos;
    const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
    const std::string_view candidate = text.substr(begin, end - 1 - begin);
    const std::size_t first = candidate.find_first_not_of(' ');
    if (first != std::string_view::npos && candidate[first] != '#') above = candidate;
    if (begin == 0) break;
    end = begin;
  }
  const std::size_t above_colon = above.find(": ");
  if (!above.empty() && key > above.find_first_not_of(" -") && above_colon != std::string_view::npos &&
      above.find_first_not_of(' ', above_colon + 1) != std::string_view::npos) {
    return ": this line is indented more than the one above, which already has its value; give it the indentation "
           "of its siblings";
  }
  return {};
}
}  // namespace

struct document_shape {
  std::size_t depth = 0;  ///< deepest nesting of maps and lists
  position deepest_at{1, 1};
  bool too_many = false;  ///< more than limits::expanded_values values once aliases are expanded
  position too_many_at{1, 1};
};

// How deep and how large a document is, walked with an explicit stack since it is not yet known to
// be shallow. An alias is walked again at each use, as every later reader will: the walk stops once
// it has seen limits::expanded_values values, so that an alias bomb costs a bounded time.
document_shape shape_of(const YAML::Node& root) {
  document_shape shape;
  std::size_t seen = 0;
  position last_collection{1, 1};  // where the count runs out: a list or a map, not one of its texts
  std::vector<std::pair<YAML::Node, std::size_t>> todo{{root, 1}};
  while (!todo.empty()) {
    auto [node, level] = todo.back();
    todo.pop_back();
    if (++seen > limits::expanded_values) {
      shape.too_many = true;
      shape.too_many_at = last_collection;
      break;
    }
    if (!node.IsMap() && !node.IsSequence()) continue;
    last_collection = detail::yaml_reader::where(node, last_collection);
    if (level > shape.depth) {
      shape.depth = level;
      shape.deepest_at = detail::yaml_reader::where(node, shape.deepest_at);
    }
    if (level > limits::nesting) continue;  // deep enough to report; no need to go further
    if (node.IsMap()) {
      for (auto it = node.begin(); it != node.end(); ++it) todo.emplace_back(it->second, level + 1);
    } else {
      for (const YAML::Node& child : node) todo.emplace_back(child, level + 1);
    }
  }
  return shape;
}

// Where brackets or "- " first nest past the limit, for documents too deep for yaml-cpp to build:
// an estimate that ignores quotes and block texts, good enough to point at the place.
position where_too_deep(std::string_view text) {
  int line = 1, column = 1;
  std::size_t depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i, ++column) {
    const char ch = text[i];
    if (ch == '\n') {
      ++line;
      column = 0;
      depth = 0;
    } else if (ch == '[' || ch == '{' || (ch == '-' && i + 1 < text.size() && text[i + 1] == ' ')) {
      if (++depth > limits::nesting) return {line, column};
    } else if (ch == ']' || ch == '}') {
      if (depth > 0) --depth;
    }
  }
  return {1, 1};
}

// Where a second YAML document starts: a "---" (or a "..." followed by more) at the start of a
// line, once the first document has content. Nothing when there is one document.
position second_document(std::string_view text) {
  bool content = false, ended = false;
  int line = 1;
  for (std::size_t start = 0; start <= text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(start, end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    start = end + 1;
    const bool marker = l.substr(0, 3) == "---" && (l.size() == 3 || l[3] == ' ' || l[3] == '\t');
    const bool stop = l.substr(0, 3) == "..." && (l.size() == 3 || l[3] == ' ' || l[3] == '\t');
    if (marker && content) return {line, 1};
    if (stop) {
      ended = content;
      continue;
    }
    const std::size_t first = l.find_first_not_of(" \t");
    if (first == std::string_view::npos || l[first] == '#') continue;
    if (ended) return {line, 1};
    if (!marker) content = true;
  }
  return {};
}

namespace {

void report_runaway(detail::yaml_reader& reader, const detail::runaway_quote& runaway) {
  const char* name = runaway.quote == '"' ? "double" : "single";
  if (!runaway.closed) {
    reader.error(runaway.opened, fmt::format("this {} quote ({}) is never closed: the text it opens runs to the end "
                                             "of the file; close it where the text ends",
                                             name, runaway.quote));
  } else {
    reader.error(runaway.opened, fmt::format("this {} quote ({}) is not closed on its line: YAML reads the lines "
                                             "below, up to the quote on line {}, as one text; close it where the "
                                             "text ends",
                                             name, runaway.quote, runaway.closed_line));
  }
}

// The one YAML document of the file, or nothing when it is not one that a case can be read from
// (the reason is reported).
std::optional<YAML::Node> read_document(detail::yaml_reader& reader, const std::string& checked) {
  // YAML::Load, not LoadAll: yaml-cpp 0.7's LoadAll loops forever, allocating, on some inputs as
  // short as 15 bytes (found by fuzzing: fuzz/corpus/load/regression-loadall-hang). A second
  // document is found by its marker instead.
  if (const position second = second_document(checked); second.known()) {
    reader.error(second, "the file holds several YAML documents ('---'); a case file holds exactly one");
    return std::nullopt;
  }
  // A quote never closed: reported where it opens. yaml-cpp accepts one on the last line, and
  // otherwise fails where the next quote is, lines below, with a message about something else.
  const std::optional<detail::runaway_quote> runaway = detail::find_runaway_quote(checked);
  if (runaway && !runaway->closed) {
    report_runaway(reader, *runaway);
    return std::nullopt;
  }
  try {
    return YAML::Load(checked);
  } catch (const YAML::DeepRecursion&) {
    reader.error(where_too_deep(checked), fmt::format("the file nests maps and lists more than {} levels deep, which a "
                                                      "case file may not",
                                                      limits::nesting));
  } catch (const YAML::Exception& e) {
    const position at = e.mark.is_null() ? position{1, 1} : position{e.mark.line + 1, e.mark.column + 1};
    if (runaway && runaway->opened < at) {
      report_runaway(reader, *runaway);
    } else {
      reader.error(at, fmt::format("invalid YAML ({}){}", e.msg, syntax_hint(checked, at, e.msg)));
    }
  }
  return std::nullopt;
}

// False, with the reason reported, for a document that holds no case, or one too deep or too
// large once its aliases are expanded.
bool readable(detail::yaml_reader& reader, const YAML::Node& document) {
  if (document.IsNull()) {
    reader.error({1, 1},
                 "the file holds no case: start with 'case: <id>', 'title: …', 'actors:', 'components:' "
                 "(see docs/case-file.md)");
    return false;
  }
  const document_shape shape = shape_of(document);
  if (shape.depth > limits::nesting) {
    reader.error(shape.deepest_at, fmt::format("the file nests maps and lists more than {} levels deep, which a case "
                                               "file may not",
                                               limits::nesting));
    return false;
  }
  if (shape.too_many) {
    reader.error(shape.too_many_at,
                 fmt::format("once its aliases (*name) are expanded, the file holds more than {} values, which a case "
                             "file may not: use fewer aliases, or aliases of lists that are not themselves made of "
                             "aliases",
                             limits::expanded_values));
    return false;
  }
  return true;
}

}  // namespace

load_result parse_case(std::string_view yaml, std::string file_name) {
  load_result result;
  auto& diagnostics = result.diagnostics;
  const std::string checked = detail::preflight(yaml, file_name, diagnostics);
  if (has_errors(diagnostics)) return result;

  detail::yaml_reader reader(file_name, diagnostics);
  const std::optional<YAML::Node> document = read_document(reader, checked);
  if (!document || !readable(reader, *document)) return result;

  handover_case c = detail::read_case(reader, *document);
  c.source = std::move(file_name);
  if (reader.left_unread()) {
    // A collection over its limit was not read: one error per cause, not one per reference to it.
  } else if (has_errors(diagnostics)) {
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
  // One byte more than a case may have: enough to say it is too large, even for /dev/zero.
  const std::string bytes = read_file(file, limits::file_bytes + 1);
  return load_case_string(bytes, file.string());
}

}  // namespace passation
