<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AutoSeatButton</name>
        <message>
            <source>Auto-seat</source>
            <translation>Xếp chỗ tự động</translation>
        </message>
        <message>
            <source>Seat those without a seat by the protocol rules; everyone seated stays where they are</source>
            <translation>Xếp chỗ cho những người chưa có ghế theo nghi thức; ai đã có ghế vẫn giữ nguyên chỗ</translation>
        </message>
        <message>
            <source>Re-seat everyone…</source>
            <translation>Xếp lại toàn bộ…</translation>
        </message>
        <message>
            <source>Re-seat everyone by the protocol rules, except the locked seats</source>
            <translation>Xếp lại chỗ cho mọi người theo nghi thức, trừ các ghế đã khóa</translation>
        </message>
        <message>
            <source>Re-seat everyone</source>
            <translation>Xếp lại toàn bộ</translation>
        </message>
        <message>
            <source>Re-seat everyone by the protocol rules? {moved} people who have a seat would move and {placed} would get one; the {locked} locked seats stay. You can undo this.</source>
            <translation>Xếp lại chỗ cho mọi người theo nghi thức? {moved} người đang có ghế sẽ đổi chỗ và {placed} người được xếp mới; {locked} ghế đã khóa giữ nguyên. Có thể hoàn tác.</translation>
        </message>
        <message>
            <source>Seating the delegates…</source>
            <translation>Đang xếp chỗ cho đại biểu…</translation>
        </message>
        <message>
            <source>Auto-seat: {placed} people placed, {moved} moved</source>
            <translation>Xếp chỗ tự động: {placed} người được xếp chỗ, {moved} người đổi chỗ</translation>
        </message>
        <message>
            <source>{n} people could not be seated: there are not enough free seats. They are in the list on the left.</source>
            <translation>{n} người chưa xếp được chỗ vì không đủ ghế trống. Họ có trong danh sách bên trái.</translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <source>Check again</source>
            <translation>Kiểm tra lại</translation>
        </message>
        <message>
            <source>{n} problem(s)</source>
            <translation>{n} vấn đề</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>Không có vấn đề</translation>
        </message>
    </context>
    <context>
        <name>HallMenu</name>
        <message>
            <source>Hall</source>
            <translation>Hội trường</translation>
        </message>
        <message>
            <source>New hall from the standard layout…</source>
            <translation>Hội trường mới theo mẫu chuẩn…</translation>
        </message>
        <message>
            <source>Import hall from a spreadsheet…</source>
            <translation>Nhập hội trường từ bảng tính…</translation>
        </message>
        <message>
            <source>Export hall as a spreadsheet…</source>
            <translation>Xuất hội trường ra bảng tính…</translation>
        </message>
        <message>
            <source>Delete this hall…</source>
            <translation>Xóa hội trường này…</translation>
        </message>
        <message>
            <source>Export seating (Excel)…</source>
            <translation>Xuất sơ đồ chỗ ngồi (Excel)…</translation>
        </message>
        <message>
            <source>New hall</source>
            <translation>Hội trường mới</translation>
        </message>
        <message>
            <source>Name of the new hall:</source>
            <translation>Tên hội trường mới:</translation>
        </message>
        <message>
            <source>Seats for the presidium:</source>
            <translation>Số ghế Đoàn Chủ tịch:</translation>
        </message>
        <message>
            <source>A hall named {name} exists. Replace it?</source>
            <translation>Đã có hội trường tên {name}. Thay thế?</translation>
        </message>
        <message>
            <source>Import hall</source>
            <translation>Nhập hội trường</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm)</source>
            <translation>Bảng tính (*.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>Export hall</source>
            <translation>Xuất hội trường</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Delete hall {name} and its seating?</source>
            <translation>Xóa hội trường {name} và sơ đồ chỗ ngồi của nó?</translation>
        </message>
        <message>
            <source>Export seating</source>
            <translation>Xuất sơ đồ chỗ ngồi</translation>
        </message>
        <message>
            <source>Writing the seating workbook…</source>
            <translation>Đang ghi tệp sơ đồ chỗ ngồi…</translation>
        </message>
        <message>
            <source>Seating written to {path}</source>
            <translation>Đã ghi sơ đồ chỗ ngồi vào {path}</translation>
        </message>
    </context>
    <context>
        <name>HallScene</name>
        <message>
            <source>STAGE</source>
            <translation>SÂN KHẤU</translation>
        </message>
    </context>
    <context>
        <name>HallView</name>
        <message>
            <source>Locked</source>
            <translation>Đã khóa</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Presidium</source>
            <translation>Đoàn Chủ tịch</translation>
        </message>
        <message>
            <source>Empty seat</source>
            <translation>Ghế trống</translation>
        </message>
        <message>
            <source>Blocked seat</source>
            <translation>Ghế không sử dụng</translation>
        </message>
        <message>
            <source>Locked seat (thick border)</source>
            <translation>Ghế đã khóa (viền đậm)</translation>
        </message>
    </context>
    <context>
        <name>RulesPanel</name>
        <message>
            <source>Up</source>
            <translation>Lên</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Xuống</translation>
        </message>
        <message>
            <source>Rules, applied in this order (untick to skip):</source>
            <translation>Các quy tắc, áp dụng theo thứ tự này (bỏ đánh dấu để bỏ qua):</translation>
        </message>
        <message>
            <source>Delegations by unit kind, front to back:</source>
            <translation>Thứ tự các đoàn theo loại đơn vị, từ trên xuống:</translation>
        </message>
        <message>
            <source>Honorees at most this many seats from an aisle:</source>
            <translation>Đại biểu điển hình cách lối đi tối đa (ghế):</translation>
        </message>
    </context>
    <context>
        <name>SeatMenu</name>
        <message>
            <source>Lock</source>
            <translation>Khóa ghế</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Mở khóa</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Bỏ trống</translation>
        </message>
        <message>
            <source>Seat kind</source>
            <translation>Loại ghế</translation>
        </message>
        <message>
            <source>Add a seat at the end of row {row}</source>
            <translation>Thêm một ghế ở cuối hàng {row}</translation>
        </message>
        <message>
            <source>Add seat</source>
            <translation>Thêm ghế</translation>
        </message>
        <message>
            <source>Add a seat at the start of row {row}</source>
            <translation>Thêm một ghế ở đầu hàng {row}</translation>
        </message>
        <message>
            <source>Remove seat(s)</source>
            <translation>Xóa ghế</translation>
        </message>
        <message>
            <source>Remove seats</source>
            <translation>Xóa ghế</translation>
        </message>
        <message>
            <source>Add a row to section {name}</source>
            <translation>Thêm một hàng vào khu {name}</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Thêm hàng</translation>
        </message>
        <message>
            <source>Remove row {row} of section {name}</source>
            <translation>Xóa hàng {row} của khu {name}</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Xóa hàng</translation>
        </message>
        <message>
            <source>Rename section {name}…</source>
            <translation>Đổi tên khu {name}…</translation>
        </message>
        <message>
            <source>Change seat kind</source>
            <translation>Đổi loại ghế</translation>
        </message>
        <message>
            <source>Rename section</source>
            <translation>Đổi tên khu</translation>
        </message>
        <message>
            <source>New name of section {name}:</source>
            <translation>Tên mới của khu {name}:</translation>
        </message>
    </context>
    <context>
        <name>SeatSearch</name>
        <message>
            <source>Find a delegate (name or code)…</source>
            <translation>Tìm đại biểu (tên hoặc mã)…</translation>
        </message>
        <message>
            <source>Nobody matches “{text}”</source>
            <translation>Không có ai khớp với “{text}”</translation>
        </message>
        <message>
            <source>{name} ({unit}) has no seat yet</source>
            <translation>{name} ({unit}) chưa có chỗ</translation>
        </message>
        <message>
            <source>{name} ({unit}): seat {seat} ({i} of {n})</source>
            <translation>{name} ({unit}): ghế {seat} ({i}/{n})</translation>
        </message>
    </context>
    <context>
        <name>SeatingModel</name>
        <message>
            <source>Move {name} to seat {seat}</source>
            <translation>Chuyển {name} sang ghế {seat}</translation>
        </message>
        <message>
            <source>Move {n} delegates to the seats from {seat} on</source>
            <translation>Chuyển {n} đại biểu sang các ghế từ {seat}</translation>
        </message>
        <message>
            <source>Seat {name} in seat {seat}</source>
            <translation>Xếp {name} vào ghế {seat}</translation>
        </message>
        <message>
            <source>Seat {n} delegates in the seats from {seat} on</source>
            <translation>Xếp {n} đại biểu vào các ghế từ {seat}</translation>
        </message>
        <message>
            <source>Lock {n} seat(s)</source>
            <translation>Khóa {n} ghế</translation>
        </message>
        <message>
            <source>Unlock {n} seat(s)</source>
            <translation>Mở khóa {n} ghế</translation>
        </message>
        <message>
            <source>Clear {n} seat(s)</source>
            <translation>Bỏ trống {n} ghế</translation>
        </message>
    </context>
    <context>
        <name>SeatingTab</name>
        <message>
            <source>Colour by category</source>
            <translation>Tô màu theo thành phần</translation>
        </message>
        <message>
            <source>Colour by unit</source>
            <translation>Tô màu theo đơn vị</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Khóa ghế</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Mở khóa</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Bỏ trống</translation>
        </message>
        <message>
            <source>Empty the selected seats (locked seats stay) — Delete</source>
            <translation>Bỏ trống các ghế đã chọn (ghế đã khóa giữ nguyên) — phím Delete</translation>
        </message>
        <message>
            <source>Keep the selected seats as they are when auto-seating — Ctrl+L</source>
            <translation>Giữ nguyên các ghế đã chọn khi xếp chỗ tự động — Ctrl+L</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <source>Whole hall</source>
            <translation>Toàn hội trường</translation>
        </message>
        <message>
            <source>Hall:</source>
            <translation>Hội trường:</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Lọc…</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Chú giải</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Kiểm tra</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Quy tắc</translation>
        </message>
        <message>
            <source>Wheel: zoom · Alt+drag or middle button: pan · drag a seat onto another to move or swap · drag names from the list onto a seat · right click: lock, seat kind, rows</source>
            <translation>Con lăn: phóng to/thu nhỏ · Alt+kéo hoặc nút giữa: di chuyển · kéo ghế sang ghế khác để chuyển hoặc đổi chỗ · kéo tên từ danh sách vào ghế · chuột phải: khóa, loại ghế, hàng</translation>
        </message>
        <message>
            <source>Seating</source>
            <translation>Sơ đồ chỗ ngồi</translation>
        </message>
        <message>
            <source>Without a seat: {n}</source>
            <translation>Chưa có chỗ: {n}</translation>
        </message>
        <message>
            <source>{seated} seated in {seats} seats · {unseated} without a seat · {locked} locked</source>
            <translation>{seated} người đã có chỗ trên {seats} ghế · {unseated} người chưa có chỗ · {locked} ghế khóa</translation>
        </message>
        <message>
            <source>The event file is open read-only</source>
            <translation>Tệp Đại hội đang mở ở chế độ chỉ đọc</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>event file</source>
            <translation>tệp Đại hội</translation>
        </message>
        <message>
            <source>seat the unseated by the protocol rules, keeping everyone seated</source>
            <translation>xếp chỗ cho người chưa có ghế theo nghi thức, giữ nguyên chỗ của người đã có ghế</translation>
        </message>
        <message>
            <source>re-seat everyone, except the locked seats</source>
            <translation>xếp lại toàn bộ, trừ các ghế đã khóa</translation>
        </message>
        <message>
            <source>print the summary as JSON</source>
            <translation>in kết quả dạng JSON</translation>
        </message>
        <message>
            <source>Say what to do: --auto seats those without a seat by the protocol rules; --auto --all re-seats everyone</source>
            <translation>Hãy cho biết việc cần làm: --auto xếp chỗ cho người chưa có ghế theo nghi thức; --auto --all xếp lại toàn bộ</translation>
        </message>
        <message>
            <source>{n} delegates seated: {placed} newly placed, {moved} moved</source>
            <translation>{n} đại biểu có chỗ: {placed} người được xếp mới, {moved} người đổi chỗ</translation>
        </message>
        <message>
            <source>Not seated: {name} ({code}): {reason}</source>
            <translation>Chưa có chỗ: {name} ({code}): {reason}</translation>
        </message>
        <message>
            <source>{n} people are left without a seat</source>
            <translation>{n} người chưa có chỗ</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The same delegate cannot take two seats</source>
            <translation>Một đại biểu không thể ngồi hai ghế</translation>
        </message>
        <message>
            <source>Seat {label} is locked</source>
            <translation>Ghế {label} đã khóa</translation>
        </message>
        <message>
            <source>Seat {label} cannot take a delegate</source>
            <translation>Ghế {label} không xếp đại biểu được</translation>
        </message>
        <message>
            <source>Not enough free seats after {label} in its row and section</source>
            <translation>Không đủ ghế trống từ ghế {label} trở đi trong hàng và khu đó</translation>
        </message>
        <message>
            <source>{n} presidium members have no presidium seat; they sit with the guests</source>
            <translation>{n} thành viên Đoàn Chủ tịch không có ghế trên sân khấu; họ ngồi cùng khách mời</translation>
        </message>
        <message>
            <source>No free seat left in the hall ({unit})</source>
            <translation>Hội trường không còn ghế trống ({unit})</translation>
        </message>
        <message>
            <source>Writing the seating</source>
            <translation>Đang ghi sơ đồ chỗ ngồi</translation>
        </message>
        <message>
            <source>Delegation split</source>
            <translation>Đoàn bị tách</translation>
        </message>
        <message>
            <source>Honoree far from the aisle</source>
            <translation>Đại biểu điển hình xa lối đi</translation>
        </message>
        <message>
            <source>Guest behind official delegates</source>
            <translation>Khách mời ngồi sau đại biểu chính thức</translation>
        </message>
        <message>
            <source>Double booking</source>
            <translation>Trùng ghế</translation>
        </message>
        <message>
            <source>Seat of a removed delegate</source>
            <translation>Ghế của đại biểu đã bị hủy</translation>
        </message>
        <message>
            <source>Presidium seats</source>
            <translation>Ghế Đoàn Chủ tịch</translation>
        </message>
        <message>
            <source>Seat {label} exists {n} times in the hall: two people could get the same seat</source>
            <translation>Ghế {label} có {n} lần trong hội trường: hai người có thể bị xếp trùng ghế</translation>
        </message>
        <message>
            <source>{name} holds {n} seats: {seats}</source>
            <translation>{name} đang giữ {n} ghế: {seats}</translation>
        </message>
        <message>
            <source>Seat {label} is held by {name}, who was cancelled</source>
            <translation>Ghế {label} đang xếp cho {name}, người đã bị hủy</translation>
        </message>
        <message>
            <source>{name} holds seat {label}, which the hall no longer has</source>
            <translation>{name} đang giữ ghế {label}, nhưng hội trường không còn ghế này</translation>
        </message>
        <message>
            <source>The delegation of {unit} is split: rows {rows} with empty rows between</source>
            <translation>Đoàn {unit} bị tách: các hàng {rows}, có hàng trống ở giữa</translation>
        </message>
        <message>
            <source>Honoree {name} in seat {label} is {n} seats from the aisle (at most {limit})</source>
            <translation>Đại biểu điển hình {name} ở ghế {label} cách lối đi {n} ghế (tối đa {limit})</translation>
        </message>
        <message>
            <source>Guest {name} in seat {label} sits behind official delegates (row line {n})</source>
            <translation>Khách mời {name} ở ghế {label} ngồi sau đại biểu chính thức (hàng thứ {n})</translation>
        </message>
        <message>
            <source>Section {name} has no rows to copy</source>
            <translation>Khu {name} không có hàng nào để sao chép</translation>
        </message>
        <message>
            <source>Row {row} of section {name} does not exist</source>
            <translation>Khu {name} không có hàng {row}</translation>
        </message>
        <message>
            <source>There is no room beside row {row} of section {name}</source>
            <translation>Không còn chỗ cạnh hàng {row} của khu {name}</translation>
        </message>
        <message>
            <source>Unknown seat kind {kind}</source>
            <translation>Loại ghế không rõ: {kind}</translation>
        </message>
        <message>
            <source>A section name is short, with no spaces or hyphens (like A, B, ĐCT)</source>
            <translation>Tên khu phải ngắn, không có dấu cách hay dấu gạch ngang (như A, B, ĐCT)</translation>
        </message>
        <message>
            <source>Section {name} does not exist</source>
            <translation>Không có khu {name}</translation>
        </message>
        <message>
            <source>A section named {name} already exists</source>
            <translation>Đã có khu tên {name}</translation>
        </message>
        <message>
            <source>By unit</source>
            <translation>Theo đơn vị</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>STT</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
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
            <source>Section</source>
            <translation>Khu</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Hàng</translation>
        </message>
        <message>
            <source>Seat number</source>
            <translation>Số ghế</translation>
        </message>
        <message>
            <source>By seat</source>
            <translation>Theo ghế</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Đã khóa</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>Delegate seat</source>
            <translation>Ghế đại biểu</translation>
        </message>
        <message>
            <source>Presidium</source>
            <translation>Đoàn Chủ tịch</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Đoàn Thư ký</translation>
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
            <source>Blocked</source>
            <translation>Không sử dụng</translation>
        </message>
        <message>
            <source>Seat {label} appears twice in the hall</source>
            <translation>Ghế {label} xuất hiện hai lần trong hội trường</translation>
        </message>
        <message>
            <source>Seat {label} has an unknown kind {kind}</source>
            <translation>Ghế {label} có loại không rõ: {kind}</translation>
        </message>
        <message>
            <source>Section name {name} must be non-empty and have no hyphen</source>
            <translation>Tên khu {name} không được để trống và không có dấu gạch ngang</translation>
        </message>
        <message>
            <source>The presidium must have between 0 and 200 seats</source>
            <translation>Đoàn Chủ tịch phải có từ 0 đến 200 ghế</translation>
        </message>
        <message>
            <source>Conference hall</source>
            <translation>Hội trường</translation>
        </message>
        <message>
            <source>Hall {name} not found</source>
            <translation>Không tìm thấy hội trường {name}</translation>
        </message>
        <message>
            <source>Hall {name} is the one this congress uses</source>
            <translation>Hội trường {name} đang được Đại hội sử dụng</translation>
        </message>
        <message>
            <source>The hall has no seats</source>
            <translation>Hội trường không có ghế nào</translation>
        </message>
        <message>
            <source>Hall plan: {title}</source>
            <translation>Sơ đồ hội trường: {title}</translation>
        </message>
        <message>
            <source>Stage at the top. One cell per seat: section-row-seat, kind in brackets when it differs.</source>
            <translation>Sân khấu ở trên cùng. Mỗi ô một ghế: khu-hàng-ghế, loại ghế trong ngoặc nếu khác loại của khu.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Hall name</source>
            <translation>Tên hội trường</translation>
        </message>
        <message>
            <source>Cells per seat</source>
            <translation>Số ô mỗi ghế</translation>
        </message>
        <message>
            <source>Cannot read this workbook: {error}</source>
            <translation>Không đọc được tệp bảng tính này: {error}</translation>
        </message>
        <message>
            <source>Cell {cell}: “{text}” is not a seat label like A-5-12</source>
            <translation>Ô {cell}: “{text}” không phải số ghế dạng A-5-12</translation>
        </message>
        <message>
            <source>Seat {label} appears twice: cells {a} and {b}</source>
            <translation>Ghế {label} xuất hiện hai lần: ô {a} và ô {b}</translation>
        </message>
        <message>
            <source>Cell {cell}: unknown seat kind “{kind}”</source>
            <translation>Ô {cell}: loại ghế “{kind}” không rõ</translation>
        </message>
        <message>
            <source>No seats found: type one seat label per cell from row {row} on</source>
            <translation>Không thấy ghế nào: gõ mỗi ô một số ghế, từ dòng {row} trở xuống</translation>
        </message>
        <message>
            <source>Presidium on stage, in rank order</source>
            <translation>Đoàn Chủ tịch trên sân khấu, theo thứ bậc</translation>
        </message>
        <message>
            <source>Leaders and guests in the front centre, by rank</source>
            <translation>Lãnh đạo và khách mời ngồi giữa các hàng đầu, theo thứ bậc</translation>
        </message>
        <message>
            <source>Honorees near the aisles, in award order</source>
            <translation>Đại biểu điển hình gần lối đi, theo thứ tự khen thưởng</translation>
        </message>
        <message>
            <source>Press and staff at the sides and back</source>
            <translation>Báo chí và phục vụ ở hai bên và phía sau</translation>
        </message>
        <message>
            <source>Each unit's delegation together, units by kind</source>
            <translation>Mỗi đoàn ngồi liền nhau, các đơn vị theo loại</translation>
        </message>
        <message>
            <source>The legend is long; some delegations are listed in small print</source>
            <translation>Chú thích dài; một số đoàn được in chữ nhỏ</translation>
        </message>
        <message>
            <source>The hall has no seats to draw</source>
            <translation>Hội trường chưa có ghế nào để vẽ</translation>
        </message>
        <message>
            <source>Paper must be A3 or A4</source>
            <translation>Khổ giấy phải là A3 hoặc A4</translation>
        </message>
        <message>
            <source>No seat is assigned yet: the chart shows empty seats</source>
            <translation>Chưa xếp chỗ: sơ đồ chỉ có ghế trống</translation>
        </message>
    </context>
</TS>
