<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DuplicatesTree</name>
    <message>
        <source>Same person</source>
        <translation>Cùng một người</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>trùng số định danh</translation>
    </message>
    <message>
        <source>same name and birth</source>
        <translation>trùng họ tên và năm sinh</translation>
    </message>
    <message>
        <source>Import every copy</source>
        <translation>Nhập tất cả</translation>
    </message>
    <message>
        <source>Keep the first only</source>
        <translation>Chỉ giữ dòng đầu</translation>
    </message>
    <message>
        <source>Merge into the first</source>
        <translation>Gộp vào dòng đầu</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Remove this unit&apos;s delegates who are not in the file</source>
        <translation>Xoá các đại biểu của đơn vị không có trong tệp này</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Dòng tiêu đề</translation>
    </message>
    <message>
        <source>Import hidden and filtered-out rows too</source>
        <translation>Nhập cả các hàng ẩn và hàng bị lọc đi</translation>
    </message>
    <message>
        <source>(text file)</source>
        <translation>(tệp văn bản)</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <source>from the template</source>
        <translation>theo tệp mẫu</translation>
    </message>
    <message>
        <source>from the title</source>
        <translation>theo tiêu đề</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>theo tên tệp</translation>
    </message>
    <message>
        <source>not found — choose it</source>
        <translation>chưa xác định — hãy chọn</translation>
    </message>
    <message>
        <source>Unit {unit} ({how}); {n} people, {errors} errors, {warnings} warnings</source>
        <translation>Đơn vị {unit} ({how}); {n} người, {errors} lỗi, {warnings} cần xem lại</translation>
    </message>
    <message>
        <source>Several units in this workbook, each imported on its own: {list}</source>
        <translation>Tệp này có danh sách của nhiều đơn vị, mỗi đơn vị được nhập riêng: {list}</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <source>Files (drop spreadsheets here)</source>
        <translation>Các tệp (kéo thả bảng tính vào đây)</translation>
    </message>
    <message>
        <source>Choose the units&apos; spreadsheets</source>
        <translation>Chọn bảng tính của các đơn vị</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Bảng tính ({patterns})</translation>
    </message>
    <message>
        <source>✗ {file} — {message}</source>
        <translation>✗ {file} — {message}</translation>
    </message>
    <message>
        <source>{mark} {file} — {unit}: {n} people, {errors} errors, {warnings} warnings</source>
        <translation>{mark} {file} — {unit}: {n} người, {errors} lỗi, {warnings} cần xem lại</translation>
    </message>
    <message>
        <source>unit unknown</source>
        <translation>chưa rõ đơn vị</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import delegate lists</source>
        <translation>Nhập danh sách đại biểu</translation>
    </message>
    <message>
        <source>&lt;b&gt;People found more than once&lt;/b&gt;</source>
        <translation>&lt;b&gt;Người có tên nhiều lần&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Annotated copy for the unit…</source>
        <translation>Tạo bản góp ý gửi đơn vị…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Đã huỷ: không có gì được nhập.</translation>
    </message>
    <message>
        <source>The event file is open read-only</source>
        <translation>Tệp Đại hội đang mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Importing delegate lists</source>
        <translation>Đang nhập danh sách đại biểu</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} changed, {unchanged} unchanged, {removed} removed.</source>
        <translation>Đã nhập: thêm {added}, thay đổi {updated}, giữ nguyên {unchanged}, xoá {removed}.</translation>
    </message>
    <message>
        <source>{n} left out: over the quota.</source>
        <translation>{n} người không được nhập vì vượt chỉ tiêu.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Không có gì được nhập.</translation>
    </message>
    <message>
        <source>Annotated copy written: {path}</source>
        <translation>Đã ghi bản góp ý: {path}</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <source>&amp;Import delegate lists…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <source>&amp;Export delegate list…</source>
        <translation>&amp;Xuất danh sách đại biểu…</translation>
    </message>
    <message>
        <source>Template for &amp;units…</source>
        <translation>Tệp &amp;mẫu cho đơn vị…</translation>
    </message>
    <message>
        <source>Import lists…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>Open or create an event file first</source>
        <translation>Hãy mở hoặc tạo tệp Đại hội trước</translation>
    </message>
    <message>
        <source>Export the delegate list</source>
        <translation>Xuất danh sách đại biểu</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Đã xuất {path}</translation>
    </message>
    <message>
        <source>Exporting the delegate list</source>
        <translation>Đang xuất danh sách đại biểu</translation>
    </message>
    <message>
        <source>(any unit)</source>
        <translation>(đơn vị nào cũng được)</translation>
    </message>
    <message>
        <source>Template for units</source>
        <translation>Tệp mẫu cho đơn vị</translation>
    </message>
    <message>
        <source>The template is for:</source>
        <translation>Tệp mẫu dành cho:</translation>
    </message>
    <message>
        <source>Wrote the template {path}</source>
        <translation>Đã tạo tệp mẫu {path}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Over the quota: {what}. Importing will ask whether to import everyone or only the first {n}.</source>
        <translation>Vượt chỉ tiêu: {what}. Khi nhập, chương trình sẽ hỏi nhập tất cả hay chỉ {n} người đầu.</translation>
    </message>
    <message>
        <source>Over the quota: {what}. The unit is already full: importing will ask whether to add these people anyway.</source>
        <translation>Vượt chỉ tiêu: {what}. Đơn vị đã đủ chỉ tiêu: khi nhập, chương trình sẽ hỏi có vẫn thêm những người này không.</translation>
    </message>
    <message>
        <source>Over the quota: {what}. Importing will ask whether to import everyone or only up to each quota.</source>
        <translation>Vượt chỉ tiêu: {what}. Khi nhập, chương trình sẽ hỏi nhập tất cả hay chỉ nhập đến đủ chỉ tiêu của từng đơn vị.</translation>
    </message>
    <message>
        <source>Importing will add {added}, change {updated}, leave {unchanged} as they are and remove {removed}.</source>
        <translation>Khi nhập sẽ thêm {added}, thay đổi {updated}, giữ nguyên {unchanged} và xoá {removed} người.</translation>
    </message>
    <message>
        <source>Changed: {list}.</source>
        <translation>Thay đổi: {list}.</translation>
    </message>
    <message>
        <source>Removed: {list}.</source>
        <translation>Xoá: {list}.</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Row / check</source>
        <translation>Dòng / kiểm tra</translation>
    </message>
    <message>
        <source>Column holds:</source>
        <translation>Nội dung cột:</translation>
    </message>
    <message>
        <source>{row}: skipped (not a person)</source>
        <translation>{row}: bỏ qua (không phải người)</translation>
    </message>
    <message>
        <source>{row}: not imported</source>
        <translation>{row}: không nhập</translation>
    </message>
    <message>
        <source>{row}: check</source>
        <translation>{row}: cần xem lại</translation>
    </message>
    <message>
        <source>{row}: ok</source>
        <translation>{row}: đạt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>No list recognised in this sheet: set the header row, then say what each column holds.</source>
        <translation>Chưa nhận ra danh sách trong trang này: hãy chọn dòng tiêu đề, rồi chọn nội dung của từng cột.</translation>
    </message>
</context>
<context>
    <name>QuotaQuestion</name>
    <message>
        <source>Over the quota</source>
        <translation>Vượt chỉ tiêu</translation>
    </message>
    <message>
        <source>Importing takes units over their quota:</source>
        <translation>Nhập danh sách này làm các đơn vị vượt chỉ tiêu:</translation>
    </message>
    <message>
        <source>People already registered count first. The rows left out are marked as not imported.</source>
        <translation>Những người đã có trong danh sách được tính trước. Các dòng bị bỏ ra được đánh dấu là không nhập.</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Nhập tất cả</translation>
    </message>
    <message>
        <source>Import up to each quota</source>
        <translation>Chỉ nhập đến đủ chỉ tiêu</translation>
    </message>
    <message>
        <source>Import the first {n}</source>
        <translation>Nhập {n} người đầu</translation>
    </message>
    <message>
        <source>Only update those already registered</source>
        <translation>Chỉ cập nhật người đã có</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>read unit spreadsheets into the registry</source>
        <translation>đọc danh sách đại biểu của các đơn vị vào sổ đăng ký</translation>
    </message>
    <message>
        <source>event file</source>
        <translation>tệp Đại hội</translation>
    </message>
    <message>
        <source>unit spreadsheets (.xlsx, .xlsm, .xls, .csv)</source>
        <translation>tệp danh sách của đơn vị (.xlsx, .xlsm, .xls, .csv)</translation>
    </message>
    <message>
        <source>the unit of these files (overrides what is detected)</source>
        <translation>đơn vị của các tệp này (thay cho đơn vị tự nhận ra)</translation>
    </message>
    <message>
        <source>read and check without writing (EVENT need not exist)</source>
        <translation>chỉ đọc và kiểm tra, không ghi (tệp Đại hội có thể chưa có)</translation>
    </message>
    <message>
        <source>remove a unit&apos;s delegates that are missing from its new file</source>
        <translation>xoá đại biểu của đơn vị không còn trong tệp mới</translation>
    </message>
    <message>
        <source>import only the first rows up to the unit&apos;s quota (people already registered count first); the others are refused</source>
        <translation>chỉ nhập các dòng đầu cho đến đủ chỉ tiêu của đơn vị (người đã có trong danh sách được tính trước); các dòng còn lại bị từ chối</translation>
    </message>
    <message>
        <source>also import rows that are hidden or filtered out in the spreadsheet</source>
        <translation>nhập cả các hàng bị ẩn hoặc bị lọc đi trong bảng tính</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>in kết quả dạng JSON</translation>
    </message>
    <message>
        <source>for each file with problems, write an annotated copy beside it to send back to the unit</source>
        <translation>với mỗi tệp có vấn đề, ghi một bản góp ý bên cạnh để gửi lại đơn vị</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>{file}: {unit}, {n} people, {errors} errors, {warnings} warnings</source>
        <translation>{file}: {unit}, {n} người, {errors} lỗi, {warnings} điểm cần xem lại</translation>
    </message>
    <message>
        <source>added {added}, updated {updated}, unchanged {unchanged}, removed {removed}</source>
        <translation>thêm {added}, cập nhật {updated}, giữ nguyên {unchanged}, xoá {removed}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cần xem lại</translation>
    </message>
    <message>
        <source>{n} people appear more than once</source>
        <translation>{n} người có tên nhiều lần</translation>
    </message>
    <message>
        <source>{file}: no annotated copy: {error}</source>
        <translation>{file}: không tạo được bản góp ý: {error}</translation>
    </message>
    <message>
        <source>{file}: annotated copy written to {path}</source>
        <translation>{file}: đã ghi bản góp ý {path}</translation>
    </message>
    <message>
        <source>write the workbook units fill in</source>
        <translation>tạo tệp mẫu để các đơn vị điền danh sách</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>tệp Excel sẽ ghi</translation>
    </message>
    <message>
        <source>event file: the template then carries the unit&apos;s id</source>
        <translation>tệp Đại hội: khi đó tệp mẫu mang mã của đơn vị</translation>
    </message>
    <message>
        <source>the unit the template is for</source>
        <translation>đơn vị nhận tệp mẫu</translation>
    </message>
    <message>
        <source>The template must be an .xlsx file</source>
        <translation>Tệp mẫu phải là tệp .xlsx</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Không ghi được {path}: {error}</translation>
    </message>
    <message>
        <source>Wrote the template {path}</source>
        <translation>Đã tạo tệp mẫu {path}</translation>
    </message>
    <message>
        <source>write an official-format workbook</source>
        <translation>xuất tệp Excel theo mẫu chính thức</translation>
    </message>
    <message>
        <source>what to export (default: delegates)</source>
        <translation>nội dung xuất (mặc định: delegates — danh sách đại biểu)</translation>
    </message>
    <message>
        <source>also write phone and citizen ID numbers (delegates; left empty by default)</source>
        <translation>ghi cả số điện thoại và số CCCD (danh sách đại biểu; mặc định để trống)</translation>
    </message>
    <message>
        <source>The output must be an .xlsx file</source>
        <translation>Tệp xuất phải là tệp .xlsx</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Đã ghi {path}</translation>
    </message>
    <message>
        <source>list, import or export the units and their quotas</source>
        <translation>liệt kê, nhập hoặc xuất danh sách đơn vị và chỉ tiêu</translation>
    </message>
    <message>
        <source>add the units of a spreadsheet (.xlsx, .xls, .csv) and update the quotas of those already there</source>
        <translation>thêm các đơn vị trong tệp bảng tính (.xlsx, .xls, .csv) và cập nhật chỉ tiêu của các đơn vị đã có</translation>
    </message>
    <message>
        <source>add the units of the Hải Phòng template (66 units with quotas)</source>
        <translation>thêm các đơn vị của mẫu Hải Phòng (66 đơn vị kèm chỉ tiêu)</translation>
    </message>
    <message>
        <source>write the units and their quotas to a workbook</source>
        <translation>ghi danh sách đơn vị và chỉ tiêu ra tệp Excel</translation>
    </message>
    <message>
        <source>The units workbook must be an .xlsx file</source>
        <translation>Tệp danh sách đơn vị phải là tệp .xlsx</translation>
    </message>
    <message>
        <source>{file}: no list of units found</source>
        <translation>{file}: không tìm thấy danh sách đơn vị</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>dòng {row}: {message}</translation>
    </message>
    <message>
        <source>Units: added {added}, updated {updated}, unchanged {unchanged}; {n} units, total quota {quota}</source>
        <translation>Đơn vị: thêm {added}, cập nhật {updated}, giữ nguyên {unchanged}; {n} đơn vị, tổng chỉ tiêu {quota}</translation>
    </message>
    <message>
        <source>Wrote {n} units to {path}</source>
        <translation>Đã ghi {n} đơn vị vào {path}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The file cannot be read</source>
        <translation>Không đọc được tệp</translation>
    </message>
    <message>
        <source>The annotated copy cannot replace the unit&apos;s own file</source>
        <translation>Bản góp ý không được ghi đè lên tệp gốc của đơn vị</translation>
    </message>
    <message>
        <source>Already registered as {name} of {unit}</source>
        <translation>Đã có trong danh sách: {name} ({unit})</translation>
    </message>
    <message>
        <source>{unit} would have {total} official delegates against its quota of {quota} ({over} over)</source>
        <translation>{unit} sẽ có {total} đại biểu chính thức trong khi chỉ tiêu là {quota} (vượt {over})</translation>
    </message>
    <message>
        <source>Over the quota of {unit} ({quota}): not imported</source>
        <translation>Vượt chỉ tiêu của {unit} ({quota}): không nhập</translation>
    </message>
    <message>
        <source>{file} holds the lists of several units ({parts}); import it without --unit</source>
        <translation>{file} chứa danh sách của nhiều đơn vị ({parts}); hãy nhập tệp này không kèm --unit</translation>
    </message>
    <message>
        <source>Cannot tell which unit this list belongs to; give it with --unit or in the title</source>
        <translation>Không xác định được danh sách của đơn vị nào; hãy ghi tên đơn vị ở đầu trang hoặc dùng --unit</translation>
    </message>
    <message>
        <source>Choose the unit of {file} before importing</source>
        <translation>Hãy chọn đơn vị của {file} trước khi nhập</translation>
    </message>
    <message>
        <source>Birth date &quot;{value}&quot; is not a date</source>
        <translation>Ngày sinh &quot;{value}&quot; không phải là ngày</translation>
    </message>
    <message>
        <source>The full name is missing</source>
        <translation>Thiếu họ và tên</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a person&apos;s name</source>
        <translation>&quot;{name}&quot; không phải là họ tên người</translation>
    </message>
    <message>
        <source>The name &quot;{name}&quot; contains digits</source>
        <translation>Họ tên &quot;{name}&quot; có chữ số</translation>
    </message>
    <message>
        <source>The name &quot;{name}&quot; has only one word; write the full name</source>
        <translation>Họ tên &quot;{name}&quot; chỉ có một chữ; hãy ghi đầy đủ họ và tên</translation>
    </message>
    <message>
        <source>Both the Nam and the Nữ column are filled</source>
        <translation>Cả cột Nam và cột Nữ đều được điền</translation>
    </message>
    <message>
        <source>Age {age} at the congress is unlikely; check the birth date</source>
        <translation>Tuổi {age} khi dự Đại hội là bất thường; hãy kiểm tra ngày sinh</translation>
    </message>
    <message>
        <source>{field}: {n} characters, cut to {limit}</source>
        <translation>{field}: dài {n} ký tự, đã cắt còn {limit}</translation>
    </message>
    <message>
        <source>Example row of the template ({name}) not imported</source>
        <translation>Hàng mẫu của biểu mẫu ({name}) không được nhập</translation>
    </message>
    <message>
        <source>Hidden row: {name} was not imported (import hidden rows to include it)</source>
        <translation>Hàng ẩn: {name} không được nhập (chọn nhập cả hàng ẩn để đưa vào)</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; is hidden and was not read</source>
        <translation>Trang tính &quot;{sheet}&quot; bị ẩn nên không được đọc</translation>
    </message>
    <message>
        <source>Column {column} &quot;{heading}&quot; matches no field; its values ({n} rows) are kept in the note</source>
        <translation>Cột {column} &quot;{heading}&quot; không khớp trường nào; giá trị của cột ({n} hàng) được giữ trong phần ghi chú</translation>
    </message>
    <message>
        <source>{n} cells held control or text-direction characters; they were removed</source>
        <translation>{n} ô có ký tự điều khiển hoặc ký tự đổi chiều văn bản; các ký tự này đã được xoá</translation>
    </message>
    <message>
        <source>No list of people found: no sheet has a header with &quot;Họ và tên&quot; and other columns</source>
        <translation>Không tìm thấy danh sách: không trang nào có dòng tiêu đề gồm &quot;Họ và tên&quot; và các cột khác</translation>
    </message>
    <message>
        <source>The list has a header but no people in it</source>
        <translation>Danh sách có dòng tiêu đề nhưng không có người nào</translation>
    </message>
    <message>
        <source>{unit} sends {n} people but its quota is {quota}</source>
        <translation>{unit} cử {n} người, vượt chỉ tiêu {quota}</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>Tệp không tồn tại</translation>
    </message>
    <message>
        <source>The file cannot be opened: {error}</source>
        <translation>Không mở được tệp: {error}</translation>
    </message>
    <message>
        <source>This is a folder, not a spreadsheet</source>
        <translation>Đây là thư mục, không phải bảng tính</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Tệp rỗng</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB; at most {limit} MB)</source>
        <translation>Tệp quá lớn ({size} MB; tối đa {limit} MB)</translation>
    </message>
    <message>
        <source>The file is too large to read</source>
        <translation>Tệp quá lớn, không đọc được</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read</source>
        <translation>Tệp bị hỏng, không đọc được</translation>
    </message>
    <message>
        <source>This is not a spreadsheet (expected .xlsx, .xls or .csv)</source>
        <translation>Tệp này không phải bảng tính (cần .xlsx, .xls hoặc .csv)</translation>
    </message>
    <message>
        <source>The file unpacks to an abnormal size and was not read (zip bomb)</source>
        <translation>Tệp giải nén ra dung lượng bất thường nên không được đọc (zip bomb)</translation>
    </message>
    <message>
        <source>The file contains unsafe XML and was not read</source>
        <translation>Tệp chứa XML không an toàn nên không được đọc</translation>
    </message>
    <message>
        <source>The file holds more than {limit} cells; it is not a list of delegates and was not read</source>
        <translation>Tệp có hơn {limit} ô, không phải danh sách đại biểu nên không được đọc</translation>
    </message>
    <message>
        <source>The sheet {sheet} has {n} rows; at most {limit} can be read</source>
        <translation>Trang {sheet} có {n} dòng; chỉ đọc được tối đa {limit} dòng</translation>
    </message>
    <message>
        <source>The sheet {sheet} has more than {limit} rows</source>
        <translation>Trang {sheet} có hơn {limit} dòng</translation>
    </message>
    <message>
        <source>The file is protected by a password; save it again without the password</source>
        <translation>Tệp được đặt mật khẩu; hãy lưu lại tệp không có mật khẩu</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows</source>
        <translation>Tệp có hơn {limit} dòng</translation>
    </message>
    <message>
        <source>Line {line} has more than {limit} columns; it is not a list of delegates</source>
        <translation>Dòng {line} có hơn {limit} cột, không phải danh sách đại biểu</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Birth date / year</source>
        <translation>Ngày / năm sinh</translation>
    </message>
    <message>
        <source>Birth year (men) / Male</source>
        <translation>Năm sinh (nam) / Nam</translation>
    </message>
    <message>
        <source>Birth year (women) / Female</source>
        <translation>Năm sinh (nữ) / Nữ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Thành phần xã hội</translation>
    </message>
    <message>
        <source>No unit named {name} in this event file</source>
        <translation>Tệp Đại hội không có đơn vị nào tên {name}</translation>
    </message>
    <message>
        <source>The quota of {unit} is not a whole number: {value}</source>
        <translation>Chỉ tiêu của {unit} không phải số nguyên: {value}</translation>
    </message>
    <message>
        <source>{unit} is listed twice (rows {first} and {row}); the last row counts</source>
        <translation>{unit} có tên hai lần (dòng {first} và {row}); lấy dòng sau</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>LIST OF UNITS AND DELEGATE QUOTAS</source>
        <translation>DANH SÁCH ĐƠN VỊ VÀ CHỈ TIÊU ĐẠI BIỂU</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
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
        <source>Delegates registered</source>
        <translation>Số đại biểu đã đăng ký</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
</TS>
