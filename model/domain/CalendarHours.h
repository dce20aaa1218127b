#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace mlcarbon {

// Hours of a year as the hourly data index them (UTC, hour 0 = January 1, 00:00), and the dates
// people type. Proleptic Gregorian calendar; no time zones here (HourlySeries carries the offsets).
class CalendarHours {
public:
    struct DateTime {
        int year = 0;
        int month = 1;  // 1-12
        int day = 1;
        int hour = 0;  // 0-23
        int minute = 0;
    };

    static bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
    static int hoursInYear(int year) { return leap(year) ? 8784 : 8760; }
    static int daysInMonth(int year, int month);
    // Hour of the year of a date and hour; minutes are dropped.
    static int hourOfYear(const DateTime& t);
    // The date and hour of an hour of the year, which may run past either end (it moves the year).
    static DateTime dateOf(int year, int hourOfYear);
    // "2023-03-15" or "2023-03-15T18:00" (also with a space): a date, and an hour when given.
    // Throws InputError naming `field`.
    static DateTime parse(std::string_view text, const std::string& field, bool* hourGiven = nullptr);
    // "2023-03-15 18:00"
    static std::string text(const DateTime& t);
    // Decimal digits only (no sign, no space) into `out`; false otherwise.
    static bool digits(std::string_view text, int& out);
};

}  // namespace mlcarbon
