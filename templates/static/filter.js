// Filters the timeline by person, place, source and free text, without
// leaving the page. Progressive enhancement: without this script the form
// stays hidden and every event is shown; with it, the filter's state lives
// in the URL's query (?person=…&place=…&source=…&q=…), so a filtered view
// can be shared and is restored when the URL is loaded.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  if (!form || !window.URLSearchParams || !history.replaceState) return;
  var keys = ["q", "person", "place", "source"];
  var attr = { person: "people", place: "places", source: "sources" };
  var events = [].slice.call(document.querySelectorAll(".timeline .event"));
  var groups = [].slice.call(document.querySelectorAll(".timeline .month, .timeline .year"));
  var status = document.getElementById("f-status");
  var empty = document.getElementById("f-empty");

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var texts = events.map(function (li) { return fold(li.textContent); });

  function has(list, v) {
    return (" " + (list || "") + " ").indexOf(" " + v + " ") >= 0;
  }

  function apply() {
    var state = {};
    keys.forEach(function (k) { state[k] = form.elements[k].value.trim(); });
    var words = fold(state.q).split(/\s+/).filter(Boolean);
    var shown = 0;
    events.forEach(function (li, i) {
      var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      for (var k in attr) {
        if (state[k] && !has(li.getAttribute("data-" + attr[k]), state[k])) ok = false;
      }
      li.hidden = !ok;
      if (ok) shown++;
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector(".event:not([hidden])");
    });
    var active = keys.some(function (k) { return state[k]; });
    status.textContent = active ? "Showing " + shown + " of " + events.length + (events.length === 1 ? " event." : " events.") : "";
    if (empty) empty.hidden = shown > 0;

    var params = new URLSearchParams(location.search);
    keys.forEach(function (k) {
      if (state[k]) params.set(k, state[k]); else params.delete(k);
    });
    var q = params.toString();
    history.replaceState(history.state, "", location.pathname + (q ? "?" + q : "") + location.hash);
  }

  // Restore the state from the URL; a value a select does not offer is
  // dropped.
  var params = new URLSearchParams(location.search);
  keys.forEach(function (k) {
    var v = params.get(k);
    if (v === null) return;
    var el = form.elements[k];
    el.value = v;
    if (el.value !== v) el.value = "";
  });

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
})();
