// Draws the energy charts from the JSON in each canvas's data-chart attribute:
// {labels:[…], unit:"kW", series:[{label, kind, data:[…]}]}. Every figure is also in a table
// or in the key figures on the same page.
(function () {
  "use strict";
  var looks = {
    load: { borderColor: "#1b5e70", backgroundColor: "rgba(27, 94, 112, 0.15)" },
    pv: { borderColor: "#b36b00", backgroundColor: "rgba(179, 107, 0, 0.15)" },
    grid: { borderColor: "#5b3e96", backgroundColor: "rgba(91, 62, 150, 0.15)" },
    battery: { borderColor: "#2e7d32", backgroundColor: "rgba(46, 125, 50, 0.15)" },
    cap: { borderColor: "#b3261e", backgroundColor: "rgba(0, 0, 0, 0)", borderDash: [6, 4] }
  };
  var bars = ["#1b5e70", "#b36b00", "#5b3e96", "#2e7d32", "#ad1457"];
  function draw(canvas) {
    var data;
    try {
      data = JSON.parse(canvas.getAttribute("data-chart"));
    } catch (e) {
      return;
    }
    var type = canvas.getAttribute("data-chart-type") === "bar" ? "bar" : "line";
    var datasets = data.series.map(function (s, i) {
      var d = { label: s.label, data: s.data, borderWidth: s.kind === "cap" ? 2 : 1.5, pointRadius: 0, spanGaps: false };
      var look = looks[s.kind];
      if (type === "bar" || !look) {
        d.backgroundColor = bars[i % bars.length];
        d.borderColor = bars[i % bars.length];
      } else {
        Object.keys(look).forEach(function (k) { d[k] = look[k]; });
      }
      return d;
    });
    var options = {
      responsive: true, maintainAspectRatio: true, animation: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { ticks: { maxTicksLimit: 14, autoSkip: true }, title: { display: !!data.xUnit, text: data.xUnit || "" } },
        y: { title: { display: true, text: data.unit } }
      }
    };
    canvas.chart = new window.Chart(canvas, { type: type, data: { labels: data.labels, datasets: datasets }, options: options });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas.energy-chart[data-chart]").forEach(draw);
  });
})();
