// French typography, applied as texts are written into an output.

#include "passation/text.hpp"

namespace passation {

namespace {

constexpr std::string_view no_break = "\u00A0";         // before ':'
constexpr std::string_view narrow_no_break = "\u202F";  // before ';', '?', '!', inside « »

bool is_space_before(std::string_view s, std::size_t at, std::size_t& length) {
  // An ordinary space, a no-break space or a narrow one, ending just before `at`.
  if (at >= 1 && s[at - 1] == ' ') return (length = 1), true;
  if (at >= 2 && s.substr(at - 2, 2) == no_break) return (length = 2), true;
  if (at >= 3 && s.substr(at - 3, 3) == narrow_no_break) return (length = 3), true;
  return false;
}

}  // namespace

std::string typeset(std::string_view s, language lang) {
  if (lang != language::fr) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  bool code = false;  // inside `…`
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (ch == '`') code = !code;
    if (code) {
      out += ch;
      continue;
    }
    if (ch == '\'') {
      out += "\u2019";
      continue;
    }
    if (ch == ':' || ch == ';' || ch == '?' || ch == '!') {
      std::size_t length = 0;
      if (is_space_before(out, out.size(), length)) {
        out.resize(out.size() - length);
        out += ch == ':' ? no_break : narrow_no_break;
      }
      out += ch;
      continue;
    }
    // « followed by a space, a space followed by »: the narrow no-break space.
    if (s.substr(i, 2) == "\u00AB") {
      out += "\u00AB";
      ++i;
      std::size_t j = i + 1;
      if (j < s.size() && s[j] == ' ') {
        out += narrow_no_break;
        i = j;
      } else if (s.substr(j, 2) == no_break) {
        out += narrow_no_break;
        i = j + 1;
      }
      continue;
    }
    if (s.substr(i, 2) == "\u00BB") {
      std::size_t length = 0;
      if (is_space_before(out, out.size(), length)) {
        out.resize(out.size() - length);
        out += narrow_no_break;
      }
      out += "\u00BB";
      ++i;
      continue;
    }
    out += ch;
  }
  return out;
}

}  // namespace passation
