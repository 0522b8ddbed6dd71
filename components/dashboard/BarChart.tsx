import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { LIGHT } from '@/assets/palette';

// Only the parts a bar chart needs: Chart.js tree-shakes the rest away.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  values: number[];
  /** A CSS colour, or one colour per bar. */
  color: string | string[];
}

interface Props {
  labels: string[];
  series: Series[];
  stacked?: boolean;
  /** Long label lists (weeks) show one label in four. */
  sparseLabels?: boolean;
}

/**
 * A bar chart drawn on a canvas by Chart.js. The canvas is hidden from screen readers: the
 * section around it says the same numbers in text. Without a 2D context (jsdom) nothing is drawn.
 */
export function BarChart({ labels, series, stacked = false, sparseLabels = false }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);

  useEffect(() => {
    const context = canvas.current && typeof CanvasRenderingContext2D !== 'undefined' ? canvas.current.getContext('2d') : null;
    if (!context) return;
    const text = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim() || LIGHT.muted;
    chart.current = new Chart(context, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: series.length > 1, labels: { color: text } } },
        scales: {
          x: { stacked, ticks: { color: text, autoSkip: sparseLabels, maxRotation: 0 }, grid: { display: false } },
          y: { stacked, beginAtZero: true, ticks: { color: text, precision: 0 } },
        },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // The chart is made once; its data follows below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!chart.current) return;
    chart.current.data.labels = labels;
    chart.current.data.datasets = series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderRadius: 3 }));
    chart.current.update();
  }, [labels, series]);

  return (
    <div className="chart">
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
