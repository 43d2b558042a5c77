<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of changes</source>
            <translation>Lịch sử thay đổi</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>Đại biểu</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Chỗ ngồi</translation>
        </message>
        <message>
            <source>Nominations</source>
            <translation>Hồ sơ khen thưởng</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Filter: name, desk, user, action…</source>
            <translation>Lọc: tên, bàn, người dùng, thao tác…</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Hiển thị:</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Who / desk</source>
            <translation>Người / bàn</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>vote recorded</source>
            <translation>đã ghi kết quả bỏ phiếu</translation>
        </message>
        <message>
            <source>added</source>
            <translation>thêm mới</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>sửa</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>xóa</translation>
        </message>
        <message>
            <source>seats changed</source>
            <translation>đổi chỗ ngồi</translation>
        </message>
        <message>
            <source>automatic seating</source>
            <translation>xếp chỗ tự động</translation>
        </message>
        <message>
            <source>hall saved</source>
            <translation>lưu sơ đồ hội trường</translation>
        </message>
        <message>
            <source>desk journals merged</source>
            <translation>gộp nhật ký các bàn đón tiếp</translation>
        </message>
        <message>
            <source>chosen for the national congress</source>
            <translation>chọn dự Đại hội toàn quốc</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>điểm danh</translation>
        </message>
        <message>
            <source>check-in undone</source>
            <translation>hủy điểm danh</translation>
        </message>
        <message>
            <source>substitute</source>
            <translation>người đi thay</translation>
        </message>
        <message>
            <source>walk-in guest</source>
            <translation>khách đến trực tiếp</translation>
        </message>
        <message>
            <source>absence reported</source>
            <translation>báo vắng</translation>
        </message>
        <message>
            <source>badge reprinted</source>
            <translation>in lại thẻ</translation>
        </message>
        <message>
            <source>{n} changes</source>
            <translation>{n} thay đổi</translation>
        </message>
    </context>
    <context>
        <name>LockGuard</name>
        <message>
            <source>Open again for editing</source>
            <translation>Mở lại để sửa</translation>
        </message>
        <message>
            <source>another instance</source>
            <translation>một phiên làm việc khác</translation>
        </message>
        <message>
            <source>the lock was taken over by {holder}</source>
            <translation>quyền sửa tệp đã bị {holder} lấy</translation>
        </message>
        <message>
            <source>Lock lost: {holder} took over this event file, so this window is now read-only — what you saved before is in the file, nothing more can be saved here. To edit here again, close the file in the other instance, then press “Open again for editing” (or File ▸ Open recent).</source>
            <translation>Mất quyền sửa tệp: {holder} đã lấy quyền sửa tệp Đại hội này, nên cửa sổ này chuyển sang chỉ đọc — những gì đã lưu trước đó vẫn nằm trong tệp, từ giờ ở đây không lưu thêm được gì. Muốn sửa lại ở đây: đóng tệp ở phiên làm việc kia, rồi bấm “Mở lại để sửa” (hoặc Tệp ▸ Mở gần đây).</translation>
        </message>
        <message>
            <source>{holder} has the event file open for editing, but its heartbeat has not changed for {seconds:.0f} seconds (it may have crashed or lost the network).

Take the file over and edit it here? Only do this if nobody is working on it there.</source>
            <translation>{holder} đang mở tệp Đại hội để sửa, nhưng tín hiệu hoạt động của phiên đó không thay đổi trong {seconds:.0f} giây (có thể đã bị treo, tắt đột ngột hoặc mất mạng).

Lấy quyền sửa tệp về máy này? Chỉ làm vậy khi chắc chắn không ai còn làm việc trên tệp ở máy kia.</translation>
        </message>
        <message>
            <source>The event file is no longer open for editing elsewhere.

Open it for editing here?</source>
            <translation>Tệp Đại hội không còn được mở để sửa ở nơi khác.

Mở tệp để sửa tại đây?</translation>
        </message>
        <message>
            <source>Edit the event file?</source>
            <translation>Sửa tệp Đại hội?</translation>
        </message>
        <message>
            <source>Cannot open the event file</source>
            <translation>Không mở được tệp Đại hội</translation>
        </message>
        <message>
            <source>Someone else took the file first; it stays read-only here</source>
            <translation>Một phiên khác đã lấy quyền sửa tệp trước; ở đây tệp vẫn chỉ đọc</translation>
        </message>
    </context>
    <context>
        <name>RecoveryActions</name>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Khôi phục bản sao lưu…</translation>
        </message>
        <message>
            <source>&amp;History of changes…</source>
            <translation>&amp;Lịch sử thay đổi…</translation>
        </message>
        <message>
            <source>Export delegate list &amp;with ID and phone numbers…</source>
            <translation>Xuất danh sách đại biểu &amp;kèm số CCCD và điện thoại…</translation>
        </message>
        <message>
            <source>Remove &amp;personal data after the congress…</source>
            <translation>Xóa &amp;dữ liệu cá nhân sau Đại hội…</translation>
        </message>
        <message>
            <source>The event file is open read-only; a backup cannot be restored now</source>
            <translation>Tệp Đại hội đang mở ở chế độ chỉ đọc; không thể khôi phục bản sao lưu lúc này</translation>
        </message>
        <message>
            <source>Cannot restore the backup</source>
            <translation>Không khôi phục được bản sao lưu</translation>
        </message>
        <message>
            <source>Backup restored; the file as it was is kept as {name}</source>
            <translation>Đã khôi phục bản sao lưu; tệp trước khi khôi phục được giữ lại với tên {name}</translation>
        </message>
        <message>
            <source>Export with ID and phone numbers</source>
            <translation>Xuất kèm số CCCD và điện thoại</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Sổ tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported {path} with personal numbers: keep it safe</source>
            <translation>Đã xuất {path} kèm số cá nhân: hãy bảo quản cẩn thận</translation>
        </message>
        <message>
            <source>Exporting the delegate list</source>
            <translation>Đang xuất danh sách đại biểu</translation>
        </message>
        <message>
            <source>Remove personal data</source>
            <translation>Xóa dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>Erase every citizen ID number, phone number and birth date of this congress — in the event file, all its backups and the desk journals? Statistics, seats, check-ins and the history stay. This cannot be undone.</source>
            <translation>Xóa toàn bộ số CCCD, số điện thoại và ngày sinh của Đại hội này — trong tệp Đại hội, mọi bản sao lưu và nhật ký các bàn đón tiếp? Số liệu thống kê, chỗ ngồi, điểm danh và lịch sử vẫn được giữ. Không thể hoàn tác.</translation>
        </message>
        <message>
            <source>Personal data removed: {delegates} delegates, {backups} backups, {journals} journals</source>
            <translation>Đã xóa dữ liệu cá nhân: {delegates} đại biểu, {backups} bản sao lưu, {journals} nhật ký</translation>
        </message>
        <message>
            <source>Personal data was NOT removed everywhere:</source>
            <translation>Dữ liệu cá nhân CHƯA được xoá ở mọi nơi:</translation>
        </message>
        <message>
            <source>Removing personal data</source>
            <translation>Đang xóa dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>Damaged event file</source>
            <translation>Tệp Đại hội bị hỏng</translation>
        </message>
        <message>
            <source>{problem}

Restore the latest good backup of {time} ({delegates} delegates, {seats} seats, {nominations} nominations)? The damaged file is kept in the backups folder.</source>
            <translation>{problem}

Khôi phục bản sao lưu tốt gần nhất lúc {time} ({delegates} đại biểu, {seats} chỗ ngồi, {nominations} hồ sơ khen thưởng)? Tệp bị hỏng được giữ lại trong thư mục sao lưu.</translation>
        </message>
        <message>
            <source>The event file is still marked as open by {holder}, but that instance on this computer has stopped (its process is gone, or it has not been heard from for over a minute).

Take the file over and edit it here? Only do this if nobody is working on it there.</source>
            <translation>Tệp Đại hội vẫn được đánh dấu là đang mở bởi {holder}, nhưng phiên đó trên máy này đã dừng (tiến trình không còn, hoặc đã hơn một phút không có tín hiệu).

Lấy quyền sửa tệp và sửa tại đây? Chỉ làm vậy khi chắc chắn không ai còn làm việc trên tệp ở đó.</translation>
        </message>
        <message>
            <source>Event file in use?</source>
            <translation>Tệp Đại hội đang được dùng?</translation>
        </message>
        <message>
            <source>About this event file</source>
            <translation>Về tệp Đại hội này</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <source>Backups of {name} (folder {folder}). Restoring closes the file, keeps it as it is now as a new backup, then opens the chosen backup in its place.</source>
            <translation>Các bản sao lưu của {name} (thư mục {folder}). Khi khôi phục, tệp được đóng lại, trạng thái hiện tại được lưu thành một bản sao lưu mới, rồi bản đã chọn được mở thay thế.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Delegates</source>
            <translation>Đại biểu</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Chỗ ngồi</translation>
        </message>
        <message>
            <source>Nominations</source>
            <translation>Hồ sơ khen thưởng</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Khôi phục</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>tự động</translation>
        </message>
        <message>
            <source>before a format update</source>
            <translation>trước khi nâng cấp định dạng</translation>
        </message>
        <message>
            <source>sound</source>
            <translation>nguyên vẹn</translation>
        </message>
        <message>
            <source>damaged: {problem}</source>
            <translation>bị hỏng: {problem}</translation>
        </message>
        <message>
            <source>There are no backups of this file yet.</source>
            <translation>Tệp này chưa có bản sao lưu nào.</translation>
        </message>
        <message>
            <source>Replace the event file by the backup of {time} ({delegates} delegates, {seats} seats)? The file as it is now is kept as a backup.</source>
            <translation>Thay tệp Đại hội bằng bản sao lưu lúc {time} ({delegates} đại biểu, {seats} chỗ ngồi)? Tệp hiện tại được giữ lại thành một bản sao lưu.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>list the backups of an event file or restore one</source>
            <translation>liệt kê các bản sao lưu của tệp Đại hội hoặc khôi phục một bản</translation>
        </message>
        <message>
            <source>event file</source>
            <translation>tệp Đại hội</translation>
        </message>
        <message>
            <source>the backup to restore (default: the latest sound one)</source>
            <translation>bản sao lưu cần khôi phục (mặc định: bản nguyên vẹn gần nhất)</translation>
        </message>
        <message>
            <source>only list the backups</source>
            <translation>chỉ liệt kê các bản sao lưu</translation>
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
            <source>sound</source>
            <translation>nguyên vẹn</translation>
        </message>
        <message>
            <source>There are no backups of {name}</source>
            <translation>Chưa có bản sao lưu nào của {name}</translation>
        </message>
        <message>
            <source>There is no sound backup of {name}</source>
            <translation>Không có bản sao lưu nguyên vẹn nào của {name}</translation>
        </message>
        <message>
            <source>{reason}; close it there first</source>
            <translation>{reason}; hãy đóng tệp ở đó trước</translation>
        </message>
        <message>
            <source>Restored {backup}; the file as it was is kept as {kept}</source>
            <translation>Đã khôi phục {backup}; tệp trước khi khôi phục được giữ lại với tên {kept}</translation>
        </message>
        <message>
            <source>show the history of changes</source>
            <translation>xem lịch sử thay đổi</translation>
        </message>
        <message>
            <source>event file (only read)</source>
            <translation>tệp đại hội (chỉ đọc)</translation>
        </message>
        <message>
            <source>only this kind of change</source>
            <translation>chỉ loại thay đổi này</translation>
        </message>
        <message>
            <source>only changes whose name, desk, user or action contain this</source>
            <translation>chỉ các thay đổi có tên, bàn, người dùng hoặc thao tác chứa nội dung này</translation>
        </message>
        <message>
            <source>at most this many (default 200)</source>
            <translation>tối đa bấy nhiêu dòng (mặc định 200)</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>The event file is damaged ({detail}). Restore the latest good backup from the backups folder beside it.</source>
            <translation>Tệp Đại hội bị hỏng ({detail}). Hãy khôi phục bản sao lưu tốt gần nhất trong thư mục sao lưu bên cạnh tệp.</translation>
        </message>
        <message>
            <source>{file}: another program is reading the event file, so its write-ahead log still holds old numbers; close it there and remove the personal data again</source>
            <translation>{file}: một chương trình khác đang đọc tệp Đại hội nên nhật ký ghi trước (WAL) của tệp vẫn còn các số cũ; hãy đóng tệp ở đó rồi xoá dữ liệu cá nhân lại</translation>
        </message>
        <message>
            <source>{file}: its write-ahead log could not be emptied</source>
            <translation>{file}: không làm trống được nhật ký ghi trước (WAL) của tệp</translation>
        </message>
        <message>
            <source>{file}: {error}</source>
            <translation>{file}: {error}</translation>
        </message>
        <message>
            <source>not an event file</source>
            <translation>không phải tệp Đại hội</translation>
        </message>
        <message>
            <source>This backup cannot be restored: {problem}</source>
            <translation>Không thể khôi phục bản sao lưu này: {problem}</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Congress Desk (format {found}, this version reads up to {known}); it cannot be restored here.</source>
            <translation>Bản sao lưu này do phiên bản Congress Desk mới hơn tạo ra (định dạng {found}, phiên bản này chỉ đọc được đến {known}); không thể khôi phục ở đây.</translation>
        </message>
        <message>
            <source>This backup is of another congress (“{backup}”), not of “{current}”; it was not restored.</source>
            <translation>Bản sao lưu này là của một đại hội khác (“{backup}”), không phải của “{current}”; đã không khôi phục.</translation>
        </message>
        <message>
            <source>Another program is still reading the event file, so its latest changes cannot be secured; close it there and restore again. Nothing was changed.</source>
            <translation>Một chương trình khác vẫn đang đọc tệp Đại hội nên chưa thể chốt các thay đổi mới nhất vào tệp; hãy đóng tệp ở đó rồi khôi phục lại. Chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>This is the event file itself, not a backup</source>
            <translation>Đây chính là tệp Đại hội, không phải bản sao lưu</translation>
        </message>
        <message>
            <source>A restore of the backup {backup} (started {at}) was interrupted at its last step: the backup is now the event file.</source>
            <translation>Lần khôi phục bản sao lưu {backup} (bắt đầu lúc {at}) đã bị gián đoạn ở bước cuối: bản sao lưu nay là tệp Đại hội.</translation>
        </message>
        <message>
            <source>A restore of the backup {backup} (started {at}) was interrupted before it replaced anything: the event file is as it was.</source>
            <translation>Lần khôi phục bản sao lưu {backup} (bắt đầu lúc {at}) đã bị gián đoạn trước khi thay thế bất cứ thứ gì: tệp Đại hội vẫn như cũ.</translation>
        </message>
        <message>
            <source>The file as it was before is kept as {kept}.</source>
            <translation>Tệp như trước khi khôi phục được giữ lại với tên {kept}.</translation>
        </message>
    </context>
</TS>
