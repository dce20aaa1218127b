#include "WrappedLabel.h"

namespace mlcarbon {

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_text || font() != m_font) {
        m_entries.fill(Entry{});
        m_text = text();
        m_font = font();
    }
    for (const Entry& e : m_entries) {
        if (e.width == width)
            return e.height;
    }
    ++m_layouts;
    const int height = QLabel::heightForWidth(width);
    m_entries[m_next] = Entry{width, height};
    m_next = (m_next + 1) % m_entries.size();
    return height;
}

}  // namespace mlcarbon
