"""The language: character classes of Chinese text, jieba's words, the spaces between ideographs."""
