#include "CsvReader.h"

#include <algorithm>
#include <cstring>

namespace mlcarbon {

CsvReader::CsvReader(std::istream& in, std::size_t blockBytes)
    : m_in(in)
    , m_buffer(std::make_unique_for_overwrite<char[]>(std::max<std::size_t>(blockBytes, 64)))
    , m_capacity(std::max<std::size_t>(blockBytes, 64))
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep the unread tail (a record in progress): move it to the front, grow only for a long record.
    const std::size_t tail = m_end - m_pos;
    if (m_pos > 0 && tail > 0)
        std::memmove(m_buffer.get(), m_buffer.get() + m_pos, tail);
    m_pos = 0;
    m_end = tail;
    if (m_end == m_capacity) {
        auto bigger = std::make_unique_for_overwrite<char[]>(m_capacity * 2);
        std::memcpy(bigger.get(), m_buffer.get(), m_end);
        m_buffer = std::move(bigger);
        m_capacity *= 2;
    }
    m_in.read(m_buffer.get() + m_end, static_cast<std::streamsize>(m_capacity - m_end));
    const auto got = static_cast<std::size_t>(m_in.gcount());
    m_end += got;
    m_bytesRead += got;
    if (got == 0)
        m_eof = true;
    return got > 0;
}

// One function on purpose (~180 lines): the record scanner is a state machine over the block
// (plain, quoted, quote-in-quoted, line ends, refills) whose states read best side by side, and
// it is the batch's hot loop (issue 19 profiles it before anything here is split).
bool CsvReader::next(std::vector<std::string_view>& fields)
{
    fields.clear();
    m_error.clear();
    m_unquoted.clear();
    m_raw = {};
    if (m_first) {
        while (m_end - m_pos < 3 && fill()) { }
        m_first = false;
        if (m_end - m_pos >= 3 && std::memcmp(m_buffer.get() + m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;  // a UTF-8 byte order mark is not part of the first column's name
    }
    // 0. The common case in one pass: a whole line in the buffer and no quote in it.
    {
        const char* data = m_buffer.get();
        std::size_t i = m_pos, start = m_pos;
        bool simple = false;
        m_spans.clear();
        while (i < m_end) {
            const char c = data[i];
            if (c == ',') {
                m_spans.push_back({false, start, i - start});
                start = i + 1;
            } else if (c == '\n') {
                std::size_t size = i - start;
                if (size > 0 && data[i - 1] == '\r')
                    --size;
                m_spans.push_back({false, start, size});
                simple = true;
                break;
            } else if (c == '"') {
                break;
            }
            ++i;
        }
        if (simple) {
            for (const Span& f : m_spans)
                fields.emplace_back(data + f.begin, f.size);
            m_raw = std::string_view(data + m_pos, m_spans.back().begin + m_spans.back().size - m_pos);
            m_recordLine = m_line++;
            m_pos = i + 1;
            return true;
        }
    }
    // 1. Find the end of the record: the first line end outside quotes, with the whole record in memory.
    std::size_t scanned = m_pos;  // how far the search got (quote state carried in `quoted`)
    bool quoted = false;
    std::size_t recordEnd = 0;  // index of the '\n', or m_end at the end of input
    bool found = false;
    for (;;) {
        const char* base = m_buffer.get();
        std::size_t j = scanned;
        while (j < m_end) {
            if (!quoted) {
                // Fast path: no quote before the next line end.
                const void* nl = std::memchr(base + j, '\n', m_end - j);
                const std::size_t nlAt = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : m_end;
                const void* q = std::memchr(base + j, '"', nlAt - j);
                if (!q) {
                    j = nlAt;
                    if (nl) {
                        found = true;
                        recordEnd = nlAt;
                    }
                    break;
                }
                j = static_cast<std::size_t>(static_cast<const char*>(q) - base) + 1;
                quoted = true;
            } else {
                const void* q = std::memchr(base + j, '"', m_end - j);
                if (!q) {
                    j = m_end;
                    break;
                }
                j = static_cast<std::size_t>(static_cast<const char*>(q) - base) + 1;
                quoted = false;  // a doubled quote toggles twice
            }
        }
        if (found)
            break;
        const std::size_t offset = j - m_pos;
        if (m_end - m_pos > kMaxRecordBytes) {
            // Too long: skip to the next physical line end and report the record.
            m_recordLine = m_line;
            m_error = "a record longer than 1 MB";
            for (;;) {
                const void* nl = std::memchr(m_buffer.get() + m_pos, '\n', m_end - m_pos);
                if (nl) {
                    m_pos = static_cast<std::size_t>(static_cast<const char*>(nl) - m_buffer.get()) + 1;
                    break;
                }
                m_pos = m_end;
                if (!fill())
                    break;
            }
            ++m_line;
            return true;
        }
        if (!fill()) {
            if (m_pos >= m_end)
                return false;   // nothing left
            recordEnd = m_end;  // the last record has no line end
            break;
        }
        scanned = m_pos + offset;  // the buffer moved: the same point in the record
    }

    if (recordEnd - m_pos > kMaxRecordBytes) {
        // Found, but too long to be a job: report it rather than hand on a megabyte field.
        const std::size_t inside =
            static_cast<std::size_t>(std::count(m_buffer.get() + m_pos, m_buffer.get() + recordEnd, '\n'));
        m_recordLine = m_line;
        m_line += inside + 1;
        m_pos = std::min(recordEnd + 1, m_end);
        m_error = "a record longer than 1 MB";
        return true;
    }
    // 2. Split [m_pos, recordEnd) into fields; a CR before the LF is part of the line end.
    const char* data = m_buffer.get();
    std::size_t end = recordEnd;
    if (end > m_pos && data[end - 1] == '\r')
        --end;
    m_spans.clear();
    std::size_t lines = 0;
    std::size_t i = m_pos;
    for (;;) {
        if (i < end && data[i] == '"') {
            const std::size_t from = m_unquoted.size();
            std::size_t j = i + 1;
            bool closed = false;
            while (j < recordEnd) {
                if (data[j] == '"') {
                    if (j + 1 < recordEnd && data[j + 1] == '"') {
                        m_unquoted += '"';
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                lines += data[j] == '\n';
                m_unquoted += data[j++];
            }
            if (!closed) {
                m_error = "a quoted field is not closed";
                i = recordEnd;
                break;
            }
            m_spans.push_back({true, from, m_unquoted.size() - from});
            i = j + 1;
            if (i >= end)
                break;
            if (data[i] != ',') {
                m_error = "text after a closing quote";
                break;
            }
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < end && data[j] != ',') {
            if (data[j] == '"') {
                m_error = "a quote inside an unquoted field";
                break;
            }
            ++j;
        }
        if (!m_error.empty())
            break;
        m_spans.push_back({false, i, j - i});
        if (j >= end)
            break;
        i = j + 1;
    }
    m_recordLine = m_line;
    m_line += lines + 1;
    m_pos = std::min(recordEnd + 1, m_end);
    if (!m_error.empty())
        return true;  // no fields: the caller reports the error with the line
    for (const Span& s : m_spans)
        fields.emplace_back(s.unquoted ? std::string_view(m_unquoted).substr(s.begin, s.size)
                                       : std::string_view(m_buffer.get() + s.begin, s.size));
    return true;
}

}  // namespace mlcarbon
