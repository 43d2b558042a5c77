<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>help</name>
        <message>
            <source>Getting started</source>
            <translation>Bắt đầu</translation>
        </message>
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
        <message>
            <source>&lt;p&gt;Each congress is one &lt;b&gt;event file&lt;/b&gt; (&lt;code&gt;.congress&lt;/code&gt;): open it like a document. Backups are kept in the &lt;code&gt;backups&lt;/code&gt; folder beside it.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;New congress&lt;/b&gt; starts from the Hải Phòng template: then fill in the name, date, venue and the units with their quotas in &lt;i&gt;File ▸ Event settings&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Open an event file&lt;/b&gt; continues a congress; only one computer can change it at a time (the others open it read-only).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Open the demo congress&lt;/b&gt; creates a congress with 550 made-up delegates to practise on.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sample spreadsheets&lt;/b&gt; are lists as units really send them (title rows, merged headers, old .xls, the .VnTime font, CSV): try them with &lt;i&gt;File ▸ Import delegate lists&lt;/i&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Press &lt;b&gt;F1&lt;/b&gt; on any tab for help on that tab.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Mỗi kỳ Đại hội là một &lt;b&gt;tệp Đại hội&lt;/b&gt; (&lt;code&gt;.congress&lt;/code&gt;): mở như mở một văn bản. Bản sao lưu được giữ trong thư mục &lt;code&gt;backups&lt;/code&gt; bên cạnh tệp.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Đại hội mới&lt;/b&gt; bắt đầu từ mẫu Hải Phòng: sau đó điền tên, ngày, địa điểm và các đơn vị cùng chỉ tiêu đại biểu trong &lt;i&gt;Tệp ▸ Thông tin Đại hội&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mở tệp Đại hội&lt;/b&gt; để làm tiếp một kỳ Đại hội; mỗi lúc chỉ một máy được sửa tệp (các máy khác mở ở chế độ chỉ đọc).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mở Đại hội mẫu&lt;/b&gt; tạo một Đại hội với 550 đại biểu giả định để tập sử dụng.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bảng tính mẫu&lt;/b&gt; là các danh sách giống như đơn vị thực tế gửi lên (dòng tiêu đề, tiêu đề gộp ô, tệp .xls cũ, phông .VnTime, CSV): hãy thử nhập bằng &lt;i&gt;Tệp ▸ Nhập danh sách&lt;/i&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Nhấn &lt;b&gt;F1&lt;/b&gt; ở bất kỳ thẻ nào để xem trợ giúp cho thẻ đó.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The register of everyone invited to the congress.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Type in the search box to filter: accents are optional (&lt;i&gt;nguyen thi hoa&lt;/i&gt; finds &lt;i&gt;Nguyễn Thị Hoà&lt;/i&gt;). Filter by unit or category; click a column title to sort (Vietnamese order: by given name, then family and middle names).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Add…&lt;/b&gt;, &lt;b&gt;Edit…&lt;/b&gt; (or double-click a row) and &lt;b&gt;Delete&lt;/b&gt;: the form says what is wrong and where.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import lists…&lt;/b&gt; (Ctrl+I) reads the Excel files the units send back (.xlsx, .xls, .csv); you can also drop the files on the window. Each problem is shown with its file, sheet and row, and you can send the unit an annotated copy.&lt;/li&gt;&lt;li&gt;&lt;i&gt;File ▸ Template for units&lt;/i&gt; writes the workbook to send to a unit; &lt;i&gt;File ▸ Export delegate list&lt;/i&gt; writes the official list.&lt;/li&gt;&lt;li&gt;The list of units shows each unit's count against its quota.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Danh sách tất cả những người được mời dự Đại hội.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Gõ vào ô tìm kiếm để lọc: không cần gõ dấu (&lt;i&gt;nguyen thi hoa&lt;/i&gt; tìm ra &lt;i&gt;Nguyễn Thị Hoà&lt;/i&gt;). Lọc theo đơn vị hoặc thành phần; bấm vào tiêu đề cột để sắp xếp (theo thứ tự tiếng Việt: theo tên, rồi đến họ và tên đệm).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thêm…&lt;/b&gt;, &lt;b&gt;Sửa…&lt;/b&gt; (hoặc bấm đúp vào một dòng) và &lt;b&gt;Xóa&lt;/b&gt;: biểu mẫu cho biết sai ở đâu và sai gì.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nhập danh sách…&lt;/b&gt; (Ctrl+I) đọc các tệp Excel đơn vị gửi lại (.xlsx, .xls, .csv); cũng có thể kéo thả tệp vào cửa sổ. Mỗi lỗi được chỉ rõ tệp, trang tính và dòng, và có thể gửi lại cho đơn vị một bản có ghi chú.&lt;/li&gt;&lt;li&gt;&lt;i&gt;Tệp ▸ Tệp mẫu cho đơn vị&lt;/i&gt; tạo bảng tính để gửi cho đơn vị; &lt;i&gt;Tệp ▸ Xuất danh sách đại biểu&lt;/i&gt; tạo danh sách chính thức.&lt;/li&gt;&lt;li&gt;Danh sách đơn vị cho thấy số đại biểu của từng đơn vị so với chỉ tiêu.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The hall plan: who sits where.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Auto-seat&lt;/b&gt; seats those without a seat by the protocol rules (presidium, guests in front, each delegation together; latecomers next to their delegation); everyone seated keeps their seat. &lt;b&gt;Re-seat everyone…&lt;/b&gt; (the arrow beside it) re-seats the whole hall after saying how many people would move; locked seats stay as they are.&lt;/li&gt;&lt;li&gt;Drag a person from the list onto a seat, or drag seats to move people; select several seats with a rubber band. &lt;b&gt;Lock&lt;/b&gt; (Ctrl+L) keeps seats you placed by hand when re-seating everyone, &lt;b&gt;Clear&lt;/b&gt; (Delete) empties them, &lt;b&gt;Undo&lt;/b&gt; / &lt;b&gt;Redo&lt;/b&gt; as usual.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Find a delegate&lt;/b&gt; shows where a person sits. Colour the plan by unit or by category.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Checks&lt;/b&gt; panel lists what breaks a rule; click one to see the seat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hall&lt;/b&gt;: a new hall from the standard layout, or import/export it as a spreadsheet; &lt;b&gt;Export seating (Excel)&lt;/b&gt; for the official list.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Sơ đồ hội trường: ai ngồi ở đâu.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Xếp chỗ tự động&lt;/b&gt; xếp chỗ cho những người chưa có ghế theo quy tắc lễ tân (Đoàn Chủ tịch, khách mời ngồi trước, mỗi đoàn ngồi liền nhau; người đến muộn ngồi gần đoàn của mình); ai đã có ghế vẫn giữ nguyên chỗ. &lt;b&gt;Xếp lại toàn bộ…&lt;/b&gt; (mũi tên bên cạnh nút) xếp lại cả hội trường sau khi cho biết bao nhiêu người sẽ đổi chỗ; các ghế đã khóa được giữ nguyên.&lt;/li&gt;&lt;li&gt;Kéo một người từ danh sách thả vào ghế, hoặc kéo ghế để đổi chỗ; quét chuột để chọn nhiều ghế. &lt;b&gt;Khóa ghế&lt;/b&gt; (Ctrl+L) giữ các ghế đã xếp bằng tay khi xếp lại toàn bộ, &lt;b&gt;Bỏ trống&lt;/b&gt; (Delete) bỏ người khỏi ghế, &lt;b&gt;Hoàn tác&lt;/b&gt; / &lt;b&gt;Làm lại&lt;/b&gt; như thường lệ.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tìm đại biểu&lt;/b&gt; cho biết một người ngồi ở đâu. Tô màu sơ đồ theo đơn vị hoặc theo thành phần.&lt;/li&gt;&lt;li&gt;Khung &lt;b&gt;Kiểm tra&lt;/b&gt; liệt kê những chỗ sai quy tắc; bấm vào để xem ghế đó.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hội trường&lt;/b&gt;: tạo hội trường mới theo bố cục chuẩn, hoặc nhập/xuất bằng bảng tính; &lt;b&gt;Xuất sơ đồ chỗ ngồi (Excel)&lt;/b&gt; để có danh sách chính thức.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Nominations for awards, from proposal to decision.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Add…&lt;/b&gt; or &lt;b&gt;Import from a spreadsheet…&lt;/b&gt; the proposals; the checks of the legal regime (2017 or 2023) run on each file and show what is missing or wrong.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Move on…&lt;/b&gt; takes a nomination to its next stage (documents checked, criteria checked, council, approved…); &lt;b&gt;Council vote…&lt;/b&gt; records the votes and &lt;b&gt;Public comment…&lt;/b&gt; the comments received.&lt;/li&gt;&lt;li&gt;Filter by state, unit or form, or show only those with problems. The history shows who did what and when.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ceremony order&lt;/b&gt; arranges the honorees for the stage; &lt;b&gt;Award catalogue&lt;/b&gt; lists the forms and their criteria.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Hồ sơ đề nghị khen thưởng, từ khi đề nghị đến khi có quyết định.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Thêm…&lt;/b&gt; hoặc &lt;b&gt;Nhập từ bảng tính…&lt;/b&gt; các hồ sơ đề nghị; phần mềm kiểm tra từng hồ sơ theo quy định pháp luật (2017 hoặc 2023) và cho biết còn thiếu hoặc sai gì.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Chuyển bước…&lt;/b&gt; đưa hồ sơ sang bước tiếp theo (đã kiểm tra hồ sơ, đã kiểm tra tiêu chuẩn, trình Hội đồng, được duyệt…); &lt;b&gt;Hội đồng bỏ phiếu…&lt;/b&gt; ghi kết quả bỏ phiếu và &lt;b&gt;Lấy ý kiến nhân dân…&lt;/b&gt; ghi các ý kiến nhận được.&lt;/li&gt;&lt;li&gt;Lọc theo trạng thái, đơn vị hoặc hình thức, hoặc chỉ xem hồ sơ có vấn đề. Phần lịch sử cho biết ai đã làm gì, khi nào.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Thứ tự trao thưởng&lt;/b&gt; sắp xếp người nhận khen thưởng lên sân khấu; &lt;b&gt;Danh mục khen thưởng&lt;/b&gt; liệt kê các hình thức và tiêu chuẩn.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Badges, seat cards, tent cards, the seat chart, lists, invitations, certificates.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Choose &lt;b&gt;what to print&lt;/b&gt; and &lt;b&gt;for whom&lt;/b&gt; (everyone, one unit, some badge codes, or only those not printed yet), then &lt;b&gt;Preview&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save as PDF…&lt;/b&gt; or &lt;b&gt;Print…&lt;/b&gt; straight to a printer. Warnings (such as a name too long for its box) are listed before you print.&lt;/li&gt;&lt;li&gt;If the printer shifts the page, print the &lt;b&gt;calibration&lt;/b&gt; sheet and save the printer's offsets.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Thẻ đại biểu, phiếu chỗ ngồi, biển tên để bàn, sơ đồ chỗ ngồi, danh sách, giấy mời, giấy khen.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Chọn &lt;b&gt;In gì&lt;/b&gt; và &lt;b&gt;In cho ai&lt;/b&gt; (tất cả, một đơn vị, theo mã thẻ, hoặc chỉ những người chưa in), rồi bấm &lt;b&gt;Xem trước&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lưu thành PDF…&lt;/b&gt; hoặc &lt;b&gt;In…&lt;/b&gt; thẳng ra máy in. Các cảnh báo (ví dụ tên quá dài so với ô) được liệt kê trước khi in.&lt;/li&gt;&lt;li&gt;Nếu máy in in lệch trang, hãy in trang &lt;b&gt;căn chỉnh&lt;/b&gt; và lưu độ lệch của máy in đó.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The check-in desk on the morning of the congress.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Scan a badge&lt;/b&gt;, or type a name and choose with ↑ ↓ Enter: the delegate is checked in and their seat is shown. A second scan says when they already came.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Substitute…&lt;/b&gt;, &lt;b&gt;Absent…&lt;/b&gt;, &lt;b&gt;Walk-in guest…&lt;/b&gt;, &lt;b&gt;Reprint badge…&lt;/b&gt; and &lt;b&gt;Undo check-in…&lt;/b&gt; for the usual exceptions.&lt;/li&gt;&lt;li&gt;Each desk writes its own journal; set the &lt;b&gt;shared folder&lt;/b&gt; so the committee PC sees every desk. Desks keep working without the network.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dashboard&lt;/b&gt;: who has arrived, by unit and category, and who is missing. &lt;b&gt;List (paper fallback)&lt;/b&gt; for ticking on paper if a laptop fails.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Bàn đón tiếp đại biểu vào sáng ngày Đại hội.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Quét thẻ&lt;/b&gt;, hoặc gõ tên rồi chọn bằng ↑ ↓ Enter: đại biểu được điểm danh và chỗ ngồi hiện ra. Quét lần thứ hai sẽ báo người đó đã đến lúc nào.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Người dự thay…&lt;/b&gt;, &lt;b&gt;Vắng mặt…&lt;/b&gt;, &lt;b&gt;Khách đến trực tiếp…&lt;/b&gt;, &lt;b&gt;In lại thẻ…&lt;/b&gt; và &lt;b&gt;Hủy điểm danh…&lt;/b&gt; cho các trường hợp thường gặp.&lt;/li&gt;&lt;li&gt;Mỗi bàn ghi nhật ký riêng; chọn &lt;b&gt;Thư mục chung&lt;/b&gt; để máy của Ban Tổ chức thấy được mọi bàn. Các bàn vẫn làm việc được khi mất mạng.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tổng hợp&lt;/b&gt;: ai đã đến, theo đơn vị và thành phần, và ai còn thiếu. &lt;b&gt;Danh sách (điểm danh giấy)&lt;/b&gt; để đánh dấu trên giấy nếu máy tính hỏng.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>Help — {title}</source>
            <translation>Trợ giúp — {title}</translation>
        </message>
        <message>
            <source>Help on this &amp;tab</source>
            <translation>Trợ giúp cho &amp;thẻ này</translation>
        </message>
    </context>
    <context>
        <name>samples</name>
        <message>
            <source>Sample unit spreadsheets</source>
            <translation>Bảng tính mẫu của đơn vị</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
            <translation>Bảng tính (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <source>Samples…</source>
            <translation>Tệp mẫu…</translation>
        </message>
        <message>
            <source>Try the import with lists as units really send them</source>
            <translation>Thử nhập với các danh sách giống như đơn vị thực tế gửi lên</translation>
        </message>
    </context>
</TS>
