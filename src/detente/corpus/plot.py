"""Charts people would rather look at than tables: a relation series over time."""

from __future__ import annotations

from pathlib import Path

import pandas as pd


def plot_relations(frame: pd.DataFrame, a: str, b: str, path: str | Path, by: str = "month") -> Path:
    """Cooperation above and conflict below the axis per period (both directions), Goldstein sum as a line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    both = frame[frame["direction"] == "both"].copy()
    fig, ax = plt.subplots(figsize=(10, 4.8), dpi=110)
    if both.empty:
        ax.text(0.5, 0.5, f"no asserted happenings between {a} and {b}", ha="center", va="center",
                transform=ax.transAxes)
    else:
        periods = pd.to_datetime(both["period"])
        width = {"day": 0.8, "week": 5, "month": 25, "year": 300}.get(by, 25)
        cooperation = both["verbal_cooperation_happenings"] + both["material_cooperation_happenings"]
        conflict = both["verbal_conflict_happenings"] + both["material_conflict_happenings"]
        ax.bar(periods, cooperation, width=width, color="#2a9d8f", label="cooperation (QuadClass 1-2)")
        ax.bar(periods, -conflict, width=width, color="#e76f51", label="conflict (QuadClass 3-4)")
        ax.axhline(0, color="black", linewidth=0.6)
        ax.set_ylabel("happenings (conflict below zero)")
        line_ax = ax.twinx()
        line_ax.plot(periods, both["goldstein_sum"], color="#264653", marker="o", linewidth=1.4,
                     label="Goldstein sum")
        line_ax.set_ylabel("Goldstein sum")
        handles = ax.get_legend_handles_labels()
        extra = line_ax.get_legend_handles_labels()
        ax.legend(handles[0] + extra[0], handles[1] + extra[1], loc="upper left", fontsize=8)
    ax.set_xlabel(by)
    ax.set_title(f"Relations between {a} and {b} by {by} (asserted happenings, both directions)")
    fig.autofmt_xdate()
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out)
    plt.close(fig)
    return out
