<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>DelegateForm</name>
        <message>
            <source>Edit delegate</source>
            <translation>Sửa thông tin đại biểu</translation>
        </message>
        <message>
            <source>New delegate</source>
            <translation>Thêm đại biểu</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <source>dd/mm/yyyy or year</source>
            <translation>dd/mm/yyyy hoặc năm</translation>
        </message>
        <message>
            <source>10-digit mobile or 11-digit landline</source>
            <translation>di động 10 số hoặc cố định 11 số</translation>
        </message>
        <message>
            <source>12-digit CCCD or 9-digit CMND</source>
            <translation>CCCD 12 số hoặc CMND 9 số</translation>
        </message>
        <message>
            <source>Sits in the presidium</source>
            <translation>Ngồi Đoàn Chủ tịch</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>Doctorate</source>
            <translation>Tiến sĩ</translation>
        </message>
        <message>
            <source>Master's degree</source>
            <translation>Thạc sĩ</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Đại học</translation>
        </message>
        <message>
            <source>College</source>
            <translation>Cao đẳng</translation>
        </message>
        <message>
            <source>Vocational (trung cấp)</source>
            <translation>Trung cấp</translation>
        </message>
        <message>
            <source>Secondary school</source>
            <translation>Trung học phổ thông</translation>
        </message>
        <message>
            <source>Advanced (cao cấp)</source>
            <translation>Cao cấp</translation>
        </message>
        <message>
            <source>Intermediate (trung cấp)</source>
            <translation>Trung cấp</translation>
        </message>
        <message>
            <source>Elementary (sơ cấp)</source>
            <translation>Sơ cấp</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Công nhân</translation>
        </message>
        <message>
            <source>Farmer</source>
            <translation>Nông dân</translation>
        </message>
        <message>
            <source>Intellectual</source>
            <translation>Trí thức</translation>
        </message>
        <message>
            <source>Business person</source>
            <translation>Doanh nhân</translation>
        </message>
        <message>
            <source>Armed forces</source>
            <translation>Lực lượng vũ trang</translation>
        </message>
        <message>
            <source>Cadre, civil servant, public employee</source>
            <translation>Cán bộ, công chức, viên chức</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Họ và tên:</translation>
        </message>
        <message>
            <source>Gender:</source>
            <translation>Giới tính:</translation>
        </message>
        <message>
            <source>Date of birth:</source>
            <translation>Ngày sinh:</translation>
        </message>
        <message>
            <source>Ethnicity:</source>
            <translation>Dân tộc:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Chức vụ:</translation>
        </message>
        <message>
            <source>Workplace:</source>
            <translation>Nơi công tác:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Thành phần:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Điện thoại:</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>Số CCCD/CMND:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Tình trạng:</translation>
        </message>
        <message>
            <source>Protocol rank:</source>
            <translation>Thứ tự lễ tân:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ghi chú:</translation>
        </message>
        <message>
            <source>Party member:</source>
            <translation>Đảng viên:</translation>
        </message>
        <message>
            <source>Education:</source>
            <translation>Trình độ chuyên môn:</translation>
        </message>
        <message>
            <source>Political theory:</source>
            <translation>Lý luận chính trị:</translation>
        </message>
        <message>
            <source>Social group:</source>
            <translation>Thành phần xã hội:</translation>
        </message>
        <message>
            <source>Badge code:</source>
            <translation>Mã thẻ:</translation>
        </message>
    </context>
    <context>
        <name>DelegateTableModel</name>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Ngày sinh</translation>
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
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Chỗ ngồi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Nơi công tác</translation>
        </message>
        <message>
            <source>Found in: {where}</source>
            <translation>Tìm thấy ở: {where}</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Đã đến</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Vắng</translation>
        </message>
        <message>
            <source>Walk-in, arrived</source>
            <translation>Đến trực tiếp</translation>
        </message>
    </context>
    <context>
        <name>DelegatesTab</name>
        <message>
            <source>Search name, code, position, unit… (accents optional)</source>
            <translation>Tìm theo tên, mã, chức vụ, đơn vị… (gõ có dấu hoặc không dấu)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Tất cả thành phần</translation>
        </message>
        <message>
            <source>{shown} shown · {summoned} summoned</source>
            <translation>{shown} hiển thị · {summoned} triệu tập</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>Đại biểu</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>&lt;b&gt;Delegates per unit&lt;/b&gt;</source>
            <translation>&lt;b&gt;Số đại biểu theo đơn vị&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>Over the quota by {n}</source>
            <translation>Vượt chỉ tiêu {n}</translation>
        </message>
        <message>
            <source>{n} fewer than the quota</source>
            <translation>Thiếu {n} so với chỉ tiêu</translation>
        </message>
        <message>
            <source>{units} units · {over} over quota · {under} under quota</source>
            <translation>{units} đơn vị · {over} vượt chỉ tiêu · {under} chưa đủ chỉ tiêu</translation>
        </message>
        <message>
            <source>{rows} people in the registry: {summoned} summoned, {cancelled} cancelled (not counted), {walkins} walk-ins (not summoned)</source>
            <translation>{rows} người trong danh sách: {summoned} được triệu tập, {cancelled} đã hủy (không tính), {walkins} khách đến trực tiếp (không thuộc diện triệu tập)</translation>
        </message>
        <message>
            <source>Delete {name} from the registry?</source>
            <translation>Xóa {name} khỏi danh sách đại biểu?</translation>
        </message>
        <message>
            <source>Delete {n} delegates from the registry?</source>
            <translation>Xóa {n} đại biểu khỏi danh sách?</translation>
        </message>
        <message>
            <source>Delete delegates</source>
            <translation>Xóa đại biểu</translation>
        </message>
    </context>
    <context>
        <name>EventSettingsDialog</name>
        <message>
            <source>Event settings</source>
            <translation>Thông tin Đại hội</translation>
        </message>
        <message>
            <source>Congress name:</source>
            <translation>Tên Đại hội:</translation>
        </message>
        <message>
            <source>Number (e.g. IX):</source>
            <translation>Lần thứ (ví dụ IX):</translation>
        </message>
        <message>
            <source>Term:</source>
            <translation>Nhiệm kỳ:</translation>
        </message>
        <message>
            <source>Organised by:</source>
            <translation>Cơ quan tổ chức:</translation>
        </message>
        <message>
            <source>Province / city:</source>
            <translation>Tỉnh / thành phố:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <source>Starts at:</source>
            <translation>Giờ khai mạc:</translation>
        </message>
        <message>
            <source>Venue:</source>
            <translation>Địa điểm:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Địa chỉ:</translation>
        </message>
        <message>
            <source>Legal regime:</source>
            <translation>Văn bản áp dụng:</translation>
        </message>
        <message>
            <source>Expected delegates:</source>
            <translation>Số đại biểu dự kiến:</translation>
        </message>
        <message>
            <source>The credentials report counts honorees as delegates</source>
            <translation>Báo cáo thẩm tra tư cách tính cả đại biểu điển hình</translation>
        </message>
        <message>
            <source>Off: the credentials report counts official delegates only; on: official delegates and honorees</source>
            <translation>Không chọn: báo cáo thẩm tra tư cách chỉ tính đại biểu chính thức; chọn: tính đại biểu chính thức và đại biểu điển hình</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Chung</translation>
        </message>
        <message>
            <source>This congress has no units yet. Add the {n} units of the Hải Phòng template with their quotas, import a list from a spreadsheet, or paste it from Excel (unit name, quota).</source>
            <translation>Đại hội này chưa có đơn vị nào. Thêm {n} đơn vị của mẫu Hải Phòng cùng chỉ tiêu, nhập danh sách từ tệp Excel, hoặc dán từ Excel (tên đơn vị, chỉ tiêu).</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Add unit</source>
            <translation>Thêm đơn vị</translation>
        </message>
        <message>
            <source>Remove unit</source>
            <translation>Xóa đơn vị</translation>
        </message>
        <message>
            <source>Hải Phòng units ({n})</source>
            <translation>Đơn vị mẫu Hải Phòng ({n})</translation>
        </message>
        <message>
            <source>Add the units of the Hải Phòng template with their quotas (units already in the list keep their place; their quota is updated)</source>
            <translation>Thêm các đơn vị của mẫu Hải Phòng cùng chỉ tiêu (đơn vị đã có giữ nguyên vị trí, chỉ tiêu được cập nhật)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Nhập từ tệp…</translation>
        </message>
        <message>
            <source>Units and quotas from a spreadsheet (.xlsx, .xls, .csv): a column with the unit names, one with the quotas</source>
            <translation>Đơn vị và chỉ tiêu từ tệp bảng tính (.xlsx, .xls, .csv): một cột tên đơn vị, một cột chỉ tiêu</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Dán</translation>
        </message>
        <message>
            <source>Cells copied in Excel: unit name, quota (also Ctrl+V in the table)</source>
            <translation>Các ô đã sao chép trong Excel: tên đơn vị, chỉ tiêu (hoặc bấm Ctrl+V trong bảng)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Xuất ra tệp…</translation>
        </message>
        <message>
            <source>Units and quotas</source>
            <translation>Đơn vị và chỉ tiêu</translation>
        </message>
        <message>
            <source>{units} units · total quota: {n}</source>
            <translation>{units} đơn vị · tổng chỉ tiêu: {n}</translation>
        </message>
        <message>
            <source>{added} units added, {updated} updated, {unchanged} unchanged. Press OK to save.</source>
            <translation>Thêm {added} đơn vị, cập nhật {updated}, giữ nguyên {unchanged}. Bấm OK để lưu.</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Dòng {row}: {message}</translation>
        </message>
        <message>
            <source>No list of units found in {file}</source>
            <translation>Không tìm thấy danh sách đơn vị trong {file}</translation>
        </message>
        <message>
            <source>Import units and quotas</source>
            <translation>Nhập đơn vị và chỉ tiêu</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv)</source>
            <translation>Tệp bảng tính (*.xlsx *.xlsm *.xls *.csv)</translation>
        </message>
        <message>
            <source>Nothing to paste: copy the cells with the unit names and quotas in Excel first.</source>
            <translation>Không có gì để dán: hãy sao chép các ô tên đơn vị và chỉ tiêu trong Excel trước.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Không ghi được {path}: {error}</translation>
        </message>
        <message>
            <source>Wrote {n} units to {path}</source>
            <translation>Đã ghi {n} đơn vị vào {path}</translation>
        </message>
        <message>
            <source>Export units and quotas</source>
            <translation>Xuất đơn vị và chỉ tiêu</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Văn bản</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;New congress…</source>
            <translation>Đại hội &amp;mới…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Mở…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Mở tệp &amp;gần đây</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Lưu &amp;bản sao…</translation>
        </message>
        <message>
            <source>&amp;Event settings…</source>
            <translation>Thông tin Đại &amp;hội…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Tùy &amp;chọn…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About Congress Desk</source>
            <translation>&amp;Giới thiệu Congress Desk</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Xóa danh sách</translation>
        </message>
        <message>
            <source>Cannot open the event file</source>
            <translation>Không mở được tệp Đại hội</translation>
        </message>
        <message>
            <source>Read-only: {reason}</source>
            <translation>Chỉ đọc: {reason}</translation>
        </message>
        <message>
            <source>The event file was updated to the new format; a backup was kept in the backups folder</source>
            <translation>Tệp Đại hội đã được nâng cấp định dạng; bản sao lưu cũ nằm trong thư mục backups</translation>
        </message>
        <message>
            <source>The event file is open read-only</source>
            <translation>Tệp Đại hội đang mở ở chế độ chỉ đọc</translation>
        </message>
        <message>
            <source> [read-only]</source>
            <translation> [chỉ đọc]</translation>
        </message>
        <message>
            <source>{n} summoned</source>
            <translation>{n} triệu tập</translation>
        </message>
        <message>
            <source> · {present} present · {absent} absent · {not_arrived} not arrived</source>
            <translation> · {present} có mặt · {absent} vắng có lý do · {not_arrived} chưa đến</translation>
        </message>
        <message>
            <source>Summoned: active delegates, cancelled ones not counted ({cancelled} cancelled). Present: summoned and checked in ({substitutes} through a substitute); walk-ins apart ({walkins}). Absent: marked absent with a reason.</source>
            <translation>Triệu tập: đại biểu trong danh sách, không tính người đã hủy ({cancelled} đã hủy). Có mặt: người được triệu tập đã điểm danh (trong đó {substitutes} người dự thay); khách đến trực tiếp tính riêng ({walkins}). Vắng: đã báo vắng, có lý do.</translation>
        </message>
        <message>
            <source>Open event file</source>
            <translation>Mở tệp Đại hội</translation>
        </message>
        <message>
            <source>Event files (*{suffix});;All files (*)</source>
            <translation>Tệp Đại hội (*{suffix});;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>New congress</source>
            <translation>Đại hội mới</translation>
        </message>
        <message>
            <source>Event files (*{suffix})</source>
            <translation>Tệp Đại hội (*{suffix})</translation>
        </message>
        <message>
            <source>Cannot create the event file</source>
            <translation>Không tạo được tệp Đại hội</translation>
        </message>
        <message>
            <source>This file is open read-only: nothing here can be changed or saved. File ▸ Save a copy… keeps a copy of it.</source>
            <translation>Tệp đang mở chỉ để xem: không thay đổi hay lưu được gì. Tệp ▸ Lưu bản sao… để giữ một bản sao.</translation>
        </message>
        <message>
            <source>No need to save: every change is written to the event file at once (and a backup is kept every 10 minutes). File ▸ Save a copy… makes a separate copy.</source>
            <translation>Không cần lưu: mọi thay đổi được ghi tự động vào tệp Đại hội ngay lập tức (và cứ 10 phút có một bản sao lưu). Muốn có một tệp riêng, dùng Tệp ▸ Lưu bản sao…</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Lưu bản sao</translation>
        </message>
        <message>
            <source>Choose another name: this is the open file</source>
            <translation>Hãy chọn tên khác: đây là tệp đang mở</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Không ghi được {path}: {error}</translation>
        </message>
        <message>
            <source>Copy saved to {path}</source>
            <translation>Đã lưu bản sao vào {path}</translation>
        </message>
        <message>
            <source>About Congress Desk</source>
            <translation>Giới thiệu Congress Desk</translation>
        </message>
        <message>
            <source>&lt;b&gt;Congress Desk&lt;/b&gt; {version}&lt;br&gt;Running a Patriotic Emulation Congress: delegates, seating, vetting, printing, check-in.</source>
            <translation>&lt;b&gt;Congress Desk&lt;/b&gt; {version}&lt;br&gt;Tổ chức Đại hội Thi đua yêu nước: đại biểu, chỗ ngồi, xét khen thưởng, in ấn, đón tiếp.</translation>
        </message>
    </context>
    <context>
        <name>Op</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Tùy chọn</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Ngôn ngữ:</translation>
        </message>
        <message>
            <source>Shown in the history of changes</source>
            <translation>Ghi vào lịch sử thay đổi</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Tên của bạn:</translation>
        </message>
    </context>
    <context>
        <name>SessionControl</name>
        <message>
            <source>[REHEARSAL]</source>
            <translation>[TẬP DƯỢT]</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>&lt;h1&gt;Congress Desk&lt;/h1&gt;</source>
            <translation>&lt;h1&gt;Congress Desk&lt;/h1&gt;</translation>
        </message>
        <message>
            <source>Prepare and run a Patriotic Emulation Congress: delegates, seating, honorees, printing and the check-in desk.</source>
            <translation>Chuẩn bị và tổ chức Đại hội Thi đua yêu nước: đại biểu, chỗ ngồi, điển hình khen thưởng, in ấn và đón tiếp.</translation>
        </message>
        <message>
            <source>New congress (Hải Phòng template)…</source>
            <translation>Đại hội mới (theo mẫu Hải Phòng)…</translation>
        </message>
        <message>
            <source>A new event file with the Hải Phòng 2020 settings, hall and award catalogue, to adapt to your congress</source>
            <translation>Tệp Đại hội mới với thông tin, hội trường và danh mục khen thưởng của Hải Phòng 2020, để sửa lại cho Đại hội của bạn</translation>
        </message>
        <message>
            <source>Open an event file…</source>
            <translation>Mở tệp Đại hội…</translation>
        </message>
        <message>
            <source>Open the demo congress</source>
            <translation>Mở Đại hội mẫu</translation>
        </message>
        <message>
            <source>550 made-up delegates with seats, nominations and check-ins, to practise on</source>
            <translation>550 đại biểu giả định, có chỗ ngồi, hồ sơ khen thưởng và điểm danh, để tập sử dụng</translation>
        </message>
        <message>
            <source>Sample unit spreadsheets…</source>
            <translation>Bảng tính mẫu của đơn vị…</translation>
        </message>
        <message>
            <source>Lists as units really send them: open them in Excel, or import them with File ▸ Import delegate lists ▸ Samples…</source>
            <translation>Danh sách giống như đơn vị thực tế gửi lên: mở bằng Excel, hoặc nhập bằng Tệp ▸ Nhập danh sách ▸ Tệp mẫu…</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Tệp gần đây</translation>
        </message>
        <message>
            <source>Press F1 on any tab for help on it. Version {version}.</source>
            <translation>Nhấn F1 ở bất kỳ thẻ nào để xem trợ giúp. Phiên bản {version}.</translation>
        </message>
        <message>
            <source>Creating the demo congress…</source>
            <translation>Đang tạo Đại hội mẫu…</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>open the window on an event file</source>
            <translation>mở cửa sổ với một tệp Đại hội</translation>
        </message>
        <message>
            <source>create a demo congress with realistic data</source>
            <translation>tạo Đại hội mẫu với dữ liệu như thật</translation>
        </message>
        <message>
            <source>read unit spreadsheets into the registry</source>
            <translation>đọc danh sách đại biểu của các đơn vị vào sổ đăng ký</translation>
        </message>
        <message>
            <source>write the workbook units fill in</source>
            <translation>tạo tệp mẫu để các đơn vị điền danh sách</translation>
        </message>
        <message>
            <source>write an official-format workbook</source>
            <translation>xuất tệp Excel theo mẫu chính thức</translation>
        </message>
        <message>
            <source>seat the unseated by the protocol rules, keeping everyone seated</source>
            <translation>xếp chỗ cho người chưa có ghế theo nghi thức, giữ nguyên chỗ của người đã có ghế</translation>
        </message>
        <message>
            <source>check a delegate in by badge code, as a desk would</source>
            <translation>điểm danh đại biểu bằng mã thẻ, như bàn đón tiếp</translation>
        </message>
        <message>
            <source>count summoned, present, absent and not yet arrived</source>
            <translation>đếm số đại biểu triệu tập, có mặt, vắng và chưa đến</translation>
        </message>
        <message>
            <source>fold desk journals into the event file</source>
            <translation>gộp nhật ký các bàn đón tiếp vào tệp Đại hội</translation>
        </message>
        <message>
            <source>run the vetting checks and list nominations with their findings</source>
            <translation>kiểm tra hồ sơ đề nghị khen thưởng và liệt kê kết quả</translation>
        </message>
        <message>
            <source>print badges, cards, charts, lists and certificates to PDF</source>
            <translation>in thẻ, biển tên, sơ đồ, danh sách và bằng khen ra PDF</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>cách dùng: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>tham số</translation>
        </message>
        <message>
            <source>options</source>
            <translation>tùy chọn</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>hiện hướng dẫn này rồi thoát</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>hiện số phiên bản rồi thoát</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>thiếu tham số bắt buộc: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>tham số không hiểu được: %s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>tham số %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>giá trị %(value)r không hợp lệ (cần kiểu %(type)s)</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>lựa chọn %(value)r không có (chọn một trong: %(choices)s)</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>cần đúng một giá trị</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>cần ít nhất một giá trị</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>chỉ được nhiều nhất một giá trị</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>tùy chọn %(option)s chưa rõ, có thể là %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>không dùng được cùng tham số %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>cần một trong các tham số %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>bỏ qua giá trị %r</translation>
        </message>
        <message>
            <source>see {command} --help</source>
            <translation>xem {command} --help</translation>
        </message>
        <message>
            <source>error</source>
            <translation>lỗi</translation>
        </message>
        <message>
            <source>Congress Desk: run a Patriotic Emulation Congress.</source>
            <translation>Congress Desk: tổ chức Đại hội Thi đua yêu nước.</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Đã dừng</translation>
        </message>
        <message>
            <source>Unexpected error; details were written to {path}</source>
            <translation>Lỗi không mong muốn; chi tiết đã ghi vào {path}</translation>
        </message>
        <message>
            <source>Event file not found: {path}</source>
            <translation>Không tìm thấy tệp Đại hội: {path}</translation>
        </message>
        <message>
            <source>Took the event file over from {holder}: its heartbeat had stopped</source>
            <translation>Đã tiếp quản tệp Đại hội từ {holder}: tín hiệu hoạt động của phiên đó đã dừng</translation>
        </message>
        <message>
            <source>Cannot write to {path}: {reason}</source>
            <translation>Không ghi được vào {path}: {reason}</translation>
        </message>
        <message>
            <source>The event file is marked as open by {holder}; watching its heartbeat for {seconds:.0f} s to see whether it is still working</source>
            <translation>Tệp Đại hội đang được đánh dấu là do {holder} mở; đang theo dõi tín hiệu hoạt động trong {seconds:.0f} giây để xem phiên đó còn làm việc không</translation>
        </message>
        <message>
            <source>event file to create (overwritten if it exists)</source>
            <translation>tệp Đại hội cần tạo (ghi đè nếu đã có)</translation>
        </message>
        <message>
            <source>number of delegates (default 550, at most 10000)</source>
            <translation>số đại biểu (mặc định 550, tối đa 10000)</translation>
        </message>
        <message>
            <source>random seed; the same seed gives the same congress</source>
            <translation>hạt giống ngẫu nhiên; cùng hạt giống cho cùng một Đại hội</translation>
        </message>
        <message>
            <source>--delegates must be between 0 and {n}</source>
            <translation>--delegates phải từ 0 đến {n}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Không ghi được {path}: {error}</translation>
        </message>
        <message>
            <source>Created demo congress {path} with {n} delegates</source>
            <translation>Đã tạo Đại hội mẫu {path} với {n} đại biểu</translation>
        </message>
        <message>
            <source>event file to open</source>
            <translation>tệp Đại hội cần mở</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Law 2003 (amended 2013), Decree 91/2017/NĐ-CP, Circular 12/2019/TT-BNV</source>
            <translation>Luật 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP, Thông tư 12/2019/TT-BNV</translation>
        </message>
        <message>
            <source>Law 06/2022/QH15, Decree 98/2023/NĐ-CP</source>
            <translation>Luật 06/2022/QH15, Nghị định 98/2023/NĐ-CP</translation>
        </message>
        <message>
            <source>The congress needs a name</source>
            <translation>Đại hội cần có tên</translation>
        </message>
        <message>
            <source>The date of the congress is not a valid date</source>
            <translation>Ngày tổ chức Đại hội không hợp lệ</translation>
        </message>
        <message>
            <source>Unknown legal regime {regime}</source>
            <translation>Văn bản áp dụng {regime} không rõ</translation>
        </message>
        <message>
            <source>The expected number of delegates cannot be negative</source>
            <translation>Số đại biểu dự kiến không thể âm</translation>
        </message>
        <message>
            <source>another instance (its lock file cannot be read)</source>
            <translation>một phiên làm việc khác (không đọc được tệp khóa của phiên đó)</translation>
        </message>
        <message>
            <source>{user} on {host} (process {pid}, last seen {time})</source>
            <translation>{user} trên máy {host} (tiến trình {pid}, lần cuối {time})</translation>
        </message>
        <message>
            <source>The event file is open for editing by {holder}</source>
            <translation>Tệp Đại hội đang được sửa bởi {holder}</translation>
        </message>
        <message>
            <source>Could not take the lock on the event file</source>
            <translation>Không nhận được quyền sửa tệp Đại hội</translation>
        </message>
        <message>
            <source>This file is not a Congress Desk event file</source>
            <translation>Đây không phải tệp Đại hội của Congress Desk</translation>
        </message>
        <message>
            <source>The event file is damaged ({detail}). Restore the latest good backup from the backups folder beside it.</source>
            <translation>Tệp Đại hội bị hỏng ({detail}). Hãy khôi phục bản sao lưu tốt gần nhất trong thư mục sao lưu bên cạnh tệp.</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>tệp bị cắt cụt, thiếu phần cuối</translation>
        </message>
        <message>
            <source>This event file was made by a newer version of Congress Desk (format {found}, this version reads up to {known}). Install the newer version; the file was left untouched.</source>
            <translation>Tệp Đại hội được tạo bởi phiên bản Congress Desk mới hơn (định dạng {found}, phiên bản này chỉ đọc được đến {known}). Hãy cài phiên bản mới; tệp được giữ nguyên.</translation>
        </message>
        <message>
            <source>another instance</source>
            <translation>một phiên bản khác</translation>
        </message>
        <message>
            <source>{holder} has taken over this event file: this change was not saved, and this window is now read-only</source>
            <translation>{holder} đã nhận quyền sửa tệp sự kiện này: thay đổi vừa rồi chưa được lưu, và cửa sổ này chuyển sang chỉ đọc</translation>
        </message>
        <message>
            <source>another program has the file open in a mode that is unsafe over a network; close it there and open the file again to edit it</source>
            <translation>một chương trình khác đang mở tệp ở chế độ không an toàn khi dùng qua mạng; hãy đóng tệp ở đó rồi mở lại để sửa</translation>
        </message>
        <message>
            <source>A file with this name already exists</source>
            <translation>Đã có tệp trùng tên</translation>
        </message>
        <message>
            <source>A file with this name already exists and is not an event file; it was not overwritten</source>
            <translation>Đã có một tệp trùng tên và đó không phải tệp Đại hội; tệp đó được giữ nguyên, không ghi đè</translation>
        </message>
        <message>
            <source>The event file does not exist</source>
            <translation>Tệp Đại hội không tồn tại</translation>
        </message>
        <message>
            <source>The file or its folder cannot be written (read-only medium or no permission)</source>
            <translation>Không ghi được tệp hoặc thư mục chứa nó (thiết bị chỉ đọc hoặc không có quyền)</translation>
        </message>
        <message>
            <source>This event file needs an update that cannot be made while it is read-only</source>
            <translation>Tệp Đại hội cần nâng cấp định dạng nhưng đang mở chỉ đọc</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>Mở ở chế độ chỉ đọc</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <source>Official delegate</source>
            <translation>Chính thức</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Khách mời</translation>
        </message>
        <message>
            <source>Honoree</source>
            <translation>Điển hình</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Báo chí</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Phục vụ</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Dự kiến dự</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <source>Gender "{value}" is neither Nam nor Nữ</source>
            <translation>Giới tính "{value}" không phải Nam hay Nữ</translation>
        </message>
        <message>
            <source>Unknown delegate category "{value}"</source>
            <translation>Thành phần đại biểu "{value}" không rõ</translation>
        </message>
        <message>
            <source>Birth date "{value}" is not a date</source>
            <translation>Ngày sinh "{value}" không phải là ngày</translation>
        </message>
        <message>
            <source>Birth date "{value}" is not a date (write day/month/year, e.g. 02/03/1975)</source>
            <translation>Ngày sinh "{value}" không phải là ngày (ghi ngày/tháng/năm, ví dụ 02/03/1975)</translation>
        </message>
        <message>
            <source>Birth year {value} is out of range</source>
            <translation>Năm sinh {value} không hợp lý</translation>
        </message>
        <message>
            <source>Birth date {value} does not exist</source>
            <translation>Ngày sinh {value} không tồn tại</translation>
        </message>
        <message>
            <source>The phone number is shown in scientific notation; check its digits</source>
            <translation>Số điện thoại hiển thị dạng số mũ (E+); hãy kiểm tra các chữ số</translation>
        </message>
        <message>
            <source>Other phone: {phones}</source>
            <translation>ĐT khác: {phones}</translation>
        </message>
        <message>
            <source>Several phone numbers in one cell; kept {phone}</source>
            <translation>Một ô có nhiều số điện thoại; đã lấy số {phone}</translation>
        </message>
        <message>
            <source>"{value}" is not a phone number</source>
            <translation>"{value}" không phải là số điện thoại</translation>
        </message>
        <message>
            <source>ID number {value} was stored in scientific notation and has lost digits; type it again as text</source>
            <translation>Số định danh {value} bị Excel đổi sang dạng số mũ (E+) và đã mất chữ số; hãy gõ lại dưới dạng văn bản</translation>
        </message>
        <message>
            <source>ID number {value} is not a whole number</source>
            <translation>Số định danh {value} không phải là số nguyên</translation>
        </message>
        <message>
            <source>"{value}" is not an ID number</source>
            <translation>"{value}" không phải là số định danh</translation>
        </message>
        <message>
            <source>“{value}” is not yes or no for Party membership</source>
            <translation>“{value}” không phải là có hay không (Đảng viên)</translation>
        </message>
        <message>
            <source>“{value}” is not a known value here</source>
            <translation>Không hiểu giá trị “{value}” ở cột này</translation>
        </message>
        <message>
            <source>Birth date {value} is in the future</source>
            <translation>Ngày sinh {value} ở tương lai</translation>
        </message>
        <message>
            <source>Phone number {value} was stored in scientific notation and lost its digits; format the column as text and type it again</source>
            <translation>Số điện thoại {value} bị Excel lưu dạng số mũ nên đã mất chữ số; hãy định dạng cột là văn bản (Text) rồi nhập lại</translation>
        </message>
        <message>
            <source>Phone number {value} is neither a 10-digit mobile nor an 11-digit landline</source>
            <translation>Số điện thoại {value} không phải số di động 10 chữ số hay số cố định 11 chữ số</translation>
        </message>
        <message>
            <source>ID number {value} must have 12 digits (CCCD) or 9 digits (CMND)</source>
            <translation>Số định danh {value} phải có 12 chữ số (CCCD) hoặc 9 chữ số (CMND)</translation>
        </message>
        <message>
            <source>ID number {id} is for a {sex}</source>
            <translation>Số định danh {id} là của người giới tính {sex}</translation>
        </message>
        <message>
            <source>ID number {id} is for someone born in the {century}s</source>
            <translation>Số định danh {id} là của người sinh trong thế kỷ bắt đầu năm {century}</translation>
        </message>
        <message>
            <source>ID number {id} gives birth year ..{yy}, not {year}</source>
            <translation>Số định danh {id} cho năm sinh ..{yy}, không phải {year}</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Quận, huyện</translation>
        </message>
        <message>
            <source>Department / agency</source>
            <translation>Sở, ban, ngành</translation>
        </message>
        <message>
            <source>Mass organisation</source>
            <translation>Đoàn thể</translation>
        </message>
        <message>
            <source>Armed forces</source>
            <translation>Lực lượng vũ trang</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Trường học</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <source>The unit needs a name</source>
            <translation>Đơn vị cần có tên</translation>
        </message>
        <message>
            <source>Unknown unit kind {kind}</source>
            <translation>Loại đơn vị {kind} không rõ</translation>
        </message>
        <message>
            <source>The quota must be a whole number</source>
            <translation>Chỉ tiêu phải là số nguyên</translation>
        </message>
        <message>
            <source>The quota cannot be negative</source>
            <translation>Chỉ tiêu không được âm</translation>
        </message>
        <message>
            <source>A unit named {name} already exists</source>
            <translation>Đã có đơn vị tên {name}</translation>
        </message>
        <message>
            <source>The unit no longer exists</source>
            <translation>Đơn vị không còn tồn tại</translation>
        </message>
        <message>
            <source>The unit still has {n} delegates; move or delete them first</source>
            <translation>Đơn vị còn {n} đại biểu; hãy chuyển hoặc xóa trước</translation>
        </message>
        <message>
            <source>The unit is still in use elsewhere in the event; it was not deleted</source>
            <translation>Đơn vị vẫn đang được dùng ở phần khác của Đại hội nên không xóa được</translation>
        </message>
        <message>
            <source>The full name is missing</source>
            <translation>Thiếu họ và tên</translation>
        </message>
        <message>
            <source>Unknown status {value}</source>
            <translation>Tình trạng {value} không rõ</translation>
        </message>
        <message>
            <source>The protocol rank must be a whole number</source>
            <translation>Thứ tự lễ tân phải là số nguyên</translation>
        </message>
        <message>
            <source>Badge code {code} is not valid (8 digits with a check digit)</source>
            <translation>Mã thẻ {code} không hợp lệ (phải gồm 8 chữ số, chữ số cuối là số kiểm tra)</translation>
        </message>
        <message>
            <source>Badge code {code} already belongs to {name}</source>
            <translation>Mã thẻ {code} đã cấp cho {name}</translation>
        </message>
        <message>
            <source>This delegate no longer exists</source>
            <translation>Đại biểu này không còn trong danh sách</translation>
        </message>
        <message>
            <source>The disk is full: what was being saved was not written. Free some space on the drive (or choose another one) and try again.</source>
            <translation>Ổ đĩa đã đầy: dữ liệu đang lưu chưa được ghi. Hãy giải phóng bớt dung lượng trên ổ (hoặc chọn ổ khác) rồi thử lại.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Cannot do that</source>
            <translation>Không thực hiện được</translation>
        </message>
        <message>
            <source>Sorry, something went wrong</source>
            <translation>Xin lỗi, đã có lỗi xảy ra</translation>
        </message>
        <message>
            <source>Congress Desk hit an unexpected error. Your data is safe; the work in progress was not saved.
Details were written to:
{path}</source>
            <translation>Congress Desk gặp lỗi không mong muốn. Dữ liệu của bạn vẫn an toàn; thao tác đang làm chưa được lưu.
Chi tiết đã ghi vào:
{path}</translation>
        </message>
    </context>
    <context>
        <name>tabs</name>
        <message>
            <source>Delegates</source>
            <translation>Đại biểu</translation>
        </message>
        <message>
            <source>Seating</source>
            <translation>Sơ đồ chỗ ngồi</translation>
        </message>
        <message>
            <source>Vetting</source>
            <translation>Xét khen thưởng</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>In ấn</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Đón tiếp</translation>
        </message>
    </context>
</TS>
