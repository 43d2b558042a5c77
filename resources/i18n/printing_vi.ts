<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Organising committee</source>
            <translation>Ban Tổ chức</translation>
        </message>
        <message>
            <source>Emulation council</source>
            <translation>Hội đồng Thi đua - Khen thưởng</translation>
        </message>
        <message>
            <source>Credentials committee</source>
            <translation>Ban Thẩm tra tư cách đại biểu</translation>
        </message>
        <message>
            <source>Supervising body</source>
            <translation>Cơ quan chủ quản</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <translation>Cơ quan ban hành</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>Ký hiệu</translation>
        </message>
        <message>
            <source>Signs for (TM., KT.)</source>
            <translation>Thẩm quyền ký (TM., KT.)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <source>Signer's name</source>
            <translation>Họ tên người ký</translation>
        </message>
        <message>
            <source>Number and symbol</source>
            <translation>Số, ký hiệu</translation>
        </message>
        <message>
            <source>Lists carry no number</source>
            <translation>Danh sách không có số văn bản</translation>
        </message>
        <message>
            <source>Invitations say</source>
            <translation>Giấy mời ghi</translation>
        </message>
        <message>
            <source>Issuing bodies, as the header of each document prints them (type | where a line must break):</source>
            <translation>Cơ quan ban hành, như in ở phần đầu văn bản (gõ | ở chỗ cần xuống dòng):</translation>
        </message>
        <message>
            <source>Who signs each document:</source>
            <translation>Người ký từng văn bản:</translation>
        </message>
        <message>
            <source>How invitations address each category (a Party member is always “Đồng chí”):</source>
            <translation>Cách gọi trên giấy mời theo thành phần (Đảng viên luôn là “Đồng chí”):</translation>
        </message>
    </context>
    <context>
        <name>FrameDialog</name>
        <message>
            <source>Certificate paper and text areas</source>
            <translation>Khổ giấy và các vùng chữ của Bằng khen</translation>
        </message>
        <message>
            <source>(as saved)</source>
            <translation>(như đã lưu)</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Bắt đầu từ</translation>
        </message>
        <message>
            <source>Paper (mm)</source>
            <translation>Khổ giấy (mm)</translation>
        </message>
        <message>
            <source>x (mm)</source>
            <translation>x (mm)</translation>
        </message>
        <message>
            <source>y (mm)</source>
            <translation>y (mm)</translation>
        </message>
        <message>
            <source>width</source>
            <translation>rộng</translation>
        </message>
        <message>
            <source>height</source>
            <translation>cao</translation>
        </message>
        <message>
            <source>size (pt)</source>
            <translation>cỡ chữ (pt)</translation>
        </message>
        <message>
            <source>min. size</source>
            <translation>cỡ nhỏ nhất</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>số dòng</translation>
        </message>
        <message>
            <source>Text areas, measured from the top-left corner of the sheet</source>
            <translation>Các vùng chữ, đo từ góc trên bên trái tờ giấy</translation>
        </message>
    </context>
    <context>
        <name>PrintingTab</name>
        <message>
            <source>Everyone</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>One unit</source>
            <translation>Một đơn vị</translation>
        </message>
        <message>
            <source>Badge codes</source>
            <translation>Theo mã thẻ</translation>
        </message>
        <message>
            <source>10000012, 10000020 …</source>
            <translation>10000012, 10000020 …</translation>
        </message>
        <message>
            <source>Only those not printed yet (or changed since)</source>
            <translation>Chỉ những người chưa in (hoặc đã thay đổi sau khi in)</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>In cho ai</translation>
        </message>
        <message>
            <source>Double-sided (back of each sheet)</source>
            <translation>In hai mặt (mặt sau mỗi tờ)</translation>
        </message>
        <message>
            <source>Print ID and phone numbers</source>
            <translation>In số CCCD và điện thoại</translation>
        </message>
        <message>
            <source>One page per section</source>
            <translation>Mỗi khu một trang</translation>
        </message>
        <message>
            <source>printer name, e.g. HP phòng 2</source>
            <translation>tên máy in, ví dụ HP phòng 2</translation>
        </message>
        <message>
            <source>Each award on its form's blank</source>
            <translation>Mỗi hình thức trên phôi của nó</translation>
        </message>
        <message>
            <source>Bằng khen blank only</source>
            <translation>Chỉ phôi Bằng khen</translation>
        </message>
        <message>
            <source>Title certificate (Giấy chứng nhận) blank only</source>
            <translation>Chỉ phôi Giấy chứng nhận danh hiệu</translation>
        </message>
        <message>
            <source>Save offsets</source>
            <translation>Lưu độ lệch</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Tùy chọn</translation>
        </message>
        <message>
            <source>Logo on badges…</source>
            <translation>Biểu trưng trên thẻ…</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Mẫu trình bày</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>Phôi</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Máy in</translation>
        </message>
        <message>
            <source>Offsets</source>
            <translation>Độ lệch</translation>
        </message>
        <message>
            <source>Certificate paper and areas…</source>
            <translation>Khổ giấy và vùng chữ Bằng khen…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <source>Save as Word…</source>
            <translation>Lưu Word…</translation>
        </message>
        <message>
            <source>The same document as an editable Word file (.docx), to review and edit before it is signed</source>
            <translation>Cùng văn bản dưới dạng tệp Word (.docx) để rà soát, chỉnh sửa trước khi ký</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <source>Layout sample</source>
            <translation>Mẫu trình bày (dữ liệu mẫu)</translation>
        </message>
        <message>
            <source>The chosen layout filled with sample values</source>
            <translation>Mẫu trình bày đã chọn, điền dữ liệu mẫu</translation>
        </message>
        <message>
            <source>What to print</source>
            <translation>In gì</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Printed so far</source>
            <translation>Đã in</translation>
        </message>
        <message>
            <source>Choose what to print, then Preview.</source>
            <translation>Chọn nội dung cần in rồi bấm Xem trước.</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Mở tệp</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>In ấn</translation>
        </message>
        <message>
            <source>{when} — {what}: {n}</source>
            <translation>{when} — {what}: {n}</translation>
        </message>
        <message>
            <source>Type at least one badge code</source>
            <translation>Hãy nhập ít nhất một mã thẻ</translation>
        </message>
        <message>
            <source>Rendering…</source>
            <translation>Đang tạo bản in…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <source>Rendering {what}</source>
            <translation>Đang tạo {what}</translation>
        </message>
        <message>
            <source>{what}: {items} item(s), {pages} page(s)</source>
            <translation>{what}: {items} mục, {pages} trang</translation>
        </message>
        <message>
            <source>(the first {n} pages are shown)</source>
            <translation>(hiển thị {n} trang đầu)</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Lưu thành PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save as Word</source>
            <translation>Lưu Word</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Văn bản Word (*.docx)</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Đã lưu {path}</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>Đã gửi tới máy in</translation>
        </message>
        <message>
            <source>Printing {what}</source>
            <translation>Đang in {what}</translation>
        </message>
        <message>
            <source>{items} item(s), {pages} page(s)</source>
            <translation>{items} mục, {pages} trang</translation>
        </message>
        <message>
            <source>Logo on badges</source>
            <translation>Biểu trưng trên thẻ</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Logo saved</source>
            <translation>Đã lưu biểu trưng</translation>
        </message>
        <message>
            <source>Certificate paper and areas saved</source>
            <translation>Đã lưu khổ giấy và vùng chữ Bằng khen</translation>
        </message>
        <message>
            <source>Offsets saved for {printer}</source>
            <translation>Đã lưu độ lệch cho máy in {printer}</translation>
        </message>
    </context>
    <context>
        <name>QPrinter</name>
        <message>
            <source>The printer could not be started</source>
            <translation>Không khởi động được máy in</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>event file</source>
            <translation>tệp Đại hội</translation>
        </message>
        <message>
            <source>what to print: {kinds}</source>
            <translation>nội dung cần in: {kinds}</translation>
        </message>
        <message>
            <source>the file to write: PDF, or Word (.docx) for text documents</source>
            <translation>tệp sẽ ghi: PDF, hoặc Word (.docx) với các văn bản</translation>
        </message>
        <message>
            <source>decision-annex: only the annex of this decision</source>
            <translation>decision-annex: chỉ phụ lục của quyết định này</translation>
        </message>
        <message>
            <source>only the delegates of this unit</source>
            <translation>chỉ đại biểu của đơn vị này</translation>
        </message>
        <message>
            <source>only these badge codes (comma-separated)</source>
            <translation>chỉ các mã thẻ này (cách nhau bằng dấu phẩy)</translation>
        </message>
        <message>
            <source>only those not printed yet, or changed since they were printed</source>
            <translation>chỉ những người chưa in, hoặc đã thay đổi sau khi in</translation>
        </message>
        <message>
            <source>layout of the kind (badges: a4-2x4, a4-2x5-cr80, cr80)</source>
            <translation>mẫu trình bày (thẻ: a4-2x4, a4-2x5-cr80, cr80)</translation>
        </message>
        <message>
            <source>badges: print the back of each sheet too</source>
            <translation>thẻ: in cả mặt sau mỗi tờ</translation>
        </message>
        <message>
            <source>lists: print ID and phone numbers</source>
            <translation>danh sách: in số CCCD và điện thoại</translation>
        </message>
        <message>
            <source>certificates: calibration profile of the printer</source>
            <translation>bằng khen: hồ sơ hiệu chỉnh của máy in</translation>
        </message>
        <message>
            <source>certificates, calibration: the pre-printed blank (Bằng khen or the title's Giấy chứng nhận)</source>
            <translation>certificates, calibration: phôi in sẵn (Bằng khen hoặc Giấy chứng nhận danh hiệu)</translation>
        </message>
        <message>
            <source>seat chart: A3 sheet or tiled A4</source>
            <translation>sơ đồ: khổ A3 hoặc ghép các tờ A4</translation>
        </message>
        <message>
            <source>seat chart: one page per section</source>
            <translation>sơ đồ: mỗi khu một trang</translation>
        </message>
        <message>
            <source>do not remember this print in the event file</source>
            <translation>không ghi lần in này vào tệp sự kiện</translation>
        </message>
        <message>
            <source>print the result as JSON</source>
            <translation>in kết quả dạng JSON</translation>
        </message>
        <message>
            <source>Unknown kind “{kind}”; known kinds: {kinds}</source>
            <translation>Không có loại “{kind}”; các loại có: {kinds}</translation>
        </message>
        <message>
            <source>The event file is read-only: this print will not be remembered</source>
            <translation>Tệp sự kiện đang ở chế độ chỉ đọc: lần in này sẽ không được ghi nhớ</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Đã hủy</translation>
        </message>
        <message>
            <source>{what}: {items} item(s) written to {path} (Word)</source>
            <translation>{what}: {items} mục, đã ghi vào {path} (Word)</translation>
        </message>
        <message>
            <source>{what}: {items} item(s) on {pages} page(s) written to {path}</source>
            <translation>{what}: {items} mục, {pages} trang, đã ghi vào {path}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>Unknown badge layout “{name}”; known layouts: {names}</source>
            <translation>Không có mẫu thẻ “{name}”; các mẫu có: {names}</translation>
        </message>
        <message>
            <source>This file is not an image that can be printed (PNG or JPEG)</source>
            <translation>Tệp này không phải là ảnh in được (PNG hoặc JPEG)</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>Thẻ đại biểu</translation>
        </message>
        <message>
            <source>Delegate badges</source>
            <translation>Thẻ đại biểu</translation>
        </message>
        <message>
            <source>No active delegate has badge code {code}</source>
            <translation>Không có đại biểu nào đang hoạt động mang mã thẻ {code}</translation>
        </message>
        <message>
            <source>Unknown layout “{name}”; known layouts: {names}</source>
            <translation>Không có mẫu “{name}”; các mẫu có: {names}</translation>
        </message>
        <message>
            <source>No seats are assigned yet: the cards carry no seat label</source>
            <translation>Chưa xếp chỗ ngồi: bảng tên không có số ghế</translation>
        </message>
        <message>
            <source>{n} selected delegates have no seat and get no seat card</source>
            <translation>{n} đại biểu đã chọn chưa có ghế nên không có bảng tên</translation>
        </message>
        <message>
            <source>Nobody is marked as a member of the presidium</source>
            <translation>Chưa ai được đánh dấu là thành viên Đoàn Chủ tịch</translation>
        </message>
        <message>
            <source>Unknown certificate blank “{name}”; known: {names}</source>
            <translation>Không có phôi “{name}”; các phôi: {names}</translation>
        </message>
        <message>
            <source>Unknown certificate area “{name}”</source>
            <translation>Không có vùng “{name}” trên Bằng khen</translation>
        </message>
        <message>
            <source>Give the printer a name</source>
            <translation>Hãy đặt tên cho máy in</translation>
        </message>
        <message>
            <source>An offset of more than 50 mm is surely a mistake</source>
            <translation>Độ lệch trên 50 mm chắc chắn là nhầm</translation>
        </message>
        <message>
            <source>No approved award with a decision number to print a certificate for</source>
            <translation>Chưa có khen thưởng nào được phê duyệt và có số quyết định để in Bằng khen</translation>
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
            <source>Workplace</source>
            <translation>Nơi công tác</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Thành phần</translation>
        </message>
        <message>
            <source>Seat (section, row, seat)</source>
            <translation>Chỗ ngồi (khu, hàng, ghế)</translation>
        </message>
        <message>
            <source>Seat label</source>
            <translation>Số ghế</translation>
        </message>
        <message>
            <source>Badge code</source>
            <translation>Mã thẻ</translation>
        </message>
        <message>
            <source>Congress title</source>
            <translation>Tên Đại hội</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Giai đoạn</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>Cơ quan tổ chức</translation>
        </message>
        <message>
            <source>Date and venue</source>
            <translation>Ngày và địa điểm</translation>
        </message>
        <message>
            <source>Badge note</source>
            <translation>Ghi chú trên thẻ</translation>
        </message>
        <message>
            <source>Certificate: recipient</source>
            <translation>Bằng khen: người được khen</translation>
        </message>
        <message>
            <source>Certificate: position and unit</source>
            <translation>Bằng khen: chức vụ, đơn vị</translation>
        </message>
        <message>
            <source>Certificate: achievement</source>
            <translation>Bằng khen: thành tích</translation>
        </message>
        <message>
            <source>Certificate: decision line</source>
            <translation>Bằng khen: dòng quyết định</translation>
        </message>
        <message>
            <source>Certificate: place and date of the decision</source>
            <translation>Bằng khen: địa danh, ngày quyết định</translation>
        </message>
        <message>
            <source>Certificate: award register number</source>
            <translation>Bằng khen: số sổ vàng</translation>
        </message>
        <message>
            <source>Seat name cards</source>
            <translation>Bảng tên chỗ ngồi</translation>
        </message>
        <message>
            <source>Presidium tent cards</source>
            <translation>Biển tên Đoàn Chủ tịch</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Giấy mời</translation>
        </message>
        <message>
            <source>Seat chart</source>
            <translation>Sơ đồ chỗ ngồi</translation>
        </message>
        <message>
            <source>Delegate list by unit</source>
            <translation>Danh sách đại biểu theo đơn vị</translation>
        </message>
        <message>
            <source>Check-in list (paper)</source>
            <translation>Danh sách điểm danh (bản giấy)</translation>
        </message>
        <message>
            <source>Certificates (Bằng khen, Giấy chứng nhận)</source>
            <translation>Bằng khen, Giấy chứng nhận</translation>
        </message>
        <message>
            <source>Certificate calibration page</source>
            <translation>Trang hiệu chỉnh phôi in (Bằng khen, Giấy chứng nhận)</translation>
        </message>
        <message>
            <source>Honoree list</source>
            <translation>Danh sách khen thưởng</translation>
        </message>
        <message>
            <source>Ceremony script</source>
            <translation>Kịch bản trao thưởng</translation>
        </message>
        <message>
            <source>Council ballot</source>
            <translation>Phiếu bầu Hội đồng</translation>
        </message>
        <message>
            <source>Decision annex</source>
            <translation>Phụ lục quyết định</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Credentials report</source>
            <translation>Báo cáo thẩm tra tư cách đại biểu</translation>
        </message>
        <message>
            <source>Unknown kind of document “{kind}”; known kinds: {kinds}</source>
            <translation>Không có loại tài liệu “{kind}”; các loại có: {kinds}</translation>
        </message>
        <message>
            <source>“{kind}” is printed as PDF only</source>
            <translation>“{kind}” chỉ in ra PDF</translation>
        </message>
        <message>
            <source>Layout {name} is not valid: {problems}</source>
            <translation>Mẫu {name} không hợp lệ: {problems}</translation>
        </message>
        <message>
            <source>at least one card per page is needed</source>
            <translation>mỗi trang cần ít nhất một thẻ</translation>
        </message>
        <message>
            <source>the cards do not fit on the page</source>
            <translation>các thẻ không vừa trang giấy</translation>
        </message>
        <message>
            <source>{where}: unknown element type</source>
            <translation>{where}: loại phần tử không hợp lệ</translation>
        </message>
        <message>
            <source>{where}: a text needs a field or a fixed text</source>
            <translation>{where}: ô chữ cần một trường dữ liệu hoặc một nội dung cố định</translation>
        </message>
        <message>
            <source>{where}: unknown field</source>
            <translation>{where}: trường dữ liệu không tồn tại</translation>
        </message>
        <message>
            <source>{where}: unknown font {font}</source>
            <translation>{where}: không có phông chữ {font}</translation>
        </message>
        <message>
            <source>{where}: unknown alignment</source>
            <translation>{where}: kiểu căn lề không hợp lệ</translation>
        </message>
        <message>
            <source>{where}: font sizes must be positive, the minimum not above the size</source>
            <translation>{where}: cỡ chữ phải dương, cỡ nhỏ nhất không lớn hơn cỡ chữ</translation>
        </message>
        <message>
            <source>{where}: at least one line</source>
            <translation>{where}: cần ít nhất một dòng</translation>
        </message>
        <message>
            <source>{where}: rotation must be 0 or 180</source>
            <translation>{where}: góc xoay phải là 0 hoặc 180</translation>
        </message>
        <message>
            <source>{where}: not inside the card</source>
            <translation>{where}: nằm ngoài thẻ</translation>
        </message>
        <message>
            <source>unknown or missing keys: {keys}</source>
            <translation>thiếu hoặc thừa khóa: {keys}</translation>
        </message>
        <message>
            <source>Cannot write the PDF: {error}</source>
            <translation>Không ghi được tệp PDF: {error}</translation>
        </message>
        <message>
            <source>There is no unit named “{name}”</source>
            <translation>Không có đơn vị nào tên “{name}”</translation>
        </message>
        <message>
            <source>Unknown badge codes (not printed): {codes}</source>
            <translation>Mã thẻ không có trong danh sách (không in): {codes}</translation>
        </message>
        <message>
            <source>Nobody to print for with these choices</source>
            <translation>Không có ai để in theo các lựa chọn này</translation>
        </message>
        <message>
            <source>{who}: “{text}” does not fit its box even at {size} pt</source>
            <translation>{who}: “{text}” không vừa ô kể cả ở cỡ {size} pt</translation>
        </message>
        <message>
            <source>No signer's name for “{roles}”: set it in the document settings</source>
            <translation>Chưa có tên người ký “{roles}”: đặt trong Cài đặt văn bản</translation>
        </message>
    </context>
</TS>
