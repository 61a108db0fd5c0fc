"""PNG character cards: chunk walking, card text chunks, avatar sanitising, placeholders.

Chunks are walked with ``struct`` and checked with ``zlib.crc32``; nothing is decompressed on
import. The image header is checked (dimensions) before any image data could be, so a PNG
bomb is refused up front. The avatar Veil keeps is the image rebuilt from a short list of
image chunks: every text and metadata chunk (``chara``, ``ccv3``, EXIF, embedded
``chara-ext-asset_`` files) is dropped. Pillow is used only to draw a placeholder and to turn
a JPEG/WebP/GIF avatar into a PNG, after its header passed the same size checks.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import struct
import warnings
import zlib
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from veil.chat.cards_limits import CardLimits
from veil.domain.errors import InvalidCard

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CARD_KEYWORDS = ("ccv3", "chara")  # in order of preference (CCv3: prefer ccv3 when both)
IMAGE_CHUNKS = frozenset(
    {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP"}
    | {b"sBIT", b"pHYs", b"bKGD", b"acTL", b"fcTL", b"fdAT"}
)
MAX_CHUNK_LENGTH = 2**31 - 1  # PNG spec limit
PLACEHOLDER_SIDE = 256
OTHER_IMAGE_FORMATS = ["JPEG", "WEBP", "GIF"]


@dataclass(frozen=True, slots=True)
class Chunk:
    kind: bytes
    data: bytes


def read_chunks(raw: bytes, limits: CardLimits) -> list[Chunk]:
    """Walk a PNG's chunks up to IEND, verifying structure, checksums and image size."""
    if len(raw) > limits.max_png_bytes:
        raise InvalidCard(f"PNG card is larger than {limits.max_png_bytes} bytes")
    if not raw.startswith(PNG_SIGNATURE):
        raise InvalidCard("not a PNG file")
    chunks: list[Chunk] = []
    pos = len(PNG_SIGNATURE)
    while not chunks or chunks[-1].kind != b"IEND":
        if len(chunks) >= limits.max_png_chunks:
            raise InvalidCard(f"PNG has more than {limits.max_png_chunks} chunks")
        if pos + 12 > len(raw):
            raise InvalidCard("PNG is truncated")
        length, kind = struct.unpack(">I4s", raw[pos : pos + 8])
        end = pos + 8 + length
        if length > MAX_CHUNK_LENGTH or end + 4 > len(raw):
            raise InvalidCard("PNG is truncated")
        if not all(65 <= b <= 90 or 97 <= b <= 122 for b in kind):
            raise InvalidCard("PNG has a malformed chunk type")
        data = raw[pos + 8 : end]
        (crc,) = struct.unpack(">I", raw[end : end + 4])
        if zlib.crc32(kind + data) != crc:
            raise InvalidCard("PNG chunk checksum mismatch")
        if not chunks and (kind != b"IHDR" or length != 13):
            raise InvalidCard("PNG does not start with an image header")
        chunks.append(Chunk(kind, data))
        pos = end + 4
    _check_header(chunks[0].data, limits)
    return chunks


def _check_header(ihdr: bytes, limits: CardLimits) -> None:
    width, height = struct.unpack(">II", ihdr[:8])
    if width == 0 or height == 0:
        raise InvalidCard("PNG has an empty image")
    check_dimensions(width, height, limits)


def check_dimensions(width: int, height: int, limits: CardLimits) -> None:
    if max(width, height) > limits.max_image_side or width * height > limits.max_image_pixels:
        raise InvalidCard(
            f"image is larger than {limits.max_image_side}x{limits.max_image_side} pixels"
        )


def card_payloads(chunks: list[Chunk], limits: CardLimits) -> dict[str, bytes]:
    """The base64-decoded payload of the first ``ccv3`` and ``chara`` tEXt chunks found."""
    found: dict[str, bytes] = {}
    max_text = (limits.max_json_bytes // 3 + 1) * 4 + 1024  # base64 plus stray whitespace
    for chunk in chunks:
        if chunk.kind != b"tEXt":
            continue
        keyword, sep, text = chunk.data.partition(b"\x00")
        name = keyword.decode("latin-1")
        if not sep or name not in CARD_KEYWORDS or name in found:
            continue
        if len(text) > max_text:
            raise InvalidCard(f"PNG '{name}' chunk is larger than the card size limit")
        found[name] = _b64decode(text, name)
    return found


def _b64decode(text: bytes, name: str) -> bytes:
    try:
        return base64.b64decode(b"".join(text.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidCard(f"PNG '{name}' chunk is not valid base64") from exc


def image_only(chunks: list[Chunk]) -> bytes:
    """The PNG rebuilt from image chunks only: no text, metadata or embedded assets."""
    return _assemble([c for c in chunks if c.kind in IMAGE_CHUNKS])


def with_card_chunks(chunks: list[Chunk], payloads: list[tuple[str, bytes]]) -> bytes:
    """The image with one base64 ``tEXt`` chunk per (keyword, JSON bytes), before IEND."""
    image = [c for c in chunks if c.kind in IMAGE_CHUNKS and c.kind != b"IEND"]
    texts = [
        Chunk(b"tEXt", keyword.encode("latin-1") + b"\x00" + base64.b64encode(payload))
        for keyword, payload in payloads
    ]
    return _assemble([*image, *texts, Chunk(b"IEND", b"")])


def _assemble(chunks: list[Chunk]) -> bytes:
    out = io.BytesIO()
    out.write(PNG_SIGNATURE)
    for chunk in chunks:
        out.write(struct.pack(">I", len(chunk.data)))
        out.write(chunk.kind)
        out.write(chunk.data)
        out.write(struct.pack(">I", zlib.crc32(chunk.kind + chunk.data)))
    return out.getvalue()


def avatar_png(avatar: bytes, limits: CardLimits) -> list[Chunk]:
    """The chunks of ``avatar`` as a PNG; JPEG, WebP and GIF are converted with Pillow."""
    if avatar.startswith(PNG_SIGNATURE):
        return read_chunks(avatar, limits)
    if len(avatar) > limits.max_png_bytes:
        raise InvalidCard(f"avatar is larger than {limits.max_png_bytes} bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(avatar), formats=OTHER_IMAGE_FORMATS) as image:
                check_dimensions(image.width, image.height, limits)
                converted = image.convert("RGBA")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise InvalidCard("avatar must be a PNG, JPEG, WebP or GIF image") from exc
    except Image.DecompressionBombWarning as exc:
        raise InvalidCard("avatar image is too large") from exc
    out = io.BytesIO()
    converted.save(out, format="PNG")
    return read_chunks(out.getvalue(), limits)


def placeholder(name: str) -> bytes:
    """A small deterministic avatar: a colour derived from the name and its initial."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    background = (64 + digest[0] % 128, 64 + digest[1] % 128, 64 + digest[2] % 128)
    image = Image.new("RGB", (PLACEHOLDER_SIDE, PLACEHOLDER_SIDE), background)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=PLACEHOLDER_SIDE // 2)
    initial = (name.strip()[:1] or "?").upper()
    centre = PLACEHOLDER_SIDE / 2
    draw.text((centre, centre), initial, fill=(255, 255, 255), font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
