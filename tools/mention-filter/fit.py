#!/usr/bin/env python3
"""Fits and checks a logistic accept/reject score for discovered mentions, leave-one-set-out.

Input: the TSV that the extraction scorer writes with --mention-features (one row per discovered mention: set, note,
entity, text, the scorer's outcome, then named features) and the scorer's --json report of each set (for the set's
mention totals, catalog mentions included). Standard library only, deterministic: Newton's method on the L2-penalised
log-likelihood, a fixed number of iterations, features standardised on the training rows.

  python3 tools/mention-filter/fit.py --features all.tsv --reports dir/ [--unit mention|entity] [--inner]
  python3 tools/mention-filter/fit.py --features all.tsv --reports dir/ --inner --fit-all weights.tsv

The model predicts "the scorer counts this mention wrong" (NotLabelled, LabelledAsAnother, UnlabelledOccurrence,
SecondMention) against "hit"; nested and concept mentions are not scored, so they are neither trained on nor counted.
With --unit entity the rows of one entity in one note are decided together (mean of their features, weighted by their
outcomes), as the pipeline decides a discovered name per note.
"""
import argparse
import csv
import json
import math
import os
import sys

WRONG = {"NotLabelled", "LabelledAsAnother", "UnlabelledOccurrence", "SecondMention"}
SETS = ["devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"]
REPORT_KEY = {"devset": "devSet", "heldout": "heldOut"}


def load_rows(path):
    """The feature names, their meanings (the scorer's '#' lines) and the rows."""
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        names, meanings, rows = None, {}, []
        for r in reader:
            if r[0] == "#":
                meanings[r[1]] = r[2]
                continue
            if r[0] == "set":
                names = r[5:]
                continue
            rows.append({"set": r[0], "note": r[1], "entity": r[2], "text": r[3], "outcome": r[4],
                         "x": [float(v) for v in r[5:]]})
    return names, meanings, rows


def load_totals(folder):
    totals = {}
    for s in SETS:
        with open(os.path.join(folder, f"{s}.json"), encoding="utf-8") as f:
            report = json.load(f)
        key = REPORT_KEY.get(s, "heldOut" + s[len("heldout"):])
        m = report[key]["mentions"]
        totals[s] = (m["truePositives"], m["falsePositives"], m["falseNegatives"])
    return totals


def units(rows, unit):
    """Scored units: (set, features, hits, wrongs, rows). A mention, or an entity of one note (all its mentions)."""
    scored = [r for r in rows if r["outcome"] == "hit" or r["outcome"] in WRONG]
    if unit == "mention":
        return [(r["set"], r["x"], int(r["outcome"] == "hit"), int(r["outcome"] in WRONG), [r]) for r in scored]
    groups = {}
    for r in rows:
        groups.setdefault((r["set"], r["note"], r["entity"]), []).append(r)
    out = []
    for (s, _, _), g in sorted(groups.items()):
        n = len(g[0]["x"])
        x = [sum(r["x"][j] for r in g) / len(g) for j in range(n)]
        hits = sum(r["outcome"] == "hit" for r in g)
        wrongs = sum(r["outcome"] in WRONG for r in g)
        if hits + wrongs:
            out.append((s, x, hits, wrongs, g))
    return out


def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for c in reversed(range(n)):
        x[c] = (m[c][n] - sum(m[c][k] * x[k] for k in range(c + 1, n))) / m[c][c]
    return x


def fit(data, l2=1.0, iterations=12):
    """data: (features, y, weight). Returns (means, scales, weights with bias first) of the standardised model."""
    n = len(data[0][0])
    total = sum(w for _, _, w in data)
    means = [sum(x[j] * w for x, _, w in data) / total for j in range(n)]
    scales = []
    for j in range(n):
        var = sum(w * (x[j] - means[j]) ** 2 for x, _, w in data) / total
        scales.append(math.sqrt(var) if var > 1e-12 else 1.0)
    z = [([1.0] + [(x[j] - means[j]) / scales[j] for j in range(n)], y, w) for x, y, w in data]
    beta = [0.0] * (n + 1)
    for _ in range(iterations):
        grad = [0.0] * (n + 1)
        hess = [[0.0] * (n + 1) for _ in range(n + 1)]
        for x, y, w in z:
            p = sigmoid(sum(b * v for b, v in zip(beta, x)))
            g = w * (p - y)
            h = w * p * (1 - p)
            nz = [(i, v) for i, v in enumerate(x) if v != 0.0]
            for i, v in nz:
                grad[i] += g * v
                row = hess[i]
                hv = h * v
                for k, u in nz:
                    row[k] += hv * u
        for i in range(1, n + 1):
            grad[i] += l2 * beta[i]
            hess[i][i] += l2
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step)]
    return means, scales, beta


def sigmoid(t):
    if t >= 0:
        return 1.0 / (1.0 + math.exp(-t))
    e = math.exp(t)
    return e / (1.0 + e)


def score(model, x):
    means, scales, beta = model
    return sigmoid(beta[0] + sum(b * (v - m) / s for b, v, m, s in zip(beta[1:], x, means, scales)))


def training_data(us):
    """One row per unit and outcome: a unit with hits and wrongs is both, weighted by their counts."""
    data = []
    for _, x, hits, wrongs, _ in us:
        if hits:
            data.append((x, 0, hits))
        if wrongs:
            data.append((x, 1, wrongs))
    return data


def pr(tp, fp, fn):
    return tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0


def choose_threshold(scored, totals, max_recall_loss):
    """The threshold on p(wrong) that gives the highest pooled precision of the given sets while their pooled recall
    falls by at most max_recall_loss (a fraction); 1.01 (filter nothing) when none helps. scored: (p, hits, wrongs)."""
    tp, fp, fn = (sum(t[i] for t in totals) for i in range(3))
    p0, r0 = pr(tp, fp, fn)
    best = (p0, 1.01)
    removed_hits = removed_wrongs = 0
    ordered = sorted(scored, key=lambda u: -u[0])
    for i, (p, hits, wrongs) in enumerate(ordered):
        removed_hits += hits
        removed_wrongs += wrongs
        if i + 1 < len(ordered) and ordered[i + 1][0] == p:
            continue
        precision, recall = pr(tp - removed_hits, fp - removed_wrongs, fn + removed_hits)
        if r0 - recall > max_recall_loss + 1e-12:
            break
        if precision > best[0] + 1e-12:
            best = (precision, p)
    return best[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", required=True, help="TSV from the scorer's --mention-features (all seven sets)")
    ap.add_argument("--reports", required=True, help="folder with <set>.json, the scorer's --json report of each set")
    ap.add_argument("--unit", choices=["mention", "entity"], default="mention")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--max-recall-loss", type=float, default=0.005, help="recall the threshold may cost on the training sets")
    ap.add_argument("--inner", action="store_true", help="choose each fold's threshold on leave-one-set-out scores of its six sets")
    ap.add_argument("--fit-all", metavar="WEIGHTS_TSV", help="fit on all seven sets and write the weight table")
    args = ap.parse_args()

    names, meanings, rows = load_rows(args.features)
    totals = load_totals(args.reports)
    us = units(rows, args.unit)

    if args.fit_all:
        model = fit(training_data(us), args.l2)
        inner = loso_scores(us, SETS, args.l2) if args.inner else None
        pool = inner if inner else [(score(model, x), h, w) for _, x, h, w, _ in us]
        threshold = choose_threshold(pool, [totals[s] for s in SETS], args.max_recall_loss)
        write_weights(args.fit_all, names, meanings, model, threshold)
        return

    print(f"unit: {args.unit}; l2 {args.l2}; threshold on the six: {'leave-one-set-out scores' if args.inner else 'in-sample scores'}; "
          f"recall the threshold may cost there: {args.max_recall_loss * 100:.1f} points")
    print("| held-out set | threshold | removed: right / wrong | P before | P with filter | R before | R with filter |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    pooled = [0, 0, 0, 0, 0, 0]
    for held in SETS:
        train_sets = [s for s in SETS if s != held]
        train = [u for u in us if u[0] in train_sets]
        model = fit(training_data(train), args.l2)
        if args.inner:
            pool = loso_scores(train, train_sets, args.l2)
        else:
            pool = [(score(model, x), h, w) for _, x, h, w, _ in train]
        threshold = choose_threshold(pool, [totals[s] for s in train_sets], args.max_recall_loss)
        removed_hits = removed_wrongs = 0
        for s, x, hits, wrongs, _ in us:
            if s == held and score(model, x) >= threshold:
                removed_hits += hits
                removed_wrongs += wrongs
        tp, fp, fn = totals[held]
        p0, r0 = pr(tp, fp, fn)
        p1, r1 = pr(tp - removed_hits, fp - removed_wrongs, fn + removed_hits)
        print(f"| {held} | {threshold:.3f} | {removed_wrongs} / {removed_hits} | {p0 * 100:.2f} % | {p1 * 100:.2f} % | "
              f"{r0 * 100:.2f} % | {r1 * 100:.2f} % |")
        for i, v in enumerate((tp, fp, fn, removed_hits, removed_wrongs, 0)):
            pooled[i] += v
    tp, fp, fn, rh, rw, _ = pooled
    p0, r0 = pr(tp, fp, fn)
    p1, r1 = pr(tp - rh, fp - rw, fn + rh)
    print(f"| pooled | | {rw} / {rh} | {p0 * 100:.2f} % | {p1 * 100:.2f} % | {r0 * 100:.2f} % | {r1 * 100:.2f} % |")
    print(f"pooled change: precision {100 * (p1 - p0):+.2f} points, recall {100 * (r1 - r0):+.2f} points "
          f"(bar: precision +1.00 or more, recall -0.50 or less)")
    print(f"ranking: leave-one-set-out AUC {auc_loso(us, args.l2):.3f}")


def loso_scores(us, sets, l2):
    """Each unit scored by a model fitted on the other sets."""
    out = []
    for held in sets:
        model = fit(training_data([u for u in us if u[0] in sets and u[0] != held]), l2)
        out.extend((score(model, x), h, w) for s, x, h, w, _ in us if s == held)
    return out


def auc_loso(us, l2):
    scored = loso_scores(us, SETS, l2)
    pos = [(p, w) for p, _, w in scored if w]
    neg = [(p, h) for p, h, _ in scored if h]
    ordered = sorted([(p, 1, w) for p, w in pos] + [(p, 0, h) for p, h in neg])
    wins = ties = 0.0
    neg_below = 0
    total_pos = sum(w for _, w in pos)
    total_neg = sum(h for _, h in neg)
    i = 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and ordered[j][0] == ordered[i][0]:
            j += 1
        block_pos = sum(c for _, k, c in ordered[i:j] if k == 1)
        block_neg = sum(c for _, k, c in ordered[i:j] if k == 0)
        wins += block_pos * neg_below
        ties += block_pos * block_neg / 2
        neg_below += block_neg
        i = j
    return (wins + ties) / (total_pos * total_neg) if total_pos and total_neg else 0.5


def write_weights(path, names, meanings, model, threshold):
    """The model as a readable table: weights on the raw feature values (the standardisation folded into the bias);
    a mention whose p(wrong) = sigmoid(bias + sum of weight * value) reaches the threshold is rejected."""
    means, scales, beta = model
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Discovered-mention filter, fitted by tools/mention-filter/fit.py: feature, weight, meaning. A mention is\n")
        f.write("# rejected when sigmoid(bias + sum of weight * feature value) >= threshold.\n")
        f.write(f"threshold\t{threshold:.6f}\tp(wrong) from which a mention is rejected\n")
        bias = beta[0] - sum(b * m / s for b, m, s in zip(beta[1:], means, scales))
        f.write(f"bias\t{bias:.6f}\tlog-odds of a wrong mention at all-zero features\n")
        for name, b, s in zip(names, beta[1:], scales):
            f.write(f"{name}\t{b / s:.6f}\t{meanings.get(name, '')}\n")


if __name__ == "__main__":
    sys.exit(main())
