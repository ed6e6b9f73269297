"""Synthetic document photos for the document-quality model.

Renders Korean/English documents (text lines, tables, stamps), places them in a photographed scene and applies
one degradation per class. Every sample is a pure function of (seed, split, index): the same call renders the
same bytes on any machine with the same Pillow/NumPy/FreeType and the same Nanum fonts.
"""

import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CLASSES = ["OK", "BLURRED", "DARK", "GLARE", "CROPPED", "BLANK", "SCREEN"]
FONT_DIR = "/usr/share/fonts/truetype/nanum"
FONT_FILES = [
    "NanumGothic.ttf",
    "NanumGothicBold.ttf",
    "NanumMyeongjo.ttf",
    "NanumBarunGothic.ttf",
    "NanumSquareR.ttf",
]
SPLITS = {"train": 1, "val": 2, "heldout": 3}

TITLES_KO = ["소득금액증명", "근로소득 원천징수영수증", "주민등록표 등본", "재직증명서", "대출 거래내역서",
             "건강보험 자격득실 확인서", "부채증명서", "사업자등록증명", "예금 잔액증명서", "급여명세서"]
TITLES_EN = ["Certificate of Income", "Employment Certificate", "Loan Statement", "Bank Statement",
             "Proof of Residence", "Salary Slip", "Tax Withholding Receipt", "Balance Certificate"]
WORDS_KO = ["성명", "주민등록번호", "주소", "서울특별시", "강남구", "발급일자", "년", "월", "일", "귀속연도",
            "총급여", "결정세액", "원", "대출금액", "상환방법", "원리금균등", "금리", "연", "잔액", "기간",
            "발급번호", "용도", "금융기관 제출용", "위 사실을 증명합니다", "세무서장", "담당자", "확인",
            "근무처", "주식회사", "직위", "대리", "입사일", "소득금액", "합계", "비고", "납부", "이자"]
WORDS_EN = ["Name", "Address", "Seoul", "Date of issue", "Amount", "KRW", "Balance", "Interest", "Rate",
            "Term", "Employer", "Position", "Manager", "Total", "Account", "Period", "Purpose", "Issued by",
            "This is to certify that", "the above is true", "Loan", "Repayment", "Monthly", "Annual", "Tax"]

_FONT_CACHE = {}


def font(name, size):
    key = (name, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(f"{FONT_DIR}/{name}", size)
    return _FONT_CACHE[key]


def text_line(rng, korean):
    words = WORDS_KO if korean else WORDS_EN
    parts = []
    for _ in range(rng.randint(2, 7)):
        r = rng.random()
        if r < 0.25:
            parts.append(f"{rng.randint(1, 999):,}{',' + str(rng.randint(100, 999)) if rng.random() < 0.5 else ''}")
        elif r < 0.32:
            parts.append(f"{rng.randint(2019, 2026)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}")
        else:
            parts.append(rng.choice(words))
    return " ".join(parts)


def render_document(rng, blank=False):
    """A white page (RGB) with a title, text, a table and a stamp — or, blank, only paper."""
    w = rng.randint(260, 340)
    h = int(w * rng.uniform(1.3, 1.45))
    paper = tuple(rng.randint(232, 255) for _ in range(3))
    page = Image.new("RGB", (w, h), paper)
    if blank:
        d = ImageDraw.Draw(page)
        # A blank page may still carry a crease or a speck or two.
        for _ in range(rng.randint(0, 3)):
            x, y = rng.randint(0, w), rng.randint(0, h)
            d.ellipse([x, y, x + rng.randint(1, 3), y + rng.randint(1, 3)], fill=(180, 180, 180))
        if rng.random() < 0.4:
            y = rng.randint(h // 4, 3 * h // 4)
            d.line([0, y, w, y + rng.randint(-10, 10)], fill=tuple(c - 12 for c in paper), width=1)
        return page
    d = ImageDraw.Draw(page)
    korean = rng.random() < 0.65
    fname = rng.choice(FONT_FILES)
    margin = rng.randint(14, 26)
    y = margin
    title = rng.choice(TITLES_KO if korean else TITLES_EN)
    tf = font(fname.replace(".ttf", "Bold.ttf") if fname == "NanumGothic.ttf" else fname, rng.randint(15, 21))
    tw = d.textlength(title, font=tf)
    d.text(((w - tw) / 2, y), title, fill=(15, 15, 15), font=tf)
    y += tf.size + rng.randint(10, 18)
    body = font(fname, rng.randint(8, 11))
    line_h = body.size + rng.randint(3, 6)
    blocks = rng.sample(["text", "table", "text2"], 3)
    for block in blocks:
        if y > h - 60:
            break
        if block.startswith("text"):
            for _ in range(rng.randint(3, 7)):
                if y > h - 50:
                    break
                d.text((margin, y), text_line(rng, korean if rng.random() < 0.85 else not korean),
                       fill=(20, 20, 20), font=body)
                y += line_h
            y += rng.randint(4, 10)
        else:
            cols = rng.randint(2, 4)
            rows = rng.randint(3, 6)
            x0, x1 = margin, w - margin
            ch = line_h + 4
            for r in range(rows + 1):
                d.line([x0, y + r * ch, x1, y + r * ch], fill=(60, 60, 60), width=1)
            for c in range(cols + 1):
                x = x0 + (x1 - x0) * c // cols
                d.line([x, y, x, y + rows * ch], fill=(60, 60, 60), width=1)
            for r in range(rows):
                for c in range(cols):
                    cell = rng.choice(WORDS_KO if korean else WORDS_EN) if r == 0 or c == 0 else \
                        f"{rng.randint(1, 99_999):,}"
                    d.text((x0 + (x1 - x0) * c // cols + 3, y + r * ch + 2), cell[:10], fill=(25, 25, 25),
                           font=body)
            y += rows * ch + rng.randint(8, 14)
    # Signature line and a red seal (직인) near the bottom.
    sy = h - margin - 34
    d.text((margin, sy), rng.choice(["세무서장", "대표이사", "Issued by", "지점장"]), fill=(20, 20, 20), font=body)
    if rng.random() < 0.85:
        cx, cy, r = w - margin - 22 + rng.randint(-8, 4), sy + 6, rng.randint(14, 20)
        red = (rng.randint(170, 220), rng.randint(20, 60), rng.randint(20, 60))
        if rng.random() < 0.6:
            d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=2)
        else:
            d.rectangle([cx - r, cy - r, cx + r, cy + r], outline=red, width=2)
        sf = font("NanumMyeongjoBold.ttf", max(8, r - 4))
        label = rng.choice(["직인", "인", "確認", "印"])
        lw = d.textlength(label, font=sf)
        d.text((cx - lw / 2, cy - sf.size / 2 - 1), label, fill=red, font=sf)
    return page


def background(rng, size):
    """A desk or table: a base tone with a gradient and texture."""
    w, h = size
    base = rng.uniform(40, 200)
    gx, gy = rng.uniform(-40, 40), rng.uniform(-40, 40)
    yy, xx = np.ogrid[0:h, 0:w]
    yy, xx = yy.astype(np.float32), xx.astype(np.float32)
    field = base + gx * (xx / w - 0.5) + gy * (yy / h - 0.5)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    grain = nrng.normal(0, rng.uniform(2, 10), (h // 4 + 1, w // 4 + 1)).astype(np.float32)
    grain = np.kron(grain, np.ones((4, 4), np.float32))[:h, :w]
    tint = np.array([rng.uniform(0.85, 1.1), rng.uniform(0.85, 1.05), rng.uniform(0.75, 1.0)], np.float32)
    rgb = (field + grain)[..., None] * tint
    return np.clip(rgb, 0, 255)


def place(rng, page, size, cropped):
    """Composites the page (rotated a little, sometimes sideways) into a scene of `size`."""
    w, h = size
    angle = rng.uniform(-9, 9)
    if rng.random() < 0.12:
        angle += rng.choice([90, -90])
    rotated = page.convert("RGBA").rotate(angle, resample=Image.BILINEAR, expand=True)
    pw, ph = rotated.size
    if cropped:
        # Large in frame and pushed off one or two edges: 25–55 % of the page is outside.
        scale = rng.uniform(0.9, 1.3) * min(w / pw, h / ph)
    else:
        scale = rng.uniform(0.6, 0.9) * min(w / pw, h / ph)
    rotated = rotated.resize((max(8, int(pw * scale)), max(8, int(ph * scale))), Image.BILINEAR)
    pw, ph = rotated.size
    if cropped:
        out = rng.uniform(0.25, 0.55)
        side = rng.choice(["left", "right", "top", "bottom", "corner"])
        x = (w - pw) // 2 + rng.randint(-8, 8)
        y = (h - ph) // 2 + rng.randint(-8, 8)
        if side in ("left", "corner"):
            x = -int(pw * out)
        if side == "right":
            x = w - int(pw * (1 - out))
        if side in ("top", "corner"):
            y = -int(ph * out * (0.6 if side == "corner" else 1))
        if side == "bottom":
            y = h - int(ph * (1 - out))
    else:
        x = rng.randint(max(0, int(w * 0.03)), max(int(w * 0.03), w - pw - int(w * 0.03)))
        y = rng.randint(max(0, int(h * 0.03)), max(int(h * 0.03), h - ph - int(h * 0.03)))
    scene = Image.fromarray(background(rng, size).astype(np.uint8))
    scene.paste(rotated, (x, y), rotated)
    return scene


def lighting(rng, arr):
    """Uneven room light: a soft gradient multiplied in."""
    h, w = arr.shape[:2]
    yy, xx = np.ogrid[0:h, 0:w]
    yy, xx = yy.astype(np.float32), xx.astype(np.float32)
    a, b = rng.uniform(-0.15, 0.15), rng.uniform(-0.15, 0.15)
    gain = rng.uniform(0.88, 1.08) + a * (xx / w - 0.5) + b * (yy / h - 0.5)
    return arr * gain[..., None]


def motion_blur(arr, length, angle):
    out = np.zeros_like(arr)
    dx, dy = math.cos(angle), math.sin(angle)
    for k in range(length):
        t = k - (length - 1) / 2
        out += np.roll(np.roll(arr, int(round(t * dy)), axis=0), int(round(t * dx)), axis=1)
    return out / length


def moire(rng, arr):
    """A photo of a screen: two slightly rotated gratings beat into low-frequency bands, plus the pixel grid."""
    h, w = arr.shape[:2]
    yy, xx = np.ogrid[0:h, 0:w]
    yy, xx = yy.astype(np.float32), xx.astype(np.float32)
    p1 = rng.uniform(2.2, 3.2)
    p2 = p1 * rng.uniform(1.02, 1.12)
    t1, t2 = rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3)
    g1 = np.sin(2 * np.pi * (xx * math.cos(t1) + yy * math.sin(t1)) / p1)
    g2 = np.sin(2 * np.pi * (xx * math.cos(t2) + yy * math.sin(t2)) / p2)
    beat = g1 * g2  # contains the low-frequency difference band
    amp = rng.uniform(0.18, 0.35)
    grid = 0.5 + 0.5 * np.sin(2 * np.pi * xx / rng.uniform(1.8, 2.6))
    screen = arr * (1 + amp * beat[..., None]) * (0.85 + 0.15 * grid[..., None])
    # Emitted light: brighter, lower contrast, often a dark bezel around the screen.
    screen = screen * rng.uniform(0.9, 1.2) + rng.uniform(5, 30)
    if rng.random() < 0.6:
        bz = rng.randint(4, max(5, min(h, w) // 10))
        screen[:bz] = screen[-bz:] = rng.uniform(5, 35)
        screen[:, :bz] = screen[:, -bz:] = rng.uniform(5, 35)
    return screen


def glare(rng, arr, doc_box):
    h, w = arr.shape[:2]
    x0, y0, x1, y1 = doc_box
    cx = rng.uniform(x0 + 0.2 * (x1 - x0), x1 - 0.2 * (x1 - x0))
    cy = rng.uniform(y0 + 0.2 * (y1 - y0), y1 - 0.2 * (y1 - y0))
    rx = rng.uniform(0.22, 0.42) * (x1 - x0)
    ry = rx * rng.uniform(0.5, 1.3)
    yy, xx = np.ogrid[0:h, 0:w]
    yy, xx = yy.astype(np.float32), xx.astype(np.float32)
    d2 = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    core = np.clip(1.6 - d2, 0, 1)  # saturated core with a soft rim
    halo = np.exp(-d2 / 2.5) * 0.5
    boost = (core + halo) * rng.uniform(260, 420)
    return arr + boost[..., None]


def sample(seed, split, index):
    """(label index, encoded image bytes, format) for one sample."""
    rng = random.Random(seed * 10_000_019 + SPLITS[split] * 1_000_003 + index)
    label = index % len(CLASSES)
    cls = CLASSES[label]
    w = rng.randint(240, 420)
    h = int(w * rng.choice([1.0, 4 / 3, 3 / 4, 1.25]))
    page = render_document(rng, blank=(cls == "BLANK" and rng.random() < 0.8))
    if cls == "BLANK" and rng.random() < 0.25:
        # No page at all: an empty frame (lens cap, desk, or a white wall).
        arr = background(rng, (w, h))
        if rng.random() < 0.5:
            arr = arr * 0 + rng.uniform(0, 255) + np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3, arr.shape)
        scene = None
    else:
        scene = place(rng, page, (w, h), cropped=(cls == "CROPPED"))
        arr = np.asarray(scene, np.float32)
    arr = lighting(rng, arr)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    if cls == "BLURRED":
        if rng.random() < 0.6:
            img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
            arr = np.asarray(img.filter(ImageFilter.GaussianBlur(rng.uniform(1.8, 4.5))), np.float32)
        else:
            arr = motion_blur(arr, rng.randint(7, 15), rng.uniform(0, math.pi))
    elif cls == "DARK":
        arr = (arr / 255.0) ** rng.uniform(1.0, 1.6) * 255 * rng.uniform(0.08, 0.25)
        arr = arr + nrng.standard_normal(arr.shape, dtype=np.float32) * rng.uniform(1.5, 5)
    elif cls == "GLARE":
        # The page's box is approximated by its brightest region: find it on the luminance.
        lum = arr.mean(axis=2)
        ys, xs = np.nonzero(lum > np.percentile(lum, 55))
        box = (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1) if len(xs) else (0, 0, w, h)
        arr = glare(rng, arr, box)
    elif cls == "SCREEN":
        arr = moire(rng, arr)
        arr = np.asarray(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
                         .filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7))), np.float32)
    elif rng.random() < 0.5:
        # OK, CROPPED and BLANK pages carry only the ordinary softness of a phone camera.
        arr = np.asarray(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
                         .filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.6))), np.float32)
    arr = arr + nrng.standard_normal(arr.shape, dtype=np.float32) * rng.uniform(0.5, 3.5)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    if rng.random() < 0.75:
        img.save(buf, format="JPEG", quality=rng.randint(70, 94))
        fmt = "jpg"
    else:
        img.save(buf, format="PNG", compress_level=1)
        fmt = "png"
    return label, buf.getvalue(), fmt
