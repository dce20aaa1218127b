#include "NumberFormat.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace mlcarbon {

std::string NumberFormat::significant(double value, int digits)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? "n/a" : (value > 0 ? "inf" : "-inf");
    if (value == 0)
        return "0";
    const double magnitude = std::floor(std::log10(std::fabs(value)));
    char buf[64];
    if (magnitude >= 15 || magnitude < -6) {
        std::snprintf(buf, sizeof buf, "%.*e", digits - 1, value);
        return buf;
    }
    int decimals = std::max(0, digits - 1 - static_cast<int>(magnitude));
    if (decimals == 0) {
        // Large numbers keep `digits` significant digits too: 232258 -> 232000.
        const double unit = std::pow(10.0, magnitude - (digits - 1));
        value = std::round(value / unit) * unit;
    }
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string text = buf;
    // Rounding may add a digit (999.5 -> 1000): print again with one decimal fewer.
    if (decimals > 0) {
        double rounded = std::strtod(buf, nullptr);
        if (std::floor(std::log10(std::fabs(rounded))) > magnitude) {
            std::snprintf(buf, sizeof buf, "%.*f", decimals - 1, value);
            text = buf;
        }
    }
    return text == "-0" ? "0" : text;
}

std::string NumberFormat::large(double value)
{
    if (!(value >= 1e6) || !std::isfinite(value))
        return significant(value);
    int exponent = static_cast<int>(std::floor(std::log10(value)));
    std::string mantissa = significant(value / std::pow(10.0, exponent), 4);
    if (mantissa.starts_with("10")) {  // 9.99995 rounds up to the next power
        ++exponent;
        mantissa = significant(value / std::pow(10.0, exponent), 4);
    }
    if (mantissa.find('.') != std::string::npos) {
        while (mantissa.back() == '0')
            mantissa.pop_back();
        if (mantissa.back() == '.')
            mantissa.pop_back();
    }
    return mantissa + "e" + std::to_string(exponent);
}

namespace {

using Unit = NumberFormat::Unit;

const Unit kMassUnits[] = {{1e-3, "g CO2e"}, {1, "kg CO2e"},   {1e3, "t CO2e"},
                           {1e6, "kt CO2e"}, {1e9, "Mt CO2e"}, {1e12, "Gt CO2e"}};

const Unit& pickUnit(double value, const Unit* units, std::size_t n)
{
    std::size_t pick = 0;
    while (value == 0 && units[pick].scale < 1)
        ++pick;  // zero reads best in the base unit: "0 kWh"
    for (std::size_t i = 0; i < n; ++i) {
        // The largest unit under which the value is still at least 1 (after rounding).
        if (value != 0 && std::fabs(value) >= units[i].scale * 0.9995)
            pick = i;
    }
    return units[pick];
}

std::string scaled(double value, const Unit* units, std::size_t n)
{
    const Unit& unit = pickUnit(value, units, n);
    const double inUnit = value / unit.scale;
    // Past the largest unit, a power of ten reads better than thirteen digits: "1.72e+12 Gt CO2e".
    if (std::fabs(inUnit) >= 1e6 && std::isfinite(inUnit)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2e %s", inUnit, unit.name);
        return buf;
    }
    return NumberFormat::significant(inUnit) + " " + unit.name;
}

}  // namespace

std::string NumberFormat::energy(double kwh)
{
    static const Unit units[] = {{1e-3, "Wh"}, {1, "kWh"}, {1e3, "MWh"}, {1e6, "GWh"}, {1e9, "TWh"}, {1e12, "PWh"}};
    return scaled(kwh, units, std::size(units));
}

std::string NumberFormat::volume(double litres)
{
    static const Unit units[] = {{1e-3, "mL"}, {1, "L"}, {1e3, "m3"}, {1e6, "thousand m3"}, {1e9, "million m3"}};
    return scaled(litres, units, std::size(units));
}

std::string NumberFormat::mass(double kg)
{
    return scaled(kg, kMassUnits, std::size(kMassUnits));
}

NumberFormat::Unit NumberFormat::massUnit(double kg)
{
    return pickUnit(kg, kMassUnits, std::size(kMassUnits));
}

std::string NumberFormat::exact(double value)
{
    if (!std::isfinite(value))
        return "null";
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec != std::errc())
        return "null";
    std::string text(buf, ptr);
    return text == "-0" ? "0" : text;
}

std::string NumberFormat::integer(double value)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", value);
    return buf;
}

}  // namespace mlcarbon
