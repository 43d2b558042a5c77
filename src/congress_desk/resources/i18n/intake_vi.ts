<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
            <source>remove a unit's delegates that are missing from its new file</source>
            <translation>xoá đại biểu của đơn vị không còn trong tệp mới</translation>
        </message>
        <message>
            <source>print the result as JSON</source>
            <translation>in kết quả dạng JSON</translation>
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
            <source>write the workbook units fill in</source>
            <translation>tạo tệp mẫu để các đơn vị điền danh sách</translation>
        </message>
        <message>
            <source>the workbook to write</source>
            <translation>tệp Excel sẽ ghi</translation>
        </message>
        <message>
            <source>event file: the template then carries the unit's id</source>
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
            <source>The output must be an .xlsx file</source>
            <translation>Tệp xuất phải là tệp .xlsx</translation>
        </message>
        <message>
            <source>Exporting {what} is not available in this version</source>
            <translation>Phiên bản này chưa xuất được {what}</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Đã ghi {path}</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The file cannot be read</source>
            <translation>Không đọc được tệp</translation>
        </message>
        <message>
            <source>The annotated copy cannot replace the unit's own file</source>
            <translation>Bản góp ý không được ghi đè lên tệp gốc của đơn vị</translation>
        </message>
        <message>
            <source>Already registered as {name} of {unit}</source>
            <translation>Đã có trong danh sách: {name} ({unit})</translation>
        </message>
        <message>
            <source>Cannot tell which unit this list belongs to; give it with --unit or in the title</source>
            <translation>Không xác định được danh sách của đơn vị nào; hãy ghi tên đơn vị ở đầu trang hoặc dùng --unit</translation>
        </message>
        <message>
            <source>Birth date "{value}" is not a date</source>
            <translation>Ngày sinh "{value}" không phải là ngày</translation>
        </message>
        <message>
            <source>The full name is missing</source>
            <translation>Thiếu họ và tên</translation>
        </message>
        <message>
            <source>The name "{name}" contains digits</source>
            <translation>Họ tên "{name}" có chữ số</translation>
        </message>
        <message>
            <source>The name "{name}" has only one word; write the full name</source>
            <translation>Họ tên "{name}" chỉ có một chữ; hãy ghi đầy đủ họ và tên</translation>
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
            <source>The phone number is shown in scientific notation; check its digits</source>
            <translation>Số điện thoại hiển thị dạng số mũ (E+); hãy kiểm tra các chữ số</translation>
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
            <source>Phone number {value} is neither a 10-digit mobile nor an 11-digit landline</source>
            <translation>Số điện thoại {value} không phải số di động 10 chữ số hay số cố định 11 chữ số</translation>
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
            <source>ID number {value} must have 12 digits (CCCD) or 9 digits (CMND)</source>
            <translation>Số định danh {value} phải có 12 chữ số (CCCD) hoặc 9 chữ số (CMND)</translation>
        </message>
        <message>
            <source>No list of people found: no sheet has a header with "Họ và tên" and other columns</source>
            <translation>Không tìm thấy danh sách: không trang nào có dòng tiêu đề gồm "Họ và tên" và các cột khác</translation>
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
            <translation>Đơn vị công tác</translation>
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
            <source>No unit named {name} in this event file</source>
            <translation>Tệp Đại hội không có đơn vị nào tên {name}</translation>
        </message>
    </context>
</TS>
