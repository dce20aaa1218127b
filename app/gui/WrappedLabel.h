#pragma once
#include <QFont>
#include <QLabel>
#include <QString>

#include <array>

namespace mlcarbon {

// A word-wrapped QLabel that remembers its height for the last few widths. QLabel lays its text
// out again on every heightForWidth() call, and a layout pass asks many times for the same width:
// at start-up that was 205 layouts of the result's rich text, 44% of the main thread's work.
// The cache is keyed on the text and font as well, so a new text or font is laid out afresh.
class WrappedLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    // For tests: layouts done by heightForWidth() since construction.
    int layoutCount() const { return m_layouts; }

private:
    struct Entry {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Entry, 4> m_entries;
    mutable std::size_t m_next = 0;
    mutable QString m_text;  // what the entries were computed for
    mutable QFont m_font;
    mutable int m_layouts = 0;
};

}  // namespace mlcarbon
