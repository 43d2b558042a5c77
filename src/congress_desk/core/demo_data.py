"""Word lists for the demo congress: Hải Phòng's units and realistic Vietnamese names, and
:func:`make_person`, which every capability's demo uses."""

from __future__ import annotations

import datetime as dt
import random

DISTRICTS = [
    "Quận Hồng Bàng", "Quận Ngô Quyền", "Quận Lê Chân", "Quận Hải An", "Quận Kiến An",
    "Quận Đồ Sơn", "Quận Dương Kinh", "Huyện Thủy Nguyên", "Huyện An Dương", "Huyện An Lão",
    "Huyện Kiến Thụy", "Huyện Tiên Lãng", "Huyện Vĩnh Bảo", "Huyện Cát Hải", "Huyện Bạch Long Vĩ",
]

DEPARTMENTS = [
    "Văn phòng Thành ủy", "Văn phòng Đoàn ĐBQH và HĐND thành phố", "Văn phòng UBND thành phố",
    "Sở Nội vụ", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
    "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Xây dựng", "Sở Giao thông vận tải",
    "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Lao động – Thương binh và Xã hội", "Sở Văn hóa và Thể thao", "Sở Du lịch",
    "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Sở Tư pháp",
    "Sở Ngoại vụ", "Thanh tra thành phố", "Ban Quản lý Khu kinh tế Hải Phòng",
    "Đài Phát thanh và Truyền hình Hải Phòng", "Báo Hải Phòng", "Cục Thuế thành phố",
    "Kho bạc Nhà nước Hải Phòng",
]

ORGANISATIONS = [
    "Ủy ban MTTQ Việt Nam thành phố", "Liên đoàn Lao động thành phố",
    "Hội Liên hiệp Phụ nữ thành phố", "Thành đoàn Hải Phòng", "Hội Nông dân thành phố",
    "Hội Cựu chiến binh thành phố", "Liên minh Hợp tác xã thành phố",
]

ARMED_FORCES = [
    "Bộ Chỉ huy Quân sự thành phố", "Công an thành phố", "Bộ Chỉ huy Bộ đội Biên phòng thành phố",
    "Bộ Tư lệnh Vùng 1 Hải quân",
]

ENTERPRISES = [
    "Công ty TNHH MTV Cảng Hải Phòng", "Công ty CP Nhựa Thiếu niên Tiền Phong",
    "Công ty TNHH MTV Đóng tàu Phà Rừng", "Công ty CP Cấp nước Hải Phòng",
    "Tổng Công ty Điện lực miền Bắc – Công ty TNHH MTV Điện lực Hải Phòng",
]

SCHOOLS = ["Trường Đại học Hải Phòng", "Trường Đại học Y Dược Hải Phòng", "Trường THPT chuyên Trần Phú"]

# Family names with rough frequencies (per thousand people).
FAMILY_NAMES = [
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 50), ("Vũ", 45),
    ("Đỗ", 30), ("Bùi", 30), ("Đặng", 25), ("Ngô", 20), ("Phan", 20), ("Đào", 15),
    ("Dương", 12), ("Lương", 10), ("Đinh", 10), ("Trịnh", 10), ("Mai", 8), ("Tô", 6),
    ("Lưu", 6), ("Cao", 6), ("Hà", 6), ("Văn", 4), ("Quách", 3), ("Lã", 3), ("Khúc", 3),
    ("Tạ", 3), ("Thái", 3), ("Chu", 3), ("Vương", 2), ("Triệu", 2), ("Lò", 1), ("Hứa", 2),
]

MALE_MIDDLE = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Xuân", "Tiến",
               "Mạnh", "Ngọc", "Công", "Trọng", "Duy", "Thế", "Đình", "Huy", "Anh", "Việt"]
FEMALE_MIDDLE = ["Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Thúy",
                 "Kim", "Bích", "Phương", "Mỹ", "Diệu", "Quỳnh", "Lan"]
# Some people carry two middle names.
SECOND_MIDDLE = ["Minh", "Thanh", "Ngọc", "Hoài", "Phương", "Bảo", "Thùy"]

MALE_GIVEN = [
    "An", "Anh", "Bảo", "Bình", "Cường", "Chiến", "Công", "Dũng", "Duy", "Đạt", "Đông", "Đức",
    "Giang", "Hải", "Hào", "Hiếu", "Hiển", "Hòa", "Hoà", "Hùng", "Hưng", "Huy", "Khải", "Khánh",
    "Kiên", "Lâm", "Long", "Lợi", "Mạnh", "Minh", "Nam", "Nghĩa", "Ngọc", "Phong", "Phúc",
    "Quân", "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Thủy", "Thuỷ", "Tiến",
    "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Khỏe", "Khoẻ", "Lộc", "Tuệ", "Dương",
]
FEMALE_GIVEN = [
    "Anh", "Ánh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
    "Hòa", "Hoà", "Huyền", "Hương", "Hường", "Lan", "Liên", "Linh", "Loan", "Mai", "My",
    "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Thảo", "Thơ", "Thu",
    "Thủy", "Thuỷ", "Trang", "Trâm", "Tuyết", "Uyên", "Vân", "Xuân", "Yến", "Diễm", "Khuê",
]

ETHNICITIES = [("Kinh", 985), ("Tày", 4), ("Mường", 3), ("Hoa", 3), ("Nùng", 2), ("Thái", 2), ("Dao", 1)]

# Province codes of the CCCD (where the birth was registered); 031 is Hải Phòng.
BIRTH_PROVINCES = [
    ("031", 800), ("030", 40), ("034", 40), ("001", 30), ("022", 25), ("036", 20), ("033", 15),
    ("035", 10), ("037", 10), ("038", 10),
]

# Positions by kind of unit. Each unit's delegation is led by its head (and, for a district,
# its Party secretary): HEADS gives those titles, one person each; the lists below repeat.
# {Level}/{level}: Quận/quận or Huyện/huyện; {place}: the district's name. An urban district
# (quận) has wards and residential groups (phường, tổ dân phố); a rural one (huyện) has
# communes and villages (xã, thôn).
URBAN_DISTRICT_POSITIONS = [
    "Phó Chủ tịch UBND quận {place}", "Trưởng phòng Nội vụ quận {place}", "Chủ tịch UBND phường",
    "Bí thư Đảng ủy phường", "Tổ trưởng tổ dân phố", "Hiệu trưởng trường THCS", "Giáo viên",
    "Bác sĩ Trung tâm Y tế quận {place}", "Công nhân", "Tiểu thương", "Bí thư Đoàn phường",
    "Chuyên viên Văn phòng HĐND và UBND quận {place}", "Chủ tịch Hội Cựu chiến binh phường",
]
RURAL_DISTRICT_POSITIONS = [
    "Phó Chủ tịch UBND huyện {place}", "Trưởng phòng Nội vụ huyện {place}", "Chủ tịch UBND xã",
    "Bí thư Đảng ủy xã", "Trưởng thôn", "Chủ tịch Hội Nông dân xã", "Nông dân sản xuất giỏi",
    "Chủ nhiệm Hợp tác xã nông nghiệp", "Hiệu trưởng trường THCS", "Giáo viên",
    "Bác sĩ Trung tâm Y tế huyện {place}", "Bí thư Đoàn xã", "Chuyên viên Văn phòng HĐND và UBND huyện {place}",
]
DEPARTMENT_POSITIONS = [
    "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Chuyên viên", "Kế toán trưởng",
]
ORGANISATION_POSITIONS = ["Phó Chủ tịch", "Trưởng ban", "Phó Trưởng ban", "Chuyên viên"]
ENTERPRISE_POSITIONS = [
    "Phó Tổng Giám đốc", "Kỹ sư", "Quản đốc phân xưởng", "Công nhân kỹ thuật bậc 7", "Tổ trưởng sản xuất",
]
ARMED_POSITIONS = ["Trưởng phòng Tham mưu", "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy"]
UNIVERSITY_POSITIONS = ["Phó Hiệu trưởng", "Trưởng khoa", "Giảng viên chính", "Giảng viên"]
HIGH_SCHOOL_POSITIONS = ["Phó Hiệu trưởng", "Tổ trưởng chuyên môn", "Giáo viên"]


def heads(name: str, kind: str) -> list[str]:
    """The one-person titles that lead a unit's delegation, in order."""
    if kind == "district":
        level, place = name.split(" ", 1)
        return [f"Bí thư {level} ủy {place}", f"Chủ tịch UBND {level.lower()} {place}"]
    if kind == "department":
        for prefix, title in (("Sở ", "Giám đốc"), ("Văn phòng ", "Chánh Văn phòng"), ("Thanh tra", "Chánh Thanh tra"),
                              ("Ban ", "Trưởng Ban"), ("Đài ", "Giám đốc"), ("Báo ", "Tổng Biên tập"),
                              ("Cục ", "Cục trưởng"), ("Kho bạc", "Giám đốc")):
            if name.startswith(prefix):
                return [title]
        return ["Thủ trưởng"]
    if kind == "organisation":
        return ["Bí thư Thành đoàn"] if name.startswith("Thành đoàn") else ["Chủ tịch"]
    if kind == "armed_forces":
        head = {"Công an": "Giám đốc", "Bộ Tư lệnh": "Tư lệnh"}.get(name.split(" thành")[0].split(" Vùng")[0], "Chỉ huy trưởng")
        return [head, "Chính ủy"]
    if kind == "enterprise":
        return ["Tổng Giám đốc", "Chủ tịch Công đoàn"]
    if kind == "school":
        return ["Hiệu trưởng"]
    return []


def positions(name: str, kind: str) -> list[str]:
    """The titles that repeat in a unit's delegation."""
    if kind == "district":
        level, place = name.split(" ", 1)
        table = URBAN_DISTRICT_POSITIONS if level == "Quận" else RURAL_DISTRICT_POSITIONS
        return [p.format(place=place) for p in table]
    if kind == "school":
        return UNIVERSITY_POSITIONS if name.startswith("Trường Đại học") else HIGH_SCHOOL_POSITIONS
    return {"department": DEPARTMENT_POSITIONS, "organisation": ORGANISATION_POSITIONS,
            "enterprise": ENTERPRISE_POSITIONS, "armed_forces": ARMED_POSITIONS}.get(kind, ["Cán bộ"])


# Guests sit in groups of their own, each with its share of the guests and its positions.
# Positions listed in ONE_EACH (or up to their count in AT_MOST) are held by one person:
# the city has one Chủ tịch UBND. They are handed out first, in the order listed.
ONE_EACH = {
    "Phó Trưởng ban Thường trực Ban Thi đua – Khen thưởng Trung ương", "Vụ trưởng Vụ Thi đua – Khen thưởng, Bộ Nội vụ",
    "Ủy viên Trung ương Đảng, Bí thư Thành ủy", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố",
    "Chủ tịch UBND thành phố", "Trưởng Ban Tuyên giáo Thành ủy", "Trưởng Ban Tổ chức Thành ủy",
}
AT_MOST = {"Phó Chủ tịch UBND thành phố": 4, "Phó Chủ tịch HĐND thành phố": 2}
GUEST_GROUPS = [
    ("Lãnh đạo Trung ương", 0.10, [
        "Phó Trưởng ban Thường trực Ban Thi đua – Khen thưởng Trung ương",
        "Vụ trưởng Vụ Thi đua – Khen thưởng, Bộ Nội vụ", "Đại biểu Quốc hội khóa XIV",
    ]),
    ("Lãnh đạo thành phố", 0.45, [
        "Ủy viên Trung ương Đảng, Bí thư Thành ủy", "Phó Bí thư Thường trực Thành ủy",
        "Chủ tịch HĐND thành phố", "Chủ tịch UBND thành phố", "Phó Chủ tịch UBND thành phố",
        "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo Thành ủy",
        "Trưởng Ban Tổ chức Thành ủy", "Phó Chủ tịch HĐND thành phố",
    ]),
    ("Nguyên lãnh đạo thành phố qua các thời kỳ", 0.25, [
        "Nguyên Bí thư Thành ủy", "Nguyên Chủ tịch UBND thành phố", "Nguyên Phó Chủ tịch UBND thành phố",
    ]),
    ("Anh hùng, Bà mẹ Việt Nam Anh hùng", 0.20, [
        "Anh hùng Lao động", "Anh hùng Lực lượng vũ trang nhân dân", "Bà mẹ Việt Nam Anh hùng",
    ]),
]
PRESS_UNIT = "Các cơ quan thông tấn, báo chí"
STAFF_UNIT = "Ban Tổ chức Đại hội"
PRESS_OUTLETS = ["Báo Hải Phòng", "Đài PT&TH Hải Phòng", "Báo Nhân Dân", "Thông tấn xã Việt Nam"]


def _weighted(rng: random.Random, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights)[0]


def make_person(rng: random.Random, today: dt.date) -> dict:
    gender = "female" if rng.random() < 0.42 else "male"
    family = _weighted(rng, FAMILY_NAMES)
    middle = rng.choice(FEMALE_MIDDLE if gender == "female" else MALE_MIDDLE)
    if rng.random() < 0.15:
        middle += " " + rng.choice(SECOND_MIDDLE)
    given = rng.choice(FEMALE_GIVEN if gender == "female" else MALE_GIVEN)
    year = rng.randint(today.year - 60, today.year - 24)
    birth = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    year_only = rng.random() < 0.08
    province = _weighted(rng, BIRTH_PROVINCES)
    century_sex = (0 if year < 2000 else 2) + (1 if gender == "female" else 0)
    national_id = f"{province}{century_sex}{year % 100:02d}{rng.randint(0, 999999):06d}"
    if rng.random() < 0.05:
        national_id = None
    prefix = rng.choice(["091", "098", "097", "096", "086", "090", "093", "089", "088", "094",
                         "083", "084", "085", "081", "082", "070", "079", "077", "076", "078",
                         "032", "033", "034", "035", "036", "037", "038", "039", "056", "058"])
    phone = prefix + f"{rng.randint(0, 9999999):07d}"
    if rng.random() < 0.04:
        phone = "0225" + f"{rng.randint(3000000, 3999999):07d}"  # a Hải Phòng landline
    return {
        "full_name": f"{family} {middle} {given}",
        "gender": gender,
        "birth_date": None if year_only else birth.isoformat(),
        "birth_year": year,
        "ethnicity": _weighted(rng, ETHNICITIES),
        "phone": phone,
        "national_id": national_id,
    }
