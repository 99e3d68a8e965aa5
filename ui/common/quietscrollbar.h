#pragma once

#include <QScrollBar>

#include <optional>

namespace Confer
{

// A scroll bar that repaints when what it shows changes. QScrollBar repaints
// itself whole at every change of range or value; a view following a stream
// changes both every frame, while its handle moves by a pixel only now and
// then. Painting a tall bar is not free (the style fills its groove with a
// gradient, which the raster engine hands to a thread pool), and a comparison
// has eight of them.
class QuietScrollBar : public QScrollBar
{
    Q_OBJECT

public:
    explicit QuietScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

    // Paint events so far (for tests and benchmarks).
    int paintCount() const { return m_paints; }

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // What a change of range or value can alter on screen.
    struct Look {
        QRect handle;
        bool scrollable = false;
        bool operator==(const Look &other) const = default;
    };
    Look look() const;

    std::optional<Look> m_painted;
    int m_paints = 0;
};

}
