"""Import och källor: file imports, Kolada sync, undo and templates, behind a password."""

import logging
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from pages.admin import data
from pages.admin.access import (
    SECRET_KEY,
    check_password,
    default_user,
    is_admin,
    log_out,
    password_form,
    refusal_text,
    secret_setting,
    sign_in_closed,
)
from rus_data.config import database_path
from rus_data.connectors.http import ConnectorError
from rus_data.connectors.objectives_sync import sync_kolada_objectives
from rus_data.connectors.sync import parse_years, sync_kolada
from rus_data.imports.issues import ImportRejected, IssueList
from rus_data.imports.kinds import KINDS
from rus_data.imports.service import FILE_KINDS, FileImport, import_file
from rus_data.imports.writer import UNDOABLE_KINDS, undo_source
from rus_data.text import t
from rus_data.text.formats import empty_text, format_date, format_number
from rus_data.text.plain import as_markdown_text, escape_markdown
from ui.components import demo_notice
from ui.downloads import download_file
from ui.state import view_state

LOG = logging.getLogger(__name__)
T = TypeVar("T")
SHOWN_ISSUES = 50
FLASH = "admin_flash"
FLASH_KOLADA = "admin_flash_kolada"
language = view_state().language
st.title(t("admin_title", language))
sources = data.sources()
demo_notice(language, bool(sources["is_demo"].any()))
st.markdown(t("admin_intro", language))


def show_issues(issues: IssueList) -> None:
    """The whole report: every listed problem by row and column, as a list and a download."""
    st.error(t("admin_rejected", language, total=issues.total))
    lines = [f"- {escape_markdown(issue.text())}" for issue in issues.sorted()[:SHOWN_ISSUES]]
    st.markdown("\n".join(lines))
    if issues.total > SHOWN_ISSUES:
        table = issues.frame().rename(
            columns={
                "row": t("admin_col_row", language),
                "column": t("admin_col_column", language),
                "message": t("admin_col_message", language),
            }
        )
        st.dataframe(table, hide_index=True, width="stretch")
    st.download_button(
        t("admin_download_report", language),
        issues.report().encode("utf-8"),
        file_name="importfel.txt",
        key="admin_report_download",
    )


def file_tab() -> None:
    if FLASH in st.session_state:
        st.success(st.session_state.pop(FLASH))
    upload = st.file_uploader(
        t("admin_file", language), type=["csv", "txt", "xlsx"], key="admin_upload"
    )
    kinds = ["auto", *FILE_KINDS]
    kind = st.selectbox(
        t("admin_kind", language),
        kinds,
        format_func=lambda k: t(f"admin_kind_{k}", language),
        key="admin_kind",
    )
    mode = st.radio(
        t("admin_mode", language),
        ["append", "replace"],
        format_func=lambda m: t(f"admin_mode_{m}", language),
        key="admin_mode",
        horizontal=True,
    )
    who = st.text_input(t("admin_who", language), value=default_user(), key="admin_who")
    substance_column, indicator_column = st.columns(2)
    substance = substance_column.text_input(
        t("admin_substance", language), key="admin_substance", placeholder="GGT, NOx, PM25"
    )
    indicator = indicator_column.text_input(
        t("admin_indicator", language), key="admin_indicator", placeholder="N00401"
    )
    check, run, _ = st.columns([1, 1, 4])
    checking = check.button(t("admin_check", language), key="admin_check", disabled=upload is None)
    importing = run.button(
        t("admin_import", language), key="admin_import", type="primary", disabled=upload is None
    )
    if upload is None or not (checking or importing):
        return
    job = FileImport(
        upload.getvalue(),
        upload.name,
        None if kind == "auto" else kind,
        mode,
        who,
        substance.strip() or None,
        indicator.strip() or None,
    )
    try:
        result = import_file(database_path(), job, dry_run=checking)
    except ImportRejected as rejection:
        show_issues(rejection.issues)
        return
    except Exception:  # a bug, not the user's doing: log it, never show a traceback
        LOG.exception("Import av %s misslyckades", upload.name)
        st.error(t("admin_error", language, detail=""))
        return
    missing = (
        t(
            "admin_missing",
            language,
            count=format_number(result.missing.count, 0, language),
            rows=", ".join(str(r) for r in result.missing.rows[:20])
            + (" …" if result.missing.count > 20 else ""),
        )
        if result.missing.count
        else ""
    )
    if result.dry_run:
        st.success(
            t(
                "admin_check_ok",
                language,
                rows=format_number(result.row_count, 0, language),
                indicators=result.indicator_count,
            )
        )
        if missing:
            st.info(missing)
        if result.replaced_sources:
            replaced = ", ".join(str(i) for i in result.replaced_sources)
            st.warning(t("admin_will_replace", language, sources=replaced))
        return
    # Rerun so that the sidebar and every cached view already show the new data.
    st.session_state[FLASH] = t(
        "admin_imported",
        language,
        rows=format_number(result.row_count, 0, language),
        source=result.source_id,
    ) + (f" {missing}" if missing else "")
    st.rerun()


def kolada_tab() -> None:
    if FLASH_KOLADA in st.session_state:
        st.success(st.session_state.pop(FLASH_KOLADA))
    with st.form("admin_kolada_form"):
        kpis = st.text_input(t("admin_kpi", language), placeholder="N00401", key="admin_kpis")
        years = st.text_input(t("admin_years", language), value="2010-2024", key="admin_years")
        better = st.radio(
            t("admin_better", language),
            ["lower", "higher"],
            format_func=lambda b: t(f"admin_better_{b}", language),
            key="admin_better",
            horizontal=True,
        )
        submitted = st.form_submit_button(t("admin_sync", language))
    if submitted:
        result = _synced(
            lambda progress: sync_kolada(
                database_path(),
                kpis.split(","),
                parse_years(years),
                better=better,
                imported_by=default_user(),
                progress=progress,
            )
        )
        if result is not None:
            st.session_state[FLASH_KOLADA] = t(
                "admin_synced", language, rows=format_number(result.row_count, 0, language)
            )
            st.rerun()
    objectives_section()


def objectives_section() -> None:
    """One click: the environmental objectives' indicators from Kolada's catalogue."""
    st.divider()
    st.markdown(t("admin_objectives_help", language))
    if not st.button(t("admin_objectives", language), key="admin_objectives"):
        return
    years = st.session_state.get("admin_years") or "2010-2024"
    result = _synced(
        lambda progress: sync_kolada_objectives(
            database_path(), parse_years(years), imported_by=default_user(), progress=progress
        )
    )
    if result is None:
        return
    without = sum(1 for planned in result.plan if planned.better == "none")
    st.session_state[FLASH_KOLADA] = t(
        "admin_objectives_done",
        language,
        rows=format_number(result.row_count, 0, language),
        kpis=len(result.plan),
        without=without,
    )
    st.rerun()


def _synced(work: Callable[[Callable[[str], None]], T]) -> T | None:
    """Run a Kolada fetch with a status box; a failure is shown, never raised."""
    status = st.status(t("admin_syncing", language), expanded=False)
    try:
        with status:
            return work(lambda message: status.write(as_markdown_text(message, 500)))
    except ImportRejected as rejection:
        status.update(label=t("admin_sync_failed", language), state="error")
        show_issues(rejection.issues)
    except (ConnectorError, ValueError) as error:
        status.update(label=t("admin_sync_failed", language), state="error")
        st.error(as_markdown_text(str(error), 500))  # may quote the server's answer
    except Exception:
        LOG.exception("Hämtning från Kolada misslyckades")
        status.update(label=t("admin_sync_failed", language), state="error")
        st.error(t("admin_error", language, detail=""))
    return None


def sources_tab() -> None:
    st.caption(t("admin_sources_help", language))
    shown = sources.assign(
        fetched_at=[format_date(d, language, "iso_minutes") for d in sources["fetched_at"]],
        kind=sources["kind"].map(lambda kind: t(f"admin_source_{kind}", language)),
        imported_by=sources["imported_by"].fillna(empty_text()),
        row_count=[format_number(n, 0, language) for n in sources["row_count"]],
    )
    shown = shown[["id", "name", "kind", "fetched_at", "imported_by", "row_count"]].rename(
        columns={
            "id": t("admin_col_id", language),
            "name": t("admin_col_name", language),
            "kind": t("admin_col_kind", language),
            "fetched_at": t("admin_col_fetched", language),
            "imported_by": t("admin_col_by", language),
            "row_count": t("admin_col_rows", language),
        }
    )
    st.dataframe(shown, hide_index=True, width="stretch")
    undoable = sources.loc[sources["kind"].isin(UNDOABLE_KINDS)]
    if undoable.empty:
        return
    labels = dict(zip(undoable["id"], undoable["name"], strict=True))
    chosen = st.selectbox(
        t("admin_undo_pick", language),
        list(labels),
        format_func=lambda i: f"{i}: {labels[i]}",
        key="admin_undo_pick",
    )
    sure = st.checkbox(t("admin_undo_confirm", language), key="admin_undo_confirm")
    if st.button(t("admin_undo", language), key="admin_undo", disabled=not sure):
        try:
            removed = undo_source(database_path(), int(chosen))
        except ImportRejected as rejection:
            show_issues(rejection.issues)
            return
        except Exception:
            LOG.exception("Borttagning av källa %s misslyckades", chosen)
            st.error(t("admin_error", language, detail=""))
            return
        st.success(
            t("admin_undone", language, source=chosen, rows=format_number(removed, 0, language))
        )
        st.rerun()


def templates_tab() -> None:
    st.caption(t("admin_templates_help", language))
    for name in KINDS:
        label = t(f"admin_kind_{name}", language)
        for place, extension in zip(st.columns(2), ("csv", "xlsx"), strict=True):
            download_file(
                t(f"admin_template_{extension}", language, kind=label),
                data.template(name, extension),
                f"mall_{name}",
                extension,
                key=f"admin_template_{extension}_{name}",
                place=place,
                on_click="rerun",  # kept as it was
            )


setting = secret_setting(SECRET_KEY)
closed = sign_in_closed(setting, SECRET_KEY, t("admin_disabled", language), language)
if not closed and not is_admin():
    password = password_form(
        "admin_login_form", t("admin_password", language), "admin_pw", t("admin_login", language)
    )
    if password is not None:
        outcome = check_password(password)
        if outcome.ok:
            st.rerun()
        st.error(refusal_text(outcome, "admin_wrong_password", language))
elif not closed:
    if st.sidebar.button(t("admin_logout", language), key="admin_logout"):
        log_out()
        st.rerun()
    file, kolada, listing, templates = st.tabs(
        [
            t("admin_tab_file", language),
            t("admin_tab_kolada", language),
            t("admin_tab_sources", language),
            t("admin_tab_templates", language),
        ]
    )
    with file:
        file_tab()
    with kolada:
        kolada_tab()
    with listing:
        sources_tab()
    with templates:
        templates_tab()
