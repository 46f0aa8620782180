"""How a printed page is laid out in text: line shapes, articles, page furniture, issue metadata."""
