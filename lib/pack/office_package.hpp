#pragma once
// What every Office Open XML package (.pptx, .docx) holds besides its content: the declaration its
// XML parts start with, relationships between parts, the package's core and extended properties.

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "zip_archive.hpp"

namespace passation::detail {

/// The declaration every XML part starts with.
inline constexpr std::string_view k_xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// One relationship of a part: `type` is the last word of its Office type ("styles", "image").
std::string relationship(std::string_view id, std::string_view type, std::string_view target);

/// A relationships part (`…/_rels/….rels`): (id, type, target) for each relationship.
std::string relationships_part(const std::vector<std::tuple<std::string, std::string, std::string>>& relationships);

/// Adds, after the package's [Content_Types].xml, its own relationships (`main_part` as the
/// office document, then the core and the extended properties), its core properties (`title`,
/// passation as the creator) and its extended properties (passation as the application, then
/// `app_details`, e.g. "<Slides>3</Slides>"). The content types must name docProps/core.xml and
/// docProps/app.xml.
void add_package_parts(zip_archive& zip, std::string_view main_part, std::string_view title,
                       std::string_view app_details = {});

}  // namespace passation::detail
