"""export.images: the media type of a figure image."""
from editor.core.model import Figure
from editor.export.images import data_uri, media_type
from tests.export.issues import tiny_png


def test_png_is_recognised_from_its_bytes_whatever_was_recorded():
    assert media_type(Figure(None, None, tiny_png(), "image/jpeg")) == "image/png"


def test_unknown_bytes_keep_the_recorded_type():
    assert media_type(Figure(None, None, b"\x00\x01", "image/x-raw")) == "image/x-raw"


def test_unknown_bytes_without_a_type_are_still_embedded():
    assert data_uri(Figure(None, None, b"\x00\x01")) == "data:application/octet-stream;base64,AAE="


def test_no_image_no_uri():
    assert data_uri(Figure(None, None)) is None
