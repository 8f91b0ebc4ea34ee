#pragma once
// One writer per format; write_report() picks one.

#include <string>

#include "passation/report.hpp"

namespace passation::detail {

std::string write_markdown(const report& r);
std::string write_html(const report& r, language lang);
std::string write_csv(const report& r, char separator);
std::string write_json(const report& r);

}  // namespace passation::detail
