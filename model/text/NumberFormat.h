#pragma once
#include <string>

namespace mlcarbon {

// Numbers for people (3 significant digits, a unit chosen so the figure stays readable)
// and for machines (shortest text that reads back to the same double, '.' always).
class NumberFormat {
public:
    struct Unit {
        double scale;      // in the base unit (kg, kWh)
        const char* name;  // "t CO2e"
    };
    static std::string significant(double value, int digits = 3);
    static std::string energy(double kwh);     // "232 MWh"
    static std::string mass(double kg);        // "96.4 t CO2e"
    static std::string volume(double litres);  // "350 mL", "12.4 L", "3.2 m3" (1 m3 = 1,000 L)
    // The unit mass() would use for this value: for a chart axis whose labels must agree with the text.
    static Unit massUnit(double kg);
    static std::string exact(double value);    // "96.4320000000001" -> round-trip text
    static std::string integer(double value);  // "1024"
    // Counts as papers write them, from 1e6 up: "7e9", "1.4e12", "8.4e22" (4 significant digits);
    // smaller values as significant().
    static std::string large(double value);
};

}  // namespace mlcarbon
