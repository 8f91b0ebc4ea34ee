// What user text becomes inside a Graphviz label: escaped, wrapped, never markup.

#include <catch2/catch.hpp>

#include "model/suggest.hpp"
#include "model/safe_text.hpp"
#include "render/label.hpp"

using namespace passation::detail;

TEST_CASE("user text cannot add markup to an HTML-like label", "[labels]") {
  CHECK(escape_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(escape_html("a & b \"c\" 'd'") == "a &amp; b &quot;c&quot; &#39;d&#39;");
  CHECK(escape_html("]]>") == "]]&gt;");
  // Graphviz reads \N, \G… even in HTML-like labels: backslashes are doubled, which it reads as one.
  CHECK(escape_html("\\N \\G {|}") == "\\\\N \\\\G {|}");
}

TEST_CASE("control characters and invalid UTF-8 never reach the SVG", "[labels]") {
  CHECK(escape_html("a\x01"
                    "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(escape_html("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
  CHECK(escape_html("tab\there") == "tab here");
  CHECK(escape_html("Réception confirmée ?") == "Réception confirmée ?");
  CHECK(escape_html("emoji \xF0\x9F\x9A\x91") == "emoji \xF0\x9F\x9A\x91");
}

TEST_CASE("labels wrap at spaces, counting characters, not bytes", "[labels]") {
  CHECK(wrap("Transfert du code (dépôt Git)", 30) == std::vector<std::string>{"Transfert du code (dépôt Git)"});
  CHECK(wrap("Export / import de la base MySQL", 20) ==
        std::vector<std::string>{"Export / import de", "la base MySQL"});
  CHECK(wrap("éééééééééé", 4) == std::vector<std::string>{"éééé", "éééé", "éé"});
  CHECK(wrap("one\ntwo", 40) == std::vector<std::string>{"one", "two"});
  CHECK(wrap("", 10).empty());
  CHECK(display_length("Réception") == 9);
}

TEST_CASE("a French question mark stays with its word", "[labels]") {
  CHECK(wrap("Réception confirmée ?", 20) == std::vector<std::string>{"Réception", "confirmée ?"});
  CHECK(wrap("Le prestataire a-t-il tout reçu ?", 24) ==
        std::vector<std::string>{"Le prestataire a-t-il", "tout reçu ?"});
}

TEST_CASE("did you mean: the closest known name, when it is close", "[labels]") {
  const std::vector<std::string> keys{"label", "detail", "actor", "next"};
  CHECK(closest_match("lable", keys) == std::optional<std::string>("label"));
  CHECK(closest_match("Actor", keys) == std::optional<std::string>("actor"));
  CHECK_FALSE(closest_match("duration", keys));
  CHECK(did_you_mean("nxt", keys) == " (did you mean 'next'?)");
  CHECK(did_you_mean("zzzzzz", keys).empty());
}

TEST_CASE("noncharacters, C1 controls and line breaks are cleaned from one-line text", "[labels]") {
  CHECK(passation::detail::clean_text("a\xEF\xBF\xBE"
                                      "b\xEF\xBF\xBF"
                                      "c") ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c");
  CHECK(passation::detail::clean_text("a\xC2\x85"
                                      "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(passation::detail::clean_text("\xC2\xA0"
                                      "é") ==
        "\xC2\xA0"
        "é");  // U+00A0 is a character
  CHECK(passation::detail::clean_text("one\r\ntwo") == "one  two");
  CHECK(passation::detail::clean_text("one\r\ntwo", true) == "one\ntwo");
}

TEST_CASE("a drawing shows at most a few lines of a long text, ending with an ellipsis", "[labels]") {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "mot ";
  const auto lines = wrap(text, 20, 3);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "mot mot mot mot mot");
  CHECK(lines[2] == "mot mot mot mot mot\xE2\x80\xA6");  // 19 characters and the ellipsis
  CHECK(display_length(lines[2]) == 20);
  CHECK(wrap("one\ntwo\nthree", 10, 2) == std::vector<std::string>{"one", "two\xE2\x80\xA6"});
  CHECK(wrap("one two", 10, 1) == std::vector<std::string>{"one two"});  // short enough: untouched
  CHECK(shorten("Réception confirmée", 10) == "Réception\xE2\x80\xA6");
  CHECK(shorten("Réception", 9) == "Réception");
}
