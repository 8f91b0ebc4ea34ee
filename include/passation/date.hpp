#pragma once
/// \file
/// Calendar dates and working days, for deadlines and timelines.

#include <optional>
#include <string>
#include <string_view>

namespace passation {

/// A calendar date.
struct date {
  int year = 1970;     ///< e.g. 2026
  unsigned month = 1;  ///< 1 to 12
  unsigned day = 1;    ///< 1 to 31

  /// "2026-06-30"
  [[nodiscard]] std::string iso() const;
  /// Parses YYYY-MM-DD (a real date); nothing otherwise.
  static std::optional<date> parse(std::string_view iso);
  /// The working day `n` (≥ 0) working days after this one (this one if it is a working day and
  /// n = 0; the next Monday when it falls on a weekend). Weekends only: work_calendar also skips
  /// public holidays and closed days.
  [[nodiscard]] date plus_working_days(long n) const;
  /// Working days from this date to `later` (negative when `later` comes first), weekends only.
  [[nodiscard]] long working_days_until(const date& later) const;
  /// The date `n` calendar days later (earlier when n < 0).
  [[nodiscard]] date plus_days(long n) const;
  /// How many days month `month` of `year` has.
  [[nodiscard]] static unsigned days_in_month(int year, unsigned month);
  /// 0 for Monday … 6 for Sunday.
  [[nodiscard]] unsigned weekday() const;

  /// Earlier dates first.
  friend auto operator<=>(const date&, const date&) = default;
};

/// Today, in UTC.
[[nodiscard]] date today();

}  // namespace passation
