"""The Xét khen thưởng tab on a real demo event file: filters, search without accents,
and a nomination taken from proposed to approved through a council vote."""

from __future__ import annotations

from PySide6.QtCore import Qt

from congress_desk.core.registry import find_unit
from congress_desk.core.vetting.catalogue import load_catalogue
from congress_desk.core.vetting.nominations import (
    add_nomination,
    get_nomination,
    history,
    list_nominations,
)


def open_tab(window, make_event):
    path = make_event("demo", name="vet.congress", open=False)
    assert window.open_path(path)
    tab = window.tab_widgets["vetting"]
    window.tabs.setCurrentWidget(tab)
    return tab


def test_tab_lists_the_demo_and_filters(window, make_event, qtbot):
    tab = open_tab(window, make_event)
    assert tab.title() == "Xét khen thưởng"
    total = len(list_nominations(window.event_file.db))
    assert tab.model.rowCount() == total > 150
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("at_council"))
    assert 0 < tab.model.rowCount() < total
    assert all(tab.model.row_dict(r)["state"] == "at_council" for r in range(tab.model.rowCount()))
    tab.state_filter.setCurrentIndex(0)
    tab.form_filter.setCurrentIndex(tab.form_filter.findData("CSTD_TP"))
    assert all(tab.model.row_dict(r)["form"] == "CSTD_TP" for r in range(tab.model.rowCount()))
    tab.form_filter.setCurrentIndex(0)
    unit = find_unit(window.event_file.db, "Quận Lê Chân")
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData(unit["id"]))
    assert all(tab.model.row_dict(r)["unit_id"] == unit["id"] for r in range(tab.model.rowCount()))
    tab.unit_filter.setCurrentIndex(0)
    someone = next(r for r in list_nominations(window.event_file.db) if r["kind"] == "individual")
    from congress_desk.core.vietnamese import fold

    tab.search.setText(fold(someone["nominee"]).upper())
    assert any(tab.model.row_dict(r)["id"] == someone["id"] for r in range(tab.model.rowCount()))
    tab.search.clear()
    tab.problems_only.setChecked(True)
    assert 0 < tab.model.rowCount() < total
    # sort by state puts proposed first
    tab.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert tab.model.row_dict(0)["state"] == "proposed"
    tab.problems_only.setChecked(False)
    assert tab.ceremony_model.rowCount() > 30


def test_nomination_from_proposed_to_approved_through_a_council_vote(window, make_event, qtbot):
    tab = open_tab(window, make_event)
    db = window.event_file.db
    unit = find_unit(db, "Sở Y tế")
    nid = add_nomination(db, {
        "kind": "individual", "nominee": "Đặng Thị Thu Hương", "form": "BK_CT_UBND", "unit_id": unit["id"],
        "year": 2019, "proposal_number": "45/TTr-SYT", "proposal_date": "2020-08-20", "birth_year": 1980,
        "position": "Điều dưỡng trưởng, Bệnh viện Việt Tiệp",
        "summary": "Hoàn thành xuất sắc nhiệm vụ hai năm liên tục, có sáng kiến cải tiến quy trình tiếp đón người bệnh.",
    }, titles=[{"year": 2018, "title": "HTXSNV", "decision_number": "12/QĐ-BV"},
               {"year": 2019, "title": "HTXSNV", "decision_number": "15/QĐ-BV"}],
        initiatives=[{"name": "Cải tiến quy trình tiếp đón người bệnh", "level": "grassroots", "recognition": "7/QĐ-HĐSK"},
                     {"name": "Sổ tay điều dưỡng điện tử", "level": "grassroots", "recognition": "9/QĐ-HĐSK"}],
        actor="Sở Y tế")
    tab.reload()
    tab.search.setText("dang thi thu huong")
    assert tab.model.rowCount() == 1
    assert tab.select(nid)
    assert "Đặng Thị Thu Hương" in tab.detail.toPlainText()

    def move(target, **extra):
        dialog = tab.move_on(target)
        assert dialog is not None and dialog.target.currentData() == target
        dialog.reason.setPlainText(f"Bước {target}")
        if "decision" in extra:
            dialog.decision_number.setText(extra["decision"])
        dialog.accept()
        qtbot.waitUntil(lambda: get_nomination(db, nid)["state"] == target)
        qtbot.waitUntil(lambda: tab.selected_id() == nid and tab.model.row_dict(0)["state"] == target)

    move("documents_checked")
    move("criteria_checked")
    move("at_council")
    assert tab.vote_button.isEnabled()

    dialog = tab.council_vote()
    rows = [n["id"] for n in dialog.nominations]
    assert rows[0] == nid   # the selected nomination comes first
    spin = dialog.approvals[0]   # "không bỏ phiếu" is read whole, not "ông bỏ phiếu"
    assert spin.specialValueText() == "không bỏ phiếu"
    assert dialog.table.columnWidth(3) >= spin.sizeHint().width()
    dialog.total.setValue(20)
    dialog.present.setValue(13)   # below the two-thirds quorum of 20 (13.3)
    dialog.written.setValue(0)
    dialog.set_approvals(0, 13)
    assert "KHÔNG ĐẠT" in dialog.table.item(0, 4).text()
    dialog.present.setValue(17)
    dialog.written.setValue(3)
    dialog.set_approvals(0, 14)   # exactly 70% of the 20 who voted
    text = dialog.table.item(0, 4).text()
    assert text.startswith("ĐẠT") and "14/20" in text and "70%" in text
    for row in range(1, len(rows)):
        dialog.set_approvals(row, 20)
    dialog.accept()
    qtbot.waitUntil(lambda: any(h["to_state"] == "at_council" and h["from_state"] == "at_council"
                                for h in history(db, nid)))

    tab.select(nid)
    move("approved", decision="2650/QĐ-UBND")
    nom = get_nomination(db, nid)
    assert nom["state"] == "approved" and nom["decision_number"] == "2650/QĐ-UBND" and nom["decision_id"]
    tab.select(nid)
    qtbot.waitUntil(lambda: tab.history.topLevelItemCount() == 6)
    states = [tab.history.topLevelItem(i).text(3) for i in range(tab.history.topLevelItemCount())]
    assert states[0] == "Đơn vị đề nghị" and states[-1] == "Được duyệt"
    assert "14/20" in tab.history.topLevelItem(4).text(4)
    assert tab.history.topLevelItem(5).text(4) == "Bước approved"


def test_return_without_a_reason_is_refused_in_the_dialog(window, make_event, qtbot):
    tab = open_tab(window, make_event)
    nid = next(r["id"] for r in list_nominations(window.event_file.db) if r["state"] == "proposed")
    tab.select(nid)
    dialog = tab.move_on("returned")
    dialog._accept()
    assert dialog.isVisible() and "lý do" in dialog.problems.text()
    dialog.reason.setPlainText("Thiếu bản sao quyết định công nhận sáng kiến")
    dialog._accept()
    qtbot.waitUntil(lambda: get_nomination(window.event_file.db, nid)["state"] == "returned")


def test_catalogue_edit_in_the_tab_is_stored(window, make_event, qtbot, no_dialogs):
    tab = open_tab(window, make_event)
    view = tab.catalogue_view
    from congress_desk.ui.vetting.catalogue_view import ROLE_EDIT

    target = None
    it = view.tree.invisibleRootItem()
    for i in range(it.childCount()):
        top = it.child(i)
        for j in range(top.childCount()):
            child = top.child(j)
            if child.data(2, ROLE_EDIT) == ("criterion", "CSTD_TP", "consecutive", "count"):
                target = child
    assert target is not None and target.text(2) == "3"
    target.setText(2, "4")
    qtbot.waitUntil(lambda: next(c for c in load_catalogue(window.event_file.db).get("CSTD_TP").criteria
                                 if c.id == "consecutive").params["count"] == 4)
    # A wrong value is refused with a message, and the view shows the stored value again.
    for i in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).data(2, ROLE_EDIT) == ("criterion", "CSTD_TP", "consecutive", "count"):
                top.child(j).setText(2, "abc")
                break
    qtbot.waitUntil(lambda: bool(no_dialogs))
    assert "abc" in no_dialogs[-1][2]


def test_import_from_a_unit_spreadsheet_on_the_real_worker_thread(qtbot, tmp_path, make_event, real_jobs, no_dialogs):
    from PySide6.QtWidgets import QApplication

    from congress_desk.core.vetting.importer import write_template
    from congress_desk.ui.i18n import install_translators
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    install_translators(QApplication.instance(), "vi")
    w = MainWindow(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(w)
    try:
        tab = open_tab(w, make_event)
        before = tab.model.rowCount()
        path = write_template(tmp_path / "mau.xlsx")   # one example row: Nguyễn Thị Hoà, CSTĐ TP
        unit = find_unit(w.event_file.db, "Quận Ngô Quyền")
        tab.import_file(str(path), unit["id"], proposal_number="5/TTr-UBND")
        qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=15000)
        assert no_dialogs and no_dialogs[-1][0] == "information" and "1" in no_dialogs[-1][2]
        tab.search.setText("nguyen thi hoa")
        assert any(tab.model.row_dict(r)["unit_id"] == unit["id"] for r in range(tab.model.rowCount()))
    finally:
        real_jobs.waitForDone(10000)
        w.close_event_file()


def test_add_and_edit_a_nomination_by_hand(window, make_event, qtbot, no_dialogs):
    tab = open_tab(window, make_event)
    db = window.event_file.db
    before = len(list_nominations(db))
    form = tab.add_nomination()
    from congress_desk.core.registry import list_delegates
    from congress_desk.core.vietnamese import name_identity

    taken = {name_identity(r["nominee"]) for r in list_nominations(db)}
    honoree = next(d for d in list_delegates(db) if d["category"] == "official" and d["status"] == "active"
                   and name_identity(d["full_name"]) not in taken)
    form.delegate.setCurrentIndex(form.delegate.findData(honoree["id"]))
    assert form.nominee.text() == honoree["full_name"]
    form.form.setCurrentIndex(form.form.findData("CSTD_TP"))
    form.year.setValue(2019)
    form.proposal_number.setText("77/TTr-UBND")
    form.proposal_date.setText("01/09/2020")
    form.summary.setPlainText("Sáng kiến áp dụng toàn thành phố.")
    form.titles.setPlainText("CSTĐCS 2017, 2018, 2019 (QĐ 45/QĐ-UBND)")
    form.initiatives.setPlainText("Phần mềm một cửa (thành phố, 9/QĐ-HĐKH)")
    form.accept()
    qtbot.waitUntil(lambda: len(list_nominations(db)) == before + 1)
    nid = max(r["id"] for r in list_nominations(db))
    nom = get_nomination(db, nid)
    assert nom["delegate_id"] == honoree["id"] and len(nom["titles"]) == 3 and nom["initiatives"][0]["level"] == "province"
    qtbot.waitUntil(lambda: tab.selected_id() == nid)
    assert "✘" not in tab.detail.toPlainText()
    edit = tab.edit_selected()
    assert "CSTĐCS 2017" in edit.titles.toPlainText()
    edit.titles.setPlainText("CSTĐCS hai nghìn")
    edit.accept()
    qtbot.waitUntil(lambda: bool(no_dialogs))
    assert "CSTĐCS hai nghìn" in no_dialogs[-1][2]
    assert len(get_nomination(db, nid)["titles"]) == 3   # nothing half-written


def test_choose_one_nomination_for_the_national_congress(window, make_event, qtbot):
    tab = open_tab(window, make_event)
    db = window.event_file.db
    nom = next(r for r in list_nominations(db) if r["state"] == "approved" and not r["national_congress"])
    db.execute("UPDATE nominations SET national_congress = 0")
    db.conn.commit()
    tab.reload()
    tab.select(nom["id"])
    assert tab.national_toggle.isEnabled() and not tab.national_toggle.isChecked()
    tab.national_toggle.click()
    qtbot.waitUntil(lambda: get_nomination(db, nom["id"])["national_congress"] == 1)
    qtbot.waitUntil(lambda: "· 1 người dự Đại hội toàn quốc" in tab.ceremony_summary.text())


def test_catalogue_view_shows_vietnamese_labels_only_and_edits_a_branch(window, make_event, qtbot, no_dialogs):
    tab = open_tab(window, make_event)
    view = tab.catalogue_view
    from congress_desk.ui.vetting.catalogue_view import ROLE_EDIT

    texts, edits = [], {}

    def walk(item):
        texts.extend(item.text(c) for c in range(3))
        if item.data(2, ROLE_EDIT):
            edits[item.data(2, ROLE_EDIT)] = item
        for k in range(item.childCount()):
            walk(item.child(k))

    walk(view.tree.invisibleRootItem())
    shown = " ".join(texts)
    for code in ("individual", "collective", "years_of_s", "reprimand", "warning", "grassroots", "province",
                 "national", "HCLD2", "BK_CT_UBND", "BK_TTG", "CSTD_TP", "HTXSNV", "members_", "options"):
        assert code not in shown, code
    assert "Chủ tịch UBND thành phố" in shown or "Chủ tịch Ủy ban nhân dân thành phố" in shown
    # a number inside an any-of branch is editable and stored
    key = ("criterion", "BK_TTG", "basis", "c.prior.min_years_since")
    assert edits[key].text(2) == "5"
    edits[key].setText(2, "4")
    qtbot.waitUntil(lambda: next(c for c in load_catalogue(window.event_file.db).get("BK_TTG").criteria
                                 if c.id == "basis").params["options"][0]["params"]["all"][0]["params"]["min_years_since"] == 4)


def test_judging_a_movement_nomination_in_the_tab(window, make_event, qtbot):
    tab = open_tab(window, make_event)
    db = window.event_file.db
    nid = next(r["id"] for r in list_nominations(db) if r["form"] == "BK_PT" and r["state"] == "proposed")
    assert get_nomination(db, nid)["judgement"] is None
    tab.select(nid)
    assert tab.judge_button.isEnabled()
    dialog = tab.judge()
    dialog.verdict.setCurrentIndex(dialog.verdict.findData(True))
    dialog._accept()
    assert dialog.isVisible() and dialog.problems.isVisible()   # grounds are required
    dialog.note.setPlainText("Báo cáo thành tích và tờ trình của đơn vị")
    dialog._accept()
    qtbot.waitUntil(lambda: get_nomination(db, nid)["judgement"] == 1)
    tab.select(nid)
    qtbot.waitUntil(lambda: "Người xét đánh giá đạt" in tab.detail.toPlainText())


def test_clusters_dialog_saves_through_the_core_operation(window, make_event, qtbot):
    """The Clusters dialog lists the units of a known kind (``registry.unit_choices``)
    and its OK writes ``nominations.set_emulation_leaders`` in one go (issue 19, item 2)."""
    from PySide6.QtWidgets import QTableWidgetItem

    from congress_desk.core.registry import unit_choices
    from congress_desk.core.vetting.nominations import emulation_leaders

    tab = open_tab(window, make_event)
    db = window.event_file.db
    dialog = tab.clusters()
    qtbot.addWidget(dialog)
    units = unit_choices(db)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [u["name"] for u in units]
    year = dialog.year.value()
    dialog.table.setItem(0, 1, QTableWidgetItem("Cụm thi đua số 1"))
    dialog.table.setItem(1, 1, QTableWidgetItem("Khối các quận"))
    dialog.accept()
    qtbot.waitUntil(lambda: emulation_leaders(db).get((units[1]["id"], year)) == "Khối các quận")
    assert emulation_leaders(db)[(units[0]["id"], year)] == "Cụm thi đua số 1"
