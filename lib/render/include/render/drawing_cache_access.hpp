#pragma once
// How the library fills and reads a drawing_cache: by a key that says everything a drawing depends
// on (the picture and its outputs). One build asks for each of its pictures, draws the missing
// ones, then keeps exactly the pictures of that build.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "passation/drawing_cache.hpp"
#include "passation/render.hpp"

namespace passation::detail {

struct drawing_cache_access {
  using drawings = std::unordered_map<std::string, std::vector<rendering>>;
  /// The drawings made for `key` at the last build, if any.
  static std::optional<std::vector<rendering>> find(const drawing_cache& cache, const std::string& key);
  /// Makes `kept` the content of the cache, the pictures of the build that ends.
  static void replace(drawing_cache& cache, drawings kept, drawing_cache::statistics made);
};

/// The drawings of the pictures named by `keys`: those the cache holds, and for the others what
/// `draw(missing)` makes (given their indexes in `keys`, it returns their drawings in that order).
/// The cache then holds exactly these pictures.
using draw_missing = std::function<std::vector<std::vector<rendering>>(const std::vector<std::size_t>& missing)>;
std::vector<std::vector<rendering>> draw_with_cache(drawing_cache& cache, const std::vector<std::string>& keys,
                                                    const draw_missing& draw);

/// Everything a drawing of `d` depends on, in every one of `outputs`.
std::string drawing_key(const diagram& d, std::span<const render_options> outputs);

}  // namespace passation::detail
