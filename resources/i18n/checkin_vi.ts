<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Instead: {name}</source>
        <translation>Người dự thay: {name}</translation>
    </message>
    <message>
        <source>Checked in twice ({desks})</source>
        <translation>Điểm danh hai lần ({desks})</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Khách đến trực tiếp</translation>
    </message>
</context>
<context>
    <name>CheckinTab</name>
    <message>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>List (paper fallback)</source>
        <translation>Danh sách (điểm danh giấy)</translation>
    </message>
    <message>
        <source>Credentials report</source>
        <translation>Thẩm tra tư cách</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Đón tiếp</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>Shared journal folder</source>
        <translation>Thư mục nhật ký chung</translation>
    </message>
    <message>
        <source>Choose this laptop&apos;s desk name on the Desk page first.</source>
        <translation>Hãy chọn tên bàn cho máy này ở thẻ Bàn trước.</translation>
    </message>
    <message>
        <source>Present {present} / {summoned} summoned</source>
        <translation>Có mặt {present} / {summoned} triệu tập</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials report (PDF)…</source>
        <translation>Báo cáo thẩm tra tư cách (PDF)…</translation>
    </message>
    <message>
        <source>Attendance (PDF)…</source>
        <translation>Danh sách điểm danh (PDF)…</translation>
    </message>
    <message>
        <source>Attendance (Excel)…</source>
        <translation>Danh sách điểm danh (Excel)…</translation>
    </message>
    <message>
        <source>Merge the journals into the event file</source>
        <translation>Gộp nhật ký các bàn vào tệp đại hội</translation>
    </message>
    <message>
        <source>Credentials report (live)</source>
        <translation>Báo cáo thẩm tra tư cách đại biểu (cập nhật trực tiếp)</translation>
    </message>
    <message>
        <source>Summoned</source>
        <translation>Được triệu tập</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation>Dự thay</translation>
    </message>
    <message>
        <source>Reasons for absence</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <source>Make-up of those present</source>
        <translation>Cơ cấu đại biểu có mặt</translation>
    </message>
    <message>
        <source>Guests present</source>
        <translation>Khách mời có mặt</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Cập nhật lúc {time}</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Đang tạo tệp PDF…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>Save the attendance workbook</source>
        <translation>Lưu bảng điểm danh</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Đang ghi bảng tính…</translation>
    </message>
    <message>
        <source>{added} new events merged into the event file ({already} were there already)</source>
        <translation>Đã gộp {added} sự kiện mới vào tệp đại hội ({already} sự kiện đã có từ trước)</translation>
    </message>
    <message>
        <source>Rehearsal {id}:</source>
        <translation>Tập dượt {id}:</translation>
    </message>
    <message>
        <source>Skipped lines:</source>
        <translation>Các dòng bị bỏ qua:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp nhật ký</translation>
    </message>
    <message>
        <source>Merging the journals…</source>
        <translation>Đang gộp nhật ký…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Category</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Summoned</source>
        <translation>Được triệu tập</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Chưa đến</translation>
    </message>
    <message>
        <source>Not arrived yet</source>
        <translation>Chưa đến</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Choose a unit to see who is missing; click a phone number to show it.</source>
        <translation>Chọn một đơn vị để xem ai chưa đến; bấm vào số điện thoại để hiện số.</translation>
    </message>
    <message>
        <source>Present {present} of {summoned} summoned · {absent} absent · {not_arrived} not arrived · {walkins} walk-ins</source>
        <translation>Có mặt {present}/{summoned} triệu tập · vắng có lý do {absent} · chưa đến {not_arrived} · khách đến trực tiếp {walkins}</translation>
    </message>
    <message>
        <source>Presidium present: {a}/{e}. Honorees present: {ha}/{he}.</source>
        <translation>Đoàn Chủ tịch có mặt: {a}/{e}. Điển hình có mặt: {ha}/{he}.</translation>
    </message>
    <message>
        <source>Presidium not here yet: {names}</source>
        <translation>Đoàn Chủ tịch chưa đến: {names}</translation>
    </message>
    <message>
        <source>Checked in at two desks: {names}</source>
        <translation>Điểm danh ở hai bàn: {names}</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>Scan or choose a delegate first</source>
        <translation>Hãy quét thẻ hoặc chọn một đại biểu trước</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>đã điểm danh</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>đã điểm danh trước đó</translation>
    </message>
    <message>
        <source>not expected</source>
        <translation>không có trong danh sách dự</translation>
    </message>
    <message>
        <source>Scanned while the dialog was open: {list}</source>
        <translation>Quét trong lúc hộp thoại đang mở: {list}</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Hủy điểm danh</translation>
    </message>
    <message>
        <source>Why is this check-in undone?</source>
        <translation>Vì sao hủy lượt điểm danh này?</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Why will this delegate not attend?</source>
        <translation>Vì sao đại biểu vắng mặt?</translation>
    </message>
    <message>
        <source>Attended by a substitute: {name}</source>
        <translation>Người dự thay: {name}</translation>
    </message>
    <message>
        <source>New badge code: {code}</source>
        <translation>Mã thẻ mới: {code}</translation>
    </message>
    <message>
        <source>Save the badge of {person}</source>
        <translation>Lưu thẻ của {person}</translation>
    </message>
    <message>
        <source>Badge saved to {path}</source>
        <translation>Đã lưu thẻ vào {path}</translation>
    </message>
</context>
<context>
    <name>DeskChooser</name>
    <message>
        <source>Which desk is this laptop?</source>
        <translation>Máy này là bàn nào?</translation>
    </message>
    <message>
        <source>Choose once: this laptop remembers it. Give every desk at the entrance its own name, so that everyone can see on the list which desk checked a delegate in. The committee&apos;s computer, which only watches and merges, gets a name too (for example &quot;Ban Tổ chức&quot;).</source>
        <translation>Chỉ chọn một lần, máy sẽ nhớ. Mỗi bàn đón tiếp đặt một tên riêng, để trên danh sách biết bàn nào đã điểm danh đại biểu. Máy tổng hợp của Ban Tổ chức (chỉ theo dõi và gộp nhật ký) cũng đặt một tên, ví dụ &quot;Ban Tổ chức&quot;.</translation>
    </message>
    <message>
        <source>Desk {n}</source>
        <translation>Bàn {n}</translation>
    </message>
    <message>
        <source>Another name, e.g. Bàn Khách mời</source>
        <translation>Tên khác, ví dụ Bàn Khách mời</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Dùng tên này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{name} (in use)</source>
        <translation>{name} (đang dùng)</translation>
    </message>
    <message>
        <source>Another laptop already checks in as {name}</source>
        <translation>Đã có máy khác điểm danh với tên {name}</translation>
    </message>
    <message>
        <source>{n} badge(s) scanned before the desk had a name: they are checked in as soon as you choose it, at the time they were scanned.</source>
        <translation>Đã quét {n} thẻ khi bàn chưa có tên: các thẻ này được điểm danh ngay khi chọn tên bàn, theo giờ đã quét.</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <source>Shared folder…</source>
        <translation>Thư mục chung…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>Bàn:</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and choose with ↑ ↓ Enter</source>
        <translation>Quét thẻ, hoặc gõ tên rồi chọn bằng ↑ ↓ Enter</translation>
    </message>
    <message>
        <source>Undo check-in…</source>
        <translation>Hủy điểm danh…</translation>
    </message>
    <message>
        <source>Substitute…</source>
        <translation>Người dự thay…</translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation>Vắng mặt…</translation>
    </message>
    <message>
        <source>Walk-in guest…</source>
        <translation>Khách đến trực tiếp…</translation>
    </message>
    <message>
        <source>Reprint badge…</source>
        <translation>In lại thẻ…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Không tìm thấy ai</translation>
    </message>
    <message>
        <source>Cannot write the desk journal: {error}</source>
        <translation>Không ghi được nhật ký của bàn: {error}</translation>
    </message>
    <message>
        <source>Seat {seat}</source>
        <translation>Ghế {seat}</translation>
    </message>
    <message>
        <source>Attends instead: {name}</source>
        <translation>Người dự thay: {name}</translation>
    </message>
    <message>
        <source>⚠ checked in at two desks</source>
        <translation>⚠ đã điểm danh ở hai bàn</translation>
    </message>
    <message>
        <source>⚠ this walk-in code was given to {people}: the merge gives all but the first a new code (print them a new badge)</source>
        <translation>⚠ mã khách mời này đã được cấp cho {people}: khi gộp nhật ký, trừ người đầu tiên, những người còn lại được cấp mã mới (hãy in lại thẻ cho họ)</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>ĐÃ ĐIỂM DANH</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN at {time} at {desk}</source>
        <translation>ĐÃ ĐIỂM DANH TRƯỚC ĐÓ lúc {time} tại {desk}</translation>
    </message>
    <message>
        <source>NOT EXPECTED (registration cancelled)</source>
        <translation>KHÔNG CÓ TRONG DANH SÁCH DỰ (đã hủy đăng ký)</translation>
    </message>
    <message>
        <source>WRONG CODE: check digit does not match</source>
        <translation>MÃ SAI: số kiểm tra không khớp</translation>
    </message>
    <message>
        <source>UNKNOWN CODE</source>
        <translation>MÃ KHÔNG CÓ TRONG DANH SÁCH</translation>
    </message>
    <message>
        <source>Type the name instead, or register a walk-in</source>
        <translation>Hãy gõ tên, hoặc đăng ký khách đến trực tiếp</translation>
    </message>
    <message>
        <source>{title} (rehearsal)</source>
        <translation>{title} (tập dượt)</translation>
    </message>
    <message>
        <source>Buttons act on: {person}</source>
        <translation>Các nút áp dụng cho: {person}</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message>
        <source>Only on this laptop</source>
        <translation>Chỉ lưu trên máy này</translation>
    </message>
    <message>
        <source>No shared folder is chosen: the other desks and the committee do not see this desk&apos;s check-ins. Choose one with &quot;Shared folder…&quot;.</source>
        <translation>Chưa chọn thư mục chung: các bàn khác và Ban Tổ chức chưa thấy điểm danh của bàn này. Bấm &quot;Thư mục chung…&quot; để chọn.</translation>
    </message>
    <message>
        <source>⚠ shared folder not reachable</source>
        <translation>⚠ Không tới được thư mục chung</translation>
    </message>
    <message>
        <source>Check-ins are kept on this laptop and copied to the shared folder when it can be reached again. Where it is, and why it cannot be reached: &quot;Details…&quot;.</source>
        <translation>Điểm danh vẫn được lưu trên máy này và sẽ chép lên thư mục chung khi tới được. Thư mục ở đâu, vì sao không tới được: xem &quot;Chi tiết…&quot;.</translation>
    </message>
    <message>
        <source>Checking the shared folder…</source>
        <translation>Đang kiểm tra thư mục chung…</translation>
    </message>
    <message>
        <source>✓ shared</source>
        <translation>✓ đã chia sẻ</translation>
    </message>
    <message>
        <source>The other desks and the committee see this desk&apos;s check-ins.</source>
        <translation>Các bàn khác và Ban Tổ chức thấy điểm danh của bàn này.</translation>
    </message>
    <message>
        <source>⚠ same walk-in codes as {desks}</source>
        <translation>⚠ cùng dải mã khách mời với {desks}</translation>
    </message>
    <message>
        <source>This laptop and {desks} give walk-in guests codes from the same range (they were set up apart, offline). If both register walk-in guests, the merge keeps both people and gives one of them a new code: print that guest a new badge.</source>
        <translation>Máy này và {desks} cấp mã khách mời trong cùng một dải (do được thiết lập riêng khi không có mạng). Nếu cả hai cùng cấp mã cho khách, khi gộp nhật ký phần mềm giữ cả hai người và đổi mã cho một người: hãy in lại thẻ cho khách đó.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Buổi</translation>
    </message>
    <message>
        <source>rehearsal {id}</source>
        <translation>tập dượt {id}</translation>
    </message>
    <message>
        <source>the real congress ({id})</source>
        <translation>buổi chính thức ({id})</translation>
    </message>
    <message>
        <source>Event file</source>
        <translation>Tệp Đại hội</translation>
    </message>
    <message>
        <source>This desk&apos;s journal (this laptop)</source>
        <translation>Nhật ký của bàn (trên máy này)</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Thư mục chung</translation>
    </message>
    <message>
        <source>none chosen (default: {folder})</source>
        <translation>chưa chọn (mặc định: {folder})</translation>
    </message>
    <message>
        <source>Copy on the shared folder</source>
        <translation>Bản chép trên thư mục chung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Skipped journal lines</source>
        <translation>Dòng nhật ký bị bỏ qua</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Desk details</source>
        <translation>Chi tiết về bàn</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter by name, unit or code (accents optional)</source>
        <translation>Lọc theo tên, đơn vị hoặc mã (gõ dấu hay không đều được)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Chưa đến</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Check in the selected people at this time</source>
        <translation>Điểm danh những người đã chọn vào giờ này</translation>
    </message>
    <message>
        <source>Time written on the paper list:</source>
        <translation>Giờ ghi trên danh sách giấy:</translation>
    </message>
    <message>
        <source>Choose this desk&apos;s name on the Desk page first</source>
        <translation>Hãy chọn tên bàn ở thẻ Bàn trước</translation>
    </message>
    <message>
        <source>Select the people ticked on the paper list first</source>
        <translation>Hãy chọn những người đã được đánh dấu trên danh sách giấy</translation>
    </message>
    <message>
        <source>Paper list</source>
        <translation>Danh sách giấy</translation>
    </message>
    <message>
        <source>{done} checked in at {time}; {skipped} were already checked in or not expected</source>
        <translation>Đã điểm danh {done} người lúc {time}; {skipped} người đã điểm danh trước đó hoặc không có trong danh sách dự</translation>
    </message>
</context>
<context>
    <name>RealMorningDialog</name>
    <message>
        <source>Start the real morning</source>
        <translation>Bắt đầu buổi chính thức</translation>
    </message>
    <message>
        <source>From now on this desk checks delegates in for the real congress.</source>
        <translation>Từ bây giờ bàn này điểm danh đại biểu cho buổi Đại hội chính thức.</translation>
    </message>
    <message>
        <source>This laptop leaves the rehearsal; its practice check-ins stay in their own journals.</source>
        <translation>Máy này rời buổi tập dượt; các lượt điểm danh tập vẫn nằm riêng trong nhật ký tập dượt.</translation>
    </message>
    <message>
        <source>rehearsal of this laptop</source>
        <translation>buổi tập dượt của máy này</translation>
    </message>
    <message>
        <source>not a rehearsal of this laptop: check where it comes from</source>
        <translation>không phải buổi tập dượt của máy này: hãy kiểm tra xem từ đâu ra</translation>
    </message>
    <message>
        <source>on this laptop</source>
        <translation>Trên máy này</translation>
    </message>
    <message>
        <source>shared folder</source>
        <translation>Thư mục chung</translation>
    </message>
    <message>
        <source>{where}: {file} — {n} events, {desks}, {first}–{last} ({note})</source>
        <translation>{where}: {file} — {n} lượt, {desks}, {first}–{last} ({note})</translation>
    </message>
    <message>
        <source>These journals do not belong to the real session. They are NOT counted and NOT merged; once the rehearsal is over they can be moved out of the shared folder:</source>
        <translation>Các nhật ký sau không thuộc buổi chính thức. Chúng KHÔNG được tính và KHÔNG được gộp; tập dượt xong có thể chuyển chúng ra khỏi thư mục chung:</translation>
    </message>
    <message>
        <source>No journal of a rehearsal or of another session was found in the shared folder or on this laptop.</source>
        <translation>Không có nhật ký tập dượt hay của buổi khác trong thư mục chung và trên máy này.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>RehearsalDialog</name>
    <message>
        <source>Rehearsal</source>
        <translation>Tập dượt</translation>
    </message>
    <message>
        <source>A rehearsal lets the desks practise with real badges before the morning. Its check-ins are kept apart: they are never counted, never merged into the real attendance, and the real morning starts from a clean slate. Every screen of the desk says REHEARSAL while it lasts.</source>
        <translation>Tập dượt giúp các bàn tập quét thẻ thật trước buổi sáng Đại hội. Các lượt điểm danh tập được giữ riêng: không bao giờ được tính, không gộp vào điểm danh chính thức, và buổi chính thức bắt đầu từ đầu. Trong lúc tập, mọi màn hình của bàn đều ghi TẬP DƯỢT.</translation>
    </message>
    <message>
        <source>Start a new rehearsal</source>
        <translation>Bắt đầu một buổi tập dượt mới</translation>
    </message>
    <message>
        <source>Join the rehearsal of the other desks: {what}</source>
        <translation>Tham gia buổi tập dượt của các bàn khác: {what}</translation>
    </message>
    <message>
        <source>Start the rehearsal</source>
        <translation>Bắt đầu tập dượt</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <source>Rehearsal…</source>
        <translation>Tập dượt…</translation>
    </message>
    <message>
        <source>REHEARSAL ({id}) — these check-ins are practice: they never count for the real congress. When the rehearsal is over: “Start the real morning…”.</source>
        <translation>TẬP DƯỢT ({id}) — các lượt điểm danh này chỉ để tập, không bao giờ được tính cho Đại hội. Tập xong, bấm «Bắt đầu buổi chính thức…».</translation>
    </message>
    <message>
        <source>REHEARSAL {id}</source>
        <translation>TẬP DƯỢT {id}</translation>
    </message>
    <message>
        <source>Start the real morning…</source>
        <translation>Bắt đầu buổi chính thức…</translation>
    </message>
    <message>
        <source>{id} ({desks}, last at {time})</source>
        <translation>{id} ({desks}, lần cuối lúc {time})</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>Substitute</source>
        <translation>Người dự thay</translation>
    </message>
    <message>
        <source>Who attends instead of {name}? They take the seat and are checked in.</source>
        <translation>Ai dự thay {name}? Người dự thay ngồi vào ghế của đại biểu và được điểm danh.</translation>
    </message>
    <message>
        <source>The badge was checked in at {time} as if the delegate came in person; that check-in is replaced by the substitute&apos;s.</source>
        <translation>Thẻ đã được điểm danh lúc {time} như đại biểu tự đến; lần điểm danh đó được thay bằng điểm danh của người dự thay.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>WalkinDialog</name>
    <message>
        <source>Walk-in guest</source>
        <translation>Khách đến trực tiếp</translation>
    </message>
    <message>
        <source>A guest who is not on any list. The desk gives them a new badge code.</source>
        <translation>Khách không có trong danh sách nào. Bàn đón tiếp cấp cho khách một mã thẻ mới.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit or workplace</source>
        <translation>Đơn vị hoặc nơi công tác</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Thành phần</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>event file (only read)</source>
        <translation>tệp đại hội (chỉ đọc)</translation>
    </message>
    <message>
        <source>badge code as scanned (8 digits)</source>
        <translation>mã thẻ như khi quét (8 chữ số)</translation>
    </message>
    <message>
        <source>name of this desk, e.g. &quot;Bàn 1&quot; (default: the computer&apos;s name)</source>
        <translation>tên bàn đón tiếp, ví dụ &quot;Bàn 1&quot; (mặc định: tên máy tính)</translation>
    </message>
    <message>
        <source>shared journal folder (default: journals/ beside the event file)</source>
        <translation>thư mục nhật ký chung (mặc định: thư mục journals/ cạnh tệp đại hội)</translation>
    </message>
    <message>
        <source>act in this desk&apos;s current rehearsal session (&quot;Tập dượt&quot;; one is started if none is running); never counted as the real morning</source>
        <translation>làm trong buổi tập dượt hiện tại của bàn này (&quot;Tập dượt&quot;; bắt đầu một buổi nếu chưa có); không bao giờ tính vào buổi chính thức</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>in kết quả dạng JSON</translation>
    </message>
    <message>
        <source>Event file not found: {path}</source>
        <translation>Không tìm thấy tệp Đại hội: {path}</translation>
    </message>
    <message>
        <source>Rehearsal {id} started on this computer</source>
        <translation>Đã bắt đầu buổi tập dượt {id} trên máy này</translation>
    </message>
    <message>
        <source>A rehearsal is running on this computer; this check-in is for the real session (add --rehearsal to practise)</source>
        <translation>Máy này đang tập dượt; lượt điểm danh này tính cho buổi chính thức (thêm --rehearsal để tập dượt)</translation>
    </message>
    <message>
        <source>Cannot write the desk journal: {error}</source>
        <translation>Không ghi được nhật ký của bàn: {error}</translation>
    </message>
    <message>
        <source>The event file is busy (being written); this desk used what it read last time</source>
        <translation>Tệp Đại hội đang bận (đang được ghi); bàn này dùng dữ liệu đọc được lần trước</translation>
    </message>
    <message>
        <source>The journal is saved on this computer but not yet in {folder}: {error}</source>
        <translation>Nhật ký đã lưu trên máy này nhưng chưa chép được sang {folder}: {error}</translation>
    </message>
    <message>
        <source>the folder did not answer</source>
        <translation>thư mục không phản hồi</translation>
    </message>
    <message>
        <source>REHEARSAL {id}: not counted as the real morning</source>
        <translation>TẬP DƯỢT {id}: không tính vào buổi chính thức</translation>
    </message>
    <message>
        <source>Warning: this delegate was checked in more than once</source>
        <translation>Lưu ý: đại biểu này đã được điểm danh nhiều lần</translation>
    </message>
    <message>
        <source>event file to merge into</source>
        <translation>tệp đại hội cần gộp vào</translation>
    </message>
    <message>
        <source>desk journal files or folders of them</source>
        <translation>các tệp nhật ký của bàn đón tiếp hoặc thư mục chứa chúng</translation>
    </message>
    <message>
        <source>merge this check-in session (a rehearsal&apos;s id) instead of the real one; kept apart, never counted as attendance</source>
        <translation>gộp phiên điểm danh này (mã buổi tập dượt) thay cho buổi chính thức; lưu riêng, không bao giờ tính vào số có mặt</translation>
    </message>
    <message>
        <source>Journal not found: {path}</source>
        <translation>Không tìm thấy nhật ký: {path}</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Bỏ qua: {problem}</translation>
    </message>
    <message>
        <source>Merged {added} new events from {files} journals ({already} were merged before, {walkins} walk-in guests added)</source>
        <translation>Đã gộp {added} sự kiện mới từ {files} nhật ký ({already} sự kiện đã gộp trước đó, thêm {walkins} khách đến trực tiếp)</translation>
    </message>
    <message>
        <source>event file</source>
        <translation>tệp Đại hội</translation>
    </message>
    <message>
        <source>{label}: summoned {summoned}, present {present} (substitutes {substitutes}), absent {absent}, not arrived {not_arrived}, walk-ins {walkins}</source>
        <translation>{label}: triệu tập {summoned}, có mặt {present} (dự thay {substitutes}), vắng có lý do {absent}, chưa đến {not_arrived}, khách đến trực tiếp {walkins}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>; cancelled {n}</source>
        <translation>; đã hủy {n}</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Không thuộc đơn vị</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Checked in: {name}</source>
        <translation>Đã điểm danh: {name}</translation>
    </message>
    <message>
        <source>{name} was already checked in at {time} at {desk}</source>
        <translation>{name} đã điểm danh lúc {time} tại {desk}</translation>
    </message>
    <message>
        <source>Check-in of {name} undone</source>
        <translation>Đã hủy điểm danh của {name}</translation>
    </message>
    <message>
        <source>Absence of {name} recorded</source>
        <translation>Đã ghi nhận {name} vắng mặt</translation>
    </message>
    <message>
        <source>{name} is not expected (the registration was cancelled)</source>
        <translation>{name} không có trong danh sách dự (đã hủy đăng ký)</translation>
    </message>
    <message>
        <source>Code {code} is not valid: wrong check digit or mistyped</source>
        <translation>Mã {code} không hợp lệ: sai số kiểm tra hoặc gõ nhầm</translation>
    </message>
    <message>
        <source>Unknown code {code}: nobody has this badge</source>
        <translation>Mã {code} không có trong danh sách: không ai mang thẻ này</translation>
    </message>
    <message>
        <source>This event file has no check-in tables yet; open it once for editing to update it</source>
        <translation>Tệp đại hội này chưa có bảng điểm danh; hãy mở tệp một lần ở chế độ chỉnh sửa để cập nhật</translation>
    </message>
    <message>
        <source>Say why the check-in is undone</source>
        <translation>Hãy ghi lý do hủy điểm danh</translation>
    </message>
    <message>
        <source>{name} is not checked in</source>
        <translation>{name} chưa điểm danh</translation>
    </message>
    <message>
        <source>Write the full name of the person who attends instead</source>
        <translation>Hãy ghi họ và tên người dự thay</translation>
    </message>
    <message>
        <source>{name} is already checked in in person; undo that check-in first</source>
        <translation>{name} đã tự đến điểm danh; hãy hủy lượt điểm danh đó trước</translation>
    </message>
    <message>
        <source>Say why the delegate is absent</source>
        <translation>Hãy ghi lý do đại biểu vắng mặt</translation>
    </message>
    <message>
        <source>{name} is checked in; undo the check-in before recording an absence</source>
        <translation>{name} đã điểm danh; hãy hủy điểm danh trước khi ghi vắng mặt</translation>
    </message>
    <message>
        <source>This desk has used all its walk-in codes</source>
        <translation>Bàn này đã dùng hết mã dành cho khách đến trực tiếp</translation>
    </message>
    <message>
        <source>Write the guest&apos;s full name</source>
        <translation>Hãy ghi họ và tên của khách</translation>
    </message>
    <message>
        <source>Time {at} is not a date and time</source>
        <translation>Thời gian {at} không phải là ngày giờ hợp lệ</translation>
    </message>
    <message>
        <source>A walk-in guest&apos;s badge can be printed after the journals are merged into the event file</source>
        <translation>Thẻ của khách đến trực tiếp được in sau khi gộp nhật ký vào tệp đại hội</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Attendance on {date}</source>
        <translation>Điểm danh ngày {date}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Ghế</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Giờ đến</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <source>Attended instead</source>
        <translation>Người dự thay</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Checked in more than once: {desks}</source>
        <translation>Điểm danh nhiều lần: {desks}</translation>
    </message>
    <message>
        <source>Walk-in guest</source>
        <translation>Khách đến trực tiếp</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Summoned</source>
        <translation>Được triệu tập</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>Chưa đến</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>{file}, line {line}: {message}</source>
        <translation>{file}, dòng {line}: {message}</translation>
    </message>
    <message>
        <source>not a journal event</source>
        <translation>không phải sự kiện nhật ký</translation>
    </message>
    <message>
        <source>missing {fields}</source>
        <translation>thiếu {fields}</translation>
    </message>
    <message>
        <source>damaged line (checksum does not match)</source>
        <translation>dòng bị hỏng (mã kiểm tra không khớp)</translation>
    </message>
    <message>
        <source>journal format {v} is not known to this version</source>
        <translation>phiên bản này không đọc được định dạng nhật ký {v}</translation>
    </message>
    <message>
        <source>unknown event type {type}</source>
        <translation>loại sự kiện không rõ: {type}</translation>
    </message>
    <message>
        <source>badge code {code} is not valid</source>
        <translation>mã thẻ {code} không hợp lệ</translation>
    </message>
    <message>
        <source>time {at} is not a date and time</source>
        <translation>thời gian {at} không phải là ngày giờ</translation>
    </message>
    <message>
        <source>time {at} has no time zone</source>
        <translation>thời gian {at} thiếu múi giờ</translation>
    </message>
    <message>
        <source>belongs to another congress&apos;s event file</source>
        <translation>thuộc tệp của một đại hội khác</translation>
    </message>
    <message>
        <source>not valid JSON (damaged line)</source>
        <translation>không phải JSON hợp lệ (dòng bị hỏng)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>không đọc được: {error}</translation>
    </message>
    <message>
        <source>Cannot copy the desk journal to {folder}: {error}</source>
        <extracomment>the journal&apos;s set-up line (None for a new file or one of format 1)</extracomment>
        <translation>Không chép được nhật ký của bàn sang {folder}: {error}</translation>
    </message>
    <message>
        <source>Nobody to print: the selection is empty</source>
        <translation>Không có ai để in: chưa chọn người nào</translation>
    </message>
    <message>
        <source>There are no delegates to report on yet</source>
        <translation>Chưa có đại biểu nào để báo cáo</translation>
    </message>
    <message>
        <source>No reason given yet</source>
        <translation>Chưa báo lý do</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Presidium</source>
        <translation>Đoàn Chủ tịch</translation>
    </message>
    <message>
        <source>Honorees</source>
        <translation>Điển hình</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Không thuộc đơn vị</translation>
    </message>
    <message>
        <source>Under {n}</source>
        <translation>Dưới {n} tuổi</translation>
    </message>
    <message>
        <source>{n} and over</source>
        <translation>Từ {n} tuổi trở lên</translation>
    </message>
    <message>
        <source>{lo} to {hi}</source>
        <translation>Từ {lo} đến {hi} tuổi</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Không rõ tuổi</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Heroes</source>
        <translation>Anh hùng</translation>
    </message>
    <message>
        <source>Emulation Fighters</source>
        <translation>Chiến sĩ thi đua</translation>
    </message>
    <message>
        <source>Walk-in code {old} was given out twice; {name} ({desk}, {file}) now has code {new}: print a new badge</source>
        <translation>Mã khách mời {old} bị cấp hai lần; {name} ({desk}, {file}) nay mang mã {new}: hãy in lại thẻ</translation>
    </message>
    <message>
        <source>Not merged: {n} events of another check-in session {session} (a rehearsal?) in {files}; use --session {session} to merge them</source>
        <translation>Chưa gộp: {n} sự kiện của phiên điểm danh khác {session} (buổi tập dượt?) trong {files}; dùng --session {session} để gộp</translation>
    </message>
    <message>
        <source>{n} events of deleted delegates were not brought back</source>
        <translation>{n} sự kiện của đại biểu đã xoá không được khôi phục</translation>
    </message>
    <message>
        <source>The clock of {desk} ({file}) seems {minutes:+d} min off the other desks ({evidence})</source>
        <translation>Đồng hồ của {desk} ({file}) có vẻ lệch {minutes:+d} phút so với các bàn khác ({evidence})</translation>
    </message>
    <message>
        <source>Walk-in guest registered at {desk}, {at}</source>
        <translation>Khách đến trực tiếp, đăng ký tại {desk}, {at}</translation>
    </message>
    <message>
        <source>refused by the registry: {error}</source>
        <translation>danh sách đại biểu không nhận: {error}</translation>
    </message>
    <message>
        <source>an undo written before the check-in it undoes</source>
        <translation>một lượt huỷ được ghi trước lượt điểm danh mà nó huỷ</translation>
    </message>
    <message>
        <source>its check-ins are timed apart from the other desks&apos;</source>
        <translation>giờ điểm danh của bàn này cách xa giờ của các bàn khác</translation>
    </message>
    <message>
        <source>Journal not found: {path}</source>
        <translation>Không tìm thấy nhật ký: {path}</translation>
    </message>
    <message>
        <source>the last line is cut short (an interrupted copy?): its event was not merged; copy this journal again</source>
        <translation>dòng cuối bị cắt cụt (sao chép bị ngắt?): sự kiện đó chưa được gộp; hãy chép lại nhật ký này</translation>
    </message>
    <message>
        <source>Rehearsal {id}</source>
        <translation>Tập dượt {id}</translation>
    </message>
    <message>
        <source>Real session</source>
        <translation>Buổi chính thức</translation>
    </message>
    <message>
        <source>{file}: {n} events of session {session} ({desks}, {first}–{last})</source>
        <translation>{file}: {n} sự kiện của phiên {session} ({desks}, {first}–{last})</translation>
    </message>
    <message>
        <source>This file is not a Congress Desk event file</source>
        <translation>Đây không phải tệp Đại hội của Congress Desk</translation>
    </message>
    <message>
        <source>This event file needs an update that cannot be made while it is read-only</source>
        <translation>Tệp Đại hội cần nâng cấp định dạng nhưng đang mở chỉ đọc</translation>
    </message>
    <message>
        <source>The event file does not exist</source>
        <translation>Tệp Đại hội không tồn tại</translation>
    </message>
    <message>
        <source>Cannot read the event file: {error}</source>
        <translation>Không đọc được tệp Đại hội: {error}</translation>
    </message>
</context>
</TS>
