/* cxnlp app: draw the overview's Plotly charts from the JSON beside them, and open the comments
   behind a clicked bar or point (each point's customdata holds the filters that select them). */
(function () {
  "use strict";

  function commentsUrl(base, extra) {
    var params = new URLSearchParams(base || "");
    Object.keys(extra).forEach(function (key) {
      params.delete(key);
      var value = extra[key];
      (Array.isArray(value) ? value : [value]).forEach(function (v) { params.append(key, v); });
    });
    params.delete("page");
    return "/comments?" + params.toString();
  }

  function drawCharts(root) {
    if (typeof window.Plotly === "undefined") { return; }
    root.querySelectorAll("[data-figure]").forEach(function (div) {
      if (div.dataset.drawn) { return; }
      var source = document.getElementById(div.dataset.figure);
      if (!source) { return; }
      var spec = JSON.parse(source.textContent);
      window.Plotly.newPlot(div, spec.data, spec.layout, {displaylogo: false, responsive: true});
      div.dataset.drawn = "1";
      div.on("plotly_click", function (event) {
        var point = event && event.points && event.points[0];
        if (!point || !point.customdata) { return; }
        window.location.assign(commentsUrl(div.dataset.base, point.customdata));
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
})();
