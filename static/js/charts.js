/* Draws every <figure class="chart"> from the JSON in its <script type="application/json" class="chart-data">.
   Runs on page load and on every htmx swap (htmx.onLoad). Series differ by colour AND fill pattern,
   so a chart still reads without colour; the numbers are always in the table beside it. */
(function () {
  "use strict";
  // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
  var COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

  function pattern(colour, index) {
    var size = 10;
    var c = document.createElement("canvas");
    c.width = size;
    c.height = size;
    var g = c.getContext("2d");
    g.fillStyle = colour;
    g.fillRect(0, 0, size, size);
    g.strokeStyle = "rgba(255,255,255,0.85)";
    g.fillStyle = "rgba(255,255,255,0.85)";
    g.lineWidth = 2;
    var kind = index % 6;
    g.beginPath();
    if (kind === 1) { g.moveTo(0, size); g.lineTo(size, 0); }
    else if (kind === 2) { g.arc(size / 2, size / 2, 2, 0, 2 * Math.PI); g.fill(); }
    else if (kind === 3) { g.moveTo(0, size / 2); g.lineTo(size, size / 2); }
    else if (kind === 4) { g.moveTo(size / 2, 0); g.lineTo(size / 2, size); }
    else if (kind === 5) { g.moveTo(0, 0); g.lineTo(size, size); g.moveTo(0, size); g.lineTo(size, 0); }
    g.stroke();
    return g.createPattern(c, "repeat");
  }

  function draw(fig) {
    var script = fig.querySelector("script.chart-data");
    var canvas = fig.querySelector("canvas");
    if (!script || !canvas || fig.dataset.drawn || !window.Chart) return;
    var spec = JSON.parse(script.textContent);
    var box = canvas.parentElement;
    if (spec.horizontal) box.style.height = Math.max(120, spec.labels.length * 24 + 50) + "px";
    else box.style.height = "300px";
    var datasets = spec.datasets.map(function (d, i) {
      var colour = COLOURS[i % COLOURS.length];
      return { label: d[0], data: d[1], backgroundColor: pattern(colour, i), borderColor: colour, borderWidth: 1 };
    });
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: spec.horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 } }
        },
        plugins: { legend: { display: datasets.length > 1, position: "bottom" } }
      }
    });
    fig.dataset.drawn = "1";
  }

  function drawAll(root) {
    var scope = root && root.querySelectorAll ? root : document;
    scope.querySelectorAll("figure.chart").forEach(draw);
  }

  if (window.htmx) window.htmx.onLoad(drawAll);
  else document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
})();
