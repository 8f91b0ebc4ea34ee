#pragma once
// A zip archive built in memory with libzip, the same bytes for the same entries: entries keep the
// order they are added in and carry a fixed date.

#include <string>
#include <vector>

namespace passation::detail {

class zip_archive {
 public:
  /// Adds an entry; `compress` false stores it as is (pictures are compressed already).
  void add(std::string name, std::string bytes, bool compress = true);
  /// The archive. Throws error when libzip fails.
  [[nodiscard]] std::string bytes() const;

 private:
  struct entry {
    std::string name;
    std::string bytes;
    bool compress;
  };
  std::vector<entry> entries_;
};

}  // namespace passation::detail
