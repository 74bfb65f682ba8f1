"""The SVG helpers (stats/charts.py): valid XML with a title, the drawn numbers are the
given numbers, Vietnamese digit grouping, no style attribute or element (CSP), text escaped."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from stats import charts
from stats.charts import Series, Span

NS = {"svg": "http://www.w3.org/2000/svg"}


@pytest.fixture(autouse=True)
def _vietnamese():
    with translation.override("vi"):
        yield


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    title = root.find("svg:title", NS)
    assert title is not None and title.text
    assert root.find("svg:desc", NS) is not None
    labelled = root.get("aria-labelledby").split()
    assert labelled == [title.get("id"), root.find("svg:desc", NS).get("id")]
    # The CSP (style-src 'self') would block these in a page: none anywhere.
    assert root.find(".//svg:style", NS) is None
    assert all("style" not in element.attrib for element in root.iter())
    assert all(element.tag.split("}")[1] != "script" for element in root.iter())
    return root


def bar_titles(root) -> list[str]:
    return [
        rect.find("svg:title", NS).text
        for rect in root.iter(f"{{{NS['svg']}}}rect")
        if rect.find("svg:title", NS) is not None
    ]


def test_vietnamese_numbers():
    assert charts.vi_number(1234) == "1.234"
    assert charts.vi_number(1234567) == "1.234.567"
    assert charts.vi_number(7) == "7"
    assert charts.vi_percent(0.8181) == "81,8%"
    assert charts.vi_percent(13 / 14) == "92,9%"  # rounded, not cut
    assert charts.vi_percent(None) == "—"


@pytest.mark.parametrize(
    ("maximum", "ticks"),
    [
        (0, [0, 1]),
        (1, [0, 1]),
        (4, [0, 1, 2, 3, 4]),
        (8, [0, 2, 4, 6, 8]),
        (23, [0, 5, 10, 15, 20, 25]),
        (1234, [0, 500, 1000, 1500]),
    ],
)
def test_nice_ticks(maximum, ticks):
    assert charts.nice_ticks(maximum) == ticks


def test_column_chart_draws_each_value_with_its_label():
    svg = charts.column_chart(
        chart_id="c",
        title="Hội nghị theo tháng",
        desc="Mô tả",
        labels=["T1", "T2", "T3"],
        tooltips=["Tháng 1/2024", "Tháng 2/2024", "Tháng 3/2024"],
        series=[Series("Ký kết", [1, 0, 2], "s1"), Series("Phản biện", [0, 0, 1234], "s2")],
        beside=Series("Năm 2023", [3, 0, 1], "prev"),
        y_label="Số hội nghị",
        x_label="Tháng",
    )
    root = parse(svg)
    assert root.find("svg:title", NS).text == "Hội nghị theo tháng"
    titles = bar_titles(root)
    # Zero values of a stack draw nothing; the year before always has its column.
    assert titles == [
        "Tháng 1/2024 · Năm 2023: 3",
        "Tháng 1/2024 · Ký kết: 1",
        "Tháng 2/2024 · Năm 2023: 0",
        "Tháng 3/2024 · Năm 2023: 1",
        "Tháng 3/2024 · Ký kết: 2",
        "Tháng 3/2024 · Phản biện: 1.234",
    ]
    texts = [t.text for t in root.iter(f"{{{NS['svg']}}}text")]
    assert {"T1", "T2", "T3", "Tháng", "Số hội nghị", "1.500"} <= set(texts)
    # Heights are proportional to the values, on the scale of the top tick (1.500).
    rects = {
        r.find("svg:title", NS).text: float(r.get("height"))
        for r in root.iter(f"{{{NS['svg']}}}rect")
    }
    plot_height = 320 - 14 - 58
    for title, value in (("Phản biện: 1.234", 1234), ("Ký kết: 2", 2), ("Năm 2023: 1", 1)):
        assert rects[f"Tháng 3/2024 · {title}"] == pytest.approx(
            value * plot_height / 1500, abs=0.01
        )


def test_bar_chart_and_timeline():
    root = parse(
        charts.bar_chart(
            chart_id="b",
            title="Đại biểu",
            desc="d",
            labels=["Nguyễn Thị Thanh", "Trần Việt Hà"],
            series=[Series("Số hội nghị", [15, 4], "s1")],
            x_label="Số hội nghị",
        )
    )
    assert bar_titles(root) == [
        "Nguyễn Thị Thanh · Số hội nghị: 15",
        "Trần Việt Hà · Số hội nghị: 4",
    ]
    root = parse(
        charts.timeline_chart(
            chart_id="t",
            title="Giai đoạn",
            desc="d",
            spans=[Span("Chương trình A", 2023, 2027), Span("Chương trình B", 2024, 2024, True)],
            highlight=(2024, 2024),
            x_label="Năm",
            legend=("Ký trong kỳ", "Ký trước kỳ"),
        )
    )
    assert bar_titles(root) == [
        "Chương trình A (2023–2027) · Ký trước kỳ",
        "Chương trình B (2024) · Ký trong kỳ",
    ]
    texts = [t.text for t in root.iter(f"{{{NS['svg']}}}text")]
    assert [str(y) for y in range(2023, 2028)] == [t for t in texts if t and t.isdigit()]


def test_text_is_escaped():
    svg = charts.bar_chart(
        chart_id='x"><script>',
        title="<script>alert(1)</script>",
        desc="a & b",
        labels=['Tổ chức "A" <b>'],
        series=[Series("n", [1], "s1")],
        x_label="x",
    )
    root = parse(svg)  # still well-formed
    assert root.find("svg:title", NS).text == "<script>alert(1)</script>"
    assert "<script>" not in svg
