from editor.ui.span_paint import depths


def test_depth_counts_the_spans_holding_one_in_any_order():
    assert depths([(0, 6), (0, 3), (1, 2), (4, 6)]) == [0, 1, 2, 1]
    assert depths([(1, 2), (0, 6), (0, 3)]) == [2, 0, 1]
    assert depths([(0, 3), (0, 3)]) == [0, 1]  # the same stretch twice, both visible
    assert depths([(0, 4), (2, 6)]) == [0, 1]  # crossing: stacked too, neither hides the other
    assert depths([(0, 2), (2, 4)]) == [0, 0]
