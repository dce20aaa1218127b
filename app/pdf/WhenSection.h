#pragma once
#include "Estimate.h"
#include "WhenQuery.h"

#include <QImage>
#include <QString>

namespace mlcarbon {

// The PDF's "When to run" section: the model's schedule rows and sentences (WhenReport) as HTML, and the
// day's intensity curve with the three schedules drawn under it, as an image painted with QPainter.
class WhenSection {
public:
    static constexpr const char* kImageName = "mlcarbon:when";

    static QString html(const Estimate& e, const WhenResult& r, int imageHeight);
    static QImage curve(const WhenResult& r, QSize size, qreal devicePixelRatio = 2.0);
};

}  // namespace mlcarbon
