#pragma once
// Diagrams, charts and their renderings as bytes, to cross between processes (render_worker).

#include <string>

#include "passation/render.hpp"

namespace passation::detail {

std::string encode_request(const diagram& d, const render_options& options);
/// Draws what a request asks for, in this process; returns the encoded answer.
std::string answer_request(const std::string& request);
/// A rendering, or the error that stopped it, as an answer.
std::string encode_answer(const rendering& r);
std::string encode_failure(const std::string& what);
/// The rendering an answer holds; throws render_error when it holds an error.
rendering decode_answer(const std::string& answer);

}  // namespace passation::detail
