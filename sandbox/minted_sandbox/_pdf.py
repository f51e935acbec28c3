"""A minimal PDF 1.4 writer: pages of Helvetica text, with a correct xref table.

Enough for the legal documents the sandbox serves; any PDF reader opens them.
The standard Helvetica font's encoding (WinAnsi) has no ş, ğ, ı, İ, Ş, Ğ: those
are written as s, g, i, I, S, G.
"""

from __future__ import annotations

TRANSLITERATE = str.maketrans({"ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I"})
LINES_PER_PAGE = 48


def _escape(text: str) -> bytes:
    plain = text.translate(TRANSLITERATE)
    escaped = plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return escaped.encode("cp1252", errors="replace")


def _page_stream(title: str, lines: list[str]) -> bytes:
    parts = [b"BT /F1 15 Tf 56 790 Td (" + _escape(title) + b") Tj ET"]
    y = 760
    for line in lines:
        parts.append(b"BT /F1 10 Tf 56 %d Td (" % y + _escape(line) + b") Tj ET")
        y -= 15
    return b"\n".join(parts)


def render_pdf(title: str, lines: list[str]) -> bytes:
    """A PDF document with ``title`` on every page and ``lines`` below it."""
    chunks = [lines[i : i + LINES_PER_PAGE] for i in range(0, max(len(lines), 1), LINES_PER_PAGE)]
    objects: list[bytes] = []
    # 1: catalog, 2: pages, 3: font, then a (page, content) pair per page
    page_ids = [4 + 2 * n for n in range(len(chunks))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(chunks))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for pid, chunk in zip(page_ids, chunks, strict=True):
        stream = _page_stream(title, chunk)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            b" /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (pid + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
