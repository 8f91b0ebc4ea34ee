#include "export.hpp"

#include <unordered_set>

namespace passation::detail {

std::vector<std::string> export_ids(const diagram& d) {
  std::vector<std::string> ids(d.nodes.size());
  std::unordered_set<std::string> taken;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const diagram_node& n = d.nodes[i];
    if (n.ghost) continue;
    std::string id = "n_";
    for (const char c : n.key) {
      const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      id += plain ? c : '_';
    }
    if (n.key.empty() || taken.contains(id)) id += "_" + std::to_string(i);
    taken.insert(id);
    ids[i] = std::move(id);
  }
  return ids;
}

}  // namespace passation::detail
