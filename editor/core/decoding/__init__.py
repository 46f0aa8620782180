"""Bytes to text: encodings, mojibake, and the visible text of HTML, DOCX and JSONL files."""
