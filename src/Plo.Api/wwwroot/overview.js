// The tracking overview page: calls GET /api/overview with the user's bearer token and renders it.
// Every value is written with textContent, never as HTML.
(() => {
  const tokenKey = "plo-token";
  const state = { page: 1, pageSize: 50 };
  const $ = (id) => document.getElementById(id);

  function query(extra = {}) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData($("filters"))) {
      if (value) params.set(name, value);
    }
    for (const [name, value] of Object.entries(extra)) params.set(name, value);
    return params;
  }

  async function call(path, accept) {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${sessionStorage.getItem(tokenKey) || ""}`, Accept: accept } });
    if (response.status === 401) throw new Error("Sign in: paste a valid token above.");
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.title || `The server answered ${response.status}.`);
    }
    return response;
  }

  function cell(row, text, className) {
    const td = document.createElement("td");
    td.textContent = text ?? "";
    if (className) td.className = className;
    row.appendChild(td);
  }

  function card(label, value) {
    const div = document.createElement("div");
    div.className = "card";
    const strong = document.createElement("strong");
    strong.textContent = value;
    div.append(strong, label);
    return div;
  }

  async function load() {
    $("status").textContent = "Loading…";
    try {
      const data = await (await call(`/api/overview?${query({ page: state.page, pageSize: state.pageSize })}`, "application/json")).json();
      const s = data.summary;
      $("summary").replaceChildren(
        card("children", s.activeChildren), card("families", s.activeFamilies),
        card("red", s.byRag.red ?? 0), card("amber", s.byRag.amber ?? 0), card("green", s.byRag.green ?? 0),
        card("median weeks", s.medianWeeks), card("90th percentile weeks", s.percentile90Weeks),
        card("past 16 weeks", s.pastExpectedWeeks), card("overdue, no rationale", s.overdueWithoutRationale),
        card("key dates met on time, last 12 months",
          s.keyDatesMetLast12Months.percentOnTime === null ? "none met yet" : `${s.keyDatesMetLast12Months.percentOnTime}%`));
      const body = $("rows").querySelector("tbody");
      body.replaceChildren(...data.rows.map((r) => {
        const tr = document.createElement("tr");
        cell(tr, r.rag, `rag rag-${r.rag}`);
        [r.reference, r.childName, r.age, r.stage, r.weeksInPreProceedings, r.expectedEndDate,
          r.nextReviewDue ? `${r.nextReviewPoint} ${r.nextReviewDue}` : "", r.daysOverdue || "", r.rationaleStatus,
          r.extensionCount, r.socialWorkerId, r.teamManagerId, r.letterBeforeProceedingsSentOn].forEach((v) => cell(tr, v));
        return tr;
      }));
      const pages = Math.max(1, Math.ceil(data.totalCount / state.pageSize));
      $("page").textContent = `Page ${state.page} of ${pages} (${data.totalCount} children)`;
      $("previous").disabled = state.page <= 1;
      $("next").disabled = state.page >= pages;
      $("status").textContent = "";
    } catch (error) {
      $("status").textContent = error.message;
    }
  }

  async function downloadCsv() {
    try {
      const blob = await (await call(`/api/overview.csv?${query()}`, "text/csv")).blob();
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "plo-overview.csv";
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      $("status").textContent = error.message;
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("sign-in").addEventListener("submit", (e) => { e.preventDefault(); sessionStorage.setItem(tokenKey, $("token").value.trim()); $("token").value = ""; load(); });
    $("filters").addEventListener("submit", (e) => { e.preventDefault(); state.page = 1; load(); });
    $("previous").addEventListener("click", () => { state.page--; load(); });
    $("next").addEventListener("click", () => { state.page++; load(); });
    $("csv").addEventListener("click", downloadCsv);
    load();
  });
})();
