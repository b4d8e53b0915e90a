// Draws the assessment charts (radar of one assessment, trend over time) from the JSON in each
// canvas's data-chart attribute. The same numbers are always in a table next to the chart.
(function () {
  "use strict";
  var palette = ["#1b5e70", "#b3470f", "#5b3e96", "#2e7d32", "#8a5a00", "#ad1457"];
  function style(kind, index) {
    if (kind === "current") {
      return { borderColor: "#1b5e70", backgroundColor: "rgba(27, 94, 112, 0.25)", borderWidth: 3, pointRadius: 4 };
    }
    if (kind === "target") {
      return { borderColor: "#b3470f", backgroundColor: "rgba(0, 0, 0, 0)", borderDash: [6, 4], borderWidth: 2, pointRadius: 3 };
    }
    if (kind === "previous") {
      return { borderColor: "rgba(90, 90, 90, 0.55)", backgroundColor: "rgba(120, 120, 120, 0.1)", borderWidth: 1, pointRadius: 2 };
    }
    var color = palette[index % palette.length];
    return { borderColor: color, backgroundColor: color, borderWidth: 2, pointRadius: 3, spanGaps: true };
  }
  function draw(canvas) {
    var data;
    try {
      data = JSON.parse(canvas.getAttribute("data-chart"));
    } catch (e) {
      return;
    }
    var type = canvas.getAttribute("data-chart-type") === "line" ? "line" : "radar";
    var datasets = data.series.map(function (s, i) {
      var d = { label: s.label, data: s.data };
      var look = style(s.kind, i);
      Object.keys(look).forEach(function (k) { d[k] = look[k]; });
      return d;
    });
    var scale = { min: 0, max: 3, ticks: { stepSize: 1 } };
    var options = { responsive: true, maintainAspectRatio: true, animation: false };
    options.scales = type === "radar" ? { r: scale } : { y: scale };
    canvas.chart = new window.Chart(canvas, { type: type, data: { labels: data.labels, datasets: datasets }, options: options });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas.assessment-chart[data-chart]").forEach(draw);
  });
})();
