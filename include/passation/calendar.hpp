#pragma once
/// \file
/// Which days are worked: Monday to Friday, less a country's public holidays and the days a case
/// says are closed. Timelines count in these working days.

#include <string>
#include <string_view>
#include <vector>

#include "passation/date.hpp"

namespace passation {

/// A public holiday: its date and its name in the country's language.
struct public_holiday {
  date day;               ///< the date
  std::string_view name;  ///< e.g. "Lundi de Pâques"
};

/// The countries whose public holidays passation knows: "fr" (France, metropolitan), "gb"
/// (England and Wales), and "none".
[[nodiscard]] bool known_country(std::string_view country) noexcept;

/// The public holidays of `country` in `year`, in date order ("none", or an unknown country:
/// none). France: 1 January, Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July,
/// 15 August, 1 and 11 November, 25 December. England and Wales: the bank holidays, a fixed one
/// falling on a weekend moved to the next working day.
[[nodiscard]] std::vector<public_holiday> public_holidays(std::string_view country, int year);

/// Easter Sunday of `year` (Gregorian calendar).
[[nodiscard]] date easter_sunday(int year);

/// The working days of a handover.
class work_calendar {
 public:
  /// Monday to Friday, every week.
  work_calendar() = default;
  /// Monday to Friday, less the public holidays of `country` and the `closed` days.
  work_calendar(std::string country, std::vector<date> closed);

  /// True for a weekday that is neither a public holiday nor a closed day.
  [[nodiscard]] bool is_working_day(const date& d) const;
  /// The working day `n` working days after `from` (`from` itself when it is a working day and
  /// n = 0; the next working day when it is not).
  [[nodiscard]] date plus_working_days(const date& from, long n) const;
  /// Working days from `from` (included) to `to` (excluded); negative when `to` comes first.
  [[nodiscard]] long working_days_until(const date& from, const date& to) const;
  /// `count` working days, the first on or after `first`: day `i` of a plan is element `i`.
  [[nodiscard]] std::vector<date> working_days(const date& first, std::size_t count) const;
  /// The first working day after `d`.
  [[nodiscard]] date next_working_day_after(const date& d) const;
  /// The days off between `from` and `to` (both included) that are not weekends: holidays and
  /// closed days, with their names (empty for a closed day).
  [[nodiscard]] std::vector<public_holiday> days_off(const date& from, const date& to) const;
  /// The country whose holidays are skipped ("none": weekends only).
  [[nodiscard]] const std::string& country() const noexcept { return country_; }

 private:
  std::string country_ = "none";
  std::vector<date> closed_;  // sorted
};

}  // namespace passation
