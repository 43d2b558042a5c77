"""Nominations from a unit's spreadsheet, and the template units fill in.

The file is read by the intake area's reader (.xlsx, .xlsm, .xls, .csv; legacy
TCVN3/VNI text converted, mojibake undone). The list is found by its header row,
whatever sheet it is on and however many title lines come before it; headings are
matched ignoring accents, case and spacing. Evidence is written the way units write
it: "LĐTT 2018 (QĐ 12/QĐ-UBND); CSTĐCS 2019 (QĐ 45/QĐ-UBND)",
"Phần mềm một cửa (cấp cơ sở, 15/QĐ-HĐKH)", "khiển trách 2018".
Each row is added as one nomination in state ``proposed``; a row with errors is
refused with its row number, field and reason, and the other rows still go in. A row
proposing a grassroots title (LĐTT, CSTĐ cơ sở, Tập thể LĐ tiên tiến) is refused:
those are decided by the unit or the district and are evidence, not city nominations.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..i18n import translate
from ..vietnamese import clean_text, fold
from .catalogue import Catalogue, load_catalogue
from .nominations import add_nomination

if TYPE_CHECKING:
    from sqlite_utils import Database

# field -> folded headings that mean it (the first is the template's own heading)
HEADINGS: dict[str, tuple[str, ...]] = {
    "nominee": ("ho va ten / ten tap the", "ho va ten", "ten tap the", "ho ten", "ten ca nhan, tap the"),
    "kind": ("ca nhan / tap the", "loai", "doi tuong"),
    "birth_year": ("nam sinh",),
    "gender": ("gioi tinh",),
    "position": ("chuc vu, don vi cong tac", "chuc vu", "don vi cong tac", "chuc vu, don vi"),
    "form": ("hinh thuc de nghi", "hinh thuc khen thuong", "hinh thuc", "danh hieu de nghi"),
    "year": ("nam tinh thanh tich", "nam xet"),
    "summary": ("tom tat thanh tich", "thanh tich"),
    "titles": ("danh hieu da dat", "danh hieu, hinh thuc da dat", "qua trinh khen thuong"),
    "initiatives": ("sang kien", "sang kien, de tai"),
    "discipline": ("ky luat",),
    "years_of_service": ("so nam cong hien",),
    "members_total": ("tong so nguoi", "tong so"),
    "members_ldtt": ("so lao dong tien tien", "so ldtt"),
    "members_completed": ("so hoan thanh nhiem vu", "hoan thanh nhiem vu"),
    "members_cstdcs": ("so cstdcs", "so chien si thi dua co so"),
}
TEMPLATE_ORDER = ("nominee", "kind", "birth_year", "gender", "position", "form", "year", "summary", "titles",
                  "initiatives", "discipline", "years_of_service", "members_total", "members_ldtt",
                  "members_completed", "members_cstdcs")
TEMPLATE_HEADINGS = {
    "nominee": "Họ và tên / Tên tập thể", "kind": "Cá nhân / Tập thể", "birth_year": "Năm sinh",
    "gender": "Giới tính", "position": "Chức vụ, đơn vị công tác", "form": "Hình thức đề nghị",
    "year": "Năm tính thành tích", "summary": "Tóm tắt thành tích", "titles": "Danh hiệu đã đạt",
    "initiatives": "Sáng kiến", "discipline": "Kỷ luật", "years_of_service": "Số năm cống hiến",
    "members_total": "Tổng số người", "members_ldtt": "Số lao động tiên tiến",
    "members_completed": "Số hoàn thành nhiệm vụ", "members_cstdcs": "Số CSTĐCS",
}
_LEVEL_WORDS = (("toan quoc", "national"), ("thanh pho", "province"), ("cap tinh", "province"), ("tinh", "province"),
                ("co so", "grassroots"))
_DISCIPLINE_WORDS = (("khien trach", "reprimand"), ("canh cao", "warning"), ("ha bac", "demotion"),
                     ("giang chuc", "demotion"), ("cach chuc", "dismissal"), ("buoc thoi viec", "dismissal"))


@dataclass
class RowProblem:
    sheet: str | None
    row: int
    field: str | None
    message: str

    def as_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "field": self.field, "message": self.message}


@dataclass
class ImportResult:
    file: str
    added: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """What the import wrote: the nominations, when it added any."""
        return Changes.of("nominations") if self.added else Changes()


def _form_lookup(cat: Catalogue) -> dict[str, str]:
    out = {}
    for f in cat.forms.values():
        for text in (f.code, f.short, f.name, f.code.replace("_", " ")):
            out[fold(text)] = f.code
    return out


def parse_titles(text: str, cat: Catalogue) -> list[dict]:
    """"LĐTT 2018 (QĐ 12/QĐ-UBND); CSTĐCS 2019, 2020" -> [{"title", "year", "decision_number"}]."""
    lookup = _form_lookup(cat)
    lookup.update({"htxsnv": "HTXSNV", "hoan thanh xuat sac nhiem vu": "HTXSNV", "httnv": "HTTNV"})
    out = []
    for part in re.split(r"[;\n]+", clean_text(text or "")):
        part = part.strip(" .")
        if not part:
            continue
        m = re.match(r"^(.*?)\s*((?:(?:19|20)\d\d\s*[,\-–]?\s*)+)(?:\((?:QĐ|qđ|Qđ)?\s*(?:số)?\s*([^)]*)\))?$", part)
        if not m:
            raise UserError(translate("core", "Cannot read the title “{text}” (write e.g. LĐTT 2018 (QĐ 12/QĐ-UBND))").format(text=part))
        code = lookup.get(fold(m.group(1)).strip(" :,"))
        if code is None:
            raise UserError(translate("core", "Unknown title “{title}”").format(title=m.group(1)))
        decision = clean_text(m.group(3)) or None
        for year in re.findall(r"(?:19|20)\d\d", m.group(2)):
            out.append({"title": code, "year": int(year), "decision_number": decision})
    return out


def parse_initiatives(text: str, cat: Catalogue | None = None) -> list[dict]:
    """"Tên sáng kiến (cấp cơ sở, 15/QĐ-HĐKH, đã dùng CSTĐCS 2018); …" -> initiatives
    (level from the words used; "đã dùng …" = already used for that title)."""
    lookup = _form_lookup(cat) if cat is not None else {}
    out = []
    for part in re.split(r"[;\n]+", clean_text(text or "")):
        part = part.strip(" .")
        if not part:
            continue
        m = re.match(r"^(.*?)\s*\(([^)]*)\)$", part)
        name, inside = (m.group(1), m.group(2)) if m else (part, "")
        item = {"name": name, "level": None, "recognition": None, "year": None, "used_for": None, "used_year": None}
        for piece in (p.strip() for p in inside.split(",")):
            folded = fold(piece)
            if folded.startswith(("da dung", "dung cho")):
                used = re.match(r"^(.*?)\s*((?:19|20)\d\d)?$", re.sub(r"^(đã dùng|dùng cho|da dung|dung cho)\s*(để xét|de xet)?\s*", "", piece, flags=re.I))
                code = lookup.get(fold(used.group(1)).strip()) if used else None
                if code is None:
                    raise UserError(translate("core", "Unknown title “{title}”").format(title=piece))
                item["used_for"], item["used_year"] = code, int(used.group(2)) if used.group(2) else None
            elif item["level"] is None and any(re.search(rf"\b{word}\b", folded) for word, _lv in _LEVEL_WORDS):
                item["level"] = next(lv for word, lv in _LEVEL_WORDS if re.search(rf"\b{word}\b", folded))
            elif re.search(r"\d", piece):
                item["recognition"] = item["recognition"] or piece
                year = re.search(r"(?:19|20)\d\d", piece)
                item["year"] = item["year"] or (int(year.group(0)) if year else None)
        if item["level"] is None:
            raise UserError(translate("core", "Say at which level the initiative “{name}” was recognised (cơ sở, thành phố, toàn quốc)").format(name=name))
        out.append(item)
    return out


def parse_discipline(text: str) -> list[dict]:
    out = []
    for part in re.split(r"[;\n]+", clean_text(text or "")):
        folded = fold(part)
        if not folded or folded in ("khong", "khong co", "-"):
            continue
        level = next((lv for word, lv in _DISCIPLINE_WORDS if word in folded), None)
        if level is None:
            raise UserError(translate("core", "Unknown discipline “{text}”").format(text=part))
        year = re.search(r"(?:19|20)\d\d", part)
        out.append({"level": level, "year": int(year.group(0)) if year else None, "note": part})
    return out


def _kind(value) -> str:
    folded = fold(clean_text(value))
    if not folded or folded.startswith("ca nhan") or folded == "cn":
        return "individual"
    if folded.startswith("tap the") or folded == "tt":
        return "collective"
    raise UserError(translate("core", "Write “Cá nhân” or “Tập thể”, not “{value}”").format(value=value))


def _find_header(rows) -> tuple[int, dict[int, str]] | None:
    for index, (_number, values) in enumerate(rows[:40]):
        roles = {}
        for col, value in enumerate(values):
            key = fold(clean_text(value)).rstrip(" :*") if isinstance(value, str) else ""
            for fld, names in HEADINGS.items():
                if key in names and fld not in roles.values():
                    roles[col] = fld
                    break
        if "nominee" in roles.values() and "form" in roles.values():
            return index, roles
    return None


def import_nominations(db: Database, path, *, unit_id: int, proposal_number: str | None = None,
                       proposal_date: str | None = None, actor: str | None = None,
                       progress=None, cancel=None) -> ImportResult:
    """Add the nominations listed in a unit's spreadsheet. Rows with errors are refused
    (each reported with sheet, row, field); the rest are added in one transaction."""
    from ..intake.reader import read_file

    path = Path(path)
    wb = read_file(path, cancel=cancel)
    cat = load_catalogue(db)
    result = ImportResult(path.name)
    found = None
    for sheet in wb.sheets:
        header = _find_header(sheet.rows)
        if header is not None:
            found = (sheet, *header)
            break
    if found is None:
        raise UserError(translate("core", "No list of nominations found (a header row with “Họ và tên / Tên tập thể” and “Hình thức đề nghị” is needed)"), file=path.name)
    sheet, start, roles = found
    forms = _form_lookup(cat)
    body = sheet.rows[start + 1:]
    with db.atomic():
        for i, (number, values) in enumerate(body):
            if cancel is not None:
                cancel.check()
            if progress is not None:
                progress(i, len(body), "")
            cells = {fld: values[col] if col < len(values) else None for col, fld in roles.items()}
            if not clean_text(cells.get("nominee")) and not clean_text(cells.get("form")):
                continue
            if re.fullmatch(r"[IVXLC]+\.?\s.*", clean_text(cells.get("nominee") or "")) and not cells.get("form"):
                continue  # section heading ("I. TẬP THỂ")
            where = {"sheet": sheet.name, "row": number}
            current = None
            try:
                current = "form"
                form = forms.get(fold(clean_text(cells.get("form"))))
                if form is None:
                    raise UserError(translate("core", "Unknown form of commendation {form}").format(form=cells.get("form")))
                grassroots = cat.get(form)
                if not grassroots.city_form:
                    raise UserError(translate("core", "{form} is a grassroots title decided by the head of the unit or the district, not by the city: write it under “Danh hiệu đã đạt” as evidence of a city nomination").format(
                        form=grassroots.short))
                current = "kind"
                kind = _kind(cells.get("kind")) if "kind" in roles.values() else (
                    "collective" if cat.get(form).subject == "collective" else "individual")
                current = "titles"
                titles = parse_titles(cells.get("titles") or "", cat)
                current = "initiatives"
                initiatives = parse_initiatives(cells.get("initiatives") or "", cat)
                current = "discipline"
                discipline = parse_discipline(cells.get("discipline") or "")
                current = None
                data = {k: v for k, v in cells.items() if k in (
                    "nominee", "birth_year", "gender", "position", "year", "summary", "years_of_service",
                    "members_total", "members_ldtt", "members_completed", "members_cstdcs")}
                for k, v in list(data.items()):
                    if isinstance(v, float) and v.is_integer():
                        data[k] = int(v)
                    elif isinstance(v, (dt.date, dt.datetime)) and k in ("birth_year", "year"):
                        data[k] = v.year
                data.update(kind=kind, form=form, unit_id=unit_id, proposal_number=proposal_number,
                            proposal_date=proposal_date)
                nid = add_nomination(db, data, titles=titles, initiatives=initiatives, discipline=discipline, actor=actor)
                result.added.append(nid)
            except UserError as exc:
                problems = getattr(exc, "problems", None)
                if problems:
                    for p in problems:
                        result.problems.append(RowProblem(where["sheet"], where["row"], p.field, p.message))
                else:
                    result.problems.append(RowProblem(where["sheet"], where["row"], exc.field or current, exc.message))
    return result


def write_template(out_path, *, unit: str | None = None) -> Path:
    """The workbook units fill in to propose nominations (with one example row and a
    sheet of instructions)."""
    from openpyxl import Workbook  # here, not at import: the Vetting tab may open the window
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách đề nghị"
    ws["A1"] = unit or "TÊN ĐƠN VỊ"
    ws["A2"] = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
    ws["A1"].font = ws["A2"].font = Font(name="Times New Roman", bold=True, size=13)
    header_row = 4
    for col, fld in enumerate(TEMPLATE_ORDER, start=1):
        cell = ws.cell(row=header_row, column=col, value=TEMPLATE_HEADINGS[fld])
        cell.font = Font(name="Times New Roman", bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        ws.column_dimensions[cell.column_letter].width = 28 if fld in ("summary", "titles", "initiatives", "position") else 14
    example = {"nominee": "Nguyễn Thị Hoà", "kind": "Cá nhân", "birth_year": 1978, "gender": "Nữ",
               "position": "Trưởng phòng Tổ chức – Hành chính", "form": "CSTĐ TP", "year": 2019,
               "summary": "Hoàn thành xuất sắc nhiệm vụ ba năm liên tục; sáng kiến được áp dụng toàn thành phố.",
               "titles": "CSTĐCS 2017, 2018, 2019 (QĐ 45/QĐ-UBND)",
               "initiatives": "Phần mềm quản lý hồ sơ một cửa (cấp thành phố, 15/QĐ-HĐKH)", "discipline": "Không"}
    for col, fld in enumerate(TEMPLATE_ORDER, start=1):
        ws.cell(row=header_row + 1, column=col, value=example.get(fld))
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    help_ws = wb.create_sheet("Hướng dẫn")
    lines = [
        "Mỗi dòng là một cá nhân hoặc tập thể được đề nghị; xoá dòng ví dụ trước khi gửi.",
        "Hình thức đề nghị: ghi mã hoặc tên viết tắt, ví dụ CSTĐ TP, BK UBND TP, TTLĐXS, Cờ thi đua TP, HCLĐ hạng Ba.",
        "Danh hiệu đã đạt: danh hiệu, năm, số quyết định trong ngoặc; ngăn cách bằng dấu chấm phẩy.",
        "Ví dụ: LĐTT 2017, 2018 (QĐ 12/QĐ-UBND); CSTĐCS 2019 (QĐ 45/QĐ-UBND).",
        "Sáng kiến: tên, trong ngoặc cấp công nhận (cơ sở, thành phố, toàn quốc) và số văn bản.",
        "Kỷ luật: hình thức và năm (khiển trách 2018); để trống hoặc ghi “Không” nếu không có.",
        "Tập thể: ghi tổng số người, số lao động tiên tiến, số hoàn thành nhiệm vụ, số CSTĐCS.",
    ]
    for i, line in enumerate(lines, start=1):
        help_ws.cell(row=i, column=1, value=line)
    help_ws.column_dimensions["A"].width = 120
    out_path = Path(out_path)
    wb.save(out_path)
    return out_path


def format_titles(titles: list[dict], cat: Catalogue) -> str:
    """The inverse of :func:`parse_titles`, one title and year per part."""
    return "; ".join(f"{cat.title_name(t['title'])} {t['year']}" + (f" (QĐ {t['decision_number']})" if t.get("decision_number") else "")
                     for t in titles)


def format_initiatives(initiatives: list[dict], cat: Catalogue) -> str:
    words = {"grassroots": "cơ sở", "province": "thành phố", "national": "toàn quốc"}
    parts = []
    for i in initiatives:
        inside = [words[i["level"]], i.get("recognition") or ""]
        if i.get("used_for"):
            inside.append(f"đã dùng {cat.title_name(i['used_for'])} {i.get('used_year') or ''}".strip())
        parts.append(f"{i['name']} ({', '.join(x for x in inside if x)})")
    return "; ".join(parts)


def format_discipline(discipline: list[dict]) -> str:
    words = {"reprimand": "khiển trách", "warning": "cảnh cáo", "demotion": "hạ bậc lương", "dismissal": "cách chức"}
    return "; ".join(f"{words[d['level']]} {d.get('year') or ''}".strip() for d in discipline)


@dataclass(frozen=True)
class SavedNomination:
    """A nomination added or updated from the form: its id, and what changed."""

    id: int
    changes: Changes = Changes.of("nominations")


def save_with_evidence_text(db: Database, nomination_id: int | None, data: dict, *, titles: str = "",
                            initiatives: str = "", discipline: str = "", actor: str | None = None,
                            progress=None, cancel=None) -> SavedNomination:
    """Add (``nomination_id`` None) or update a nomination from a form, its evidence written
    as text the way the spreadsheet template has it, in one transaction."""
    from .nominations import set_evidence, update_nomination

    cat = load_catalogue(db)
    parsed = {"titles": parse_titles(titles, cat), "initiatives": parse_initiatives(initiatives, cat),
              "discipline": parse_discipline(discipline)}
    with db.atomic():
        if nomination_id is None:
            return SavedNomination(add_nomination(db, data, actor=actor, **parsed))
        update_nomination(db, nomination_id, data, actor=actor)
        set_evidence(db, nomination_id, **parsed)
    return SavedNomination(nomination_id)
