// The funder's brief as an editable document (Office Open XML, .docx): the current team adjusts
// its wording before sending it. The same content as the page, in Word's own structures: real
// headings, real tables with shaded cells, a page break before the questions.

#include <algorithm>

#include <fmt/format.h>

#include "brief_parts.hpp"
#include "model/safe_text.hpp"
#include "office_package.hpp"
#include "zip_archive.hpp"

namespace passation::detail {

namespace {

constexpr std::string_view k_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr long k_text_width = 10488;  // twentieths of a point: A4 less 12.5 mm on each side

std::string esc(std::string_view s) { return xml_escape(s); }

// A run of text; `bold`, `size` in half-points (0: the style's), `colour` as RRGGBB (empty: the style's).
std::string run(std::string_view text, bool bold = false, int size = 0, std::string_view colour = {}) {
  std::string props;
  if (bold) props += "<w:b/>";
  if (!colour.empty()) props += fmt::format(R"(<w:color w:val="{}"/>)", colour);
  if (size > 0) props += fmt::format(R"(<w:sz w:val="{}"/><w:szCs w:val="{}"/>)", size, size);
  return fmt::format(R"(<w:r>{}<w:t xml:space="preserve">{}</w:t></w:r>)",
                     props.empty() ? "" : "<w:rPr>" + props + "</w:rPr>", esc(text));
}

std::string paragraph(std::string_view style, const std::string& runs, bool page_break_before = false) {
  std::string props;
  if (!style.empty()) props += fmt::format(R"(<w:pStyle w:val="{}"/>)", style);
  if (page_break_before) props += "<w:pageBreakBefore/>";
  return fmt::format("<w:p>{}{}</w:p>", props.empty() ? "" : "<w:pPr>" + props + "</w:pPr>", runs);
}

std::string bullets(const std::vector<std::string>& items, std::string_view empty = {}) {
  if (items.empty()) return paragraph("Compact", run(empty));
  if (items.size() == 1) return paragraph("Compact", run(items.front()));
  std::string out;
  for (const std::string& item : items) out += paragraph("Bullet", run("• " + item));
  return out;
}

std::string_view fill_of(rating r) {
  switch (r) {
    case rating::good: return "DCEFDC";
    case rating::fair: return "FDF1D2";
    case rating::poor: return "F8D9D6";
  }
  return "FFFFFF";
}

// A table: one column of labels (a fifth of the width), the rest shared by the other columns.
class table {
 public:
  explicit table(std::size_t columns) : columns_(columns) {}

  void row(const std::vector<std::string>& cells_xml, const std::vector<std::string>& fills, bool head = false) {
    std::string out = head ? R"(<w:tr><w:trPr><w:tblHeader/></w:trPr>)" : "<w:tr>";
    for (std::size_t i = 0; i < columns_; ++i) {
      const std::string fill = i < fills.size() && !fills[i].empty() ? fills[i] : (head || i == 0 ? "EEF1F4" : "");
      out += fmt::format(R"(<w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/>{}</w:tcPr>{}</w:tc>)", width(i),
                         fill.empty() ? "" : fmt::format(R"(<w:shd w:val="clear" w:color="auto" w:fill="{}"/>)", fill),
                         i < cells_xml.size() && !cells_xml[i].empty() ? cells_xml[i] : paragraph("Compact", ""));
    }
    rows_ += out + "</w:tr>";
  }

  [[nodiscard]] std::string xml() const {
    std::string grid;
    for (std::size_t i = 0; i < columns_; ++i) grid += fmt::format(R"(<w:gridCol w:w="{}"/>)", width(i));
    const std::string border = R"(w:val="single" w:sz="4" w:space="0" w:color="B0BEC5")";
    return fmt::format(
        R"(<w:tbl><w:tblPr><w:tblW w:w="{1}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top {0}/><w:left {0}/><w:bottom {0}/><w:right {0}/><w:insideH {0}/><w:insideV {0}/></w:tblBorders>)"
        R"(<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{2}</w:tblGrid>{3}</w:tbl>)",
        border, k_text_width, grid, rows_);
  }

 private:
  [[nodiscard]] long width(std::size_t i) const {
    const long first = k_text_width / 5;
    return i == 0 ? first : (k_text_width - first) / static_cast<long>(std::max<std::size_t>(columns_ - 1, 1));
  }

  std::size_t columns_;
  std::string rows_;
};

// The scenarios' heading row, shared by the two tables of page 1.
std::vector<std::string> scenario_heads(const brief& b) {
  std::vector<std::string> head{paragraph("Compact", "")};
  for (const brief_scenario& s : b.scenarios) head.push_back(paragraph("Compact", run(s.title, true)));
  return head;
}

// The scenarios side by side: a row per thing the funder compares.
std::string side_by_side(const brief& b, const brief_words& w) {
  table side(b.scenarios.size() + 1);
  side.row(scenario_heads(b), {}, true);
  auto row = [&](std::string_view label, auto cell) {
    std::vector<std::string> cells{paragraph("Compact", run(label, true))};
    for (const brief_scenario& s : b.scenarios) cells.push_back(cell(s));
    side.row(cells, {});
  };
  row(w.handed_over, [&](const brief_scenario& s) { return bullets(s.handed_over, w.nothing); });
  row(w.kept, [&](const brief_scenario& s) { return bullets(s.kept, w.nothing); });
  if (std::any_of(b.scenarios.begin(), b.scenarios.end(),
                  [](const brief_scenario& s) { return !s.receivers.empty(); })) {
    row(w.receivers, [&](const brief_scenario& s) { return paragraph("Compact", run(s.receivers)); });
  }
  row(w.contractor, [&](const brief_scenario& s) {
    return paragraph("Compact", run(s.contractor, true)) +
           (s.contractor_explained.empty() ? ""
                                           : paragraph("Compact", run(s.contractor_explained, false, 14, "455A64")));
  });
  row(w.risks, [&](const brief_scenario& s) { return bullets(s.risks, w.no_risk); });
  row(w.advantages, [&](const brief_scenario& s) { return bullets(s.advantages, w.dash); });
  row(w.after, [&](const brief_scenario& s) { return paragraph("Compact", run(s.answers_after)); });
  row(w.end, [&](const brief_scenario& s) {
    std::string cell = paragraph("Compact", run(s.ends, true));
    for (const deadline_note& d : s.against_deadlines)
      cell += paragraph("Compact", run(d.text, !d.met, 0, d.met ? "" : "B3261E"));
    return cell;
  });
  return side.xml();
}

// Each criterion rated for each scenario, its cell shaded by the rating.
std::string criteria_grid(const brief& b) {
  table grid(b.scenarios.size() + 1);
  grid.row(scenario_heads(b), {}, true);
  for (const criterion& c : b.criteria) {
    std::vector<std::string> cells{paragraph("Compact", run(c.label, true)) +
                                   paragraph("Compact", run(c.explanation, false, 14, "455A64"))};
    std::vector<std::string> fills{""};
    for (const rated& r : c.scenarios) {
      cells.push_back(paragraph("Compact", run(std::string(rating_dots(r.level)) + " ", true) + run(r.words)));
      fills.emplace_back(fill_of(r.level));
    }
    grid.row(cells, fills);
  }
  return grid.xml();
}

// Page 2 onwards: the questions, the transition, the glossary and the profiles.
std::string after_page_one(const brief& b, const brief_words& w) {
  std::string body;
  bool first_after = true;  // what follows starts on page 2
  auto heading = [&](std::string_view text) {
    body += paragraph("Heading1", run(text), first_after);
    first_after = false;
  };
  if (!b.questions.empty()) {
    heading(w.questions);
    for (const brief_question& q : b.questions) {
      body += paragraph("Heading2", run(q.question));
      if (!q.common.empty()) body += bullets(q.common);
      if (!q.per_scenario.empty()) {
        table answers(2);
        for (const auto& [scenario, answer] : q.per_scenario)
          answers.row({paragraph("Compact", run(scenario, true)), bullets(answer, w.dash)}, {});
        body += answers.xml();
      }
    }
  }
  if (!b.transition.empty()) {
    heading(w.transition);
    body += bullets(b.transition);
  }
  // A heading over a table of names and what they mean.
  auto meanings = [&](std::string_view title, const std::vector<std::pair<std::string, std::string>>& rows) {
    heading(title);
    table t(2);
    for (const auto& [name, meaning] : rows)
      t.row({paragraph("Compact", run(name, true)), paragraph("Compact", run(meaning))}, {});
    body += t.xml();
  };
  if (!b.glossary.empty()) meanings(w.glossary, b.glossary);
  if (std::any_of(b.profiles.begin(), b.profiles.end(), [](const auto& p) { return !p.second.empty(); }))
    meanings(w.profiles, b.profiles);
  return body;
}

std::string document(const brief& b, const brief_words& w) {
  std::string body;
  body += paragraph("Title", run(b.title));
  body += paragraph("Subtitle", run(b.subtitle));
  if (!b.context.empty()) body += paragraph("", run(b.context));
  body += paragraph("Decision", run(b.decision, true));
  body += paragraph("Heading1", run(w.side_by_side));
  body += side_by_side(b, w);
  body += paragraph("Heading1", run(w.criteria));
  body += criteria_grid(b);
  body += paragraph("Note", run(b.criteria_note));
  if (b.recommendation) {
    body += paragraph("Decision", run(*b.recommendation, true));
    body += bullets(b.recommendation_reasons);
  }
  body += after_page_one(b, w);
  if (!b.estimates_note.empty()) body += paragraph("Note", run(b.estimates_note));

  // A4, 12.5 mm margins.
  body +=
      R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="709" w:right="709" w:bottom="709" w:left="709" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>)";
  return std::string(k_xml_declaration) + fmt::format(R"(<w:document xmlns:w="{}"><w:body>)", k_w) + body +
         "</w:body></w:document>";
}

std::string styles(std::string_view lang) {
  auto style = [](std::string_view id, std::string_view name, std::string_view paragraph_props,
                  std::string_view run_props) {
    return fmt::format(
        R"(<w:style w:type="paragraph" w:styleId="{}"><w:name w:val="{}"/><w:basedOn w:val="Normal"/><w:qFormat/>)"
        R"(<w:pPr>{}</w:pPr><w:rPr>{}</w:rPr></w:style>)",
        id, name, paragraph_props, run_props);
  };
  return std::string(k_xml_declaration) + fmt::format(R"(<w:styles xmlns:w="{}">)", k_w) +
         fmt::format(
             R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/>)"
             R"(<w:sz w:val="17"/><w:szCs w:val="17"/><w:color w:val="263238"/><w:lang w:val="{}"/></w:rPr></w:rPrDefault>)"
             R"(<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>)",
             lang) +
         R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>)" +
         style("Title", "Title", R"(<w:spacing w:after="0"/>)", R"(<w:b/><w:sz w:val="30"/>)") +
         style("Subtitle", "Subtitle", R"(<w:spacing w:after="120"/>)",
               R"(<w:color w:val="546E7A"/><w:sz w:val="20"/>)") +
         style(
             "Heading1", "heading 1",
             R"(<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="B0BEC5"/></w:pBdr><w:outlineLvl w:val="0"/>)",
             R"(<w:b/><w:sz w:val="22"/>)") +
         style("Heading2", "heading 2",
               R"(<w:keepNext/><w:spacing w:before="140" w:after="40"/><w:outlineLvl w:val="1"/>)",
               R"(<w:b/><w:sz w:val="19"/>)") +
         style(
             "Decision", "Decision",
             R"(<w:shd w:val="clear" w:color="auto" w:fill="FFF4D6"/><w:pBdr><w:top w:val="single" w:sz="6" w:space="2" w:color="C9A227"/><w:left w:val="single" w:sz="6" w:space="4" w:color="C9A227"/><w:bottom w:val="single" w:sz="6" w:space="2" w:color="C9A227"/><w:right w:val="single" w:sz="6" w:space="4" w:color="C9A227"/></w:pBdr>)",
             "") +
         style("Compact", "Compact", R"(<w:spacing w:after="0"/>)", "") +
         style("Bullet", "Bullet", R"(<w:spacing w:after="0"/><w:ind w:left="170" w:hanging="170"/>)", "") +
         style("Note", "Note", R"(<w:spacing w:before="40"/>)", R"(<w:color w:val="546E7A"/><w:sz w:val="15"/>)") +
         "</w:styles>";
}

}  // namespace

std::string brief_docx(const brief& b, const brief_words& w, language lang) {
  zip_archive zip;
  zip.add(
      "[Content_Types].xml",
      std::string(k_xml_declaration) +
          R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
          R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
          R"(<Default Extension="xml" ContentType="application/xml"/>)"
          R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
          R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
          R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
          R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
          "</Types>");
  add_package_parts(zip, "word/document.xml", b.title + " — " + b.subtitle);
  zip.add("word/document.xml", document(b, w));
  zip.add("word/styles.xml", styles(lang == language::en ? "en-GB" : "fr-FR"));
  zip.add("word/_rels/document.xml.rels", relationships_part({{"rId1", "styles", "styles.xml"}}));
  return zip.bytes();
}

}  // namespace passation::detail
