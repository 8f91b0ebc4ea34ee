#pragma once
// Turns the YAML tree of a case file into a handover_case, reporting every problem of shape
// (wrong types, unknown or missing keys, ids written twice). References between parts are
// checked afterwards, on the model, by check_case.

#include <yaml-cpp/yaml.h>

#include "passation/case.hpp"
#include "yaml_reader.hpp"

namespace passation::detail {

handover_case read_case(yaml_reader& reader, const YAML::Node& root);

condition read_condition(yaml_reader& reader, const YAML::Node& node, position fallback);
std::vector<process_node> read_process(yaml_reader& reader, const YAML::Node& node, position fallback);

}  // namespace passation::detail
