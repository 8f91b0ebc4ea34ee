#include "passation/date.hpp"

#include <charconv>
#include <chrono>

#include <fmt/format.h>

namespace passation {

namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

sys_days days_of(const date& d) {
  return sys_days{year_month_day{std::chrono::year{d.year}, std::chrono::month{d.month}, std::chrono::day{d.day}}};
}

date date_of(sys_days s) {
  const year_month_day ymd{s};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

bool is_weekend(sys_days s) {
  const unsigned iso = std::chrono::weekday{s}.iso_encoding();  // 1 = Monday … 7 = Sunday
  return iso >= 6;
}

sys_days next_working_day(sys_days s) {
  while (is_weekend(s)) s += std::chrono::days{1};
  return s;
}

}  // namespace

std::string date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::optional<date> date::parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto number = [](std::string_view s, auto& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
  };
  if (!number(iso.substr(0, 4), y) || !number(iso.substr(5, 2), m) || !number(iso.substr(8, 2), d)) return std::nullopt;
  const year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return date{y, m, d};
}

date date::plus_days(long n) const { return date_of(days_of(*this) + std::chrono::days{n}); }

unsigned date::days_in_month(int year, unsigned month) {
  return static_cast<unsigned>(
      year_month_day{std::chrono::year{year} / std::chrono::month{month} / std::chrono::last}.day());
}

unsigned date::weekday() const { return std::chrono::weekday{days_of(*this)}.iso_encoding() - 1; }

date date::plus_working_days(long n) const {
  sys_days s = next_working_day(days_of(*this));
  // Whole weeks first, then day by day: fast for long plans, exact around weekends.
  s += std::chrono::days{7 * (n / 5)};
  for (long left = n % 5; left > 0; --left) s = next_working_day(s + std::chrono::days{1});
  return date_of(s);
}

long date::working_days_until(const date& later) const {
  sys_days from = days_of(*this), to = days_of(later);
  const long sign = to >= from ? 1 : -1;
  if (sign < 0) std::swap(from, to);
  long count = 0;
  for (sys_days s = from; s < to; s += std::chrono::days{1}) {
    if (!is_weekend(s)) ++count;
  }
  return sign * count;
}

date today() {
  return date_of(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

}  // namespace passation
