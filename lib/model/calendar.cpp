#include "passation/calendar.hpp"

#include <algorithm>

namespace passation {

namespace {

bool weekend(const date& d) { return d.weekday() >= 5; }

// The n-th (1-based) Monday of a month, or the last one with n = 0.
date monday_of(int year, unsigned month, unsigned n) {
  if (n == 0) {
    date d{year, month, date::days_in_month(year, month)};
    while (d.weekday() != 0) d = d.plus_days(-1);
    return d;
  }
  date d{year, month, 1};
  while (d.weekday() != 0) d = d.plus_days(1);
  return d.plus_days(7 * (static_cast<long>(n) - 1));
}

std::vector<public_holiday> french(int year) {
  const date easter = easter_sunday(year);
  return {{{year, 1, 1}, "Jour de l'an"},
          {easter.plus_days(1), "Lundi de Pâques"},
          {{year, 5, 1}, "Fête du travail"},
          {{year, 5, 8}, "Victoire 1945"},
          {easter.plus_days(39), "Ascension"},
          {easter.plus_days(50), "Lundi de Pentecôte"},
          {{year, 7, 14}, "Fête nationale"},
          {{year, 8, 15}, "Assomption"},
          {{year, 11, 1}, "Toussaint"},
          {{year, 11, 11}, "Armistice 1918"},
          {{year, 12, 25}, "Noël"}};
}

// England and Wales: a fixed holiday on a weekend is taken on the next weekday that is not
// already a holiday (Christmas and Boxing Day on a weekend become Monday and Tuesday).
std::vector<public_holiday> english(int year) {
  const date easter = easter_sunday(year);
  std::vector<public_holiday> out;
  auto fixed = [&](date d, std::string_view name) {
    while (weekend(d) || std::any_of(out.begin(), out.end(), [&](const public_holiday& h) { return h.day == d; })) {
      d = d.plus_days(1);
    }
    out.push_back({d, name});
  };
  fixed({year, 1, 1}, "New Year's Day");
  out.push_back({easter.plus_days(-2), "Good Friday"});
  out.push_back({easter.plus_days(1), "Easter Monday"});
  out.push_back({monday_of(year, 5, 1), "Early May bank holiday"});
  out.push_back({monday_of(year, 5, 0), "Spring bank holiday"});
  out.push_back({monday_of(year, 8, 0), "Summer bank holiday"});
  fixed({year, 12, 25}, "Christmas Day");
  fixed({year, 12, 26}, "Boxing Day");
  std::sort(out.begin(), out.end(), [](const public_holiday& a, const public_holiday& b) { return a.day < b.day; });
  return out;
}

}  // namespace

bool known_country(std::string_view country) noexcept {
  return country == "fr" || country == "gb" || country == "none";
}

date easter_sunday(int year) {
  // The anonymous Gregorian algorithm (Meeus, Jones, Butcher).
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
}

std::vector<public_holiday> public_holidays(std::string_view country, int year) {
  std::vector<public_holiday> out;
  if (country == "fr") out = french(year);
  if (country == "gb") out = english(year);
  std::sort(out.begin(), out.end(), [](const public_holiday& a, const public_holiday& b) { return a.day < b.day; });
  return out;
}

work_calendar::work_calendar(std::string country, std::vector<date> closed)
    : country_(std::move(country)), closed_(std::move(closed)) {
  std::sort(closed_.begin(), closed_.end());
}

bool work_calendar::is_working_day(const date& d) const {
  if (weekend(d)) return false;
  if (std::binary_search(closed_.begin(), closed_.end(), d)) return false;
  if (country_ == "none") return true;
  const auto holidays = public_holidays(country_, d.year);
  return std::none_of(holidays.begin(), holidays.end(), [&](const public_holiday& h) { return h.day == d; });
}

date work_calendar::plus_working_days(const date& from, long n) const {
  date d = from;
  while (!is_working_day(d)) d = d.plus_days(1);
  for (long left = n; left > 0; --left) {
    do {
      d = d.plus_days(1);
    } while (!is_working_day(d));
  }
  return d;
}

std::vector<date> work_calendar::working_days(const date& first, std::size_t count) const {
  std::vector<date> out;
  out.reserve(count);
  for (date d = first; out.size() < count; d = d.plus_days(1)) {
    if (is_working_day(d)) out.push_back(d);
  }
  return out;
}

long work_calendar::working_days_until(const date& from, const date& to) const {
  date a = from, b = to;
  const long sign = b >= a ? 1 : -1;
  if (sign < 0) std::swap(a, b);
  long count = 0;
  for (date d = a; d < b; d = d.plus_days(1)) {
    if (is_working_day(d)) ++count;
  }
  return sign * count;
}

date work_calendar::next_working_day_after(const date& d) const { return plus_working_days(d.plus_days(1), 0); }

std::vector<public_holiday> work_calendar::days_off(const date& from, const date& to) const {
  std::vector<public_holiday> out;
  for (date d = from; d <= to; d = d.plus_days(1)) {
    if (weekend(d) || is_working_day(d)) continue;
    std::string_view name;
    for (const public_holiday& h : public_holidays(country_, d.year)) {
      if (h.day == d) name = h.name;
    }
    out.push_back({d, name});
  }
  return out;
}

}  // namespace passation
