#include "CalendarHours.h"

#include "InputError.h"

#include <cstdio>

namespace mlcarbon {

namespace {

const char* kDateAllowed = "a date as YYYY-MM-DD, with an hour as YYYY-MM-DDTHH:MM when wanted (e.g. 2023-03-15T18:00)";

}  // namespace

bool CalendarHours::digits(std::string_view text, int& out)
{
    if (text.empty() || text.size() > 9)
        return false;
    out = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

int CalendarHours::daysInMonth(int year, int month)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

int CalendarHours::hourOfYear(const DateTime& t)
{
    int days = t.day - 1;
    for (int m = 1; m < t.month; ++m)
        days += daysInMonth(t.year, m);
    return days * 24 + t.hour;
}

CalendarHours::DateTime CalendarHours::dateOf(int year, int hourOfYear)
{
    while (hourOfYear < 0)
        hourOfYear += hoursInYear(--year);
    while (hourOfYear >= hoursInYear(year))
        hourOfYear -= hoursInYear(year++);
    DateTime t;
    t.year = year;
    t.hour = hourOfYear % 24;
    int day = hourOfYear / 24;
    while (day >= daysInMonth(year, t.month))
        day -= daysInMonth(year, t.month++);
    t.day = day + 1;
    return t;
}

CalendarHours::DateTime CalendarHours::parse(std::string_view text, const std::string& field, bool* hourGiven)
{
    const std::string shown(text);
    DateTime t;
    const bool withTime = text.size() == 16 && (text[10] == 'T' || text[10] == ' ') && text[13] == ':';
    if ((text.size() != 10 && !withTime) || text[4] != '-' || text[7] != '-' || !digits(text.substr(0, 4), t.year)
        || !digits(text.substr(5, 2), t.month) || !digits(text.substr(8, 2), t.day)
        || (withTime && (!digits(text.substr(11, 2), t.hour) || !digits(text.substr(14, 2), t.minute))))
        throw InputError(field, shown, kDateAllowed);
    if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > daysInMonth(t.year, t.month) || t.hour > 23
        || t.minute > 59)
        throw InputError(field, shown, kDateAllowed, "is not a date");
    if (hourGiven)
        *hourGiven = withTime;
    return t;
}

std::string CalendarHours::text(const DateTime& t)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", t.year, t.month, t.day, t.hour, t.minute);
    return buf;
}

}  // namespace mlcarbon
