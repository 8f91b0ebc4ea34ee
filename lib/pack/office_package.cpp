#include "office_package.hpp"

#include <fmt/format.h>

#include "model/safe_text.hpp"

namespace passation::detail {

namespace {
constexpr std::string_view k_relationship_types =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr std::string_view k_relationships_open =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
}  // namespace

std::string relationship(std::string_view id, std::string_view type, std::string_view target) {
  return fmt::format(R"(<Relationship Id="{}" Type="{}{}" Target="{}"/>)", id, k_relationship_types, type, target);
}

std::string relationships_part(const std::vector<std::tuple<std::string, std::string, std::string>>& relationships) {
  std::string out = std::string(k_xml_declaration) + std::string(k_relationships_open);
  for (const auto& [id, type, target] : relationships) out += relationship(id, type, target);
  return out + "</Relationships>";
}

void add_package_parts(zip_archive& zip, std::string_view main_part, std::string_view title,
                       std::string_view app_details) {
  // The core properties' type is the package's own, not an office document's.
  zip.add(
      "_rels/.rels",
      std::string(k_xml_declaration) + std::string(k_relationships_open) +
          relationship("rId1", "officeDocument", main_part) +
          R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)" +
          relationship("rId3", "extended-properties", "docProps/app.xml") + "</Relationships>");
  zip.add(
      "docProps/core.xml",
      std::string(k_xml_declaration) +
          R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">)" +
          "<dc:title>" + xml_escape(title) + "</dc:title><dc:creator>passation</dc:creator></cp:coreProperties>");
  zip.add("docProps/app.xml",
          std::string(k_xml_declaration) +
              R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">)" +
              "<Application>passation</Application>" + std::string(app_details) + "</Properties>");
}

}  // namespace passation::detail
