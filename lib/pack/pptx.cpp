// The deck as a PowerPoint file: Office Open XML written by hand, zipped with libzip. Pictures are
// SVG with a PNG fallback, as PowerPoint expects; tables are real, editable tables.

#include <algorithm>

#include <fmt/format.h>

#include "content.hpp"
#include "model/safe_text.hpp"
#include "office_package.hpp"
#include "report/phrases.hpp"
#include "zip_archive.hpp"

namespace passation::detail {

namespace {

constexpr long k_slide_width = 12192000;  // 16:9, 13.333 in
constexpr long k_slide_height = 6858000;  // 7.5 in
constexpr long k_margin = 457200;         // 0.5 in
constexpr long k_title_height = 914400;   // 1 in

constexpr std::string_view k_ns = R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
                                  R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
                                  R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main")";
constexpr std::string_view k_font = "DejaVu Sans";

std::string run(std::string_view text, int size_hundredths, bool bold, std::string_view lang,
                std::string_view colour = "263238") {
  return fmt::format(
      R"(<a:r><a:rPr lang="{}" sz="{}" b="{}" dirty="0"><a:solidFill><a:srgbClr val="{}"/></a:solidFill>)"
      R"(<a:latin typeface="{}"/><a:cs typeface="{}"/></a:rPr><a:t>{}</a:t></a:r>)",
      lang, size_hundredths, bold ? 1 : 0, colour, k_font, k_font, xml_escape(text));
}

std::string paragraph(std::string_view text, int size, bool bold, std::string_view lang, bool bullet = false) {
  const std::string properties =
      bullet ? R"(<a:pPr marL="285750" indent="-285750"><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>)" : "";
  return "<a:p>" + properties + run(text, size, bold, lang) + "</a:p>";
}

std::string text_box(int id, std::string_view name, long x, long y, long cx, long cy, const std::string& paragraphs) {
  return fmt::format(
      R"(<p:sp><p:nvSpPr><p:cNvPr id="{}" name="{}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>)"
      R"(<p:spPr><a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>)"
      R"(<p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:normAutofit/></a:bodyPr><a:lstStyle/>{}</p:txBody></p:sp>)",
      id, name, x, y, cx, cy, paragraphs);
}

std::string cell_borders() {
  std::string out;
  for (const char* side : {"lnL", "lnR", "lnT", "lnB"}) {
    out += fmt::format(R"(<a:{0} w="6350"><a:solidFill><a:srgbClr val="B0BEC5"/></a:solidFill></a:{0}>)", side);
  }
  return out;
}

struct slide {
  std::string shapes;
  std::vector<std::pair<std::string, std::string>> media;  // (relationship id, target) besides the layout
  int next_id = 2;
};

class deck {
 public:
  explicit deck(language lang) : lang_(lang == language::fr ? "fr-FR" : "en-GB") {}

  void title_slide(std::string_view title, std::string_view subtitle) {
    slide s;
    s.shapes += text_box(s.next_id++, "Title", k_margin, k_slide_height / 3, k_slide_width - 2 * k_margin,
                         k_title_height, paragraph(title, 4000, true, lang_));
    s.shapes += text_box(s.next_id++, "Subtitle", k_margin, k_slide_height / 3 + k_title_height,
                         k_slide_width - 2 * k_margin, k_title_height, paragraph(subtitle, 2400, false, lang_));
    slides_.push_back(std::move(s));
  }

  void table_slide(std::string_view title, const report_table& t) {
    slide s = titled(title);
    const long width = k_slide_width - 2 * k_margin;
    // Columns as wide as their longest line wants, within reason: a "#" column stays narrow.
    std::vector<double> weights(t.columns.size(), 4);
    auto want = [&](std::size_t i, const std::string& line) {
      weights[i] = std::clamp(static_cast<double>(line.size()), weights[i], 40.0);
    };
    for (std::size_t i = 0; i < t.columns.size(); ++i) want(i, t.columns[i].label);
    for (const report_row& row : t.rows) {
      for (std::size_t i = 0; i < row.cells.size() && i < weights.size(); ++i) {
        for (const std::string& line : row.cells[i]) want(i, line);
      }
    }
    double total = 0;
    for (double w : weights) total += w;
    std::string grid, rows;
    for (double w : weights)
      grid += fmt::format(R"(<a:gridCol w="{}"/>)", static_cast<long>(static_cast<double>(width) * w / total));
    auto cell = [&](const std::vector<std::string>& lines, bool header) {
      std::string paragraphs;
      for (const std::string& line : lines) paragraphs += paragraph(line, header ? 1300 : 1200, header, lang_);
      if (paragraphs.empty()) paragraphs = "<a:p><a:endParaRPr lang=\"" + std::string(lang_) + "\"/></a:p>";
      return fmt::format(R"(<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{}</a:txBody><a:tcPr>{}{}</a:tcPr></a:tc>)",
                         paragraphs, cell_borders(),
                         header ? R"(<a:solidFill><a:srgbClr val="DDE3E9"/></a:solidFill>)" : "");
    };
    rows += R"(<a:tr h="370840">)";
    for (const report_column& c : t.columns) rows += cell({c.label}, true);
    rows += "</a:tr>";
    for (const report_row& row : t.rows) {
      rows += R"(<a:tr h="370840">)";
      for (std::size_t i = 0; i < t.columns.size(); ++i)
        rows += cell(i < row.cells.size() ? row.cells[i] : std::vector<std::string>{}, false);
      rows += "</a:tr>";
    }
    s.shapes += fmt::format(
        R"(<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{}" name="Table"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>)"
        R"(<p:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">)"
        R"(<a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{}</a:tblGrid>{}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>)",
        s.next_id++, k_margin, k_margin + k_title_height, width, 370840 * static_cast<long>(t.rows.size() + 1), grid,
        rows);
    slides_.push_back(std::move(s));
  }

  /// A picture on the left (or the whole width without `bullets`), bullets on the right.
  void picture_slide(std::string_view title, const drawn& picture, const std::vector<std::string>& bullets) {
    slide s = titled(title);
    // Flowcharts are tall: they get the whole height under the title, and most of the width.
    const long top = k_margin / 2 + k_title_height;
    const long box_height = k_slide_height - top - k_margin / 4;
    const long box_width = bullets.empty() ? k_slide_width - 2 * k_margin : (k_slide_width - 2 * k_margin) * 3 / 5;
    // As large as the box allows, keeping the picture's proportions.
    const double ratio = picture.height > 0 ? picture.width / picture.height : 1.0;
    long cx = box_width, cy = static_cast<long>(static_cast<double>(box_width) / ratio);
    if (cy > box_height) {
      cy = box_height;
      cx = static_cast<long>(static_cast<double>(box_height) * ratio);
    }
    const int number = ++pictures_;
    const std::string png = fmt::format("rId{}", 2 * s.media.size() + 2),
                      svg = fmt::format("rId{}", 2 * s.media.size() + 3);
    s.media.emplace_back(png, fmt::format("../media/image{}.png", number));
    s.media.emplace_back(svg, fmt::format("../media/image{}.svg", number));
    media_.push_back({fmt::format("ppt/media/image{}.png", number), picture.png});
    media_.push_back({fmt::format("ppt/media/image{}.svg", number), picture.svg});
    s.shapes += fmt::format(
        R"(<p:pic><p:nvPicPr><p:cNvPr id="{}" name="{}" descr="{}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>)"
        R"(<p:blipFill><a:blip r:embed="{}"><a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}">)"
        R"(<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{}"/></a:ext></a:extLst></a:blip>)"
        R"(<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm>)"
        R"(<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>)",
        s.next_id++, xml_escape(picture.name), xml_escape(picture.title), png, svg, k_margin + (box_width - cx) / 2,
        top, cx, cy);
    if (!bullets.empty()) {
      std::string paragraphs;
      for (const std::string& b : bullets) paragraphs += paragraph(b, 1400, false, lang_, true);
      s.shapes += text_box(s.next_id++, "Notes", k_margin + box_width + k_margin / 2, top,
                           k_slide_width - box_width - 2 * k_margin - k_margin / 2, box_height, paragraphs);
    }
    slides_.push_back(std::move(s));
  }

  void bullet_slide(std::string_view title, const std::vector<std::string>& bullets) {
    slide s = titled(title);
    std::string paragraphs;
    for (const std::string& b : bullets) paragraphs += paragraph(b, 1800, false, lang_, true);
    s.shapes += text_box(s.next_id++, "Text", k_margin, k_margin + k_title_height, k_slide_width - 2 * k_margin,
                         k_slide_height - 2 * k_margin - k_title_height, paragraphs);
    slides_.push_back(std::move(s));
  }

  std::string bytes(std::string_view title) const {
    zip_archive zip;
    zip.add("[Content_Types].xml", content_types());
    add_package_parts(zip, "ppt/presentation.xml", title, fmt::format("<Slides>{}</Slides>", slides_.size()));
    zip.add("ppt/presentation.xml", presentation());
    zip.add("ppt/_rels/presentation.xml.rels", presentation_relationships());
    zip.add("ppt/slideMasters/slideMaster1.xml", master());
    zip.add("ppt/slideMasters/_rels/slideMaster1.xml.rels",
            relationships_part({{"rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"},
                                {"rId2", "theme", "../theme/theme1.xml"}}));
    zip.add("ppt/slideLayouts/slideLayout1.xml", layout());
    zip.add("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
            relationships_part({{"rId1", "slideMaster", "../slideMasters/slideMaster1.xml"}}));
    zip.add("ppt/theme/theme1.xml", theme());
    for (std::size_t i = 0; i < slides_.size(); ++i) {
      const slide& s = slides_[i];
      zip.add(fmt::format("ppt/slides/slide{}.xml", i + 1),
              std::string(k_xml_declaration) + "<p:sld " + std::string(k_ns) + "><p:cSld><p:spTree>" + group_header() +
                  s.shapes + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>");
      std::vector<std::tuple<std::string, std::string, std::string>> rels{
          {"rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"}};
      for (const auto& [id, target] : s.media) rels.emplace_back(id, "image", target);
      zip.add(fmt::format("ppt/slides/_rels/slide{}.xml.rels", i + 1), relationships_part(rels));
    }
    for (const auto& [name, bytes] : media_) zip.add(name, bytes, name.ends_with(".svg"));
    return zip.bytes();
  }

 private:
  slide titled(std::string_view title) {
    slide s;
    s.shapes += text_box(s.next_id++, "Title", k_margin, k_margin / 2, k_slide_width - 2 * k_margin, k_title_height,
                         paragraph(title, 2800, true, lang_));
    return s;
  }

  static std::string group_header() {
    return R"(<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>)"
           R"(<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>)";
  }

  std::string content_types() const {
    std::string out =
        std::string(k_xml_declaration) +
        R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
        R"(<Default Extension="xml" ContentType="application/xml"/>)"
        R"(<Default Extension="png" ContentType="image/png"/>)"
        R"(<Default Extension="svg" ContentType="image/svg+xml"/>)"
        R"(<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>)"
        R"(<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>)"
        R"(<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>)"
        R"(<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>)"
        R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
        R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)";
    for (std::size_t i = 0; i < slides_.size(); ++i) {
      out += fmt::format(
          R"(<Override PartName="/ppt/slides/slide{}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>)",
          i + 1);
    }
    return out + "</Types>";
  }

  std::string presentation() const {
    std::string ids;
    for (std::size_t i = 0; i < slides_.size(); ++i)
      ids += fmt::format(R"(<p:sldId id="{}" r:id="rId{}"/>)", 256 + i, i + 3);
    return std::string(k_xml_declaration) + "<p:presentation " + std::string(k_ns) + R"( saveSubsetFonts="1">)" +
           R"(<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>)" + "<p:sldIdLst>" +
           ids + "</p:sldIdLst>" +
           fmt::format(R"(<p:sldSz cx="{}" cy="{}"/><p:notesSz cx="6858000" cy="9144000"/>)", k_slide_width,
                       k_slide_height) +
           "</p:presentation>";
  }

  std::string presentation_relationships() const {
    std::vector<std::tuple<std::string, std::string, std::string>> rels{
        {"rId1", "slideMaster", "slideMasters/slideMaster1.xml"}, {"rId2", "theme", "theme/theme1.xml"}};
    for (std::size_t i = 0; i < slides_.size(); ++i)
      rels.emplace_back(fmt::format("rId{}", i + 3), "slide", fmt::format("slides/slide{}.xml", i + 1));
    return relationships_part(rels);
  }

  static std::string master() {
    return std::string(k_xml_declaration) + "<p:sldMaster " + std::string(k_ns) +
           "><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr "
           "val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>" +
           group_header() +
           R"(</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" )"
           R"(accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>)"
           R"(<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>)";
  }

  static std::string layout() {
    return std::string(k_xml_declaration) + "<p:sldLayout " + std::string(k_ns) +
           R"( type="blank" preserve="1"><p:cSld name="Blank"><p:spTree>)" + group_header() +
           "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";
  }

  static std::string theme() {
    auto colour = [](std::string_view name, std::string_view value) {
      return fmt::format(R"(<a:{0}><a:srgbClr val="{1}"/></a:{0}>)", name, value);
    };
    std::string colours = colour("dk1", "263238") + colour("lt1", "FFFFFF") + colour("dk2", "37474F") +
                          colour("lt2", "ECEFF1") + colour("accent1", "2759A5") + colour("accent2", "C46A12") +
                          colour("accent3", "2E7D32") + colour("accent4", "7B3F93") + colour("accent5", "B3261E") +
                          colour("accent6", "00796B") + colour("hlink", "2759A5") + colour("folHlink", "7B3F93");
    const std::string fonts = fmt::format(R"(<a:latin typeface="{}"/><a:ea typeface=""/><a:cs typeface=""/>)", k_font);
    const std::string fill = R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)";
    const std::string line = R"(<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>)";
    const std::string effect = R"(<a:effectStyle><a:effectLst/></a:effectStyle>)";
    return std::string(k_xml_declaration) +
           R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="passation"><a:themeElements>)" +
           R"(<a:clrScheme name="passation">)" + colours + "</a:clrScheme>" +
           R"(<a:fontScheme name="passation"><a:majorFont>)" + fonts + "</a:majorFont><a:minorFont>" + fonts +
           "</a:minorFont></a:fontScheme>" + R"(<a:fmtScheme name="passation"><a:fillStyleLst>)" + fill + fill + fill +
           "</a:fillStyleLst><a:lnStyleLst>" + line + line + line + "</a:lnStyleLst><a:effectStyleLst>" + effect +
           effect + effect + "</a:effectStyleLst><a:bgFillStyleLst>" + fill + fill + fill +
           "</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>";
  }

  std::string lang_;
  std::vector<slide> slides_;
  std::vector<std::pair<std::string, std::string>> media_;
  int pictures_ = 0;
};

}  // namespace

std::string pptx_deck(const deck_plan& plan, language lang) {
  deck d(lang);
  d.title_slide(plan.title, plan.subtitle);
  for (const slide_item& item : plan.slides) {
    if (item.table) {
      d.table_slide(item.title, *item.table);
    } else if (item.picture) {
      d.picture_slide(item.title, *item.picture, item.bullets);
    } else {
      d.bullet_slide(item.title, item.bullets);
    }
  }
  return d.bytes(plan.title);
}

}  // namespace passation::detail
