#include "passation/date.hpp"

#include <charconv>
#include <chrono>

#include <fmt/format.h>

#include "passation/calendar.hpp"

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

// Weekends only: the calendar without holidays nor closed days, so that there is one way of
// counting working days.
date date::plus_working_days(long n) const { return work_calendar().plus_working_days(*this, n); }

long date::working_days_until(const date& later) const { return work_calendar().working_days_until(*this, later); }

date today() { return date_of(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())); }

}  // namespace passation
