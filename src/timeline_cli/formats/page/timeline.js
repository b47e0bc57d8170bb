// The interactive layer of `timeline export --format html`. The page works without it (the
// list below is the whole timeline, printable); this script adds a shared time axis that
// zooms and pans, facets, search, a detail panel, permalinks and keyboard navigation.
// Event text only ever reaches the page through textContent: never as HTML.
(function () {
  "use strict";
  var DAY = 86400000, EPOCH = 719163;  // date(1970, 1, 1).toordinal()
  var MIN_SPAN = 3600000 * 6, MAX_SPAN = DAY * 366 * 6000;
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var events = data.events, FIELDS = data.fields;
  var $ = function (id) { return document.getElementById(id); };
  var chart = $("chart"), lanes = $("lanes"), ticks = $("ticks"), viewport = $("viewport");
  var search = $("q"), count = $("count"), detail = $("detail"), facetsBox = $("facets");
  var state = { q: "", facets: {}, t0: 0, t1: 1, selected: null };
  var byId = {}, items = {}, bars = {};

  function field(e, name) { return e[FIELDS.indexOf(name)]; }
  function ms(ordinal) { return (ordinal - EPOCH) * DAY; }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = text;
    return n;
  }

  events.forEach(function (e) {
    var id = field(e, "id"), lo = field(e, "first"), hi = field(e, "last");
    e.id = id;
    e.start = lo === null ? null : ms(lo);
    e.end = hi === null ? null : ms(hi) + DAY;
    e.hay = [field(e, "text"), field(e, "by"), field(e, "source"), field(e, "note"), field(e, "when"),
             field(e, "tags").join(" "), field(e, "title")].join("\n").toLowerCase();
    byId[id] = e;
    items[id] = document.getElementById("e-" + id);
  });

  // ------------------------------------------------------------------ filtering
  var FACETS = data.facets;  // [[field, label], ...]
  function values(e, name) {
    var v = field(e, name);
    if (Array.isArray(v)) return v.length ? v : ["(none)"];
    return [v === "" || v === null ? "(none)" : String(v)];
  }
  function visible(e) {
    if (state.q && e.hay.indexOf(state.q) < 0) return false;
    for (var i = 0; i < FACETS.length; i++) {
      var chosen = state.facets[FACETS[i][0]];
      if (!chosen || !chosen.size) continue;
      if (!values(e, FACETS[i][0]).some(function (v) { return chosen.has(v); })) return false;
    }
    return true;
  }
  function buildFacets() {
    FACETS.forEach(function (f) {
      var name = f[0], counts = {};
      events.forEach(function (e) { values(e, name).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
      var keys = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
      if (keys.length < 2) return;  // one value filters nothing
      var wrap = el("details", "facet"), box = el("fieldset");
      wrap.appendChild(el("summary", null, f[1] + " (" + keys.length + ")"));
      box.appendChild(el("legend", "sr", f[1]));
      wrap.appendChild(box);
      wrap.dataset.facet = name;
      keys.slice(0, 40).forEach(function (v) {
        var label = el("label"), input = el("input");
        input.type = "checkbox";
        input.value = v;
        input.addEventListener("change", function () {
          var set = state.facets[name] || (state.facets[name] = new Set());
          if (input.checked) set.add(v); else set.delete(v);
          apply();
        });
        label.appendChild(input);
        label.appendChild(el("span", null, " " + v + " "));
        label.appendChild(el("span", "n", "(" + counts[v] + ")"));
        box.appendChild(label);
      });
      if (keys.length > 40) box.appendChild(el("p", "more", "+" + (keys.length - 40) + " more: use search"));
      facetsBox.appendChild(wrap);
    });
  }
  function apply() {
    var shown = 0;
    events.forEach(function (e) {
      e.visible = visible(e);
      if (e.visible) shown++;
      if (items[e.id]) items[e.id].hidden = !e.visible;
    });
    document.querySelectorAll("section.month").forEach(function (s) {
      s.hidden = !s.querySelector("li.event:not([hidden])");
    });
    count.textContent = "Showing " + shown + " of " + events.length + " events";
    layoutLanes();
    draw();
  }

  // ------------------------------------------------------------------ the axis
  var lane = {};  // id -> lane number
  function px(n) { return (state.t1 - state.t0) * n / (viewport.clientWidth || 800); }  // n pixels as time
  // An open bound ("on or before", "from") is drawn as a fading tail of TAIL pixels from the
  // known day: long enough to read as open, never as if it covered the whole axis.
  var TAIL = 72, LABEL = 220;
  function extent(e) {
    var s = e.start === null ? e.end - px(TAIL) : e.start, t = e.end === null ? e.start + px(TAIL) : e.end;
    return [s, t];
  }
  function layoutLanes() {
    var ends = [], shownEvents = events.filter(function (e) { return e.visible && (e.start !== null || e.end !== null); });
    shownEvents.sort(function (a, b) { return extent(a)[0] - extent(b)[0] || (a.id < b.id ? -1 : 1); });
    shownEvents.forEach(function (e) {
      var r = extent(e), i = 0;
      while (i < ends.length && ends[i] > r[0] - px(4)) i++;
      ends[i] = Math.max(r[1], r[0] + px(8)) + px(LABEL);  // room for the label after the bar
      lane[e.id] = i;
    });
    lanes.style.height = Math.max(ends.length, 1) * 22 + "px";
  }
  function x(t) { return (t - state.t0) / (state.t1 - state.t0) * 100; }
  function draw() {
    events.forEach(function (e) {
      var b = bars[e.id];
      if (!e.visible || (e.start === null && e.end === null)) { b.hidden = true; return; }
      var r = extent(e), s = r[0], t = r[1];
      if (t < state.t0 || s > state.t1) { b.hidden = true; return; }
      b.hidden = false;
      var left = Math.max(x(s), -1), right = Math.min(x(t), 101);
      b.style.left = left + "%";
      b.style.width = Math.max(right - left, 0) + "%";
      b.style.top = lane[e.id] * 22 + "px";
    });
    drawTicks();
  }
  var STEPS = [
    ["y", 1000], ["y", 500], ["y", 100], ["y", 50], ["y", 10], ["y", 5], ["y", 1], ["m", 6], ["m", 3], ["m", 1],
    ["d", 7], ["d", 1], ["h", 6], ["h", 1]
  ];
  var MONTHS = data.months;
  function tickLabel(d, unit) {
    var y = d.getUTCFullYear(), yt = y > 0 ? String(y) : (1 - y) + " BC";
    if (unit === "y") return yt;
    if (unit === "m") return MONTHS[d.getUTCMonth()] + " " + yt;
    if (unit === "d") return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
    return ("0" + d.getUTCHours()).slice(-2) + ":00";
  }
  function nextTick(d, unit, n) {
    var c = new Date(d.getTime());
    if (unit === "y") c.setUTCFullYear(c.getUTCFullYear() + n);
    else if (unit === "m") c.setUTCMonth(c.getUTCMonth() + n);
    else if (unit === "d") c.setUTCDate(c.getUTCDate() + n);
    else c.setUTCHours(c.getUTCHours() + n);
    return c;
  }
  function firstTick(t, unit, n) {
    var d = new Date(t);
    d.setUTCMinutes(0, 0, 0);
    if (unit === "h") { d.setUTCHours(Math.ceil(d.getUTCHours() / n) * n); return d; }
    d.setUTCHours(0);
    if (unit === "d") { if (n === 7) d.setUTCDate(d.getUTCDate() + (8 - d.getUTCDay()) % 7); return d.getTime() < t ? nextTick(d, "d", 1) : d; }
    d.setUTCDate(1);
    if (unit === "m") { d.setUTCMonth(Math.ceil(d.getUTCMonth() / n) * n); return d.getTime() < t ? nextTick(d, "m", n) : d; }
    d.setUTCMonth(0);
    d.setUTCFullYear(Math.ceil(d.getUTCFullYear() / n) * n);
    return d.getTime() < t ? nextTick(d, "y", n) : d;
  }
  function drawTicks() {
    var width = viewport.clientWidth || 800, room = Math.max(Math.floor(width / 90), 2);
    var span = state.t1 - state.t0, step = STEPS[STEPS.length - 1];
    var APPROX = { y: DAY * 365.25, m: DAY * 30.44, d: DAY, h: 3600000 };
    for (var i = 0; i < STEPS.length; i++) {
      if (span / (APPROX[STEPS[i][0]] * STEPS[i][1]) > room) break;
      step = STEPS[i];
    }
    ticks.textContent = "";
    var d = firstTick(state.t0, step[0], step[1]), guard = 0;
    while (d.getTime() <= state.t1 && guard++ < 200) {
      var mark = el("span", "tick", tickLabel(d, step[0]));
      mark.style.left = x(d.getTime()) + "%";
      ticks.appendChild(mark);
      d = nextTick(d, step[0], step[1]);
    }
    chart.dataset.unit = step[1] + step[0];
  }
  function setView(t0, t1) {
    var span = Math.min(Math.max(t1 - t0, MIN_SPAN), MAX_SPAN), mid = (t0 + t1) / 2;
    state.t0 = mid - span / 2;
    state.t1 = mid + span / 2;
    layoutLanes();
    draw();
  }
  function zoom(factor, at) {  // at: 0..1 across the viewport, the point that stays put
    var pivot = state.t0 + (state.t1 - state.t0) * (at === undefined ? 0.5 : at);
    setView(pivot - (pivot - state.t0) * factor, pivot + (state.t1 - pivot) * factor);
  }
  function pan(fraction) {
    var d = (state.t1 - state.t0) * fraction;
    setView(state.t0 + d, state.t1 + d);
  }
  function fit() {  // the opening view, with room on the right for the last labels
    var t0 = ms(data.view[0]), t1 = ms(data.view[1]) + DAY, span = Math.max(t1 - t0, DAY);
    setView(t0 - span * 0.04, t1 + span * 0.22);
  }

  function buildBars() {
    events.forEach(function (e) {
      var b = el("button", "bar " + field(e, "kind"));
      b.type = "button";
      b.dataset.id = e.id;
      if (field(e, "fuzzy")) b.classList.add("fuzzy");
      if (e.start === null) b.classList.add("open-start");
      if (e.end === null) b.classList.add("open-end");
      if (field(e, "status")) b.classList.add("status-" + field(e, "status"));
      b.setAttribute("aria-label", field(e, "shown") + ": " + field(e, "text"));
      b.title = field(e, "shown") + " — " + field(e, "text");
      b.appendChild(el("span", "label", field(e, "text")));
      b.addEventListener("click", function () { select(e.id, true); });
      bars[e.id] = b;
      lanes.appendChild(b);
    });
  }

  // ------------------------------------------------------------------ selection, permalinks
  function safeUrl(u) { return /^https?:\/\//i.test(u || "") ? u : ""; }
  function row(dl, term, value, link) {
    if (!value) return;
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (link) {
      var a = el("a", null, value);
      a.href = link;
      a.rel = "noopener noreferrer";
      dd.appendChild(a);
    } else dd.textContent = value;
    dl.appendChild(dd);
  }
  function select(id, fromChart) {
    var e = byId[id];
    if (!e) return;
    if (state.selected && bars[state.selected]) bars[state.selected].classList.remove("selected");
    if (state.selected && items[state.selected]) items[state.selected].classList.remove("selected");
    state.selected = id;
    bars[id].classList.add("selected");
    if (items[id]) items[id].classList.add("selected");
    detail.textContent = "";
    var close = el("button", "close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function () { detail.hidden = true; });
    detail.appendChild(close);
    detail.appendChild(el("h2", null, field(e, "shown")));
    detail.appendChild(el("p", "text", field(e, "text")));
    var dl = el("dl");
    row(dl, "Date", field(e, "when"));
    row(dl, "Claimed by", field(e, "by"));
    row(dl, "Source", field(e, "title") || field(e, "source"), safeUrl(field(e, "url")) || safeUrl(field(e, "source")));
    row(dl, "Reported", field(e, "reported"));
    row(dl, "Status", field(e, "status"));
    row(dl, "Tags", field(e, "tags").join(", "));
    row(dl, "Note", field(e, "note"));
    detail.appendChild(dl);
    var perma = el("a", "permalink", "Permalink");
    perma.href = "#e-" + id;
    detail.appendChild(perma);
    detail.hidden = false;
    if (location.hash !== "#e-" + id) history.replaceState(null, "", "#e-" + id);
    if (e.start !== null && (e.start > state.t1 || (e.end !== null && e.end < state.t0))) {
      var span = state.t1 - state.t0;
      setView(e.start - span / 2, e.start + span / 2);
    }
    if (fromChart && items[id]) items[id].scrollIntoView({ block: "nearest" });
    bars[id].focus({ preventScroll: !fromChart });
  }
  function step(delta) {
    var list = events.filter(function (e) { return e.visible; });
    if (!list.length) return;
    var i = list.findIndex(function (e) { return e.id === state.selected; });
    i = i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(Math.max(i + delta, 0), list.length - 1);
    select(list[i].id, true);
  }
  function fromHash() {
    var m = /^#e-(.+)$/.exec(location.hash);
    if (m && byId[decodeURIComponent(m[1])]) select(decodeURIComponent(m[1]), true);
  }

  // ------------------------------------------------------------------ wiring
  buildFacets();
  buildBars();
  chart.hidden = false;
  $("controls").hidden = false;
  search.addEventListener("input", function () { state.q = search.value.trim().toLowerCase(); apply(); });
  $("zoom-in").addEventListener("click", function () { zoom(0.5); });
  $("zoom-out").addEventListener("click", function () { zoom(2); });
  $("zoom-fit").addEventListener("click", fit);
  viewport.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = viewport.getBoundingClientRect();
    if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) pan((ev.deltaX || ev.deltaY) / r.width);
    else zoom(Math.pow(1.0015, ev.deltaY), (ev.clientX - r.left) / r.width);
  }, { passive: false });
  var drag = null;
  viewport.addEventListener("pointerdown", function (ev) {
    if (ev.target.closest("button")) return;
    drag = { x: ev.clientX, t0: state.t0, t1: state.t1 };
    viewport.setPointerCapture(ev.pointerId);
  });
  viewport.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var d = (drag.x - ev.clientX) / viewport.clientWidth * (drag.t1 - drag.t0);
    state.t0 = drag.t0 + d;
    state.t1 = drag.t1 + d;
    draw();
  });
  viewport.addEventListener("pointerup", function () { drag = null; });
  document.addEventListener("keydown", function (ev) {
    var typing = ev.target === search || /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName);
    if (ev.key === "/" && !typing) { ev.preventDefault(); search.focus(); return; }
    if (ev.key === "Escape") {
      if (typing) { search.value = ""; state.q = ""; apply(); search.blur(); }
      detail.hidden = true;
      return;
    }
    if (typing || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (ev.key === "j" || ev.key === "ArrowDown" && ev.target.closest && ev.target.closest("#chart")) { ev.preventDefault(); step(1); }
    else if (ev.key === "k" || ev.key === "ArrowUp" && ev.target.closest && ev.target.closest("#chart")) { ev.preventDefault(); step(-1); }
    else if (ev.key === "+" || ev.key === "=") zoom(0.5);
    else if (ev.key === "-") zoom(2);
    else if (ev.key === "0") fit();
    else if (ev.key === "ArrowLeft" && ev.target.closest && ev.target.closest("#chart")) { ev.preventDefault(); pan(-0.2); }
    else if (ev.key === "ArrowRight" && ev.target.closest && ev.target.closest("#chart")) { ev.preventDefault(); pan(0.2); }
  });
  window.addEventListener("hashchange", fromHash);
  window.addEventListener("resize", draw);
  document.querySelectorAll("li.event").forEach(function (li) {
    li.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return;
      select(li.id.slice(2), false);
    });
  });
  fit();
  apply();
  fromHash();
  document.documentElement.classList.add("js");
})();
