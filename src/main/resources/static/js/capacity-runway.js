// Draws the funding runway (stacked bars per quarter) from the JSON in the canvas's data-chart
// attribute. Firm money is drawn solid, expected money pale with a dashed outline. The same
// figures are always in the table below the chart.
(function () {
  "use strict";
  var colors = {
    "municipal-budget": "27, 94, 112",
    "programme-funding": "179, 71, 15",
    "public-private-partnership": "91, 62, 150",
    "service-contributions": "46, 125, 50",
    "in-kind": "138, 90, 0"
  };
  function draw(canvas) {
    var data;
    try {
      data = JSON.parse(canvas.getAttribute("data-chart"));
    } catch (e) {
      return;
    }
    var datasets = data.series.map(function (s) {
      var rgb = colors[s.type] || "90, 90, 90";
      var expected = s.kind === "expected";
      return {
        label: s.label,
        data: s.data.map(Number),
        stack: "funding",
        backgroundColor: expected ? "rgba(" + rgb + ", 0.25)" : "rgb(" + rgb + ")",
        borderColor: "rgb(" + rgb + ")",
        borderWidth: expected ? 2 : 0,
        borderDash: expected ? [4, 3] : []
      };
    });
    canvas.chart = new window.Chart(canvas, {
      type: "bar",
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true,
        animation: false,
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: data.yLabel } }
        }
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll("canvas.runway-chart[data-chart]").forEach(draw);
  });
})();
