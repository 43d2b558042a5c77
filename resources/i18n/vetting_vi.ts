<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>CatalogueView</name>
        <message>
            <source>Form / criterion</source>
            <translation>Hình thức / tiêu chí</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Tham số</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>Legal source</source>
            <translation>Căn cứ pháp lý</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Restore the shipped catalogue</source>
            <translation>Khôi phục danh mục gốc</translation>
        </message>
        <message>
            <source>Double-click a value to change it. Entries marked “unverified” were not checked against the text of the law.</source>
            <translation>Bấm đúp vào giá trị để sửa. Mục ghi “chưa đối chiếu” chưa được kiểm tra với văn bản luật.</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>đã đối chiếu</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>chưa đối chiếu</translation>
        </message>
        <message>
            <source>edited for this event</source>
            <translation>đã sửa cho kỳ đại hội này</translation>
        </message>
        <message>
            <source>council regulation</source>
            <translation>quy chế Hội đồng</translation>
        </message>
        <message>
            <source>title</source>
            <translation>danh hiệu</translation>
        </message>
        <message>
            <source>times in a row</source>
            <translation>số lần liên tục</translation>
        </message>
        <message>
            <source>titles</source>
            <translation>các danh hiệu</translation>
        </message>
        <message>
            <source>within years</source>
            <translation>trong số năm</translation>
        </message>
        <message>
            <source>lowest level</source>
            <translation>cấp tối thiểu</translation>
        </message>
        <message>
            <source>minimum %</source>
            <translation>tỷ lệ tối thiểu %</translation>
        </message>
        <message>
            <source>maximum %</source>
            <translation>tỷ lệ tối đa %</translation>
        </message>
        <message>
            <source>minimum</source>
            <translation>tối thiểu</translation>
        </message>
        <message>
            <source>years since</source>
            <translation>số năm tối thiểu kể từ</translation>
        </message>
        <message>
            <source>field</source>
            <translation>số liệu</translation>
        </message>
        <message>
            <source>years per term</source>
            <translation>số năm mỗi lần</translation>
        </message>
        <message>
            <source>minimum length</source>
            <translation>độ dài tối thiểu</translation>
        </message>
        <message>
            <source>base</source>
            <translation>cơ sở tính</translation>
        </message>
        <message>
            <source>strictly above</source>
            <translation>phải vượt</translation>
        </message>
        <message>
            <source>or excellent completion</source>
            <translation>hoặc hoàn thành xuất sắc nhiệm vụ</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <source>years of contribution</source>
            <translation>số năm cống hiến</translation>
        </message>
        <message>
            <source>advanced workers</source>
            <translation>lao động tiên tiến</translation>
        </message>
        <message>
            <source>members who completed their tasks</source>
            <translation>người hoàn thành nhiệm vụ</translation>
        </message>
        <message>
            <source>grassroots emulation fighters</source>
            <translation>chiến sĩ thi đua cơ sở</translation>
        </message>
        <message>
            <source>the unit's advanced workers</source>
            <translation>số lao động tiên tiến của đơn vị</translation>
        </message>
        <message>
            <source>individuals</source>
            <translation>cá nhân</translation>
        </message>
        <message>
            <source>collectives</source>
            <translation>tập thể</translation>
        </message>
        <message>
            <source>printed on the Bằng khen blank</source>
            <translation>in trên phôi Bằng khen</translation>
        </message>
        <message>
            <source>printed on the title's certificate blank</source>
            <translation>in trên phôi Giấy chứng nhận danh hiệu</translation>
        </message>
        <message>
            <source>a flag: not printed</source>
            <translation>cờ thi đua: không in</translation>
        </message>
        <message>
            <source>not printed by the committee</source>
            <translation>Ban tổ chức không in</translation>
        </message>
        <message>
            <source>&lt;b&gt;Legal regime:&lt;/b&gt; {regime}</source>
            <translation>&lt;b&gt;Căn cứ pháp lý:&lt;/b&gt; {regime}</translation>
        </message>
        <message>
            <source>Council regulation (forms the law leaves to the council)</source>
            <translation>Quy chế Hội đồng (các hình thức luật để Hội đồng quy định)</translation>
        </message>
        <message>
            <source>threshold %</source>
            <translation>ngưỡng %</translation>
        </message>
        <message>
            <source>quorum</source>
            <translation>tỷ lệ có mặt tối thiểu</translation>
        </message>
        <message>
            <source>public comment</source>
            <translation>lấy ý kiến nhân dân</translation>
        </message>
        <message>
            <source>five-year movement</source>
            <translation>tổng kết phong trào 5 năm</translation>
        </message>
        <message>
            <source>Public comment before the vote</source>
            <translation>Lấy ý kiến nhân dân trước khi bỏ phiếu</translation>
        </message>
        <message>
            <source>Council vote</source>
            <translation>Hội đồng bỏ phiếu</translation>
        </message>
        <message>
            <source>of all members</source>
            <translation>tổng số thành viên</translation>
        </message>
        <message>
            <source>of those voting</source>
            <translation>số người bỏ phiếu</translation>
        </message>
    </context>
    <context>
        <name>CeremonyModel</name>
        <message>
            <source>Batch</source>
            <translation>Đợt</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Thứ tự</translation>
        </message>
        <message>
            <source>Name</source>
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
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Ghế</translation>
        </message>
        <message>
            <source>invite</source>
            <translation>gửi giấy mời</translation>
        </message>
        <message>
            <source>no seat</source>
            <translation>chưa xếp ghế</translation>
        </message>
    </context>
    <context>
        <name>CeremonyPage</name>
        <message>
            <source>Choose for the national congress (highest forms first)</source>
            <translation>Chọn dự Đại hội toàn quốc (ưu tiên hình thức cao)</translation>
        </message>
        <message>
            <source>People per stage batch</source>
            <translation>Số người mỗi đợt lên sân khấu</translation>
        </message>
        <message>
            <source>National congress quota</source>
            <translation>Chỉ tiêu dự Đại hội toàn quốc</translation>
        </message>
        <message>
            <source>{n} on stage in {b} batches · {i} to invite · {c} chosen for the national congress</source>
            <translation>{n} người lên sân khấu trong {b} đợt · {i} người cần gửi giấy mời · {c} người dự Đại hội toàn quốc</translation>
        </message>
    </context>
    <context>
        <name>ClustersDialog</name>
        <message>
            <source>Emulation clusters and blocks</source>
            <translation>Cụm, khối thi đua</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Led the cluster or block</source>
            <translation>Dẫn đầu cụm, khối thi đua</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Write the name of the cluster or block the unit led that year (e.g. Cụm thi đua các quận); leave empty otherwise.</source>
            <translation>Ghi tên cụm, khối thi đua mà đơn vị dẫn đầu trong năm (ví dụ Cụm thi đua các quận); để trống nếu không dẫn đầu.</translation>
        </message>
    </context>
    <context>
        <name>CouncilDialog</name>
        <message>
            <source>Council meeting and vote</source>
            <translation>Phiên họp và bỏ phiếu của Hội đồng</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Phiên họp mới</translation>
        </message>
        <message>
            <source>e.g. Meeting no. 2 of the city council</source>
            <translation>ví dụ: Phiên họp lần 2 của Hội đồng thành phố</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Phiên họp</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tên phiên họp</translation>
        </message>
        <message>
            <source>Members in total</source>
            <translation>Tổng số thành viên</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Có mặt</translation>
        </message>
        <message>
            <source>Written votes from absent members</source>
            <translation>Phiếu bằng văn bản của thành viên vắng mặt</translation>
        </message>
        <message>
            <source>Nominee</source>
            <translation>Cá nhân / tập thể</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Quy định</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Phiếu đồng ý</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>≥ {pct}% of all members</source>
            <translation>≥ {pct}% tổng số thành viên</translation>
        </message>
        <message>
            <source>≥ {pct}% of those voting</source>
            <translation>≥ {pct}% số người bỏ phiếu</translation>
        </message>
        <message>
            <source>not voted</source>
            <translation>không bỏ phiếu</translation>
        </message>
        <message>
            <source>Record the votes</source>
            <translation>Ghi kết quả bỏ phiếu</translation>
        </message>
        <message>
            <source>Not voted at this meeting</source>
            <translation>Không bỏ phiếu ở phiên họp này</translation>
        </message>
        <message>
            <source>PASSES</source>
            <translation>ĐẠT</translation>
        </message>
        <message>
            <source>FAILS</source>
            <translation>KHÔNG ĐẠT</translation>
        </message>
    </context>
    <context>
        <name>JudgeDialog</name>
        <message>
            <source>Judge the achievements</source>
            <translation>Đánh giá thành tích</translation>
        </message>
        <message>
            <source>Not judged yet</source>
            <translation>Chưa đánh giá</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Không đạt</translation>
        </message>
        <message>
            <source>On what the judgement rests (the achievement summary, the unit's proposal …)</source>
            <translation>Căn cứ đánh giá (báo cáo thành tích, tờ trình của đơn vị …)</translation>
        </message>
        <message>
            <source>Nomination</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>To judge</source>
            <translation>Nội dung cần đánh giá</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <source>Grounds</source>
            <translation>Căn cứ</translation>
        </message>
        <message>
            <source>Say on what the judgement rests</source>
            <translation>Hãy ghi căn cứ đánh giá</translation>
        </message>
    </context>
    <context>
        <name>NominationDetail</name>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Sang</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>File and findings</source>
            <translation>Hồ sơ và kết quả kiểm tra</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>Select a nomination to see its file, findings and history.</source>
            <translation>Chọn một hồ sơ để xem nội dung, kết quả kiểm tra và lịch sử.</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Proposing unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Tờ trình</translation>
        </message>
        <message>
            <source>Position, workplace</source>
            <translation>Chức vụ, đơn vị công tác</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Đại biểu</translation>
        </message>
        <message>
            <source>not a delegate (needs an invitation)</source>
            <translation>không phải đại biểu (cần gửi giấy mời)</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Cấp quyết định</translation>
        </message>
        <message>
            <source>Proposal upward</source>
            <translation>Tờ trình đề nghị cấp trên</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Award register No.</source>
            <translation>Số sổ vàng</translation>
        </message>
        <message>
            <source>Posthumous, received by</source>
            <translation>Truy tặng, người nhận thay</translation>
        </message>
        <message>
            <source>Judgement</source>
            <translation>Đánh giá của người xét</translation>
        </message>
        <message>
            <source>met</source>
            <translation>đạt</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>không đạt</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>{total} in total, {ldtt} LĐTT, {done} completed their tasks, {cs} CSTĐCS</source>
            <translation>tổng số {total}, {ldtt} LĐTT, {done} hoàn thành nhiệm vụ, {cs} CSTĐCS</translation>
        </message>
        <message>
            <source>Public comment</source>
            <translation>Lấy ý kiến nhân dân</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Kết quả kiểm tra</translation>
        </message>
        <message>
            <source>Titles held</source>
            <translation>Danh hiệu đã đạt</translation>
        </message>
        <message>
            <source>no decision number</source>
            <translation>thiếu số quyết định</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Sáng kiến</translation>
        </message>
        <message>
            <source> — used for {title} {year}</source>
            <translation> — đã dùng để xét {title} {year}</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>Kỷ luật</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>đạt</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>không đạt</translation>
        </message>
        <message>
            <source>Council vote</source>
            <translation>Hội đồng bỏ phiếu</translation>
        </message>
        <message>
            <source>Achievements</source>
            <translation>Tóm tắt thành tích</translation>
        </message>
    </context>
    <context>
        <name>NominationFiles</name>
        <message>
            <source>Export honorees</source>
            <translation>Xuất danh sách khen thưởng</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported {n} commendations to {path}</source>
            <translation>Đã xuất {n} trường hợp khen thưởng ra {path}</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Đang xuất…</translation>
        </message>
        <message>
            <source>Blank template for units</source>
            <translation>Mẫu bảng tính gửi các đơn vị</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Không ghi được {path}: {error}</translation>
        </message>
        <message>
            <source>Proposing unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Which unit sent this file?</source>
            <translation>Đơn vị nào gửi tệp này?</translation>
        </message>
        <message>
            <source>Import nominations</source>
            <translation>Nhập hồ sơ đề nghị</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv)</source>
            <translation>Bảng tính (*.xlsx *.xlsm *.xls *.csv)</translation>
        </message>
        <message>
            <source>{file}: {n} nominations added.</source>
            <translation>{file}: đã thêm {n} hồ sơ đề nghị.</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Dòng {row}: {message}</translation>
        </message>
        <message>
            <source>{n} rows refused:</source>
            <translation>{n} dòng không nhận:</translation>
        </message>
        <message>
            <source>Importing nominations…</source>
            <translation>Đang nhập hồ sơ đề nghị…</translation>
        </message>
    </context>
    <context>
        <name>NominationFilters</name>
        <message>
            <source>Search nominee, unit, form, document number… (accents optional)</source>
            <translation>Tìm tên, đơn vị, hình thức, số văn bản… (gõ có dấu hoặc không dấu)</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>Only with problems</source>
            <translation>Chỉ hồ sơ có vấn đề</translation>
        </message>
        <message>
            <source>All proposing units</source>
            <translation>Mọi đơn vị đề nghị</translation>
        </message>
        <message>
            <source>All forms</source>
            <translation>Mọi hình thức</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} / {total}</translation>
        </message>
    </context>
    <context>
        <name>NominationForm</name>
        <message>
            <source>Edit nomination</source>
            <translation>Sửa hồ sơ đề nghị</translation>
        </message>
        <message>
            <source>New nomination</source>
            <translation>Hồ sơ đề nghị mới</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <source>Collective</source>
            <translation>Tập thể</translation>
        </message>
        <message>
            <source>Not a delegate</source>
            <translation>Không phải đại biểu</translation>
        </message>
        <message>
            <source>e.g. 12/TTr-UBND</source>
            <translation>ví dụ: 12/TTr-UBND</translation>
        </message>
        <message>
            <source>day/month/year</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <source>Completed tasks excellently</source>
            <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
        </message>
        <message>
            <source>Posthumous</source>
            <translation>Truy tặng</translation>
        </message>
        <message>
            <source>Family member who receives it, e.g. Bà Nguyễn Thị Hoa (vợ)</source>
            <translation>Người nhận thay (thân nhân), ví dụ Bà Nguyễn Thị Hoa (vợ)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Đại biểu</translation>
        </message>
        <message>
            <source>Name of the nominee</source>
            <translation>Họ và tên / tên tập thể</translation>
        </message>
        <message>
            <source>Position, workplace</source>
            <translation>Chức vụ, đơn vị công tác</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Năm sinh</translation>
        </message>
        <message>
            <source>Proposing unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Form proposed</source>
            <translation>Hình thức đề nghị</translation>
        </message>
        <message>
            <source>Year of the achievements</source>
            <translation>Năm tính thành tích</translation>
        </message>
        <message>
            <source>Proposal No.</source>
            <translation>Số tờ trình</translation>
        </message>
        <message>
            <source>Proposal date</source>
            <translation>Ngày tờ trình</translation>
        </message>
        <message>
            <source>Achievements</source>
            <translation>Tóm tắt thành tích</translation>
        </message>
        <message>
            <source>Years of contribution</source>
            <translation>Số năm cống hiến</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Người nhận thay</translation>
        </message>
        <message>
            <source>Collective: members</source>
            <translation>Tập thể: số người</translation>
        </message>
        <message>
            <source>in total</source>
            <translation>tổng số</translation>
        </message>
        <message>
            <source>LĐTT</source>
            <translation>LĐTT</translation>
        </message>
        <message>
            <source>completed tasks</source>
            <translation>hoàn thành nhiệm vụ</translation>
        </message>
        <message>
            <source>CSTĐCS</source>
            <translation>CSTĐCS</translation>
        </message>
        <message>
            <source>Titles held</source>
            <translation>Danh hiệu đã đạt</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Sáng kiến</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>Kỷ luật</translation>
        </message>
        <message>
            <source>Write the nominee's name</source>
            <translation>Ghi tên cá nhân / tập thể</translation>
        </message>
    </context>
    <context>
        <name>NominationModel</name>
        <message>
            <source>No.</source>
            <translation>STT</translation>
        </message>
        <message>
            <source>Nominee</source>
            <translation>Cá nhân / tập thể</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Proposing unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <source>Collective</source>
            <translation>Tập thể</translation>
        </message>
        <message>
            <source>{n} problems</source>
            <translation>{n} vấn đề</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <source>Delegate {code}</source>
            <translation>Đại biểu {code}</translation>
        </message>
    </context>
    <context>
        <name>PublicCommentDialog</name>
        <message>
            <source>Public comment</source>
            <translation>Lấy ý kiến nhân dân</translation>
        </message>
        <message>
            <source>e.g. No comments received</source>
            <translation>ví dụ: Không có ý kiến phản ánh</translation>
        </message>
        <message>
            <source>Nomination</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Published from</source>
            <translation>Công bố từ ngày</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Đến ngày</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
    </context>
    <context>
        <name>TransitionDialog</name>
        <message>
            <source>Move the nomination on</source>
            <translation>Chuyển bước hồ sơ</translation>
        </message>
        <message>
            <source>Why (required to return or reject)</source>
            <translation>Lý do (bắt buộc khi trả lại hoặc không duyệt)</translation>
        </message>
        <message>
            <source>e.g. 2650/QĐ-UBND</source>
            <translation>ví dụ: 2650/QĐ-UBND</translation>
        </message>
        <message>
            <source>Go on despite the failed checks (the reason is recorded)</source>
            <translation>Vẫn chuyển bước dù chưa đạt kiểm tra (lý do được ghi lại)</translation>
        </message>
        <message>
            <source>Open findings:</source>
            <translation>Các điểm chưa đạt:</translation>
        </message>
        <message>
            <source>Nomination</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Chuyển sang</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Decision No., date</source>
            <translation>Số, ngày quyết định</translation>
        </message>
        <message>
            <source>Proposal (Tờ trình) No., date</source>
            <translation>Số, ngày Tờ trình</translation>
        </message>
        <message>
            <source>e.g. 95/TTr-UBND</source>
            <translation>ví dụ 95/TTr-UBND</translation>
        </message>
        <message>
            <source>Give a reason for “{to}”</source>
            <translation>Cần ghi lý do để chuyển sang “{to}”</translation>
        </message>
    </context>
    <context>
        <name>VettingTab</name>
        <message>
            <source>Move on…</source>
            <translation>Chuyển bước…</translation>
        </message>
        <message>
            <source>Council vote…</source>
            <translation>Hội đồng bỏ phiếu…</translation>
        </message>
        <message>
            <source>Public comment…</source>
            <translation>Lấy ý kiến nhân dân…</translation>
        </message>
        <message>
            <source>Judge…</source>
            <translation>Đánh giá…</translation>
        </message>
        <message>
            <source>Record a person's verdict on what the law leaves to judgement (outstanding in the movement)</source>
            <translation>Ghi kết luận của người xét đối với tiêu chuẩn luật để người xét đánh giá (thành tích tiêu biểu trong phong trào)</translation>
        </message>
        <message>
            <source>Clusters and blocks…</source>
            <translation>Cụm, khối thi đua…</translation>
        </message>
        <message>
            <source>Which unit led which emulation cluster or block (the test of the city's emulation flag)</source>
            <translation>Đơn vị dẫn đầu các cụm, khối thi đua (căn cứ xét Cờ thi đua của UBND thành phố)</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Xuất Excel…</translation>
        </message>
        <message>
            <source>Import from a spreadsheet…</source>
            <translation>Nhập từ bảng tính…</translation>
        </message>
        <message>
            <source>Blank template…</source>
            <translation>Mẫu bảng tính…</translation>
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
            <source>For the national congress</source>
            <translation>Dự ĐH toàn quốc</translation>
        </message>
        <message>
            <source>Choose this nomination for the national congress (within the quota)</source>
            <translation>Chọn hồ sơ này dự Đại hội Thi đua yêu nước toàn quốc (trong chỉ tiêu)</translation>
        </message>
        <message>
            <source>Nominations</source>
            <translation>Hồ sơ đề nghị</translation>
        </message>
        <message>
            <source>Ceremony order</source>
            <translation>Thứ tự trao thưởng</translation>
        </message>
        <message>
            <source>Award catalogue</source>
            <translation>Danh mục khen thưởng</translation>
        </message>
        <message>
            <source>Vetting</source>
            <translation>Xét khen thưởng</translation>
        </message>
        <message>
            <source>This event file has no honoree-vetting tables (it was made by an earlier development version).</source>
            <translation>Tệp Đại hội này chưa có bảng dữ liệu xét khen thưởng (tệp được tạo bởi một phiên bản thử nghiệm cũ hơn).</translation>
        </message>
        <message>
            <source>Recording the votes…</source>
            <translation>Đang ghi kết quả bỏ phiếu…</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>event file</source>
            <translation>tệp Đại hội</translation>
        </message>
        <message>
            <source>first add the nominations workbook of a unit (the nominations template)</source>
            <translation>trước tiên nhập tệp đề nghị khen thưởng của một đơn vị (theo mẫu)</translation>
        </message>
        <message>
            <source>the unit proposing the nominations of --import</source>
            <translation>đơn vị đề nghị của tệp --import</translation>
        </message>
        <message>
            <source>print one JSON object on stdout</source>
            <translation>in một đối tượng JSON ra stdout</translation>
        </message>
        <message>
            <source>Unknown unit {name}</source>
            <translation>Không có đơn vị {name}</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Đã dừng</translation>
        </message>
        <message>
            <source>{file}: {added} nominations added, {refused} rows refused</source>
            <translation>{file}: đã thêm {added} hồ sơ, từ chối {refused} dòng</translation>
        </message>
        <message>
            <source>--import and --unit go together</source>
            <translation>--import phải đi cùng --unit</translation>
        </message>
        <message>
            <source>File not found: {path}</source>
            <translation>Không tìm thấy tệp: {path}</translation>
        </message>
        <message>
            <source>This event file has no honoree-vetting tables (it was made by an earlier development version)</source>
            <translation>Tệp Đại hội này chưa có bảng dữ liệu xét khen thưởng (tệp được tạo bởi một phiên bản thử nghiệm cũ hơn)</translation>
        </message>
        <message>
            <source>{file}: row {row}: {message}</source>
            <translation>{file}: dòng {row}: {message}</translation>
        </message>
        <message>
            <source>{n} nominations: {bad} not eligible, {waiting} waiting for a person's judgement</source>
            <translation>{n} hồ sơ đề nghị: {bad} không đủ tiêu chuẩn, {waiting} chờ người xét đánh giá</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <source>head of the unit or chairman of the district</source>
            <translation>Thủ trưởng đơn vị hoặc Chủ tịch UBND cấp huyện</translation>
        </message>
        <message>
            <source>head of the unit</source>
            <translation>Thủ trưởng đơn vị</translation>
        </message>
        <message>
            <source>chairman of the district People's Committee</source>
            <translation>Chủ tịch UBND cấp huyện</translation>
        </message>
        <message>
            <source>Chairman of the city People's Committee</source>
            <translation>Chủ tịch UBND thành phố</translation>
        </message>
        <message>
            <source>Prime Minister</source>
            <translation>Thủ tướng Chính phủ</translation>
        </message>
        <message>
            <source>President of the State</source>
            <translation>Chủ tịch nước</translation>
        </message>
        <message>
            <source>decided by the city</source>
            <translation>thành phố quyết định</translation>
        </message>
        <message>
            <source>proposed upward</source>
            <translation>thành phố trình cấp trên</translation>
        </message>
        <message>
            <source>grassroots title (evidence)</source>
            <translation>danh hiệu cơ sở (minh chứng)</translation>
        </message>
        <message>
            <source>individuals</source>
            <translation>cá nhân</translation>
        </message>
        <message>
            <source>collectives</source>
            <translation>tập thể</translation>
        </message>
        <message>
            <source>individuals and collectives</source>
            <translation>cá nhân và tập thể</translation>
        </message>
        <message>
            <source>grassroots</source>
            <translation>cơ sở</translation>
        </message>
        <message>
            <source>city</source>
            <translation>thành phố</translation>
        </message>
        <message>
            <source>national</source>
            <translation>toàn quốc</translation>
        </message>
        <message>
            <source>state</source>
            <translation>nhà nước</translation>
        </message>
        <message>
            <source>reprimand</source>
            <translation>khiển trách</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>cảnh cáo</translation>
        </message>
        <message>
            <source>demotion</source>
            <translation>hạ bậc lương / giáng chức</translation>
        </message>
        <message>
            <source>dismissal</source>
            <translation>cách chức / buộc thôi việc</translation>
        </message>
        <message>
            <source>{what} must be a number, not {value}</source>
            <translation>{what} phải là một số, không phải {value}</translation>
        </message>
        <message>
            <source>No award catalogue for the legal regime {regime}</source>
            <translation>Không có danh mục khen thưởng cho chế độ pháp lý {regime}</translation>
        </message>
        <message>
            <source>Unknown deciding authority {authority} of {form}</source>
            <translation>Cấp quyết định {authority} của {form} không hợp lệ</translation>
        </message>
        <message>
            <source>Unknown criterion {criterion} of {form}</source>
            <translation>Không có tiêu chí {criterion} của {form}</translation>
        </message>
        <message>
            <source>The criterion {criterion} has no parameter {param}</source>
            <translation>Tiêu chí {criterion} không có tham số {param}</translation>
        </message>
        <message>
            <source>{what} cannot be negative</source>
            <translation>{what} không được âm</translation>
        </message>
        <message>
            <source>This parameter cannot be edited here</source>
            <translation>Không sửa được tham số này ở đây</translation>
        </message>
        <message>
            <source>The threshold</source>
            <translation>Ngưỡng</translation>
        </message>
        <message>
            <source>The threshold must be above 0% and at most 100%</source>
            <translation>Ngưỡng phải lớn hơn 0% và không quá 100%</translation>
        </message>
        <message>
            <source>The quorum</source>
            <translation>Số thành viên tối thiểu</translation>
        </message>
        <message>
            <source>The quorum must be a fraction above 0 and at most 1 (e.g. 2/3)</source>
            <translation>Tỷ lệ có mặt tối thiểu phải là phân số lớn hơn 0 và không quá 1 (ví dụ 2/3)</translation>
        </message>
        <message>
            <source>Unknown form of commendation {form}</source>
            <translation>Không có hình thức khen thưởng {form}</translation>
        </message>
        <message>
            <source>A stage batch needs at least one person</source>
            <translation>Mỗi đợt lên sân khấu cần ít nhất một người</translation>
        </message>
        <message>
            <source>The quota cannot be negative</source>
            <translation>Chỉ tiêu không được âm</translation>
        </message>
        <message>
            <source>{n} chosen but the quota for the national congress is {quota}</source>
            <translation>Đã chọn {n} nhưng chỉ tiêu dự Đại hội toàn quốc là {quota}</translation>
        </message>
        <message>
            <source>Only approved nominations can be chosen for the national congress (not #{ids})</source>
            <translation>Chỉ chọn được hồ sơ đã được xét duyệt để dự Đại hội toàn quốc (không chọn được #{ids})</translation>
        </message>
        <message>
            <source>The council must have at least one member</source>
            <translation>Hội đồng phải có ít nhất một thành viên</translation>
        </message>
        <message>
            <source>Members present and written votes cannot be negative</source>
            <translation>Số thành viên có mặt và số phiếu gửi bằng văn bản không được âm</translation>
        </message>
        <message>
            <source>{present} present plus {written} written votes is more than the {total} members of the council</source>
            <translation>{present} người có mặt cộng {written} phiếu bằng văn bản nhiều hơn {total} thành viên Hội đồng</translation>
        </message>
        <message>
            <source>{approve} approvals is more than the {voting} members who voted</source>
            <translation>{approve} phiếu đồng ý nhiều hơn {voting} thành viên đã bỏ phiếu</translation>
        </message>
        <message>
            <source>{approve}/{base} of all council members = {share}% (needs ≥ {need}% of all members)</source>
            <translation>{approve}/{base} tổng số thành viên Hội đồng = {share}% (cần ≥ {need}% tổng số thành viên)</translation>
        </message>
        <message>
            <source>{approve}/{base} of those voting = {share}% (needs ≥ {need}%); {present}/{total} present, quorum {quorum}: {quorum_state}</source>
            <translation>{approve}/{base} số người bỏ phiếu = {share}% (cần ≥ {need}%); có mặt {present}/{total}, tối thiểu {quorum}: {quorum_state}</translation>
        </message>
        <message>
            <source>met</source>
            <translation>đạt</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>không đạt</translation>
        </message>
        <message>
            <source>The meeting needs a date</source>
            <translation>Phiên họp cần có ngày</translation>
        </message>
        <message>
            <source>This council meeting no longer exists</source>
            <translation>Phiên họp Hội đồng này không còn nữa</translation>
        </message>
        <message>
            <source>This nomination no longer exists</source>
            <translation>Hồ sơ đề nghị này không còn nữa</translation>
        </message>
        <message>
            <source>#{id} {who} is not at the council (state: {state})</source>
            <translation>#{id} {who} không ở bước trình Hội đồng (trạng thái: {state})</translation>
        </message>
        <message>
            <source>Council vote: passed</source>
            <translation>Hội đồng bỏ phiếu: đạt</translation>
        </message>
        <message>
            <source>Council vote: not passed</source>
            <translation>Hội đồng bỏ phiếu: không đạt</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>STT</translation>
        </message>
        <message>
            <source>Name of the individual / collective</source>
            <translation>Tên cá nhân / tập thể</translation>
        </message>
        <message>
            <source>Position, workplace</source>
            <translation>Chức vụ, đơn vị công tác</translation>
        </message>
        <message>
            <source>Proposing unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>LIST OF COMMENDATIONS</source>
            <translation>DANH SÁCH KHEN THƯỞNG</translation>
        </message>
        <message>
            <source>(Annex to Decision No. …… dated ……)</source>
            <translation>(Kèm theo Quyết định số …… ngày ……)</translation>
        </message>
        <message>
            <source>Collectives</source>
            <translation>Tập thể</translation>
        </message>
        <message>
            <source>Individuals</source>
            <translation>Cá nhân</translation>
        </message>
        <message>
            <source>(posthumous)</source>
            <translation>(truy tặng)</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Đợt</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Thứ tự</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Ghế</translation>
        </message>
        <message>
            <source>CEREMONY RUNNING ORDER</source>
            <translation>THỨ TỰ TRAO THƯỞNG</translation>
        </message>
        <message>
            <source>Batch {n}</source>
            <translation>Đợt {n}</translation>
        </message>
        <message>
            <source>HONOREES TO INVITE (NOT DELEGATES)</source>
            <translation>ĐIỂN HÌNH CẦN GỬI GIẤY MỜI (KHÔNG PHẢI ĐẠI BIỂU)</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>CHOSEN FOR THE NATIONAL CONGRESS</source>
            <translation>DANH SÁCH DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC TOÀN QUỐC</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist</source>
            <translation>Thư mục {folder} không tồn tại</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>Không ghi được {path}: {error}</translation>
        </message>
        <message>
            <source>Decision annex</source>
            <translation>Phụ lục quyết định</translation>
        </message>
        <message>
            <source>Ceremony order</source>
            <translation>Thứ tự trao thưởng</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Giấy mời</translation>
        </message>
        <message>
            <source>National congress</source>
            <translation>Đại hội toàn quốc</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} không phải số nguyên</translation>
        </message>
        <message>
            <source>{value} is out of range</source>
            <translation>{value} nằm ngoài khoảng cho phép</translation>
        </message>
        <message>
            <source>The date {value} is not valid (day/month/year)</source>
            <translation>Ngày {value} không hợp lệ (ngày/tháng/năm)</translation>
        </message>
        <message>
            <source>Unknown kind of nominee {value}</source>
            <translation>Không rõ loại đối tượng {value}</translation>
        </message>
        <message>
            <source>The nominee's name is missing</source>
            <translation>Thiếu tên cá nhân / tập thể được đề nghị</translation>
        </message>
        <message>
            <source>{form} is not awarded to {kind} nominees</source>
            <translation>{form} không xét tặng cho {kind}</translation>
        </message>
        <message>
            <source>The linked delegate no longer exists</source>
            <translation>Đại biểu được liên kết không còn nữa</translation>
        </message>
        <message>
            <source>{n} members cannot be more than the {total} in the collective</source>
            <translation>{n} người không thể nhiều hơn {total} người của tập thể</translation>
        </message>
        <message>
            <source>individual</source>
            <translation>cá nhân</translation>
        </message>
        <message>
            <source>collective</source>
            <translation>tập thể</translation>
        </message>
        <message>
            <source>Proposed by the unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Each title needs a year and a title</source>
            <translation>Mỗi danh hiệu cần có năm và tên danh hiệu</translation>
        </message>
        <message>
            <source>Unknown title {title}</source>
            <translation>Không có danh hiệu {title}</translation>
        </message>
        <message>
            <source>Each initiative needs a name</source>
            <translation>Mỗi sáng kiến cần có tên</translation>
        </message>
        <message>
            <source>Unknown initiative level {level}</source>
            <translation>Không rõ cấp công nhận sáng kiến {level}</translation>
        </message>
        <message>
            <source>Unknown discipline level {level}</source>
            <translation>Không rõ hình thức kỷ luật {level}</translation>
        </message>
        <message>
            <source>The number of advanced workers cannot be negative</source>
            <translation>Số lao động tiên tiến không được âm</translation>
        </message>
        <message>
            <source>Say on what the judgement rests (the achievement summary, the unit's proposal …)</source>
            <translation>Hãy ghi căn cứ đánh giá (báo cáo thành tích, tờ trình của đơn vị …)</translation>
        </message>
        <message>
            <source>Nobody to list: no nomination is approved for the ceremony yet</source>
            <translation>Chưa có ai trong danh sách: chưa hồ sơ nào được duyệt để trao thưởng</translation>
        </message>
        <message>
            <source>No presenting leader set for some batches of the ceremony script</source>
            <translation>Kịch bản: một số đợt trao chưa có lãnh đạo trao tặng</translation>
        </message>
        <message>
            <source>There is no decision numbered “{number}”</source>
            <translation>Không có quyết định số “{number}”</translation>
        </message>
        <message>
            <source>No nomination is at the council</source>
            <translation>Không có hồ sơ nào đang trình Hội đồng</translation>
        </message>
        <message>
            <source>No approved nomination to list</source>
            <translation>Chưa có hồ sơ nào được duyệt</translation>
        </message>
        <message>
            <source>No {title} in the file — {n} in a row are needed</source>
            <translation>Hồ sơ không có {title} nào — cần {n} lần liên tục</translation>
        </message>
        <message>
            <source>{title} {years}: {n} in a row</source>
            <translation>{title} {years}: đủ {n} lần liên tục</translation>
        </message>
        <message>
            <source>{title} {years} but {missing} is missing — not {n} in a row</source>
            <translation>{title} {years} nhưng thiếu {missing} — không đủ {n} lần liên tục</translation>
        </message>
        <message>
            <source>The year of the achievements is not given, so {title} cannot be checked</source>
            <translation>Chưa ghi năm tính thành tích nên không kiểm tra được {title}</translation>
        </message>
        <message>
            <source>{title} {years}: the run must end at the achievement year {ref}</source>
            <translation>{title} {years}: chuỗi liên tục phải kết thúc ở năm tính thành tích {ref}</translation>
        </message>
        <message>
            <source>{title} in {years}</source>
            <translation>{title} năm {years}</translation>
        </message>
        <message>
            <source>No {title} in {year}</source>
            <translation>Không có {title} năm {year}</translation>
        </message>
        <message>
            <source>{n} initiatives recognised at {level} level or above</source>
            <translation>{n} sáng kiến được công nhận từ cấp {level} trở lên</translation>
        </message>
        <message>
            <source>{n} initiatives recognised at {level} level or above; {need} are needed</source>
            <translation>{n} sáng kiến được công nhận từ cấp {level} trở lên; cần {need}</translation>
        </message>
        <message>
            <source>Initiative “{name}” recognised at {level} level</source>
            <translation>Sáng kiến “{name}” được công nhận cấp {level}</translation>
        </message>
        <message>
            <source>Completed tasks excellently (no initiative needed)</source>
            <translation>Hoàn thành xuất sắc nhiệm vụ (không cần sáng kiến)</translation>
        </message>
        <message>
            <source>Initiative “{name}” was already used for {title} {year}; an initiative counts for one title only</source>
            <translation>Sáng kiến “{name}” đã dùng để xét {title} {year}; mỗi sáng kiến chỉ tính cho một danh hiệu</translation>
        </message>
        <message>
            <source>Initiative “{name}” is recognised only at {level} level; {needed} level is needed</source>
            <translation>Sáng kiến “{name}” chỉ được công nhận cấp {level}; cần cấp {needed}</translation>
        </message>
        <message>
            <source>Neither excellent completion of tasks nor an initiative recognised at {level} level</source>
            <translation>Không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến được công nhận cấp {level}</translation>
        </message>
        <message>
            <source>No initiative recognised at {level} level</source>
            <translation>Không có sáng kiến được công nhận cấp {level}</translation>
        </message>
        <message>
            <source>advanced workers (LĐTT)</source>
            <translation>lao động tiên tiến (LĐTT)</translation>
        </message>
        <message>
            <source>members who completed their tasks</source>
            <translation>người hoàn thành nhiệm vụ</translation>
        </message>
        <message>
            <source>grassroots emulation fighters</source>
            <translation>chiến sĩ thi đua cơ sở</translation>
        </message>
        <message>
            <source>The number of members or of {what} is missing</source>
            <translation>Thiếu tổng số người hoặc số {what}</translation>
        </message>
        <message>
            <source>{part}/{total} {what} = {share}% (needs {sign} {need}%)</source>
            <translation>{part}/{total} {what} = {share}% (cần {sign} {need}%)</translation>
        </message>
        <message>
            <source>years of contribution</source>
            <translation>số năm cống hiến</translation>
        </message>
        <message>
            <source>members who are grassroots emulation fighters</source>
            <translation>cá nhân đạt CSTĐ cơ sở</translation>
        </message>
        <message>
            <source>The number of {what} is missing</source>
            <translation>Thiếu số {what}</translation>
        </message>
        <message>
            <source>{value} {what} (needs at least {min})</source>
            <translation>{value} {what} (cần ít nhất {min})</translation>
        </message>
        <message>
            <source>No discipline at {level} or above</source>
            <translation>Không bị kỷ luật từ {level} trở lên</translation>
        </message>
        <message>
            <source>Disciplined with a {level} in {year}{who}</source>
            <translation>Bị kỷ luật {level} năm {year}{who}</translation>
        </message>
        <message>
            <source>No {title} in the file</source>
            <translation>Hồ sơ không có {title}</translation>
        </message>
        <message>
            <source>{title} in {year}: fewer than {n} years before {ref}</source>
            <translation>{title} năm {year}: chưa đủ {n} năm tính đến {ref}</translation>
        </message>
        <message>
            <source>{title} in {year}</source>
            <translation>{title} năm {year}</translation>
        </message>
        <message>
            <source>Achievement report present</source>
            <translation>Có báo cáo thành tích</translation>
        </message>
        <message>
            <source>The achievement report is missing or too short ({n} characters, needs {min})</source>
            <translation>Báo cáo thành tích thiếu hoặc quá ngắn ({n} ký tự, cần {min})</translation>
        </message>
        <message>
            <source>The number of advanced workers of {unit} in {year} is not recorded, so the {pct}% quota cannot be checked</source>
            <translation>Chưa ghi số lao động tiên tiến của {unit} năm {year} nên không kiểm tra được tỷ lệ {pct}%</translation>
        </message>
        <message>
            <source>{unit} proposes {count} {title} for {year}; quota {pct}% of {base} advanced workers = {allowed}</source>
            <translation>{unit} đề nghị {count} {title} năm {year}; tỷ lệ {pct}% của {base} LĐTT = {allowed}</translation>
        </message>
        <message>
            <source>Met by “{branch}”: {detail}</source>
            <translation>Đạt theo tiêu chuẩn “{branch}”: {detail}</translation>
        </message>
        <message>
            <source>Waiting for a person's judgement on “{branch}”</source>
            <translation>Chờ người xét đánh giá tiêu chuẩn “{branch}”</translation>
        </message>
        <message>
            <source>not met: {details}</source>
            <translation>chưa đạt: {details}</translation>
        </message>
        <message>
            <source>None of the alternatives is met: {details}</source>
            <translation>Không đạt phương án nào: {details}</translation>
        </message>
        <message>
            <source>To be judged by a person: {question}</source>
            <translation>Cần người xét đánh giá: {question}</translation>
        </message>
        <message>
            <source>Judged met: {note}</source>
            <translation>Người xét đánh giá đạt: {note}</translation>
        </message>
        <message>
            <source>Judged not met: {note}</source>
            <translation>Người xét đánh giá không đạt: {note}</translation>
        </message>
        <message>
            <source>{nominee} is not a unit of an emulation cluster or block (only a unit that leads its cluster or block can receive the city's emulation flag)</source>
            <translation>{nominee} không phải đơn vị thành viên cụm, khối thi đua (Cờ thi đua của UBND thành phố chỉ tặng đơn vị dẫn đầu cụm, khối)</translation>
        </message>
        <message>
            <source>Led {cluster} in {year}</source>
            <translation>Dẫn đầu {cluster} năm {year}</translation>
        </message>
        <message>
            <source>{nominee} is not recorded as the leader of an emulation cluster or block in {year}</source>
            <translation>{nominee} không được ghi nhận là đơn vị dẫn đầu cụm, khối thi đua năm {year}</translation>
        </message>
        <message>
            <source>The form {form} is not in the catalogue of this regime</source>
            <translation>Hình thức {form} không có trong danh mục của chế độ pháp lý này</translation>
        </message>
        <message>
            <source>The unit's proposal has no document number or date</source>
            <translation>Tờ trình của đơn vị thiếu số hoặc ngày</translation>
        </message>
        <message>
            <source>The achievement summary is missing</source>
            <translation>Thiếu tóm tắt thành tích</translation>
        </message>
        <message>
            <source>The proposing unit is not given</source>
            <translation>Chưa ghi đơn vị đề nghị</translation>
        </message>
        <message>
            <source>{title} {year} has no decision number</source>
            <translation>{title} năm {year} thiếu số quyết định</translation>
        </message>
        <message>
            <source>Initiative “{name}” has no recognition document</source>
            <translation>Sáng kiến “{name}” thiếu văn bản công nhận</translation>
        </message>
        <message>
            <source>The collective's member counts are missing</source>
            <translation>Thiếu số liệu về thành viên của tập thể</translation>
        </message>
        <message>
            <source>{form} must be published for public comment before the vote; no public comment is recorded</source>
            <translation>{form} phải lấy ý kiến nhân dân trước khi bỏ phiếu; chưa ghi nhận việc lấy ý kiến</translation>
        </message>
        <message>
            <source>Initiative “{name}” is used for more than one title ({titles})</source>
            <translation>Sáng kiến “{name}” được dùng cho nhiều danh hiệu ({titles})</translation>
        </message>
        <message>
            <source>Also proposed by {units} (nomination {ids}) — check it is not the same nominee twice</source>
            <translation>Cũng được {units} đề nghị (hồ sơ {ids}) — kiểm tra có trùng người không</translation>
        </message>
        <message>
            <source>Proposed more than once by the same unit (nomination {ids})</source>
            <translation>Được cùng một đơn vị đề nghị nhiều lần (hồ sơ {ids})</translation>
        </message>
        <message>
            <source>Unknown kind of criterion {type} in the catalogue</source>
            <translation>Danh mục có loại tiêu chí không rõ: {type}</translation>
        </message>
        <message>
            <source>{form} is a grassroots title decided by the {authority}: it is evidence in a city nomination, not a city nomination</source>
            <translation>{form} là danh hiệu cơ sở do {authority} quyết định: là minh chứng trong hồ sơ đề nghị của thành phố, không phải hồ sơ đề nghị thành phố xét</translation>
        </message>
        <message>
            <source>{number} is not a proposal (Tờ trình …/TTr-UBND)</source>
            <translation>{number} không phải Tờ trình (…/TTr-UBND)</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Documents checked</source>
            <translation>Đã kiểm tra hồ sơ</translation>
        </message>
        <message>
            <source>Criteria checked</source>
            <translation>Đã đối chiếu tiêu chuẩn</translation>
        </message>
        <message>
            <source>At the council</source>
            <translation>Trình Hội đồng</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Được duyệt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Không được duyệt</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Trả lại</translation>
        </message>
        <message>
            <source>Submitted upward</source>
            <translation>Đã trình cấp trên</translation>
        </message>
        <message>
            <source>Awarded</source>
            <translation>Đã khen thưởng</translation>
        </message>
        <message>
            <source>Unknown state {state}</source>
            <translation>Không có trạng thái {state}</translation>
        </message>
        <message>
            <source>{who}: cannot go from “{from_}” to “{to}”</source>
            <translation>{who}: không chuyển được từ “{from_}” sang “{to}”</translation>
        </message>
        <message>
            <source>{who}: give a reason for “{to}”</source>
            <translation>{who}: cần ghi lý do để chuyển sang “{to}”</translation>
        </message>
        <message>
            <source>{who}: the council votes only on what the city decides or proposes upward; {form} is a grassroots title</source>
            <translation>{who}: Hội đồng chỉ xét những hình thức thành phố quyết định hoặc trình cấp trên; {form} là danh hiệu cơ sở</translation>
        </message>
        <message>
            <source>{form} must be published for public comment before the council votes</source>
            <translation>{form} phải lấy ý kiến nhân dân trước khi Hội đồng bỏ phiếu</translation>
        </message>
        <message>
            <source>{who}: {problems}</source>
            <translation>{who}: {problems}</translation>
        </message>
        <message>
            <source>{who}: a reason is needed to go on despite: {problems}</source>
            <translation>{who}: cần ghi lý do để tiếp tục dù còn: {problems}</translation>
        </message>
        <message>
            <source>{who}: the council has not approved it (record a passing vote first)</source>
            <translation>{who}: Hội đồng chưa thông qua (cần ghi kết quả bỏ phiếu đạt trước)</translation>
        </message>
        <message>
            <source>{who}: give the number of the award decision</source>
            <translation>{who}: cần ghi số quyết định khen thưởng</translation>
        </message>
        <message>
            <source>{who}: give the number of the city's proposal (Tờ trình …/TTr-UBND)</source>
            <translation>{who}: hãy ghi số Tờ trình của thành phố (…/TTr-UBND)</translation>
        </message>
        <message>
            <source>The public comment period needs a start and an end date, the end not before the start</source>
            <translation>Thời gian lấy ý kiến nhân dân cần ngày bắt đầu và ngày kết thúc, ngày kết thúc không trước ngày bắt đầu</translation>
        </message>
        <message>
            <source>Public comment recorded</source>
            <translation>Đã ghi nhận lấy ý kiến nhân dân</translation>
        </message>
        <message>
            <source>Cannot read the title “{text}” (write e.g. LĐTT 2018 (QĐ 12/QĐ-UBND))</source>
            <translation>Không đọc được danh hiệu “{text}” (ghi ví dụ: LĐTT 2018 (QĐ 12/QĐ-UBND))</translation>
        </message>
        <message>
            <source>Unknown title “{title}”</source>
            <translation>Không có danh hiệu “{title}”</translation>
        </message>
        <message>
            <source>Say at which level the initiative “{name}” was recognised (cơ sở, thành phố, toàn quốc)</source>
            <translation>Ghi rõ sáng kiến “{name}” được công nhận cấp nào (cơ sở, thành phố, toàn quốc)</translation>
        </message>
        <message>
            <source>Unknown discipline “{text}”</source>
            <translation>Không rõ hình thức kỷ luật “{text}”</translation>
        </message>
        <message>
            <source>Write “Cá nhân” or “Tập thể”, not “{value}”</source>
            <translation>Ghi “Cá nhân” hoặc “Tập thể”, không ghi “{value}”</translation>
        </message>
        <message>
            <source>No list of nominations found (a header row with “Họ và tên / Tên tập thể” and “Hình thức đề nghị” is needed)</source>
            <translation>Không tìm thấy danh sách đề nghị (cần dòng tiêu đề có “Họ và tên / Tên tập thể” và “Hình thức đề nghị”)</translation>
        </message>
        <message>
            <source>{form} is a grassroots title decided by the head of the unit or the district, not by the city: write it under “Danh hiệu đã đạt” as evidence of a city nomination</source>
            <translation>{form} là danh hiệu cơ sở do Thủ trưởng đơn vị hoặc Chủ tịch UBND cấp huyện quyết định, thành phố không xét: hãy ghi vào cột “Danh hiệu đã đạt” làm minh chứng cho hình thức thành phố xét</translation>
        </message>
        <message>
            <source>The decision number {number} has no recognised symbol (…/QĐ-UBND, …/QĐ-TTg, …/QĐ-CTN)</source>
            <translation>Số quyết định {number} không có ký hiệu hợp lệ (…/QĐ-UBND, …/QĐ-TTg, …/QĐ-CTN)</translation>
        </message>
        <message>
            <source>{number} is a proposal (Tờ trình), not the decision awarding {form}</source>
            <translation>{number} là Tờ trình, không phải quyết định tặng {form}</translation>
        </message>
        <message>
            <source>{form} is decided by the {authority}, but {number} is an act of the {issuer}</source>
            <translation>{form} do {authority} quyết định, nhưng {number} là văn bản của {issuer}</translation>
        </message>
        <message>
            <source>Give the number of the decision</source>
            <translation>Hãy ghi số quyết định</translation>
        </message>
        <message>
            <source>Say who issued {number} (…/QĐ-UBND, …/QĐ-TTg, …/QĐ-CTN or …/TTr-UBND)</source>
            <translation>Hãy ghi rõ cơ quan ban hành {number} (…/QĐ-UBND, …/QĐ-TTg, …/QĐ-CTN hoặc …/TTr-UBND)</translation>
        </message>
        <message>
            <source>Unknown kind of act {kind}</source>
            <translation>Loại văn bản {kind} không hợp lệ</translation>
        </message>
        <message>
            <source>This decision no longer exists</source>
            <translation>Quyết định này không còn</translation>
        </message>
    </context>
</TS>
