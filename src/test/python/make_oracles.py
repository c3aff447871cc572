#!/usr/bin/python3
"""Expected values for the analysis tests, computed from the real data with the reference libraries.

Independent of the Java code: pandas for alignment, windows, describe and correlation; statsmodels for
the seasonal decomposition; numpy for the FFT, percentile and polyfit; scikit-learn for PCA.

Run with Debian's python (apt-get install python3-statsmodels python3-sklearn python3-scipy python3-pandas):
    /usr/bin/python3 src/test/python/make_oracles.py /work/shared/data/management-tools/data.db src/test/resources/oracle
Floats are written with repr (shortest round-trip form), NaN as null.
"""
import json
import math
import sqlite3
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
import statsmodels
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from statsmodels.tsa.seasonal import seasonal_decompose

SOURCES = ["google_trends", "google_books", "bain_usability", "bain_satisfaction", "crossref"]
SUM_SOURCES = {"google_books", "crossref"}  # annual aggregation; the others use the mean
TOOLS = {
    "calidad-total": "Calidad Total",
    "presupuesto-base-cero": "Presupuesto Base Cero",  # Bain covers only 2012-2022
    "fusiones-y-adquisiciones": "Fusiones y Adquisiciones",  # one missing Crossref month
}
WINDOWS = [("all", None), ("20y", 20), ("15y", 15), ("10y", 10), ("5y", 5)]
TRAJECTORY_PAIRS = [("google_trends", "crossref"), ("bain_usability", "google_books")]


def clean(v):
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [clean(x) for x in v]
    if isinstance(v, np.ndarray):
        return clean(v.tolist())
    if isinstance(v, (np.floating, float)):
        return None if math.isnan(v) else float(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.bool_):
        return bool(v)
    return v


def ym(ts):
    return ts.strftime("%Y-%m")


def load(con, keyword):
    series = {}
    for s in SOURCES:
        rows = con.execute(f"SELECT date, value FROM {s} WHERE keyword = ? ORDER BY date", (keyword,)).fetchall()
        idx = pd.DatetimeIndex([pd.Timestamp(d) for d, _ in rows])
        series[s] = pd.Series([v for _, v in rows], index=idx, name=s, dtype=float)
    return series


def longest_run(s):
    """Longest run of consecutive months (the latest on a tie)."""
    months = s.index.year * 12 + s.index.month
    best, start = (0, 0), 0
    for i in range(1, len(s) + 1):
        if i == len(s) or months[i] != months[i - 1] + 1:
            if i - start >= best[1] - best[0]:
                best = (start, i)
            start = i
    return s.iloc[best[0]:best[1]]


def oracle(con, keyword):
    series = load(con, keyword)
    df = pd.concat([series[s] for s in SOURCES], axis=1, join="outer").dropna(how="all")
    out = {"keyword": keyword, "sources": SOURCES, "rows": len(df), "first": ym(df.index[0]),
           "last": ym(df.index[-1]), "completeRows": len(df.dropna())}

    out["describe"] = {}
    for s in SOURCES:
        d = series[s].describe()
        out["describe"][s] = {"n": int(d["count"]), "first": ym(series[s].index[0]), "last": ym(series[s].index[-1]),
                              "mean": d["mean"], "sd": d["std"], "min": d["min"], "max": d["max"]}

    last = df.index[-1]
    out["means"] = []
    for label, years in WINDOWS:
        w = df if years is None else df[df.index >= last - pd.DateOffset(years=years)]
        out["means"].append({"window": label, "from": ym(w.index[0]), "to": ym(w.index[-1]),
                             "values": {s: w[s].mean() for s in SOURCES}})

    out["trajectory"] = []
    for a, b in TRAJECTORY_PAIRS:
        pair = df[[a, b]].dropna()
        agg = {a: "sum" if a in SUM_SOURCES else "mean", b: "sum" if b in SUM_SOURCES else "mean"}
        annual = pair.groupby(pair.index.year).agg(agg)
        out["trajectory"].append({"x": a, "y": b, "monthlyCount": len(pair),
                                  "monthlyFirst": ym(pair.index[0]), "monthlyLast": ym(pair.index[-1]),
                                  "years": annual.index.tolist(), "annualX": annual[a].to_numpy(),
                                  "annualY": annual[b].to_numpy()})

    out["seasonal"] = {}
    for s in SOURCES:
        run = longest_run(series[s])
        if len(run) < 24:
            out["seasonal"][s] = {"points": len(run), "defined": False}
            continue
        r = seasonal_decompose(run.to_numpy(), model="additive", period=12)
        by_month = [None] * 12
        for i in range(12):
            by_month[run.index[i].month - 1] = r.seasonal[i]
        out["seasonal"][s] = {"defined": True, "first": ym(run.index[0]), "last": ym(run.index[-1]),
                              "points": len(run), "trend": r.trend, "resid": r.resid,
                              # seasonal is these 12 values repeated; kept short to keep the file small
                              "seasonalPeriod": r.seasonal[:12],
                              "seasonalByMonth": by_month}

    out["periodogram"] = {}
    for s in SOURCES:
        x = series[s].to_numpy()
        n = len(x)
        mags = np.abs(np.fft.fft(x))[1:n // 2]
        threshold = np.percentile(mags, 95)
        out["periodogram"][s] = {"n": n, "magnitudes": mags, "threshold": threshold,
                                 "significant": np.flatnonzero(mags >= threshold)}

    corr = df.corr()
    out["correlation"] = [[corr.loc[a, b] for b in SOURCES] for a in SOURCES]

    out["regression"] = []
    for a in SOURCES:
        for b in SOURCES:
            if a == b:
                continue
            pair = df[[a, b]].dropna()
            x, y = pair[a].to_numpy(), pair[b].to_numpy()
            fits = []
            for deg in range(1, 5):
                c = np.polyfit(x, y, deg)
                pred = np.polyval(c, x)
                r2 = 1 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2)
                fits.append({"degree": deg, "coefficients": c[::-1], "r2": r2})
            out["regression"].append({"x": a, "y": b, "n": len(pair), "fits": fits})

    complete = df.dropna()
    pca = PCA().fit(StandardScaler().fit_transform(complete.to_numpy()))
    out["pca"] = {"n": len(complete), "explainedVarianceRatio": pca.explained_variance_ratio_,
                  "cumulative": np.cumsum(pca.explained_variance_ratio_), "components": pca.components_}
    return out


def main():
    db, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    versions = {"numpy": np.__version__, "pandas": pd.__version__, "statsmodels": statsmodels.__version__,
                "scikit-learn": sklearn.__version__}
    for slug, keyword in TOOLS.items():
        data = clean(oracle(con, keyword))
        data["generatedBy"] = {"script": "src/test/python/make_oracles.py", "versions": versions}
        (target / f"{slug}.json").write_text(json.dumps(data, allow_nan=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
