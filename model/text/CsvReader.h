#pragma once
#include <cstddef>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// Streams RFC 4180 records from a file of any size in fixed-size blocks: memory is bounded by
// the longest record, not the file. Accepts a UTF-8 BOM, LF or CRLF line ends, quoted fields with
// doubled quotes and line breaks. Fields are views valid until the next call to next().
class CsvReader {
public:
    static constexpr std::size_t kMaxRecordBytes = 1 << 20;  // a longer record is an error, not a reason to grow

    explicit CsvReader(std::istream& in, std::size_t blockBytes = 1 << 20);

    // The next record; false at the end of input. A broken record (unterminated quote, text after
    // a closing quote, longer than kMaxRecordBytes) sets error() and is skipped.
    bool next(std::vector<std::string_view>& fields);
    // The line the last record started on (1-based), for messages.
    std::size_t line() const { return m_recordLine; }
    // Empty unless the last record was broken; then what was wrong.
    const std::string& error() const { return m_error; }
    std::size_t bytesRead() const { return m_bytesRead; }
    // The last record's bytes as read (without the line end) when it had no quotes, else empty:
    // such a record can be copied whole instead of field by field.
    std::string_view raw() const { return m_raw; }

private:
    bool fill();  // moves the unread tail to the front and reads more; false at the end of input

    std::istream& m_in;
    // Not zeroed: a 1 MB block for a 100-byte log touches one page, not 256 (the batch fuzzer's
    // runs were mostly page faults).
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
    std::size_t m_pos = 0;   // next unread byte
    std::size_t m_end = 0;   // bytes in the buffer
    std::size_t m_line = 1;  // current physical line
    std::size_t m_recordLine = 0;
    std::size_t m_bytesRead = 0;
    bool m_eof = false;
    bool m_first = true;  // a BOM is looked for once
    std::string m_error;
    std::string_view m_raw;
    std::string m_unquoted;  // quoted fields with their quotes undone, referred to by the views
    // A field while parsing: offsets, not views, since a refill moves the bytes.
    struct Span {
        bool unquoted;  // in m_unquoted rather than the buffer
        std::size_t begin, size;
    };
    std::vector<Span> m_spans;
};

}  // namespace mlcarbon
