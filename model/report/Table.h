#pragma once
#include <string>
#include <vector>

namespace mlcarbon {

struct TableCell {
    enum class Type { Null, Text, Number, Integer, Bool };
    Type type = Type::Null;
    std::string text;
    double number = 0;
    bool flag = false;

    static TableCell null() { return {}; }
    static TableCell of(std::string s) { return {Type::Text, std::move(s), 0, false}; }
    static TableCell of(double v) { return {Type::Number, {}, v, false}; }
    static TableCell integer(double v) { return {Type::Integer, {}, v, false}; }
    static TableCell boolean(bool b) { return {Type::Bool, {}, 0, b}; }
};

struct TableColumn {
    std::string key;    // JSON key and CSV header, with the unit in it (tdp_w)
    std::string label;  // header for people
    std::string unit;   // appended to numbers in text output
};

// A list of records with typed cells, written as JSON (array of objects), CSV or aligned
// text by TableWriter. Listings and comparisons share this so the three forms agree.
struct Table {
    std::vector<TableColumn> columns;
    std::vector<std::vector<TableCell>> rows;
};

}  // namespace mlcarbon
